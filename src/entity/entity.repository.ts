import { CypherQuery } from '../db/executor';

/** Entities by ID; the ID of a duplicate merged away resolves to the entity it was merged into. */
export function entitiesByIdsQuery(ids: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS requested
             OPTIONAL MATCH (merged:Retired {id: requested}) WHERE merged.mergedInto IS NOT NULL
             MATCH (n:Entity {id: coalesce(merged.mergedInto, requested)})
             RETURN requested, properties(n) AS node`,
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

/** One entity by ID (a merged-away ID resolves as in entitiesByIdsQuery), with `projection` (a compiled selection on `n`) read alongside. */
export function entityWithProjectionQuery(id: string, projection: string): CypherQuery {
  return {
    cypher: `OPTIONAL MATCH (merged:Retired {id: $id}) WHERE merged.mergedInto IS NOT NULL
             MATCH (n:Entity {id: coalesce(merged.mergedInto, $id)})
             RETURN properties(n) AS node, ${projection} AS projected`,
    params: { id },
  };
}
