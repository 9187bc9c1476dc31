import { Context } from '../context';
import { EntityRecord } from '../entity/entity.record';
import { Related } from './relation.loaders';
import { Direction } from './relation.repository';

/** What field resolvers call: the loader for one relationship type, seen from one entity. */
export function related(ctx: Context, id: string, type: string, direction: Direction = 'out'): Promise<Related[]> {
  return ctx.loaders.related(type, direction).load(id);
}

export async function relatedNodes(ctx: Context, id: string, type: string, direction: Direction = 'out'): Promise<EntityRecord[]> {
  return (await related(ctx, id, type, direction)).map((r) => r.node);
}

export async function relatedNode(ctx: Context, id: string, type: string, direction: Direction = 'out'): Promise<EntityRecord | null> {
  return (await relatedNodes(ctx, id, type, direction))[0] ?? null;
}
