import { CypherQuery } from '../db/executor';

/** Where a page ends: the last item's sort key and ID (the tie-breaker). */
export interface KeysetPosition {
  key: string;
  id: string;
}

export interface ListOrder {
  /** What the list is sorted by, as cursors record it: `name`, or the date property. */
  name: string;
  /** A Cypher expression on `n` that yields a non-null string. */
  sortKey: string;
  descending: boolean;
}

/** A filtered, sorted list of nodes; labels, conditions and sort keys come from code, values from `params`. */
export interface Listing {
  label: string;
  conditions: string[];
  params: Record<string, unknown>;
  order: ListOrder;
}

export function orderByName(descending: boolean): ListOrder {
  return { name: 'name', sortKey: 'n.sortName', descending };
}

/** By the start of a partial date stored as `<property>Start`; undated items come last either way. */
export function orderByDate(property: string, descending: boolean): ListOrder {
  const missing = descending ? '0000-01-01' : '9999-12-31';
  return { name: property, sortKey: `coalesce(n.${property}Start, '${missing}')`, descending };
}

function matchClause(listing: Listing): string {
  const where = listing.conditions.length ? `WHERE ${listing.conditions.map((c) => `(${c})`).join(' AND ')}` : '';
  return `MATCH (n:${listing.label}) ${where}`;
}

/** What a page reads beyond its items: a compiled selection on each item (`n`), and the listing's count. */
export interface PageExtras {
  projection: string | null;
  withCount: boolean;
}

/**
 * Keyset pagination: the page starts strictly after (key, id) in the listing's order, so pages stay consistent when
 * items are added elsewhere in the list. One row, whatever the page holds: `page` (each item with its sort key and what
 * the projection read of it) and `total`, counted in the same statement when asked for, else null.
 */
export function listingPageQuery(listing: Listing, after: KeysetPosition | null, limit: number, extras: PageExtras): CypherQuery {
  const { sortKey, descending } = listing.order;
  const beyond = descending ? '<' : '>';
  const direction = descending ? 'DESC' : 'ASC';
  const count = extras.withCount ? `CALL () { ${matchClause(listing)} RETURN count(n) AS total }` : 'WITH page, null AS total';
  return {
    cypher: `CALL () {
               ${matchClause(listing)}
               WITH n, ${sortKey} AS sortKey
               WHERE $pageAfterKey IS NULL OR sortKey ${beyond} $pageAfterKey OR (sortKey = $pageAfterKey AND n.id ${beyond} $pageAfterId)
               ORDER BY sortKey ${direction}, n.id ${direction}
               LIMIT $pageLimit
               RETURN collect({node: properties(n), sortKey: sortKey, projected: ${extras.projection ?? 'null'}}) AS page
             }
             ${count}
             RETURN page, total`,
    params: { ...listing.params, pageAfterKey: after?.key ?? null, pageAfterId: after?.id ?? null, pageLimit: limit },
  };
}

export function listingCountQuery(listing: Listing): CypherQuery {
  return { cypher: `${matchClause(listing)} RETURN count(n) AS total`, params: listing.params };
}
