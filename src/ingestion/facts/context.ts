import { EntityKind } from '../../model/entity-kind';
import { COLLECTION_BY_KIND } from '../../model/relationships';
import { Link, FactClass } from '../candidate';
import { FoundDate } from '../dates';
import { Gazetteer } from '../gazetteer';
import { Mention } from '../mentions';
import { FACT_PATTERNS as P } from '../patterns/facts';
import { Sentence } from '../text';

/** A fact or entity proposed from one sentence, before it is keyed; proposals of the same record merge. */
export interface Proposal {
  class: FactClass;
  collection: string;
  record: Record<string, unknown>;
  confidence: number;
  evidence: { start: number; end: number }[];
  links: Link[];
  isNew: boolean;
  /** Said to be agreed on, not done ("ont convenu de signer"): kept only when another sentence reports the same record done. */
  pending?: boolean;
}

/** An entity a sentence names: one the graph knows (a mention) or one proposed from a pattern. */
export interface Named {
  id: string;
  kind: EntityKind;
  name: string;
  countryIds: string[];
  start: number;
  end: number;
}

export interface SentenceContext {
  text: string;
  lang: string;
  publishedOn?: string;
  gazetteer: Gazetteer;
  sentence: Sentence;
  mentions: Mention[];
  dates: FoundDate[];
  /** The places of the last sentence that named two or more: what "les deux provinces" refers to. */
  antecedents: Antecedent[];
  /** The last day or month written in the two sentences before: when "the two sides signed" without a date. */
  previousDate?: FoundDate;
  /** The Vietnamese province or city the article names most: the one a sentence listing foreign partners alone speaks for. */
  home?: Antecedent;
  /** The foreign place the article names most: the other side of a sentence that names only the home side. */
  partner?: Antecedent;
  /** The first day the article writes, most often in its lead: the day of what a later sentence reports undated. */
  leadDate?: FoundDate;
  /** Places the article introduces by a pattern in some sentence, which other sentences name by their name alone. */
  newPlaces?: Antecedent[];
  /** The foreign provinces and cities the article names: what "les quatre provinces du Laos" counts. */
  foreignPlaces?: Antecedent[];
}

const NUMBERS: Record<string, number> = { deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, two: 2, three: 3, four: 4, five: 5, seven: 7 };

/**
 * "les quatre provinces du Laos", "the three Lao provinces" after `from`: the article's foreign places, when it names
 * exactly that many.
 */
export function countedPlaces(context: SentenceContext, from: number): Named[] {
  const match = P.countedPlaces.exec(context.text.slice(from, context.sentence.end));
  if (!match) return [];
  const count = NUMBERS[match[1].toLowerCase()] ?? Number(match[1]);
  const places = context.foreignPlaces ?? [];
  const start = from + match.index;
  return places.length === count ? places.map((place) => ({ ...place, start, end: start + match[0].length })) : [];
}

export type Antecedent = Pick<Named, 'id' | 'kind' | 'name' | 'countryIds'>;

export const VIETNAM = 'country:vietnam';

/** The first date of the sentence written to the day or month, outside the validity period. */
export function firstDay(dates: FoundDate[], exceptFrom = -1): FoundDate | undefined {
  return dates.find((d) => d.value.length >= 7 && (exceptFrom < 0 || d.start < exceptFrom)) ?? dates.find((d) => d.value.length >= 7);
}

/** A place where something happens ("à Vientiane", "in Dong Hoi"), or the dateline's city ("Hanoi (VNA) -"): not a party. */
export function isVenue(context: SentenceContext, place: Named): boolean {
  return P.venue.test(context.text.slice(Math.max(0, place.start - 20), place.start)) || isDateline(context, place);
}

/** The city of a dateline ("Hanoi (VNA) -") says where the news was filed, not where anything happened. */
export function isDateline(context: Pick<SentenceContext, 'text'>, place: Pick<Named, 'end'>): boolean {
  return P.dateline.test(context.text.slice(place.end, place.end + 40));
}

export function insideBody(place: Named, named: Named[]): boolean {
  return named.some((n) => n !== place && (n.kind === EntityKind.ORGANIZATION || n.kind === EntityKind.ASSOCIATION) && n.start <= place.start && n.end >= place.end);
}

export function orderHomeFirst(list: Named[]): Named[] {
  return [...list.filter((n) => n.countryIds.includes(VIETNAM)), ...list.filter((n) => !n.countryIds.includes(VIETNAM))];
}

export function distinct(list: Named[]): Named[] {
  return [...new Map(list.map((n) => [n.id, n])).values()];
}

export function span(context: SentenceContext): { start: number; end: number } {
  return { start: context.sentence.start, end: context.sentence.end };
}


export function slugOf(id: string): string {
  return id.slice(id.indexOf(':') + 1);
}

export function kindOfCollection(collection: string): EntityKind | undefined {
  return (Object.entries(COLLECTION_BY_KIND).find(([, c]) => c === collection)?.[0] as EntityKind | undefined) ?? undefined;
}

export function countryOfRecord(record: Record<string, unknown>, gazetteer: Gazetteer): string[] {
  const up = (record.partOf ?? record.basedIn) as { id: string } | undefined;
  if (!up) return [];
  if (up.id.startsWith('country:')) return [up.id];
  return gazetteer.entry(up.id)?.countryIds ?? [];
}

export function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}

/** Whether an offset falls inside parentheses: "(5 septembre 1962 - 5 septembre 2022)" dates something else. */
export function insideParentheses(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 60), at);
  return before.lastIndexOf('(') > before.lastIndexOf(')');
}
