import { getNamedType, GraphQLResolveInfo, Kind, SelectionNode } from 'graphql';
import { Context } from '../context';
import { EdgeRecord, EntityRecord } from '../entity/entity.record';
import { PageReading } from '../pagination/connection';
import { orderRelated, Related } from '../relation/relation.loaders';
import { isEmptyPlan, prefetchPlan, PrefetchPlan, selectionSetsAt, fieldTypeOf } from './prefetch.plan';
import { prefetchProjection, projectionKey } from './prefetch.repository';

/**
 * A root field's selection compiled into its statement: `projection` is read with each entity the statement returns
 * (a Cypher expression on the entity's variable), and `prime` hands what it read to the request's loaders, so the
 * field resolvers below find their relations without another round trip.
 */
export interface CompiledSelection {
  plan: PrefetchPlan;
  /** null when the selection follows no relation: the statement reads the entities alone. */
  projection: string | null;
  prime(owner: EntityRecord, projected: unknown): void;
}

interface Prefetched {
  edge: EdgeRecord;
  node: EntityRecord;
  next?: Record<string, Prefetched[]>;
}

/** What a root field selects on the entities at `path` below it (`['edges', 'node']` for a connection). */
export function planOf(info: GraphQLResolveInfo, path: readonly string[] = []): PrefetchPlan {
  const rootType = getNamedType(info.returnType);
  const type = path.length ? fieldTypeOf(info.schema, rootType.name, path) : rootType;
  if (!type) return { relations: [] };
  return prefetchPlan({ schema: info.schema, fragments: info.fragments, type, selectionSets: selectionSetsAt(info.fieldNodes, path) });
}

/** Whether the root field selects `name` directly (e.g. a connection's `totalCount`), under any fragment. */
export function selects(info: GraphQLResolveInfo, name: string): boolean {
  const visit = (selections: readonly SelectionNode[]): boolean =>
    selections.some((s) => {
      if (s.kind === Kind.FIELD) return s.name.value === name;
      const fragment = s.kind === Kind.INLINE_FRAGMENT ? s : info.fragments[s.name.value];
      return fragment ? visit(fragment.selectionSet.selections) : false;
    });
  return info.fieldNodes.some((node) => (node.selectionSet ? visit(node.selectionSet.selections) : false));
}

export function compileSelection(ctx: Context, info: GraphQLResolveInfo, owner: string, path: readonly string[] = []): CompiledSelection {
  const plan = ctx.compileSelections ? planOf(info, path) : { relations: [] };
  return {
    plan,
    projection: isEmptyPlan(plan) ? null : prefetchProjection(plan, owner),
    prime: (entity, projected) => primeRelations(ctx, plan, entity.id, projected as Record<string, Prefetched[]> | null),
  };
}

/** Primes the neighbourhood loader with every relation the plan read from `ownerId`, and the entities it reached by ID. */
export function primeRelations(ctx: Context, plan: PrefetchPlan, ownerId: string, projected: Record<string, Prefetched[]> | null | undefined): void {
  if (!projected) return;
  for (const { neighbourhood, then } of plan.relations) {
    const items = projected[projectionKey(neighbourhood)] ?? [];
    const related: Related[] = items.map(({ edge, node }) => ({ edge, node }));
    ctx.loaders.neighbourhoods.prime({ neighbourhood, id: ownerId }, orderRelated(neighbourhood, related));
    if (neighbourhood.kind === 'citations') continue;
    for (const item of items) {
      ctx.loaders.entityById.prime(item.node.id, item.node);
      if (item.next) primeRelations(ctx, then, item.node.id, item.next);
    }
  }
}

/** How a connection field reads its page: the selection on `edges.node` compiled in, and the count when selected. */
export function pageReading(ctx: Context, info: GraphQLResolveInfo): PageReading {
  return { selection: compileSelection(ctx, info, 'n', ['edges', 'node']), withCount: selects(info, 'totalCount') };
}
