import { EntityRecord } from '../entity/entity.record';
import { Related, RelationLoader } from './relation.loaders';
import { LinkRecord } from './relation.type';

/** What field resolvers return from a relation loader: the entities, one entity, or each with its relationship's evidence. */
export async function relatedNodes(loader: RelationLoader, id: string): Promise<EntityRecord[]> {
  return (await loader.load(id)).map((r: Related) => r.node);
}

export async function relatedNode(loader: RelationLoader, id: string): Promise<EntityRecord | null> {
  return (await relatedNodes(loader, id))[0] ?? null;
}

/** The same entities as `relatedNodes`, each with its relationship's evidence (the same loader, so no extra round trip). */
export async function relatedLinks(loader: RelationLoader, id: string): Promise<LinkRecord[]> {
  return (await loader.load(id)).map(({ edge, node }) => ({ entity: node, evidence: edge }));
}

export async function relatedLink(loader: RelationLoader, id: string): Promise<LinkRecord | null> {
  return (await relatedLinks(loader, id))[0] ?? null;
}
