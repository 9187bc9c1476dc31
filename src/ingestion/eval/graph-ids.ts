/** The ID prefixes of places: what a party, a venue, a funder or a recipient is compared as. */
export const PLACE_PREFIXES = ['country', 'province', 'city', 'district', 'region', 'municipality', 'commune', 'ward', 'village', 'locality-group'];

export function prefixOf(id: string): string {
  return id.slice(0, id.indexOf(':'));
}

export function slugOf(id: string): string {
  return id.slice(id.indexOf(':') + 1);
}
