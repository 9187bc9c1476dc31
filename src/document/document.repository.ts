import { Listing, ListOrder } from '../pagination/listing.repository';

export interface DocumentFilter {
  kind: string | null;
  issuer: string | null;
  fromDay: string | null;
  toDay: string | null;
}

/** Documents issued within the range, at the precision the source dates them; undated ones fall outside any range. */
export function documentListing(filter: DocumentFilter, order: ListOrder): Listing {
  const conditions: string[] = [];
  if (filter.kind) conditions.push('n.category = $kind');
  if (filter.issuer) conditions.push('EXISTS { MATCH (n)-[:ISSUED_BY]->(:Entity {id: $issuer}) }');
  if (filter.fromDay) conditions.push('n.issuedOnEnd >= $fromDay');
  if (filter.toDay) conditions.push('n.issuedOnStart <= $toDay');
  return { label: 'Document', conditions, params: { ...filter }, order };
}
