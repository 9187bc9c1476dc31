import { dateRange } from '../../src/model/partial-date';
import { EntityKind } from '../../src/model/entity-kind';
import { searchForm } from '../../src/model/fold';
import { GraphRows } from '../../src/model/rows';
import { ENTITY_RELATIONSHIP_TYPES } from '../../src/model/relationships';
import { Anchors } from '../workloads';

const PATH_MAX_HOPS = 4;
const EVENTS_PER_PAGE = 20;
const OFFICIAL_PARTICIPATIONS = 10;

type Node = Record<string, unknown> & { id: string };

/**
 * Picks the entities the workloads ask about, from the rows the importer will write, so that every anchor
 * holds in the graph as imported: the hub province with most partnerships, an official with several posts
 * and about ten participations, a path of at most four hops, a date range holding a page of events.
 */
export function chooseAnchors(graph: GraphRows): Anchors {
  const nodes = new Map(graph.nodes.map((n) => [n.properties.id as string, n.properties as Node]));
  const edgesFrom = groupBy(graph.edges, (e) => e.from);
  const targets = (id: string, type: string) => (edgesFrom.get(id) ?? []).filter((e) => e.type === type).map((e) => e.to);
  const vietnam = [...nodes.values()].find((n) => n.kind === EntityKind.COUNTRY && n.iso === 'VN')!.id;

  const partiesByPartnership = new Map<string, string[]>();
  for (const edge of graph.edges) if (edge.type === 'HAS_PARTY') append(partiesByPartnership, edge.from, edge.to);
  const isVietnameseProvince = (id: string) => {
    const node = nodes.get(id)!;
    return node.kind === EntityKind.LOCALITY && ['PROVINCE', 'CITY'].includes(node.category as string) && targets(id, 'PART_OF').includes(vietnam);
  };
  const partnershipsOf = new Map<string, string[]>();
  for (const [partnership, parties] of partiesByPartnership) {
    for (const party of parties) if (isVietnameseProvince(party)) append(partnershipsOf, party, partnership);
  }
  const partnerOf = maxBy([...partnershipsOf.keys()], (id) => partnershipsOf.get(id)!.length);
  const partnersOf = (country: string | null) =>
    partnershipsOf
      .get(partnerOf)!
      .flatMap((p) => partiesByPartnership.get(p)!)
      .filter((party) => party !== partnerOf && (country === null || (nodes.get(party)!.countryIds as string[]).includes(country)));
  const partnerCountries = partnersOf(null).flatMap((party) => nodes.get(party)!.countryIds as string[]);
  const partnerCountry = mostFrequent(partnerCountries.filter((c) => c !== vietnam));

  const participations = new Map<string, number>();
  for (const edge of graph.edges) if (edge.type === 'PARTICIPATED_IN') participations.set(edge.from, (participations.get(edge.from) ?? 0) + 1);
  const officials = [...nodes.values()].filter((n) => n.kind === EntityKind.OFFICIAL && targets(n.id, 'HOLDS_POSITION').length >= 2);
  const official = maxBy(officials.map((n) => n.id), (id) => -Math.abs((participations.get(id) ?? 0) - OFFICIAL_PARTICIPATIONS));

  const province = nodes.get(partnerOf)!;
  const native = (province.nativeName as string | null) ?? (province.name as string);

  const childrenOf = new Map<string, string[]>();
  for (const edge of graph.edges) if (edge.type === 'PART_OF') append(childrenOf, edge.to, edge.from);
  const degree = new Map<string, number>();
  for (const edge of graph.edges) for (const end of [edge.from, edge.to]) degree.set(end, (degree.get(end) ?? 0) + 1);
  const districts = (childrenOf.get(partnerOf) ?? []).filter((id) => nodes.get(id)!.category === 'DISTRICT');
  const neighborhoodOf = districts.length > 0 ? maxBy(districts, (id) => degree.get(id) ?? 0) : partnerOf;
  const communes = districts.flatMap((d) => childrenOf.get(d) ?? []);
  const pathFrom = communes[0] ?? districts[0] ?? partnerOf;
  const pathTo = partnersOf(partnerCountry)[0];
  const hops = distance(graph, pathFrom, pathTo, PATH_MAX_HOPS);
  if (hops === null) throw new Error(`No path of at most ${PATH_MAX_HOPS} hops from ${pathFrom} to ${pathTo}`);

  const { eventsFrom, eventsTo } = eventRange([...nodes.values()].filter((n) => n.kind === EntityKind.EVENT));
  return {
    partnerOf,
    partnerCountry,
    official,
    searchAscii: searchForm(native),
    searchDiacritics: native,
    neighborhoodOf,
    pathFrom,
    pathTo,
    eventsFrom,
    eventsTo,
  };
}

/** Hops between two entities over the relationships the path query follows, or null beyond `maxHops`. */
export function distance(graph: GraphRows, from: string, to: string, maxHops: number): number | null {
  const followed = new Set(ENTITY_RELATIONSHIP_TYPES);
  const neighbours = new Map<string, string[]>();
  for (const edge of graph.edges) {
    if (!followed.has(edge.type)) continue;
    append(neighbours, edge.from, edge.to);
    append(neighbours, edge.to, edge.from);
  }
  let frontier = [from];
  const seen = new Set(frontier);
  for (let hops = 0; hops <= maxHops; hops += 1) {
    if (frontier.includes(to)) return hops;
    const next: string[] = [];
    for (const id of frontier) for (const n of neighbours.get(id) ?? []) if (!seen.has(n)) seen.add(n), next.push(n);
    frontier = next;
  }
  return null;
}

/** The narrowest of a month, a year or three years (in the middle of the timeline) that holds a page of events. */
export function eventRange(events: Node[]): { eventsFrom: string; eventsTo: string } {
  const dated = events.filter((e) => typeof e.dateStart === 'string');
  const holding = (fromDay: string, toDay: string) => dated.filter((e) => (e.dateEnd as string) >= fromDay && (e.dateStart as string) <= toDay).length;
  const months = Array.from({ length: 12 }, (_, m) => `2023-${String(m + 1).padStart(2, '0')}`);
  const candidates: [string, string][] = [...months.map((m): [string, string] => [m, m]), ['2023', '2023'], ['2022', '2024'], ['2016', '2025']];
  const [eventsFrom, eventsTo] =
    candidates.find(([from, to]) => holding(dateRange(from).start, dateRange(to).end) >= EVENTS_PER_PAGE) ?? candidates[candidates.length - 1];
  return { eventsFrom, eventsTo };
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) append(groups, key(item), item);
  return groups;
}

function append<T>(groups: Map<string, T[]>, key: string, item: T): void {
  const group = groups.get(key);
  if (group) group.push(item);
  else groups.set(key, [item]);
}

/** The first item with the highest score, so ties go to the earlier (hub) entity and the choice is stable. */
function maxBy(items: string[], score: (item: string) => number): string {
  if (items.length === 0) throw new Error('The synthetic graph has no candidate for an anchor');
  return items.reduce((best, item) => (score(item) > score(best) ? item : best));
}

function mostFrequent(items: string[]): string {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return maxBy([...counts.keys()], (item) => counts.get(item)!);
}
