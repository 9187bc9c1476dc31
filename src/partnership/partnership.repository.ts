import { CypherQuery } from '../db/executor';

export interface PartnershipFilter {
  of: string;
  country: string | null;
  kind: string | null;
  includeSubdivisions: boolean;
}

/**
 * Partnerships that `of` (or, when asked, a locality under it) is a party to, with the party they are
 * seen from; `country` keeps those with a partner in that country.
 */
export function partnershipsOfQuery(filter: PartnershipFilter): CypherQuery {
  return {
    cypher: `MATCH (of:Entity {id: $of})
             MATCH (p:Partnership)-[:HAS_PARTY]->(party:Entity)
             WHERE (party = of OR ($includeSubdivisions AND EXISTS { (party)-[:PART_OF*1..4]->(of) }))
               AND ($kind IS NULL OR p.category = $kind)
               AND ($country IS NULL OR EXISTS {
                 MATCH (p)-[:HAS_PARTY]->(partner:Entity)
                 WHERE partner <> party AND $country IN partner.countryIds
               })
             RETURN DISTINCT properties(p) AS partnership, party.id AS viewpointId
             ORDER BY partnership.name, partnership.id`,
    params: { ...filter },
  };
}
