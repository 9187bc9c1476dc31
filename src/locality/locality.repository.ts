import { Listing, ListOrder } from '../pagination/listing.repository';

export interface LocalityFilter {
  country: string | null;
  level: string | null;
  within: string | null;
}

export function localityListing(filter: LocalityFilter, order: ListOrder): Listing {
  const conditions: string[] = [];
  if (filter.country) conditions.push('$country IN n.countryIds');
  if (filter.level) conditions.push('n.category = $level');
  if (filter.within) conditions.push('EXISTS { MATCH (n)-[:PART_OF*1..4]->(:Entity {id: $within}) }');
  return { label: 'Locality', conditions, params: { ...filter }, order };
}
