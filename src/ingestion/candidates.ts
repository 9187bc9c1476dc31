import { createHash } from 'node:crypto';
import { EntityKind } from '../model/entity-kind';
import { COLLECTION_BY_KIND } from '../model/relationships';
import { ArticleInput, readArticle } from './article';
import { Candidate, ExtractionResult, Link } from './candidate';
import { findDates, FoundDate, yearOfArticle } from './dates';
import { Antecedent, isDateline, Proposal } from './facts/context';
import { newEntities, proposalsOf } from './facts/sentence';
import { Gazetteer, nameIn } from './gazetteer';
import { findMentions, Mention } from './mentions';
import { sentences, tokenize } from './text';

/** The candidates of one article: the entities it names (linked or new) and the facts its sentences state, each with evidence. */
export function extract(input: ArticleInput, gazetteer: Gazetteer): ExtractionResult {
  const { meta, text } = readArticle(input);
  const mentions = findMentions(text, tokenize(text), gazetteer);
  const proposals: Proposal[] = [];
  const home = homeOf(mentions, meta.lang);
  const partner = partnerOf(mentions, meta.lang);
  const foreignPlaces = foreignPlacesOf(mentions, meta.lang);
  let antecedents: Antecedent[] = [];
  let antecedentAge = 0;
  let previousDate: FoundDate | undefined;
  let previousDateAge = 0;
  const articleYear = meta.publishedOn ? undefined : yearOfArticle(text);
  const leadDate = findDates(text, meta.lang, meta.publishedOn, articleYear).find((d) => d.value.length === 10 && !isDateline({ text }, d));
  const newPlaces = sentences(text).flatMap((sentence) =>
    newEntities({ sentence, gazetteer, lang: meta.lang })
      .filter((p) => p.isNew && p.collection === 'localities')
      .map((p) => ({ id: p.record.id as string, kind: EntityKind.LOCALITY, name: p.record.name as string, countryIds: [String((p.record.partOf as { id: string }).id)] })),
  );
  for (const sentence of sentences(text)) {
    const inSentence = mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
    const dates = findDates(sentence.text, meta.lang, meta.publishedOn, articleYear)
      .map((d) => ({ ...d, start: d.start + sentence.start, end: d.end + sentence.start }))
      .filter((d) => !isDateline({ text }, d));
    const found = proposalsOf({ text, lang: meta.lang, publishedOn: meta.publishedOn, gazetteer, sentence, mentions: inSentence, dates, antecedents, home, partner, leadDate, previousDate, newPlaces, foreignPlaces });
    const dated = dates.filter((d) => d.value.length >= 7).at(-1);
    previousDateAge = dated ? 0 : previousDateAge + 1;
    if (dated) previousDate = dated;
    else if (previousDateAge > 2) previousDate = undefined;
    proposals.push(...found.proposals);
    // "les deux provinces" refers to the last sentence that named two places, if it is one of the two before.
    antecedentAge = found.places.length >= 2 ? 0 : antecedentAge + 1;
    if (found.places.length >= 2) antecedents = found.places;
    else if (antecedentAge > 2) antecedents = [];
  }
  const candidates = [...linkedEntities(mentions), ...proposals].map(withLinks(mentions));
  return { article: meta, textHash: sha256(text), text, candidates: mergeVisits(merge(candidates)).map(keyed) };
}

/** The Vietnamese province or city the article names most often (ties go to the one named first). */
function homeOf(mentions: Mention[], lang: string): Antecedent | undefined {
  return namedMost(mentions, lang, (entry) => entry.countryIds.includes('country:vietnam'));
}

/** The foreign province or city the article names most often: the other side of its relation. */
function partnerOf(mentions: Mention[], lang: string): Antecedent | undefined {
  return namedMost(mentions, lang, (entry) => entry.countryIds.length > 0 && !entry.countryIds.includes('country:vietnam'));
}

/** The foreign provinces and cities the article names, in the order it first names them: what "les quatre provinces lao" are. */
function foreignPlacesOf(mentions: Mention[], lang: string): Antecedent[] {
  const entries = mentions
    .map((m) => m.entry)
    .filter((entry) => entry.kind === EntityKind.LOCALITY && entry.countryIds.length > 0 && !entry.countryIds.includes('country:vietnam') && ['PROVINCE', 'CITY'].includes(entry.category ?? ''));
  return [...new Map(entries.map((entry) => [entry.id, entry])).values()].map((entry) => ({ id: entry.id, kind: entry.kind, name: nameIn(entry, lang), countryIds: entry.countryIds }));
}

function namedMost(mentions: Mention[], lang: string, wanted: (entry: Mention['entry']) => boolean): Antecedent | undefined {
  const counts = new Map<string, { entry: Mention['entry']; count: number }>();
  for (const mention of mentions) {
    const { entry } = mention;
    if (entry.kind !== EntityKind.LOCALITY || !wanted(entry) || !['PROVINCE', 'CITY'].includes(entry.category ?? '')) continue;
    counts.set(entry.id, { entry, count: (counts.get(entry.id)?.count ?? 0) + 1 });
  }
  const best = [...counts.values()].sort((a, b) => b.count - a.count)[0];
  return best && { id: best.entry.id, kind: best.entry.kind, name: nameIn(best.entry, lang), countryIds: best.entry.countryIds };
}

/** One candidate per entity the graph knows and the text names, with every mention as evidence. */
function linkedEntities(mentions: Mention[]): Proposal[] {
  const byId = new Map<string, Mention[]>();
  for (const mention of mentions) byId.set(mention.entry.id, [...(byId.get(mention.entry.id) ?? []), mention]);
  return [...byId.values()].map((list) => {
    const entry = list[0].entry;
    const certain = list.some((m) => m.certain);
    return {
      class: 'entity',
      collection: COLLECTION_BY_KIND[entry.kind],
      record: { id: entry.id, name: entry.name },
      confidence: certain ? 0.95 : 0.5,
      evidence: list.map(({ start, end }) => ({ start, end })),
      links: uniqueLinks(list.map(linkOf)),
      isNew: false,
    };
  });
}

/** A fact's links are those of the mentions inside its evidence that it refers to. */
function withLinks(mentions: Mention[]) {
  return (proposal: Proposal): Proposal => {
    if (proposal.class === 'entity') return proposal;
    const referred = new Set(referencedIds(proposal.record));
    const inside = mentions.filter((m) => referred.has(m.entry.id) && proposal.evidence.some((e) => m.start >= e.start && m.end <= e.end));
    const links = [...proposal.links, ...inside.map(linkOf)];
    return { ...proposal, links: uniqueLinks(links) };
  };
}

function uniqueLinks(links: Link[]): Link[] {
  return [...new Map(links.map((l) => [`${l.entityId}|${l.mention}|${l.reason}`, l])).values()];
}

function linkOf(mention: Mention): Link {
  return { mention: mention.surface, entityId: mention.entry.id, reason: mention.reason, certain: mention.certain };
}

function referencedIds(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(referencedIds);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) => (key === 'id' || key === 'organization') && typeof inner === 'string' ? [inner] : referencedIds(inner));
  }
  return [];
}

/**
 * Proposals of the same record merge: their evidence and links add up, the highest confidence stands, and fields
 * the first lacks (a partnership's `since` from an anniversary sentence) are taken from the later ones.
 */
function merge(proposals: Proposal[]): Proposal[] {
  const byKey = new Map<string, Proposal>();
  for (const proposal of proposals) {
    const key = `${proposal.class}|${proposal.record.id}`;
    const seen = byKey.get(key);
    if (!seen) {
      byKey.set(key, { ...proposal, evidence: [...proposal.evidence], links: [...proposal.links] });
      continue;
    }
    if (seen.pending && !proposal.pending) {
      seen.pending = false;
      seen.record = mergeRecords(proposal.record, seen.record);
    } else seen.record = mergeRecords(seen.record, proposal.record);
    seen.confidence = Math.max(seen.confidence, proposal.confidence);
    for (const e of proposal.evidence) if (!seen.evidence.some((s) => s.start === e.start && s.end === e.end)) seen.evidence.push(e);
    seen.links = uniqueLinks([...seen.links, ...proposal.links]);
  }
  // What was only agreed on ("ont convenu de signer") stands only where another sentence reports it done.
  return [...byKey.values()].filter((p) => !p.pending).map(({ pending: _pending, ...p }) => ({ ...p, evidence: p.evidence.sort((a, b) => a.start - b.start) }));
}

/**
 * One article's visits between the same two places are one visit unless their days differ ("la délégation de X a
 * visité Y le 26 septembre" and "lors de la séance de travail, les deux provinces…"); an undated visit that shares a
 * place with a dated one is that visit, told again.
 */
function mergeVisits(proposals: Proposal[]): Proposal[] {
  const kept: Proposal[] = [];
  const placesOf = (visit: Proposal) => [...new Set([...referencedIds(visit.record.place), ...referencedIds(visit.record.participants).filter((id) => !id.startsWith('official:'))])];
  const visits = proposals.filter((p) => p.class === 'event' && p.record.kind === 'VISIT');
  const ordered = [...visits.filter((v) => v.record.date), ...visits.filter((v) => !v.record.date)];
  for (const visit of ordered) {
    const places = placesOf(visit);
    const same = kept.find((other) => {
      const otherPlaces = placesOf(other);
      const samePair = places.length === otherPlaces.length && places.every((id) => otherPlaces.includes(id));
      if (visit.record.date && other.record.date) return samePair && visit.record.date === other.record.date;
      return samePair || places.some((id) => otherPlaces.includes(id));
    });
    if (!same) {
      kept.push(visit);
      continue;
    }
    for (const e of visit.evidence) if (!same.evidence.some((s) => s.start === e.start && s.end === e.end)) same.evidence.push(e);
    same.evidence.sort((a, b) => a.start - b.start);
    same.links = uniqueLinks([...same.links, ...visit.links]);
  }
  return proposals.filter((p) => !(p.class === 'event' && p.record.kind === 'VISIT') || kept.includes(p));
}

/** Of two kinds a partnership is said to have, the more specific stands: a twinning is also a cooperation. */
const PARTNERSHIP_KIND_RANK = ['COOPERATION', 'FRIENDSHIP', 'COMPREHENSIVE_COOPERATION', 'TWINNING'];

function mergeRecords(first: Record<string, unknown>, later: Record<string, unknown>): Record<string, unknown> {
  const merged = { ...first };
  for (const [field, value] of Object.entries(later)) {
    if (field === 'kind' && typeof value === 'string' && PARTNERSHIP_KIND_RANK.indexOf(value) > PARTNERSHIP_KIND_RANK.indexOf(merged.kind as string)) merged.kind = value;
    else if (merged[field] === undefined) merged[field] = value;
    else if (Array.isArray(merged[field]) && Array.isArray(value)) {
      const list = merged[field] as unknown[];
      for (const item of value) if (!list.some((existing) => canonicalJson(existing) === canonicalJson(item))) list.push(item);
    }
  }
  return merged;
}

function keyed(proposal: Proposal): Candidate {
  const key = sha256(proposal.class + canonicalJson(proposal.record)).slice(0, 16);
  return { key, ...proposal, confidence: Math.round(proposal.confidence * 100) / 100 };
}

/** JSON with the keys of every object sorted, so that one record always hashes alike. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
