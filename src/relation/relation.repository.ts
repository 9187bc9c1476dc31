import { CypherQuery } from '../db/executor';
import { ENTITY_RELATIONSHIP_TYPES } from '../seed/seed.relations';

export type Direction = 'out' | 'in';

/**
 * The entities related to each of `ids` through one relationship type, with the relationship's
 * properties. The type comes from the model's fixed list, never from a request.
 */
export function relatedEntitiesQuery(type: string, direction: Direction, ids: readonly string[]): CypherQuery {
  if (!ENTITY_RELATIONSHIP_TYPES.includes(type)) throw new Error(`unknown relationship type ${type}`);
  const pattern = direction === 'out' ? `(n)-[r:${type}]->(m:Entity)` : `(n)<-[r:${type}]-(m:Entity)`;
  return {
    cypher: `MATCH (n:Entity) WHERE n.id IN $ids
             MATCH ${pattern}
             RETURN n.id AS ownerId, properties(r) AS edge, properties(m) AS node
             ORDER BY coalesce(m.sortKey, ''), m.name, m.id`,
    params: { ids },
  };
}
