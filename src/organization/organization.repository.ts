import { Listing, ListOrder } from '../pagination/listing.repository';

export interface OrganizationFilter {
  kind: string | null;
  country: string | null;
}

export function organizationListing(filter: OrganizationFilter, order: ListOrder): Listing {
  const conditions: string[] = [];
  if (filter.kind) conditions.push('n.category = $kind');
  if (filter.country) conditions.push('$country IN n.countryIds');
  return { label: 'Organization', conditions, params: { ...filter }, order };
}

export interface AssociationFilter {
  kind: string | null;
  country: string | null;
  friendshipWith: string | null;
}

export function associationListing(filter: AssociationFilter, order: ListOrder): Listing {
  const conditions: string[] = [];
  if (filter.kind) conditions.push('n.category = $kind');
  if (filter.country) conditions.push('$country IN n.countryIds');
  if (filter.friendshipWith) conditions.push('EXISTS { MATCH (n)-[:FRIENDSHIP_WITH]->(:Country {id: $friendshipWith}) }');
  return { label: 'Association', conditions, params: { ...filter }, order };
}
