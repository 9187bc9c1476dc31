import DataLoader from 'dataloader';
import { Executor } from '../db/executor';
import { CitationRecord, EntityRecord, SourceRecord } from './entity.record';
import { citationsByEntityIdsQuery, entitiesByIdsQuery, sourcesByIdsQuery } from './entity.repository';

export function createEntityLoaders(executor: Executor) {
  const sourceById = new DataLoader<string, SourceRecord | null>(async (ids) => {
    const rows = await executor.read(sourcesByIdsQuery(ids));
    const byId = new Map(rows.map((row) => [(row.source as SourceRecord).id, row.source as SourceRecord]));
    return ids.map((id) => byId.get(id) ?? null);
  });
  return {
    entityById: new DataLoader<string, EntityRecord | null>(async (ids) => {
      const rows = await executor.read(entitiesByIdsQuery(ids));
      const byId = new Map(rows.map((row) => [(row.node as EntityRecord).id, row.node as EntityRecord]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    sourceById,
    citationsByEntityId: new DataLoader<string, CitationRecord[]>(async (ids) => {
      const rows = await executor.read(citationsByEntityIdsQuery(ids));
      const byEntity = new Map<string, CitationRecord[]>();
      for (const row of rows) {
        // The citation query returns the sources too, so `Entity.sources` needs no second round trip.
        const source = row.source as SourceRecord;
        sourceById.prime(source.id, source);
        const id = row.entityId as string;
        byEntity.set(id, [...(byEntity.get(id) ?? []), { sourceId: source.id, locators: row.locators as string[] }]);
      }
      return ids.map((id) => byEntity.get(id) ?? []);
    }),
  };
}

/** The sources with these IDs, skipping any that no longer exist. */
export async function loadSources(loaders: ReturnType<typeof createEntityLoaders>, ids: string[]): Promise<SourceRecord[]> {
  const sources = await loaders.sourceById.loadMany(ids);
  return sources.filter((source): source is SourceRecord => source !== null && !(source instanceof Error));
}
