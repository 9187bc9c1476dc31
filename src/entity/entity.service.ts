import { Context } from '../context';
import { CompiledSelection } from '../prefetch/prefetch';
import { EntityRecord } from './entity.record';
import { entityWithProjectionQuery } from './entity.repository';

/**
 * An entity by ID with every relation the request selects below it, in one round trip; through the batching loader
 * when the selection follows no relation, so that lookups of many IDs in one request still share a query.
 */
export async function entityWithSelection(ctx: Context, id: string, selection: CompiledSelection): Promise<EntityRecord | null> {
  if (!selection.projection) return ctx.loaders.entityById.load(id);
  const [row] = await ctx.executor.read(entityWithProjectionQuery(id, selection.projection));
  if (!row) return null;
  const entity = row.node as EntityRecord;
  ctx.loaders.entityById.prime(id, entity);
  selection.prime(entity, row.projected);
  return entity;
}
