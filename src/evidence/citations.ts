import { CitationRecord } from '../entity/entity.record';

/** A relationship's provenance as stored: one source ID and one line locator per citation, so a source cited twice appears twice. */
export interface StoredProvenance {
  sourceIds: string[];
  locators: string[];
}

/** The citations grouped by source: each source once, in the order first cited, each with its distinct lines. */
export function citationsOf({ sourceIds, locators }: StoredProvenance): CitationRecord[] {
  const bySource = new Map<string, string[]>();
  sourceIds.forEach((sourceId, index) => {
    const lines = bySource.get(sourceId) ?? [];
    const locator = locators[index];
    if (locator && !lines.includes(locator)) lines.push(locator);
    bySource.set(sourceId, lines);
  });
  return [...bySource].map(([sourceId, lines]) => ({ sourceId, locators: lines }));
}

export function distinctSourceIds({ sourceIds }: Pick<StoredProvenance, 'sourceIds'>): string[] {
  return [...new Set(sourceIds)];
}
