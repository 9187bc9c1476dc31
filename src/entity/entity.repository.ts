import { CypherQuery } from '../db/executor';

export function entitiesByIdsQuery(ids: readonly string[]): CypherQuery {
  return {
    cypher: `MATCH (n:Entity) WHERE n.id IN $ids
             RETURN properties(n) AS node`,
    params: { ids },
  };
}

export function sourcesByIdsQuery(ids: readonly string[]): CypherQuery {
  return {
    cypher: `MATCH (s:Source) WHERE s.id IN $ids
             RETURN properties(s) AS source`,
    params: { ids },
  };
}
