import { Listing, ListOrder } from '../pagination/listing.repository';

export interface EventFilter {
  involving: string | null;
  fromDay: string | null;
  toDay: string | null;
}

/** An event overlaps the range when it ends on or after `fromDay` and starts on or before `toDay`. */
export function eventListing(filter: EventFilter, order: ListOrder): Listing {
  const conditions: string[] = [];
  if (filter.involving) conditions.push('EXISTS { MATCH (n)--(:Entity {id: $involving}) }');
  if (filter.fromDay) conditions.push('n.dateEnd >= $fromDay');
  if (filter.toDay) conditions.push('n.dateStart <= $toDay');
  return { label: 'Event', conditions, params: { ...filter }, order };
}
