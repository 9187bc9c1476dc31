import { DayRange } from '../dates/partial-date';
import { CypherQuery } from '../db/executor';
import { Listing, ListOrder } from '../pagination/listing.repository';

/** In force at a date: begun by the end of it (sources report starts, never ends; see dates/as-of.ts). */
const IN_FORCE_AT = 'p.sinceStart <= $asOfEnd';

export interface PartnershipFilter {
  of: string;
  country: string | null;
  kind: string | null;
  includeSubdivisions: boolean;
  includePredecessors: boolean;
  asOf: DayRange | null;
}

/** A page of `partnerships(of:)`: at most `first`, after the partnership with ID `after` in the list's order (name, ID). */
export interface PartnershipPage {
  first: number;
  after: string | null;
}

/**
 * Partnerships that `of` (or, when asked, a locality under it, or a place that became part of it) is a party to,
 * with the party they are seen from and, for a predecessor's, the predecessor (`throughId`); `country` keeps those
 * with a partner in that country. One row: `page`, the page's items each with `projection` (a compiled selection
 * on `p`) read alongside, and `afterKnown`, false when `after` names no partnership.
 */
export function partnershipsOfQuery(filter: PartnershipFilter, page: PartnershipPage, projection: string | null): CypherQuery {
  return {
    // Starts from `of` and its subdivisions, never from all partnerships: at scale a label scan dominates.
    cypher: `OPTIONAL MATCH (last:Partnership {id: $after})
             OPTIONAL MATCH (of:Entity {id: $of})
             CALL (of, last) {
               WITH of WHERE of IS NOT NULL
               CALL (of) {
                 RETURN of AS party, null AS through
                 UNION
                 WITH of WHERE $includeSubdivisions
                 MATCH (party:Entity)-[:PART_OF*1..4]->(of)
                 RETURN party, null AS through
                 UNION
                 WITH of WHERE $includePredecessors
                 MATCH (party:Locality)-[:SUCCEEDED_BY*1..4]->(of)
                 RETURN party, party AS through
               }
               MATCH (p:Partnership)-[:HAS_PARTY]->(party)
               WHERE ($kind IS NULL OR p.category = $kind)
                 AND ($asOfEnd IS NULL OR ${IN_FORCE_AT})
                 AND ($country IS NULL OR EXISTS {
                   MATCH (p)-[:HAS_PARTY]->(partner:Entity)
                   WHERE partner <> party AND $country IN partner.countryIds
                 })
                 AND (last IS NULL OR p.name > last.name OR (p.name = last.name AND p.id > last.id))
               WITH DISTINCT p, party, through
               ORDER BY p.name, p.id, party.id
               LIMIT $first
               RETURN collect({partnership: properties(p), viewpointId: party.id, throughId: through.id, projected: ${projection ?? 'null'}}) AS page
             }
             RETURN $after IS NULL OR last IS NOT NULL AS afterKnown, page`,
    params: {
      of: filter.of,
      country: filter.country,
      kind: filter.kind,
      includeSubdivisions: filter.includeSubdivisions,
      includePredecessors: filter.includePredecessors,
      asOfEnd: filter.asOf?.end ?? null,
      first: page.first,
      after: page.after,
    },
  };
}

export interface PartnershipListFilter {
  kind: string | null;
  party: string | null;
  country: string | null;
  fromDay: string | null;
  toDay: string | null;
  asOf: DayRange | null;
}

export function partnershipListing(filter: PartnershipListFilter, order: ListOrder): Listing {
  const conditions: string[] = [];
  if (filter.kind) conditions.push('n.category = $kind');
  if (filter.party) conditions.push('EXISTS { MATCH (n)-[:HAS_PARTY]->(:Entity {id: $party}) }');
  if (filter.country) conditions.push('EXISTS { MATCH (n)-[:HAS_PARTY]->(party:Entity) WHERE $country IN party.countryIds }');
  if (filter.fromDay) conditions.push('n.sinceEnd >= $fromDay');
  if (filter.toDay) conditions.push('n.sinceStart <= $toDay');
  if (filter.asOf) conditions.push(IN_FORCE_AT.replace('p.', 'n.'));
  const { asOf, ...params } = filter;
  return { label: 'Partnership', conditions, params: { ...params, asOfEnd: asOf?.end ?? null }, order };
}
