import { EntityKind } from '../../model/entity-kind';
import { slugify } from '../../model/fold';
import { countryOfAdjective } from '../patterns/entities';
import { BODY_PATTERNS, FACT_PATTERNS as P, NOT_A_PERSONAL_NAME, TITLES } from '../patterns/facts';
import { escape, Named, Proposal, SentenceContext, slugOf, VIETNAM } from './context';

const CAPITALIZED_RUN = /\p{Lu}[\p{Ll}\p{M}'’-]+(?:\s+\p{Lu}[\p{Ll}\p{M}'’-]+)+/gu;
const TITLE_PATTERN = new RegExp(`(?<![\\p{L}-])(${TITLES.map(escape).join('|')})(?![\\p{L}-])`, 'giu');

/**
 * Each title with its person and body. The person: "Name, title", else the person of the title before when only a
 * body's words and "et" / "and" lie between ("secrétaire du Comité provincial et gouverneur de X"), else the name
 * after the title and its body. The body: what the apposition names up to its verb or the next person.
 */
export function positionsOf(context: SentenceContext, named: Named[]): { proposals: Proposal[]; people: Named[] } {
  const { sentence, gazetteer } = context;
  const proposals: Proposal[] = [];
  const people: Named[] = [];
  let previous: { person: Person; titleEnd: number } | null = null;
  for (const match of sentence.text.matchAll(TITLE_PATTERN)) {
    const titleStart = sentence.start + match.index;
    const titleEnd = titleStart + match[0].length;
    const person: Person | null = personBefore(context, named, titleStart) ?? chainedPerson(context, named, previous, titleStart) ?? personAfter(context, named, titleEnd);
    if (!person) continue;
    previous = { person, titleEnd };
    const phrase = { start: titleEnd, end: person.start > titleEnd ? person.start : appositionEnd(context, named, titleEnd) };
    const organization = bodyIn(context, named, phrase, match[0], proposals, Math.min(titleStart, person.start));
    if (!organization) continue;
    const known = person.known ? gazetteer.entry(person.id) : undefined;
    const title = match[0].charAt(0).toUpperCase() + match[0].slice(1);
    const position = { title, organization: organization.id, status: 'current', ...(context.publishedOn ? { asOf: context.publishedOn } : {}) };
    const record = { id: person.id, name: known?.name ?? person.name, positions: [position] };
    const start = Math.min(titleStart, person.start);
    const end = Math.max(phrase.end, person.end);
    proposals.push({ class: 'position', collection: 'officials', record, confidence: organization.isNew ? 0.55 : 0.75, evidence: [{ start, end }], links: [], isNew: !person.known });
    people.push({ id: person.id, kind: EntityKind.OFFICIAL, name: record.name, countryIds: [], start: person.start, end: person.end });
  }
  return { proposals, people };
}

/** "Let Saynhaphon, secrétaire du Comité provincial du PPRL et gouverneur de …": the second title is the same person's. */
function chainedPerson(context: SentenceContext, named: Named[], previous: { person: Person; titleEnd: number } | null, titleStart: number): Person | null {
  if (!previous) return null;
  const { person, titleEnd } = previous;
  if (person.start > titleEnd && person.end <= titleStart) return null;
  const between = context.text.slice(titleEnd, titleStart);
  // ", and by Vice Governor …", ", et le gouverneur …": a new member of a list, someone else.
  if (between.length > 160 || /[.;:]/.test(between) || P_VERB.test(between) || /,\s+(?:et|and)\s/u.test(between)) return null;
  return personNameIn(context, named, titleEnd, titleStart) ? null : person;
}

/** Where the apposition that follows a title ends: its verb, ", et" / ", and", the next person named, or the sentence's end. */
function appositionEnd(context: SentenceContext, named: Named[], from: number): number {
  const rest = context.text.slice(from, context.sentence.end);
  const stops = [P_VERB.exec(rest), /,\s+(?:et|and)\s/u.exec(rest)].flatMap((m) => (m ? [from + m.index] : []));
  const limit = Math.min(context.sentence.end, ...stops);
  return personNameIn(context, named, from, limit)?.start ?? limit;
}

/** The first run of capitalized words between two offsets that is a person's name, not a place's or a body's. */
function personNameIn(context: SentenceContext, named: Named[], from: number, to: number): { start: number } | null {
  for (const match of context.text.slice(from, to).matchAll(CAPITALIZED_RUN)) {
    const start = from + match.index;
    const end = start + match[0].length;
    if (named.some((n) => n.kind !== EntityKind.OFFICIAL && n.start < end && n.end > start)) continue;
    if (personalName(match[0]) || named.some((n) => n.kind === EntityKind.OFFICIAL && n.start === start)) return { start };
  }
  return null;
}

/** A verb that ends the apposition of a title: "X, secrétaire de …, s'est entretenu", "X, Governor of …, said". */
const P_VERB =
  /\s(?:a|ont|s['’]est|se sont|est|sont|avait|avaient|has|have|had|was|were|is|are|said|signed|visited|attended|received|affirmed|expressed|highlighted|thanked|congratulated|wished|hoped|stressed|noted|agreed)\s/u;

export interface Person {
  id: string;
  name: string;
  start: number;
  end: number;
  known: boolean;
}

/** "le vice-gouverneur de la province de Savannakhet, Khamla Sisouk": the name after the title and its body. */
export function personAfter(context: SentenceContext, named: Named[], from: number): Person | null {
  const rest = context.text.slice(from, context.sentence.end);
  const official = named.find((n) => n.kind === EntityKind.OFFICIAL && n.start >= from && n.start - from < 120 && !/[.;:]/.test(context.text.slice(from, n.start)));
  if (official) return { id: official.id, name: official.name, start: official.start, end: official.end, known: true };
  for (const match of rest.matchAll(CAPITALIZED_RUN)) {
    if (match.index > 120) break;
    if (/[;:]/.test(rest.slice(0, match.index))) break;
    // "Committee Tran Anh Tuan": the words of a body's or place's name that run into the person's are dropped.
    const words = Array.from(match[0].matchAll(/\S+/g), (w) => ({ text: w[0], start: from + match.index + w.index }));
    const overlaps = (word: { text: string; start: number }) => named.some((n) => n.start < word.start + word.text.length && n.end > word.start);
    // "Mekong Delta Dong Thap": a run that holds a place's name is no person's, up to that name.
    const lastPlaceWord = words.map(overlaps).lastIndexOf(true);
    if (lastPlaceWord >= 0) words.splice(0, lastPlaceWord + 1);
    while (words.length && NOT_A_PERSONAL_NAME.has(bareWord(words[0].text))) words.shift();
    const name = words.slice(0, 4).map((w) => w.text);
    if (name.length < 2 || !personalName(name.join(' '))) continue;
    const start = words[0].start;
    const last = words[Math.min(3, words.length - 1)];
    return { id: `official:${slugify(name.join(' '))}`, name: name.join(' '), start, end: last.start + last.text.length, known: false };
  }
  return null;
}

/** "Pham Thi Lan, vice-présidente du Comité populaire de Quang Tri": the name just before the title. */
export function personBefore(context: SentenceContext, named: Named[], titleStart: number): Person | null {
  const before = context.text.slice(context.sentence.start, titleStart);
  // "Tran Quoc Cuong, membre du Comité central du PCV, secrétaire …": one or two clauses of an apposition may come first.
  const match = /(\p{Lu}[\p{Ll}\p{M}'’-]+(?:\s+\p{Lu}[\p{Ll}\p{M}'’-]+){1,3}),\s*(?:(?:membre|member|cadre)\b[^,.;:]{0,100},\s*){0,2}(?:(?:le|la|l['’]|the)\s+)?$/u.exec(before);
  // "M. Soukanmahalat, secrétaire …": after a courtesy title, one word is a name.
  const courtesy = /(?:^|\s)(?:M\.|Mme|Mr\.?|Mrs\.?|Ms\.?)\s+(\p{Lu}[\p{Ll}\p{M}'’-]+),\s*(?:(?:le|la|l['’]|the)\s+)?$/u.exec(before);
  if (!match && courtesy) {
    const start = context.sentence.start + courtesy.index + courtesy[0].indexOf(courtesy[1]);
    if (NOT_A_PERSONAL_NAME.has(bareWord(courtesy[1])) || named.some((n) => n.start <= start && n.end > start)) return null;
    return { id: `official:${slugify(courtesy[1])}`, name: courtesy[1], start, end: start + courtesy[1].length, known: false };
  }
  if (!match) return null;
  const start = context.sentence.start + match.index;
  const end = start + match[1].length;
  const official = named.find((n) => n.kind === EntityKind.OFFICIAL && n.start === start);
  if (official) return { id: official.id, name: official.name, start, end, known: true };
  if (!personalName(match[1]) || named.some((n) => n.start < end && n.end > start)) return null;
  return { id: `official:${slugify(match[1])}`, name: match[1], start, end, known: false };
}

export function personalName(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length >= 2 && words.every((word) => !NOT_A_PERSONAL_NAME.has(bareWord(word)));
}

/** "People's" is the word "people". */
export function bareWord(word: string): string {
  return word.toLowerCase().replace(/['’]s$/, '');
}

/** The body a title belongs to: one the graph knows within the phrase, or a committee or administration of a place named there. */
export function bodyIn(
  context: SentenceContext,
  named: Named[],
  phrase: { start: number; end: number },
  title: string,
  proposals: Proposal[],
  titleStart: number,
): { id: string; isNew: boolean } | null {
  const placeOrBody = (n: Named) => n.kind === EntityKind.LOCALITY || n.kind === EntityKind.ORGANIZATION || n.kind === EntityKind.ASSOCIATION;
  let inside = named.filter((n) => n.start >= phrase.start && n.end <= phrase.end && placeOrBody(n));
  const phraseText = context.text.slice(phrase.start, phrase.end);
  // "secrétaire du Comité provincial du PPRL": a foreign party's committee is not the article's own province's.
  const foreign = FOREIGN_PARTY.test(phraseText);
  // "du Comité populaire provincial" is the article's own province's, whatever body the graph calls so.
  const unnamedPattern = BODY_PATTERNS.find((p) => p.unnamed?.test(phraseText));
  const ownPlaces = inside.filter((n) => n.kind === EntityKind.LOCALITY);
  let unnamed = context.home && !foreign && !ownPlaces.length ? unnamedPattern : undefined;
  if (!inside.length) {
    // "la délégation de Quang Binh dirigée par le secrétaire du Comité provincial du PCV X": the delegation's place.
    const led = ledDelegationPlace(context, named, titleStart) ?? placeOfAdjective(context, phraseText) ?? (foreign && unnamedPattern ? partnerAt(context, phrase.start) : undefined);
    if (led) {
      inside = [led];
      unnamed = undefined;
    }
  }
  if (unnamed) inside = [];
  if (!inside.length && /gouverneur|governor|maire|mayor/i.test(title)) {
    // "a delegation from Sekong province led by Deputy Governor X": the governor of the place just named.
    const before = [...named].reverse().find((n) => n.kind === EntityKind.LOCALITY && n.end <= phrase.start && phrase.start - n.end < 40);
    if (before) inside = [before];
  }
  // The first body the apposition names, whole: "secrétaire du Comité central du Parti et chef de la Commission …".
  const bodies = inside.filter((n) => n.kind === EntityKind.ORGANIZATION || n.kind === EntityKind.ASSOCIATION);
  const body = bodies.filter((n) => !bodies.some((o) => o !== n && o.start <= n.start && o.end >= n.end && o.end - o.start > n.end - n.start)).sort((a, b) => a.start - b.start)[0];
  if (body) return { id: body.id, isNew: false };
  let place: Pick<Named, 'id' | 'name' | 'start' | 'end'> | undefined = inside.find((n) => n.kind === EntityKind.LOCALITY);
  if (unnamed && context.home) place = { ...context.home, start: phrase.start, end: phrase.start };
  if (!place) return null;
  const before = context.text.slice(Math.max(0, place.start - 60), place.start);
  const after = context.text.slice(place.end, place.end + 40);
  const named_ = BODY_PATTERNS.find((p) => p.before?.test(before) || p.after?.test(after)) ?? (place.start < phrase.start ? unnamedPattern : undefined);
  const home = context.gazetteer.entry(place.id)?.countryIds.includes(VIETNAM) ?? false;
  // "Chairman of Quang Binh province" chairs its people's committee; a secretary, of any country, leads the party's.
  const byTitle = named_ || unnamed ? undefined : BODY_PATTERNS.find((p) => p.title.test(title) && (home || p.kind === 'PARTY_BODY'));
  const pattern = unnamed ?? named_ ?? byTitle;
  const fr = context.lang === 'fr';
  const placeName = place.name;
  let record: Record<string, unknown>;
  if (pattern) {
    record = {
      id: `organization:${slugOf(place.id)}-${pattern.slug}`,
      name: (fr ? pattern.fr : pattern.en).replace('{place}', placeName),
      kind: pattern.kind,
      basedIn: { id: place.id },
    };
  } else if (/gouverneur|governor|maire|mayor/i.test(title)) {
    record = {
      id: `organization:${slugOf(place.id)}-administration`,
      name: fr ? `Administration de ${placeName}` : `${placeName} Administration`,
      kind: 'GOVERNMENT_BODY',
      basedIn: { id: place.id },
    };
  } else return null;
  const names = [record.name as string, ...(pattern?.aka ?? []).map((aka) => aka.replace('{place}', placeName))];
  const known = names.flatMap((name) => context.gazetteer.lookup(name)).find((entry) => entry.kind === EntityKind.ORGANIZATION);
  if (known) return { id: known.id, isNew: false };
  if (!proposals.some((p) => p.record.id === record.id)) {
    // The place may come before the title ("a delegation from Sekong province led by Deputy Governor X").
    const evidence = unnamed
      ? { start: phrase.start, end: phrase.end }
      : place.end <= phrase.start
        ? { start: place.start, end: phrase.end }
        : { start: Math.max(phrase.start, place.start - 40), end: place.end };
    proposals.push({ class: 'entity', collection: 'organizations', record, confidence: unnamed || byTitle ? 0.5 : 0.6, evidence: [evidence], links: [], isNew: true });
  }
  return { id: record.id as string, isNew: true };
}

/** A foreign ruling party named in a title: its committee is a foreign province's. */
const FOREIGN_PARTY = /\bPPRL\b|\bLPRP\b|Parti populaire r[ée]volutionnaire|People['’]s Revolutionary Party|\bParti du peuple cambodgien\b|Cambodian People['’]s Party|\bCPP\b/u;

/** "la délégation de X dirigée par …", "the X delegation led by …": X, for the titles of whoever leads it. */
function ledDelegationPlace(context: SentenceContext, named: Named[], titleStart: number): Named | undefined {
  const before = context.text.slice(context.sentence.start, titleStart);
  const cues = [...before.matchAll(new RegExp(P.leader.source, 'giu'))];
  const cue = cues.at(-1);
  if (!cue) return undefined;
  const cueAt = context.sentence.start + cue.index;
  if (titleStart - cueAt > 120) return undefined;
  return [...named].reverse().find((n) => n.kind === EntityKind.LOCALITY && n.end <= cueAt && cueAt - n.end < 60);
}

/** "gouverneur de la province thaïlandaise": the article's one place in that country. */
function placeOfAdjective(context: SentenceContext, phraseText: string): Named | undefined {
  const match = /^\s*(?:de |of )?(?:la |the )?(?:province|ville|city)\s+(\p{L}+(?:-\p{L}+)?)/iu.exec(phraseText) ?? /^\s*(?:of )?the\s+(\p{L}+)\s+(?:province|city)\b/iu.exec(phraseText);
  const countryId = match ? countryOfAdjective(match[1], context.gazetteer) : null;
  if (!countryId) return undefined;
  const places = (context.foreignPlaces ?? []).filter((p) => p.countryIds.includes(countryId));
  return places.length === 1 ? { ...places[0], start: context.sentence.start, end: context.sentence.start } : undefined;
}

function partnerAt(context: SentenceContext, at: number): Named | undefined {
  return context.partner && { ...context.partner, start: at, end: at };
}
