import DataLoader from 'dataloader';
import { Executor } from '../db/executor';
import { Related } from '../relation/relation.loaders';
import { CitationRecord, EntityRecord, SourceRecord } from './entity.record';
import { entitiesByIdsQuery, sourcesByIdsQuery } from './entity.repository';

type NeighbourhoodLoader = DataLoader<{ neighbourhood: { kind: 'citations' }; id: string }, Related[], string>;

export function createEntityLoaders(executor: Executor, neighbourhoods: NeighbourhoodLoader) {
  const sourceById = new DataLoader<string, SourceRecord | null>(async (ids) => {
    const rows = await executor.read(sourcesByIdsQuery(ids));
    const byId = new Map(rows.map((row) => [(row.source as SourceRecord).id, row.source as SourceRecord]));
    return ids.map((id) => byId.get(id) ?? null);
  });
  return {
    entityById: new DataLoader<string, EntityRecord | null>(async (ids) => {
      const rows = await executor.read(entitiesByIdsQuery(ids));
      const byId = new Map(rows.map((row) => [row.requested as string, row.node as EntityRecord]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    sourceById,
    citationsByEntityId: {
      /** Citations come with their sources, primed into `sourceById`, so `Entity.sources` needs no second round trip. */
      async load(id: string): Promise<CitationRecord[]> {
        const cited = await neighbourhoods.load({ neighbourhood: { kind: 'citations' }, id });
        return cited.map(({ edge, node }) => {
          const source = node as unknown as SourceRecord;
          sourceById.prime(source.id, source);
          return { sourceId: source.id, locators: edge.locators };
        });
      },
    },
  };
}

/** The sources with these IDs, skipping any that no longer exist. */
export async function loadSources(loaders: ReturnType<typeof createEntityLoaders>, ids: string[]): Promise<SourceRecord[]> {
  const sources = await loaders.sourceById.loadMany(ids);
  return sources.filter((source): source is SourceRecord => source !== null && !(source instanceof Error));
}
