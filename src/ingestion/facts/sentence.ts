import { EntityKind } from '../../model/entity-kind';
import { searchForm } from '../../model/fold';
import { COLLECTION_BY_KIND } from '../../model/relationships';
import { nameIn } from '../gazetteer';
import { FACT_PATTERNS as P } from '../patterns/facts';
import { NEW_ENTITY_PATTERNS } from '../patterns/entities';
import { aidOf } from './aid';
import { agreementsOf } from './agreement';
import { Antecedent, countryOfRecord, distinct, escape, isVenue, kindOfCollection, Named, Proposal, SentenceContext, VIETNAM } from './context';
import { anniversaryOf, conferenceOf, visitOf } from './event';
import { membershipOf } from './membership';
import { partnershipsOf } from './partnership';
import { positionsOf } from './position';

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
  // A place proposed in another sentence ("le département du Val-de-Marne (France)") is named here by its name alone.
  for (const place of context.newPlaces ?? []) {
    for (const match of context.sentence.text.matchAll(new RegExp(`(?<![\\p{L}-])${escape(place.name)}(?![\\p{L}-])`, 'gu'))) {
      const start = context.sentence.start + match.index;
      const end = start + match[0].length;
      if (!named.some((n) => n.start < end && n.end > start)) named.push({ ...place, start, end });
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
  const agreements = agreementsOf(context, named);
  proposals.push(...agreements);
  proposals.push(...partnershipsOf(context, named, agreements.filter((a) => !a.pending)));
  const event = visitOf(context, named) ?? anniversaryOf(context, named, proposals) ?? conferenceOf(context, named);
  if (event) proposals.push(event);
  proposals.push(...aidOf(context, named));
  const membership = membershipOf(context, named);
  if (membership) proposals.push(membership);
  const parties = ownPlaces.filter((place) => !isVenue(context, place));
  return { proposals, places: parties.map(({ id, kind, name, countryIds }) => ({ id, kind, name, countryIds })) };
}

export function newEntities(context: Pick<SentenceContext, 'sentence' | 'gazetteer' | 'lang'>): Proposal[] {
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
      const spelledNearly = gazetteer.placesSpelledNearly(searchForm(built.mention)).map((form) => form.entry);
      // "the Lao province of Champasak Vilayvong Bouddakham": a known place's name, then the governor's.
      const leading = built.mention
        .split(/\s+/)
        .slice(0, -1)
        .map((_, i, words) => words.slice(0, words.length - i).join(' '))
        .flatMap((prefix) => gazetteer.lookup(prefix));
      const known = [...gazetteer.lookup(built.record.name as string), ...gazetteer.lookup(built.mention), ...spelledNearly, ...leading].find(
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
