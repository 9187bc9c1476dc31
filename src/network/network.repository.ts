import { CypherQuery } from '../db/executor';
import { ENTITY_RELATIONSHIP_PATTERN as TYPES } from '../db/schema';


export const MAX_SCOPE_DEPTH = 3;

export interface NetworkScopeFilter {
  kinds: string[] | null;
  country: string | null;
  around: string | null;
  depth: number;
}

/** Cypher wants a literal bound on variable-length patterns, so the checked depth is written into the text. */
function scopeMatch(scope: NetworkScopeFilter): string {
  const filters = `($kinds IS NULL OR n.kind IN $kinds) AND ($country IS NULL OR $country IN n.countryIds)`;
  if (!scope.around) return `MATCH (n:Entity) WHERE ${filters}`;
  if (!Number.isInteger(scope.depth) || scope.depth < 1 || scope.depth > MAX_SCOPE_DEPTH) throw new Error('scope depth out of range');
  return `MATCH (:Entity {id: $around})-[:${TYPES}*0..${scope.depth}]-(n:Entity)
          WITH DISTINCT n WHERE ${filters}`;
}

/**
 * The entities in scope and the relationships among them, or only their number when there are more
 * than `limit` (statistics on a silently cut graph would mislead).
 */
export function networkProjectionQuery(scope: NetworkScopeFilter, limit: number): CypherQuery {
  return {
    cypher: `${scopeMatch(scope)}
             WITH collect(n) AS nodes
             WITH nodes, size(nodes) AS nodeCount
             CALL (nodes, nodeCount) {
               WITH nodes WHERE nodeCount <= $limit
               UNWIND nodes AS a
               MATCH (a)-[:${TYPES}]->(b:Entity)
               WHERE b IN nodes
               RETURN collect([a.id, b.id]) AS edges
             }
             RETURN ($around IS NULL OR EXISTS { MATCH (:Entity {id: $around}) }) AS scopeFound,
                    nodeCount,
                    CASE WHEN nodeCount <= $limit THEN [n IN nodes | [n.id, n.kind]] ELSE [] END AS nodes,
                    edges`,
    params: { kinds: scope.kinds, country: scope.country, around: scope.around, limit },
  };
}
