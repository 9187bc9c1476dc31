import { DayRange } from '../dates/partial-date';
import { Listing, ListOrder } from '../pagination/listing.repository';

export interface OfficialFilter {
  organization: string | null;
  status: string | null;
  asOf: DayRange | null;
}

/** Officials with a post matching the filter; `asOf` keeps posts held at that date (see dates/as-of.ts). */
export function officialListing(filter: OfficialFilter, order: ListOrder): Listing {
  const postConditions: string[] = [];
  if (filter.organization) postConditions.push('body.id = $organization');
  if (filter.status) postConditions.push('post.status = $status');
  if (filter.asOf) postConditions.push("post.status = 'current' AND post.asOfStart <= $asOfEnd AND post.asOfEnd >= $asOfStart");
  const conditions = postConditions.length
    ? [`EXISTS { MATCH (n)-[post:HOLDS_POSITION]->(body:Entity) WHERE ${postConditions.join(' AND ')} }`]
    : [];
  return {
    label: 'Official',
    conditions,
    params: { organization: filter.organization, status: filter.status, asOfStart: filter.asOf?.start ?? null, asOfEnd: filter.asOf?.end ?? null },
    order,
  };
}
