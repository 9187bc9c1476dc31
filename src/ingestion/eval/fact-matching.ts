import { searchForm, slugify } from '../../model/fold';
import { ScoredCandidate } from './extraction.contract';
import { PLACE_PREFIXES, prefixOf, slugOf } from './graph-ids';
import { dateMatches } from './label-dates';
import { LabelledArticle, Party, ScoredClass } from './labelled-facts';

/**
 * How a proposed fact is compared with a labelled one. Parties are compared by a canonical key:
 * - a place the graph knows: its ID;
 * - a body of a place (`organization:binh-dinh-peoples-committee`): that place, since the labels name the place
 *   whose committee, council or government acts, and the pipeline may propose either;
 * - anything the graph does not know, proposed or labelled by name: `name:` and its slug, so `{name: Le Thuy}`
 *   matches a proposed `district:le-thuy`.
 */
export class PartyCanon {
  private readonly placeSlugs: string[];

  constructor(private readonly knownIds: ReadonlySet<string>) {
    this.placeSlugs = [...knownIds].filter((id) => PLACE_PREFIXES.includes(prefixOf(id)) && prefixOf(id) !== 'locality-group');
  }

  ofParty(party: Party | null | undefined): string | null {
    if (party === null || party === undefined) return null;
    if (typeof party === 'object') return `name:${slugify(party.name)}`;
    return this.ofId(party);
  }

  ofId(id: string): string {
    const prefix = prefixOf(id);
    if (prefix === 'organization' || prefix === 'association') {
      const place = this.placeOfBody(slugOf(id));
      if (place) return place;
    }
    return this.knownIds.has(id) ? id : `name:${slugOf(id)}`;
  }

  private placeOfBody(slug: string): string | null {
    let best: string | null = null;
    for (const place of this.placeSlugs) {
      const placeSlug = slugOf(place);
      if (slug.startsWith(`${placeSlug}-`) && (!best || placeSlug.length > slugOf(best).length)) best = place;
    }
    return best;
  }
}

/** A fact reduced to what the matching rules compare. */
export interface ComparableFact {
  parties?: string[];
  date?: string | null;
  kind?: string;
  person?: string;
  place?: string | null;
}

export type FactsByClass = Record<ScoredClass, ComparableFact[]>;

export function emptyFacts(): FactsByClass {
  return { partnership: [], agreement: [], position: [], event: [], aid: [], membership: [] };
}

export function labelledFacts(labelled: Pick<LabelledArticle, 'partnerships' | 'agreements' | 'positions' | 'events' | 'aid' | 'memberships'>, canon: PartyCanon): FactsByClass {
  const parties = (list: Party[]) => sortedUnique(list.map((party) => canon.ofParty(party)!));
  return {
    partnership: labelled.partnerships.map((fact) => ({ parties: parties(fact.parties) })),
    agreement: labelled.agreements.map((fact) => ({ parties: parties(fact.parties), date: fact.signedOn })),
    position: labelled.positions.map((fact) => ({ person: searchForm(fact.person), parties: [canon.ofParty(fact.organization)!] })),
    event: labelled.events.map((fact) => ({ kind: fact.kind, date: fact.date, place: canon.ofParty(fact.place) })),
    aid: labelled.aid.map((fact) => ({ parties: [canon.ofParty(fact.funder)!, canon.ofParty(fact.recipient)!] })),
    membership: labelled.memberships.map((fact) => ({ parties: [canon.ofParty(fact.member)!, canon.ofParty(fact.of)!] })),
  };
}

/** The facts the pipeline proposes, from its candidates' records in the seed files' format. Entities are not scored here. */
export function proposedFacts(candidates: ScoredCandidate[], canon: PartyCanon): FactsByClass {
  const facts = emptyFacts();
  for (const { class: factClass, record } of candidates) {
    switch (factClass) {
      case 'partnership':
        facts.partnership.push({ parties: sortedUnique(idsIn(record.parties).map((id) => canon.ofId(id))) });
        break;
      case 'agreement':
        facts.agreement.push({
          parties: sortedUnique(idsIn(record.parties ?? record.signatories ?? record.issuer).map((id) => canon.ofId(id))),
          date: stringOrNull(record.issuedOn ?? record.signedOn ?? record.date),
        });
        break;
      case 'position':
        for (const position of Array.isArray(record.positions) ? record.positions : []) {
          const organization = idsIn((position as Record<string, unknown>).organization)[0];
          facts.position.push({ person: searchForm(String(record.name ?? '')), parties: [organization ? canon.ofId(organization) : ''] });
        }
        break;
      case 'event': {
        const place = idsIn(record.place)[0];
        facts.event.push({ kind: String(record.kind ?? ''), date: stringOrNull(record.date), place: place ? canon.ofId(place) : null });
        break;
      }
      case 'aid':
        facts.aid.push({ parties: [idsIn(record.funder)[0], idsIn(record.recipient)[0]].map((id) => (id ? canon.ofId(id) : '')) });
        break;
      case 'membership':
        // The member's own record, with the bodies it belongs to as `memberOf`.
        for (const body of idsIn(record.memberOf)) facts.membership.push({ parties: [canon.ofId(String(record.id)), canon.ofId(body)] });
        break;
      default:
        break;
    }
  }
  return facts;
}

/**
 * The matching rules, label against proposal:
 * - partnerships: the same set of parties, in any order;
 * - agreements: the same set of parties and the signing date at the label's precision (a label without a date
 *   matches on the parties alone);
 * - positions: the same person (name folded: case, diacritics and punctuation ignored) in the same body or place;
 * - events: the same kind (an anniversary and a celebration being one) and date at the label's precision (an undated
 *   label: the same kind and place);
 * - aid: the same funder and recipient, in that order;
 * - memberships: the same member and body.
 */
export function factMatches(factClass: ScoredClass, label: ComparableFact, proposed: ComparableFact): boolean {
  switch (factClass) {
    case 'partnership':
      return sameList(label.parties, proposed.parties);
    case 'agreement':
      return sameList(label.parties, proposed.parties) && (label.date == null || dateMatches(label.date, proposed.date));
    case 'position':
      return label.person === proposed.person && sameList(label.parties, proposed.parties);
    case 'event':
      if (eventFamily(label.kind) !== eventFamily(proposed.kind)) return false;
      return label.date == null ? label.place != null && label.place === proposed.place : dateMatches(label.date, proposed.date);
    case 'aid':
    case 'membership':
      return sameList(label.parties, proposed.parties);
  }
}

/**
 * The celebration of an anniversary is filed as ANNIVERSARY by the seed files (and the pipeline) and as CELEBRATION
 * by the development set's labels: for matching, the two kinds are one.
 */
function eventFamily(kind: string | undefined): string | undefined {
  return kind === 'ANNIVERSARY' ? 'CELEBRATION' : kind;
}

export interface ClassScore {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

/**
 * Classes whose facts are one per key: the same partnership, post or membership proposed twice (say, a post in
 * the Party committee and one in the People's Committee of the same province, which the labels name by the
 * province) is one proposal. Agreements, events and aid may repeat (two aid projects of one funder to one recipient).
 */
const ONE_PER_KEY: ScoredClass[] = ['partnership', 'position', 'membership'];

export interface Pairing {
  score: ClassScore;
  /** The labels no proposal matched, and the proposals that matched no label. */
  missed: ComparableFact[];
  spurious: ComparableFact[];
}

/**
 * Pairs labels with proposals one to one, as many pairs as can be made (a maximum matching: a label that could take
 * either of two proposals leaves to another label the one only that label matches). A proposal left over is a false
 * positive, a label left over a false negative.
 */
export function pairFacts(factClass: ScoredClass, labels: ComparableFact[], proposed: ComparableFact[]): Pairing {
  const proposals = ONE_PER_KEY.includes(factClass) ? [...new Map(proposed.map((fact) => [JSON.stringify(fact), fact])).values()] : proposed;
  const labelOf = new Map<number, number>();
  const pair = (label: number, visited: Set<number>): boolean => {
    for (let i = 0; i < proposals.length; i++) {
      if (visited.has(i) || !factMatches(factClass, labels[label], proposals[i])) continue;
      visited.add(i);
      const holder = labelOf.get(i);
      if (holder === undefined || pair(holder, visited)) {
        labelOf.set(i, label);
        return true;
      }
    }
    return false;
  };
  const missed = labels.filter((_, label) => !pair(label, new Set()));
  const spurious = proposals.filter((_, i) => !labelOf.has(i));
  return { score: { truePositives: labelOf.size, falsePositives: spurious.length, falseNegatives: missed.length }, missed, spurious };
}

export function scoreClass(factClass: ScoredClass, labels: ComparableFact[], proposed: ComparableFact[]): ClassScore {
  return pairFacts(factClass, labels, proposed).score;
}

export function addScores(a: ClassScore, b: ClassScore): ClassScore {
  return {
    truePositives: a.truePositives + b.truePositives,
    falsePositives: a.falsePositives + b.falsePositives,
    falseNegatives: a.falseNegatives + b.falseNegatives,
  };
}

/** Precision and recall; null where nothing was proposed (precision) or nothing labelled (recall). */
export function rates(score: ClassScore): { precision: number | null; recall: number | null } {
  const proposed = score.truePositives + score.falsePositives;
  const labelled = score.truePositives + score.falseNegatives;
  return { precision: proposed === 0 ? null : score.truePositives / proposed, recall: labelled === 0 ? null : score.truePositives / labelled };
}

export interface LinkingScore {
  mentions: number;
  correct: number;
  wrong: number;
  missed: number;
}

/**
 * Linking: each labelled mention of a known place is looked up among the candidates' links by its folded form.
 * Correct when a link of that mention names the labelled ID; wrong when its links name only other IDs; missed
 * when no candidate links it.
 */
export function scoreLinking(places: { mention: string; id: string }[], candidates: ScoredCandidate[]): LinkingScore {
  const idsByMention = new Map<string, Set<string>>();
  for (const candidate of candidates) {
    for (const link of candidate.links) {
      const key = searchForm(link.mention);
      if (!idsByMention.has(key)) idsByMention.set(key, new Set());
      idsByMention.get(key)!.add(link.entityId);
    }
  }
  const score: LinkingScore = { mentions: places.length, correct: 0, wrong: 0, missed: 0 };
  for (const place of places) {
    const linked = idsByMention.get(searchForm(place.mention));
    if (!linked) score.missed += 1;
    else if (linked.has(place.id)) score.correct += 1;
    else score.wrong += 1;
  }
  return score;
}

function idsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(idsIn);
  if (value && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'string') return [(value as { id: string }).id];
  return [];
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function sortedUnique(values: string[]): string[] {
  return [...new Set(values)].sort();
}

function sameList(a: string[] | undefined, b: string[] | undefined): boolean {
  return !!a && !!b && a.length === b.length && a.every((value, i) => value === b[i]);
}
