import DataLoader from 'dataloader';
import { Executor } from '../db/executor';
import { EdgeRecord, EntityRecord } from '../entity/entity.record';
import { Direction, relatedEntitiesQuery } from './relation.repository';

export interface Related {
  edge: EdgeRecord;
  node: EntityRecord;
}

/** One loader per relationship type and direction, made on first use within a request. */
export function createRelatedLoaders(executor: Executor) {
  const loaders = new Map<string, DataLoader<string, Related[]>>();
  return (type: string, direction: Direction): DataLoader<string, Related[]> => {
    const key = `${direction}:${type}`;
    let loader = loaders.get(key);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const rows = await executor.read(relatedEntitiesQuery(type, direction, ids));
        const byOwner = new Map<string, Related[]>();
        for (const row of rows) {
          const owner = row.ownerId as string;
          byOwner.set(owner, [...(byOwner.get(owner) ?? []), { edge: row.edge as EdgeRecord, node: row.node as EntityRecord }]);
        }
        return ids.map((id) => byOwner.get(id) ?? []);
      });
      loaders.set(key, loader);
    }
    return loader;
  };
}
