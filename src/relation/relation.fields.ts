import { Context } from '../context';
import { RelationshipType } from '../model/relationships';
import { EntityRecord } from '../entity/entity.record';
import { Related } from './relation.loaders';
import { Direction } from './relation.repository';
import { LinkRecord } from './relation.type';

/** What field resolvers call: the loader for one relationship type, seen from one entity. */
export function related(ctx: Context, id: string, type: RelationshipType, direction: Direction = 'out'): Promise<Related[]> {
  return ctx.loaders.related(type, direction).load(id);
}

export async function relatedNodes(ctx: Context, id: string, type: RelationshipType, direction: Direction = 'out'): Promise<EntityRecord[]> {
  return (await related(ctx, id, type, direction)).map((r) => r.node);
}

export async function relatedNode(ctx: Context, id: string, type: RelationshipType, direction: Direction = 'out'): Promise<EntityRecord | null> {
  return (await relatedNodes(ctx, id, type, direction))[0] ?? null;
}

/** The same entities as `relatedNodes`, each with its relationship's evidence (the same loader, so no extra round trip). */
export async function relatedLinks(ctx: Context, id: string, type: RelationshipType, direction: Direction = 'out'): Promise<LinkRecord[]> {
  return (await related(ctx, id, type, direction)).map(({ edge, node }) => ({ entity: node, evidence: edge }));
}

export async function relatedLink(ctx: Context, id: string, type: RelationshipType, direction: Direction = 'out'): Promise<LinkRecord | null> {
  return (await relatedLinks(ctx, id, type, direction))[0] ?? null;
}
