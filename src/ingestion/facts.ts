import { EntityKind } from '../model/entity-kind';
import { slugify } from '../model/fold';
import { COLLECTION_BY_KIND } from '../model/relationships';
import { FactClass, Link } from './candidate';
import { datedField, FoundDate } from './dates';
import { Gazetteer, nameIn } from './gazetteer';
import { Mention } from './mentions';
import { BODY_PATTERNS, FACT_PATTERNS as P, NOT_A_PERSONAL_NAME, TITLES } from './patterns/facts';
import { NEW_ENTITY_PATTERNS } from './patterns/entities';
import { Sentence } from './text';

/** A fact or entity proposed from one sentence, before it is keyed; proposals of the same record merge. */
export interface Proposal {
  class: FactClass;
  collection: string;
  record: Record<string, unknown>;
  confidence: number;
  evidence: { start: number; end: number }[];
  links: Link[];
  isNew: boolean;
}

/** An entity a sentence names: one the graph knows (a mention) or one proposed from a pattern. */
interface Named {
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
}

export type Antecedent = Pick<Named, 'id' | 'kind' | 'name' | 'countryIds'>;

const VIETNAM = 'country:vietnam';
const CAPITALIZED_RUN = /\p{Lu}[\p{Ll}\p{M}'’-]+(?:\s+\p{Lu}[\p{Ll}\p{M}'’-]+)+/gu;
const TITLE_PATTERN = new RegExp(`(?<![\\p{L}-])(${TITLES.map(escape).join('|')})(?![\\p{L}-])`, 'giu');

/**
 * Everything one sentence proposes: new entities, then positions, agreements, partnerships, events and aid; and the
 * places it names, for the next sentence's "les deux provinces".
 */
export function proposalsOf(context: SentenceContext): { proposals: Proposal[]; places: Antecedent[] } {
  const proposals: Proposal[] = [];
  const named: Named[] = context.mentions.map((m) => ({ id: m.entry.id, kind: m.entry.kind, name: nameIn(m.entry, context.lang), countryIds: m.entry.countryIds, start: m.start, end: m.end }));
  for (const proposal of newEntities(context)) {
    proposals.push(proposal);
    const record = proposal.record;
    const at = proposal.evidence[0];
    const kind = kindOfCollection(proposal.collection);
    if (kind && !named.some((n) => n.id === record.id)) {
      named.push({ id: record.id as string, kind, name: record.name as string, countryIds: countryOfRecord(record, context.gazetteer), start: at.start, end: at.end });
    }
  }
  named.sort((a, b) => a.start - b.start);
  const ownPlaces = distinct(named.filter((n) => n.kind === EntityKind.LOCALITY));
  const bothSides = P.bothSides.exec(context.sentence.text);
  if (bothSides && ownPlaces.length < 2) {
    const start = context.sentence.start + bothSides.index;
    const home = context.antecedents.find((p) => p.countryIds.includes(VIETNAM));
    const foreign = context.antecedents.find((p) => p.countryIds.length > 0 && !p.countryIds.includes(VIETNAM));
    for (const place of home && foreign ? [home, foreign] : context.antecedents.slice(0, 2)) {
      if (!named.some((n) => n.id === place.id)) named.push({ ...place, start, end: start + bothSides[0].length });
    }
  }
  const positions = positionsOf(context, named);
  proposals.push(...positions.proposals);
  named.push(...positions.people);
  named.sort((a, b) => a.start - b.start);
  const agreement = agreementOf(context, named);
  if (agreement) proposals.push(agreement);
  proposals.push(...partnershipsOf(context, named, agreement));
  const event = visitOf(context, named) ?? anniversaryOf(context, named, proposals) ?? conferenceOf(context, named);
  if (event) proposals.push(event);
  const aid = aidOf(context, named);
  if (aid) proposals.push(aid);
  const membership = membershipOf(context, named);
  if (membership) proposals.push(membership);
  const parties = ownPlaces.filter((place) => !isVenue(context, place));
  return { proposals, places: parties.map(({ id, kind, name, countryIds }) => ({ id, kind, name, countryIds })) };
}

function newEntities(context: SentenceContext): Proposal[] {
  const { sentence, gazetteer, lang } = context;
  const proposals: Proposal[] = [];
  for (const pattern of NEW_ENTITY_PATTERNS) {
    for (const match of sentence.text.matchAll(pattern.pattern)) {
      const groups = match.groups ?? {};
      const start = sentence.start + match.index;
      const evidence = [{ start, end: start + match[0].length }];
      const built = pattern.build(groups, { gazetteer, lang });
      if (!built) continue;
      const country = (built.record.partOf as { id?: string } | undefined)?.id;
      const known = [...gazetteer.lookup(built.record.name as string), ...gazetteer.lookup(built.mention)].find(
        (entry) => COLLECTION_BY_KIND[entry.kind] === pattern.collection && (!country || !country.startsWith('country:') || entry.countryIds.includes(country)),
      );
      if (known) {
        proposals.push({
          class: 'entity',
          collection: pattern.collection,
          record: { id: known.id, name: known.name },
          confidence: 0.9,
          evidence,
          links: [{ mention: built.mention, entityId: known.id, reason: `context: ${(built.context ?? pattern.context).replace('X', built.mention)}`, certain: true }],
          isNew: false,
        });
        continue;
      }
      proposals.push({ class: 'entity', collection: pattern.collection, record: built.record, confidence: built.confidence, evidence, links: built.links, isNew: true });
    }
  }
  return proposals;
}

function partnershipsOf(context: SentenceContext, named: Named[], agreement: Proposal | null): Proposal[] {
  const text = context.sentence.text;
  const anniversary = P.anniversary.exec(text);
  const cue = P.partnership.test(text) || agreement !== null || anniversary !== null;
  if (!cue) return [];
  const places = distinct(named.filter((n) => n.kind === EntityKind.LOCALITY && !isVenue(context, n)));
  const home = places.filter((p) => p.countryIds.includes(VIETNAM));
  const foreign = places.filter((p) => p.countryIds.length > 0 && !p.countryIds.includes(VIETNAM));
  if (!foreign.length) return [];
  // A plan listing "les provinces du Laos : A, B, C" speaks for the article's own province without naming it.
  const byArticle = !home.length && context.home !== undefined && P.partnership.test(text);
  const lead = home[0] ?? (byArticle ? context.home : undefined);
  if (!lead) return [];
  const kind = P.twinning.test(text)
    ? 'TWINNING'
    : P.comprehensive.test(text)
      ? 'COMPREHENSIVE_COOPERATION'
      : P.support.test(text) && !/coop/i.test(text)
        ? 'DEVELOPMENT_SUPPORT'
        : P.friendship.test(text) && !/coop/i.test(text)
          ? 'FRIENDSHIP'
          : 'COOPERATION';
  const since = sinceOf(context, anniversary);
  return foreign.map((partner) => {
    const known = context.gazetteer.partnershipBetween(lead.id, partner.id);
    const record: Record<string, unknown> = {
      id: known?.id ?? `partnership:${slugOf(lead.id)}--${slugOf(partner.id)}`,
      name: known?.name ?? `${lead.name} – ${partner.name}`,
      kind,
      parties: [{ id: lead.id }, { id: partner.id }],
      ...since,
      ...(agreement ? { agreements: [{ id: agreement.record.id }] } : {}),
    };
    const confidence = byArticle ? 0.6 : P.partnership.test(text) ? (since.since ? 0.85 : 0.75) : 0.6;
    return { class: 'partnership', collection: 'partnerships', record, confidence, evidence: [span(context)], links: [], isNew: !known };
  });
}

/** When a partnership began: written ("depuis 1994", "since 1994"), or inferred from an anniversary and the publication year. */
function sinceOf(context: SentenceContext, anniversary: RegExpExecArray | null): Record<string, unknown> {
  const stated = /(?:depuis|since|[ée]tabli(?:e|es|s)? en|established in|noué(?:e|es|s)? en|signed in|sign[ée](?:e|es|s)? en)\s+((?:19|20)\d{2})/iu.exec(context.sentence.text);
  if (stated) return { since: stated[1] };
  if (!anniversary || !context.publishedOn) return {};
  const years = Number(anniversary[1]);
  const year = Number(context.publishedOn.slice(0, 4)) - years;
  const ordinal = context.lang === 'fr' ? `${years}e anniversaire` : `${years}th anniversary`;
  return { since: String(year), sinceConfidence: 'inferred', sinceNote: `The article of ${context.publishedOn} reports the ${ordinal}; the start year is the publication year less ${years}.` };
}

function agreementOf(context: SentenceContext, named: Named[]): Proposal | null {
  const text = context.sentence.text;
  const type = P.agreements.find((agreement) => agreement.pattern.test(text));
  if (!type || !P.signing.test(text)) return null;
  const places = distinct(named.filter((n) => n.kind === EntityKind.LOCALITY && !isVenue(context, n)));
  const bodies = distinct(named.filter((n) => n.kind === EntityKind.ORGANIZATION || n.kind === EntityKind.ASSOCIATION));
  const parties = orderHomeFirst(places.length >= 2 ? places : [...places, ...bodies]).slice(0, 4);
  if (parties.length < 2) return null;
  const validity = P.validity.exec(text);
  const signed = firstDay(context.dates, validity ? context.sentence.start + validity.index : -1) ?? (P.bothSides.test(text) ? context.previousDate : undefined);
  const names = parties.map((p) => p.name);
  const fr = context.lang === 'fr';
  const record: Record<string, unknown> = {
    id: `agreement:${parties.map((p) => slugOf(p.id)).join('--')}-${slugify(type.en)}`,
    name: fr ? `${type.fr} entre ${names.slice(0, -1).join(', ')} et ${names.at(-1)}` : `${type.en} between ${names.slice(0, -1).join(', ')} and ${names.at(-1)}`,
    kind: 'AGREEMENT',
    ...(signed ? datedField('issuedOn', signed, context.publishedOn) : {}),
    ...(validity ? { validFrom: validity[1], validUntil: validity[2] } : {}),
    parties: parties.map((p) => ({ id: p.id })),
  };
  return { class: 'agreement', collection: 'documents', record, confidence: signed ? 0.8 : 0.65, evidence: [span(context)], links: [], isNew: true };
}

function positionsOf(context: SentenceContext, named: Named[]): { proposals: Proposal[]; people: Named[] } {
  const { sentence, gazetteer } = context;
  const proposals: Proposal[] = [];
  const people: Named[] = [];
  for (const match of sentence.text.matchAll(TITLE_PATTERN)) {
    const titleStart = sentence.start + match.index;
    const titleEnd = titleStart + match[0].length;
    const person = personBefore(context, named, titleStart) ?? personAfter(context, named, titleEnd);
    if (!person) continue;
    const phraseEnd = person.start > titleEnd ? person.start : sentence.end;
    const phrase = { start: titleEnd, end: Math.min(phraseEnd, commaAfter(context.text, titleEnd, sentence.end)) };
    const organization = bodyIn(context, named, phrase, match[0], proposals);
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

interface Person {
  id: string;
  name: string;
  start: number;
  end: number;
  known: boolean;
}

/** "le vice-gouverneur de la province de Savannakhet, Khamla Sisouk": the name after the title and its body. */
function personAfter(context: SentenceContext, named: Named[], from: number): Person | null {
  const rest = context.text.slice(from, context.sentence.end);
  const official = named.find((n) => n.kind === EntityKind.OFFICIAL && n.start >= from && n.start - from < 120 && !/[.;:]/.test(context.text.slice(from, n.start)));
  if (official) return { id: official.id, name: official.name, start: official.start, end: official.end, known: true };
  for (const match of rest.matchAll(CAPITALIZED_RUN)) {
    if (match.index > 120) break;
    if (/[;:]/.test(rest.slice(0, match.index))) break;
    // "Committee Tran Anh Tuan": the words of a body's or place's name that run into the person's are dropped.
    const words = Array.from(match[0].matchAll(/\S+/g), (w) => ({ text: w[0], start: from + match.index + w.index }));
    while (words.length && (NOT_A_PERSONAL_NAME.has(bareWord(words[0].text)) || named.some((n) => n.start < words[0].start + words[0].text.length && n.end > words[0].start))) words.shift();
    const name = words.slice(0, 4).map((w) => w.text);
    if (name.length < 2 || !personalName(name.join(' '))) continue;
    const start = words[0].start;
    const last = words[Math.min(3, words.length - 1)];
    return { id: `official:${slugify(name.join(' '))}`, name: name.join(' '), start, end: last.start + last.text.length, known: false };
  }
  return null;
}

/** "Pham Thi Lan, vice-présidente du Comité populaire de Quang Tri": the name just before the title. */
function personBefore(context: SentenceContext, named: Named[], titleStart: number): Person | null {
  const before = context.text.slice(context.sentence.start, titleStart);
  const match = /(\p{Lu}[\p{Ll}\p{M}'’-]+(?:\s+\p{Lu}[\p{Ll}\p{M}'’-]+){1,3}),\s*(?:(?:le|la|l['’]|the)\s+)?$/u.exec(before);
  if (!match) return null;
  const start = context.sentence.start + match.index;
  const end = start + match[1].length;
  const official = named.find((n) => n.kind === EntityKind.OFFICIAL && n.start === start);
  if (official) return { id: official.id, name: official.name, start, end, known: true };
  if (!personalName(match[1]) || named.some((n) => n.start < end && n.end > start)) return null;
  return { id: `official:${slugify(match[1])}`, name: match[1], start, end, known: false };
}

function personalName(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length >= 2 && words.every((word) => !NOT_A_PERSONAL_NAME.has(bareWord(word)));
}

/** "People's" is the word "people". */
function bareWord(word: string): string {
  return word.toLowerCase().replace(/['’]s$/, '');
}

/** The body a title belongs to: one the graph knows within the phrase, or a committee or administration of a place named there. */
function bodyIn(context: SentenceContext, named: Named[], phrase: { start: number; end: number }, title: string, proposals: Proposal[]): { id: string; isNew: boolean } | null {
  let inside = named.filter((n) => n.start >= phrase.start && n.end <= phrase.end);
  const phraseText = context.text.slice(phrase.start, phrase.end);
  // "du Comité populaire provincial" is the article's own province's, whatever body the graph calls so.
  const unnamed = context.home ? BODY_PATTERNS.find((p) => p.unnamed?.test(phraseText)) : undefined;
  if (unnamed) inside = [];
  if (!inside.length && /gouverneur|governor/i.test(title)) {
    // "a delegation from Sekong province led by Deputy Governor X": the governor of the place just named.
    const before = [...named].reverse().find((n) => n.kind === EntityKind.LOCALITY && n.end <= phrase.start && phrase.start - n.end < 40);
    if (before) inside = [before];
  }
  const body = inside.filter((n) => n.kind === EntityKind.ORGANIZATION || n.kind === EntityKind.ASSOCIATION).sort((a, b) => b.end - b.start - (a.end - a.start))[0];
  if (body) return { id: body.id, isNew: false };
  let place: Pick<Named, 'id' | 'name' | 'start' | 'end'> | undefined = inside.find((n) => n.kind === EntityKind.LOCALITY);
  if (unnamed && context.home) place = { ...context.home, start: phrase.start, end: phrase.start };
  if (!place) return null;
  const before = context.text.slice(Math.max(0, place.start - 60), place.start);
  const after = context.text.slice(place.end, place.end + 40);
  const named_ = BODY_PATTERNS.find((p) => p.before?.test(before) || p.after?.test(after));
  const home = context.gazetteer.entry(place.id)?.countryIds.includes(VIETNAM) ?? false;
  const byTitle = named_ || unnamed || !home ? undefined : BODY_PATTERNS.find((p) => p.title.test(title));
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
  } else if (/gouverneur|governor/i.test(title)) {
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
    const evidence = unnamed ? { start: phrase.start, end: phrase.end } : { start: Math.max(phrase.start, place.start - 40), end: place.end };
    proposals.push({ class: 'entity', collection: 'organizations', record, confidence: unnamed || byTitle ? 0.5 : 0.6, evidence: [evidence], links: [], isNew: true });
  }
  return { id: record.id as string, isNew: true };
}

function visitOf(context: SentenceContext, named: Named[]): Proposal | null {
  const text = context.sentence.text;
  if (!P.delegation.test(text) || !(P.visit.test(text) || P.reception.test(text))) return null;
  const places = distinct(named.filter((n) => n.kind === EntityKind.LOCALITY && !insideBody(n, named)));
  // "… a reçu une délégation de Savannakhet": received at home, the article's own province.
  const home = context.home;
  if (places.length === 1 && home && P.reception.test(text) && places[0].id !== home.id && !places[0].countryIds.includes(VIETNAM)) {
    places.push({ ...home, start: context.sentence.end, end: context.sentence.end });
  }
  if (places.length < 2) return null;
  const delegation = P.delegation.exec(text);
  const at = delegation ? context.sentence.start + delegation.index : context.sentence.start;
  const leaderCue = P.leader.exec(text);
  const leaderAt = leaderCue ? context.sentence.start + leaderCue.index : Infinity;
  const receptionCue = /re[çc]ue?s? par|received by|welcomed by|hosted by/iu.exec(text);
  const receptionAt = receptionCue ? context.sentence.start + receptionCue.index : Infinity;
  const end = delegation ? at + delegation[0].length : at;
  // "une délégation de la province de X", "a delegation from X", else "the X delegation".
  const visitor =
    places.find((p) => p.start >= end && /^\s+(?:de haut rang\s+)?(?:de|du|d['’]|des|from|of)\s+(?:la\s+|l['’]|the\s+)?(?:province\s+de\s+|ville\s+de\s+)?$/iu.test(context.text.slice(end, p.start))) ??
    [...places].reverse().find((p) => p.end <= at && at - p.end < 40) ??
    // "une délégation conduite par le secrétaire de Champassak, reçue par …": the leader's place.
    places.find((p) => p.start > leaderAt && p.start < receptionAt) ??
    places.find((p) => p.countryIds.includes(VIETNAM)) ??
    places[0];
  const host = places.find((p) => p.id !== visitor.id && p.start > receptionAt);
  const place = host ?? places.find((p) => p.id !== visitor.id && p.countryIds.join() !== visitor.countryIds.join()) ?? places.find((p) => p.id !== visitor.id);
  if (!place) return null;
  const date = firstDay(context.dates);
  const officials = named.filter((n) => n.kind === EntityKind.OFFICIAL);
  const received = P.reception.exec(text);
  const receivedAt = received ? context.sentence.start + received.index : Infinity;
  const led = P.leader.exec(text);
  const ledAt = led ? context.sentence.start + led.index : Infinity;
  // The cue nearest before an official gives the role: "led by" the delegation, "reçue par" / "received by" the hosts;
  // an official before "received" with neither cue before is the host.
  const roleOf = (official: Named): string | null => {
    const cues = [
      { at: ledAt, role: 'DELEGATION' },
      { at: receivedAt, role: 'ATTENDEE' },
    ].filter((cue) => cue.at < official.start);
    if (cues.length) return cues.sort((x, y) => y.at - x.at)[0].role;
    return receivedAt < Infinity ? 'ATTENDEE' : null;
  };
  const fr = context.lang === 'fr';
  const record: Record<string, unknown> = {
    id: `event:${slugOf(visitor.id)}-visit-${slugOf(place.id)}`,
    name: fr ? `Visite de la délégation de ${visitor.name} à ${place.name}` : `${visitor.name} delegation visit to ${place.name}`,
    kind: 'VISIT',
    ...(date ? { date: date.value } : {}),
    place: { id: place.id },
    participants: [
      { id: visitor.id, role: 'DELEGATION' },
      ...distinct(officials).flatMap((o) => (roleOf(o) ? [{ id: o.id, role: roleOf(o) }] : [])),
    ],
  };
  return { class: 'event', collection: 'events', record, confidence: date ? 0.75 : 0.6, evidence: [span(context)], links: [], isNew: true };
}

/** "Le 12 juin, X et Y ont célébré le 55e anniversaire de leur jumelage": the celebration, concerning the partnership. */
function anniversaryOf(context: SentenceContext, named: Named[], proposals: Proposal[]): Proposal | null {
  const text = context.sentence.text;
  const anniversary = P.anniversary.exec(text);
  const date = firstDay(context.dates);
  if (!anniversary || !P.celebration.test(text) || !date) return null;
  const partnership = proposals.find((p) => p.class === 'partnership');
  const places = distinct(named.filter((n) => n.kind === EntityKind.LOCALITY && !isVenue(context, n)));
  if (!partnership && places.length < 2) return null;
  const parties = partnership ? (partnership.record.parties as { id: string }[]).map((p) => p.id) : places.map((p) => p.id);
  const names = parties.map((id) => places.find((p) => p.id === id)?.name ?? id);
  const fr = context.lang === 'fr';
  const ordinal = Number(anniversary[1]);
  const record: Record<string, unknown> = {
    id: `event:${parties.map(slugOf).join('--')}-anniversary-${ordinal}`,
    name: fr ? `${ordinal}e anniversaire des relations ${names.join(' – ')}` : `${ordinal}th anniversary of ${names.join(' – ')} relations`,
    kind: 'ANNIVERSARY',
    date: date.value,
    ...(partnership ? { concerns: [{ id: partnership.record.id }] } : {}),
    participants: parties.map((id) => ({ id, role: 'ATTENDEE' })),
  };
  return { class: 'event', collection: 'events', record, confidence: 0.65, evidence: [span(context)], links: [], isNew: true };
}

function conferenceOf(context: SentenceContext, named: Named[]): Proposal | null {
  const text = context.sentence.text;
  const noun = P.forum.exec(text) ?? P.conference.exec(text);
  if (!noun || !P.held.test(text)) return null;
  const date = firstDay(context.dates);
  if (!date) return null;
  const fr = context.lang === 'fr';
  const placeMention = named.find((n) => n.kind === EntityKind.LOCALITY && /(?<!\p{L})(?:à|in|at)\s+(?:la (?:province|ville) de\s+)?$/iu.test(context.text.slice(Math.max(0, n.start - 25), n.start)));
  const organizer = named.find((n) => (n.kind === EntityKind.ORGANIZATION || n.kind === EntityKind.ASSOCIATION) && !insideBody(n, named));
  const places = distinct(named.filter((n) => n.kind === EntityKind.LOCALITY && n.id !== placeMention?.id && !insideBody(n, named)));
  const officials = distinct(named.filter((n) => n.kind === EntityKind.OFFICIAL));
  const phrase = text.slice(noun.index, noun.index + 100).replace(/\s+\S*$/, '').replace(/\s*\([^)]*$/, '').split(/[,;:.«»"“”]| s['’]est | a été | a eu | qui | (?:was|were|is|took|held|organi[sz]ed|which|that) /)[0].trim();
  const name = phrase.length < 12 && placeMention ? `${phrase} (${placeMention.name})` : phrase;
  const record: Record<string, unknown> = {
    id: `event:${slugify(name).slice(0, 60).replace(/-+$/, '')}-${date.value}`,
    name: name.charAt(0).toUpperCase() + name.slice(1),
    kind: P.forum.test(noun[0]) ? 'FORUM' : 'CONFERENCE',
    date: date.value,
    ...(placeMention ? { place: { id: placeMention.id } } : {}),
    ...(organizer ? { organizer: { id: organizer.id } } : {}),
    ...(places.length || officials.length ? { participants: [...places, ...officials].map((p) => ({ id: p.id, role: 'ATTENDEE' })) } : {}),
  };
  return { class: 'event', collection: 'events', record, confidence: fr === undefined ? 0 : 0.6, evidence: [span(context)], links: [], isNew: true };
}

function aidOf(context: SentenceContext, named: Named[]): Proposal | null {
  const text = context.sentence.text;
  const cue = P.aid.exec(text);
  if (!cue) return null;
  const amount = P.amount.exec(text);
  const parties = distinct(named.filter((n) => (n.kind === EntityKind.LOCALITY || n.kind === EntityKind.ORGANIZATION || n.kind === EntityKind.ASSOCIATION) && !insideBody(n, named)));
  const verbAt = context.sentence.start + cue.index;
  const after = parties.filter((p) => p.start > verbAt);
  const giverAfter = after.length >= 2 && P.from.test(context.text.slice(Math.max(0, after[0].start - 12), after[0].start)) ? after[0] : undefined;
  const funder = giverAfter ?? [...parties].reverse().find((p) => p.end <= verbAt) ?? parties[0];
  const recipient = giverAfter
    ? after[1]
    : (parties.find((p) => p.start > verbAt && p.id !== funder?.id && p.countryIds.join() !== funder?.countryIds.join()) ?? parties.find((p) => p.id !== funder?.id));
  if (!funder || !recipient || (!amount && !/aide|aid\b|grant|don\b|dons\b/i.test(text))) return null;
  const kind = P.loan.test(text) ? 'LOAN' : P.technical.test(text) && !amount ? 'TECHNICAL_ASSISTANCE' : 'NON_REFUNDABLE_AID';
  const year = firstDay(context.dates)?.value.slice(0, 4) ?? context.publishedOn?.slice(0, 4);
  const fr = context.lang === 'fr';
  const money = amount ? amount[0].replace(/\s+/g, ' ').trim() : null;
  const record: Record<string, unknown> = {
    id: `aid-project:${slugOf(funder.id)}-to-${slugOf(recipient.id)}${year ? `-${year}` : ''}`,
    name: fr ? `Aide de ${funder.name} à ${recipient.name}` : `Aid from ${funder.name} to ${recipient.name}`,
    kind,
    description: `${kind === 'LOAN' ? 'Loan' : kind === 'TECHNICAL_ASSISTANCE' ? 'Technical assistance' : 'Aid'} from ${funder.name} to ${recipient.name}${money ? ` worth ${money}` : ''}.`,
    ...(money ? { amount: money } : {}),
    funder: { id: funder.id },
    recipient: { id: recipient.id },
  };
  return { class: 'aid', collection: 'aidProjects', record, confidence: money ? 0.75 : 0.55, evidence: [span(context)], links: [], isNew: true };
}

/** "X est membre de Y", "X joined Y": a place or body that belongs to a body, as a `memberOf` of X's record. */
function membershipOf(context: SentenceContext, named: Named[]): Proposal | null {
  const cue = P.membership.exec(context.sentence.text);
  if (!cue) return null;
  const at = context.sentence.start + cue.index;
  const cueEnd = at + cue[0].length;
  const outer = named.filter((n) => !named.some((o) => o !== n && o.start <= n.start && o.end >= n.end && o.end - o.start > n.end - n.start));
  const member = [...outer].reverse().find((n) => n.end <= at && [EntityKind.LOCALITY, EntityKind.ORGANIZATION, EntityKind.ASSOCIATION].includes(n.kind));
  const body = outer.find((n) => n.start >= cueEnd - 1 && n.start - cueEnd < 40 && (n.kind === EntityKind.ORGANIZATION || n.kind === EntityKind.ASSOCIATION));
  if (!member || !body || member.id === body.id) return null;
  const known = context.gazetteer.entry(member.id);
  return {
    class: 'membership',
    collection: COLLECTION_BY_KIND[member.kind],
    record: { id: member.id, name: member.name, memberOf: [{ id: body.id }] },
    confidence: 0.65,
    evidence: [{ start: member.start, end: Math.max(body.end, cueEnd) }],
    links: [],
    isNew: !known,
  };
}

/** The first date of the sentence written to the day or month, outside the validity period. */
function firstDay(dates: FoundDate[], exceptFrom = -1): FoundDate | undefined {
  return dates.find((d) => d.value.length >= 7 && (exceptFrom < 0 || d.start < exceptFrom)) ?? dates.find((d) => d.value.length >= 7);
}

function isVenue(context: SentenceContext, place: Named): boolean {
  return P.venue.test(context.text.slice(Math.max(0, place.start - 20), place.start));
}

function insideBody(place: Named, named: Named[]): boolean {
  return named.some((n) => n !== place && (n.kind === EntityKind.ORGANIZATION || n.kind === EntityKind.ASSOCIATION) && n.start <= place.start && n.end >= place.end);
}

function orderHomeFirst(list: Named[]): Named[] {
  return [...list.filter((n) => n.countryIds.includes(VIETNAM)), ...list.filter((n) => !n.countryIds.includes(VIETNAM))];
}

function distinct(list: Named[]): Named[] {
  return [...new Map(list.map((n) => [n.id, n])).values()];
}

function span(context: SentenceContext): { start: number; end: number } {
  return { start: context.sentence.start, end: context.sentence.end };
}

function commaAfter(text: string, from: number, limit: number): number {
  const comma = text.slice(from, limit).search(/[,;:(]/);
  return comma < 0 ? limit : from + comma;
}

function slugOf(id: string): string {
  return id.slice(id.indexOf(':') + 1);
}

function kindOfCollection(collection: string): EntityKind | undefined {
  return (Object.entries(COLLECTION_BY_KIND).find(([, c]) => c === collection)?.[0] as EntityKind | undefined) ?? undefined;
}

function countryOfRecord(record: Record<string, unknown>, gazetteer: Gazetteer): string[] {
  const up = (record.partOf ?? record.basedIn) as { id: string } | undefined;
  if (!up) return [];
  if (up.id.startsWith('country:')) return [up.id];
  return gazetteer.entry(up.id)?.countryIds ?? [];
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}
