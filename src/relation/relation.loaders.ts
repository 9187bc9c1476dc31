import DataLoader from 'dataloader';
import { Executor } from '../db/executor';
import { EdgeRecord, EntityRecord } from '../entity/entity.record';
import { RELATION_LOOKUPS, RelationLookup } from './relation.lookups';
import { Neighbourhood, neighbourhoodKey, neighbourhoodsQuery } from './relation.repository';

export interface Related {
  edge: EdgeRecord;
  node: EntityRecord;
}

/** Loads, for an entity ID, the entities one relation leads to, each with its relationship's properties. */
export interface RelationLoader {
  load(id: string): Promise<Related[]>;
}

export interface NeighbourhoodRequest {
  neighbourhood: Neighbourhood;
  id: string;
}

/** Entities in a stable order: dated ones by date, then by name and ID. */
function byEntityOrder(a: Related, b: Related): number {
  const key = (r: Related) => [String(r.node.sortKey ?? ''), r.node.name ?? '', r.node.id];
  const [x, y] = [key(a), key(b)];
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
  return 0;
}

/** Sources newest first, then by ID. */
function bySourceOrder(a: Related, b: Related): number {
  const [x, y] = [String(a.node.publishedOn ?? ''), String(b.node.publishedOn ?? '')];
  if (x !== y) return x > y ? -1 : 1;
  return a.node.id < b.node.id ? -1 : a.node.id > b.node.id ? 1 : 0;
}

/** What a relation field's resolvers see: the loader's order, whether its rows came from the loader's query or a compiled statement. */
export function orderRelated(neighbourhood: Neighbourhood, related: Related[]): Related[] {
  return related.sort(neighbourhood.kind === 'citations' ? bySourceOrder : byEntityOrder);
}

export type NeighbourhoodLoader = DataLoader<NeighbourhoodRequest, Related[], string>;

/**
 * One loader for every relationship field of a request: DataLoader gathers what all fields of one level
 * ask for in the same tick, and the batch becomes a single query (see neighbourhoodsQuery).
 */
export function createNeighbourhoodLoader(executor: Executor): NeighbourhoodLoader {
  return new DataLoader<NeighbourhoodRequest, Related[], string>(
    async (requests) => {
      const idsByKey = new Map<string, { neighbourhood: Neighbourhood; ids: Set<string> }>();
      for (const { neighbourhood, id } of requests) {
        const key = neighbourhoodKey(neighbourhood);
        if (!idsByKey.has(key)) idsByKey.set(key, { neighbourhood, ids: new Set() });
        idsByKey.get(key)!.ids.add(id);
      }
      const rows = await executor.read(neighbourhoodsQuery([...idsByKey.values()].map(({ neighbourhood, ids }) => ({ neighbourhood, ids: [...ids] }))));
      const found = new Map<string, Related[]>();
      for (const row of rows) {
        const key = `${row.neighbourhood as string}|${row.ownerId as string}`;
        if (!found.has(key)) found.set(key, []);
        found.get(key)!.push({ edge: row.edge as EdgeRecord, node: row.node as EntityRecord });
      }
      return requests.map(({ neighbourhood, id }) => {
        return orderRelated(neighbourhood, found.get(`${neighbourhoodKey(neighbourhood)}|${id}`) ?? []);
      });
    },
    { cacheKeyFn: ({ neighbourhood, id }) => `${neighbourhoodKey(neighbourhood)}|${id}` },
  );
}

/** A loader per relation lookup, each over the one neighbourhood loader, so all of them still batch into one query per level. */
export function createRelationLoaders(neighbourhoods: NeighbourhoodLoader): Record<RelationLookup, RelationLoader> {
  return Object.fromEntries(
    Object.entries(RELATION_LOOKUPS).map(([name, { type, direction }]) => [
      name,
      { load: (id: string) => neighbourhoods.load({ neighbourhood: { kind: 'related', type, direction }, id }) },
    ]),
  ) as Record<RelationLookup, RelationLoader>;
}
