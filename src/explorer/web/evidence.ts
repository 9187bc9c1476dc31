import { SourceByIdDocument, type SourceFieldsFragment } from '../../client/generated/graphql';
import { request } from './api';
import type { GraphEdgeData } from './graph-view';
import type { EdgeEvidence } from './side-panel';

const sourcesById = new Map<string, Promise<SourceFieldsFragment | null>>();

function sourceById(id: string): Promise<SourceFieldsFragment | null> {
  const known = sourcesById.get(id);
  if (known) return known;
  const source = request(SourceByIdDocument, { id }).then((data) => (data.node && 'title' in data.node ? (data.node as SourceFieldsFragment) : null));
  sourcesById.set(id, source);
  return source;
}

/** The sources a relationship rests on, each loaded once per page. */
export async function evidenceFor(edge: GraphEdgeData): Promise<EdgeEvidence> {
  const sources = await Promise.all([...new Set(edge.sourceIds)].map(sourceById));
  return {
    confidence: 'stated',
    note: null,
    sourceIds: edge.sourceIds,
    locators: [],
    sources: sources.filter((source): source is SourceFieldsFragment => source !== null),
  };
}
