import { CypherQuery } from '../db/executor';

export function entitiesByIdsQuery(ids: readonly string[]): CypherQuery {
  return {
    cypher: `MATCH (n:Entity) WHERE n.id IN $ids
             RETURN properties(n) AS node`,
    params: { ids },
  };
}

export function citationsByEntityIdsQuery(ids: readonly string[]): CypherQuery {
  return {
    cypher: `MATCH (n:Entity)-[c:CITED_IN]->(s:Source) WHERE n.id IN $ids
             RETURN n.id AS entityId, properties(s) AS source, c.locators AS locators
             ORDER BY s.publishedOn DESC, s.id`,
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
