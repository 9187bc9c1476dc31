import { EntityKind } from '../../model/entity-kind';
import { slugify } from '../../model/fold';
import { FACT_PATTERNS as P } from '../patterns/facts';
import { datedField, FoundDate } from '../dates';
import { distinct, firstDay, isVenue, Named, insideParentheses, orderHomeFirst, Proposal, SentenceContext, slugOf, span, VIETNAM } from './context';

/**
 * A signed text: its kind from what the text calls it, its parties the places of the sentence (the article's other
 * side when it names only one), its day the sentence's, else the day written just before, else the lead's. Written in
 * the plural with several partners, one text per partner; said to be agreed on but not signed, pending.
 */
export function agreementsOf(context: SentenceContext, named: Named[]): Proposal[] {
  const text = context.sentence.text;
  const type = P.agreements.find((agreement) => agreement.pattern.test(text));
  if (!type || !(P.signing.test(text) || carriedOut(text, type.pattern))) return [];
  const places = distinct(named.filter((n) => n.kind === EntityKind.LOCALITY && !isVenue(context, n)));
  const bodies = distinct(named.filter((n) => n.kind === EntityKind.ORGANIZATION || n.kind === EntityKind.ASSOCIATION));
  const sides = withOtherSide(context, places);
  const parties = orderHomeFirst(sides.length >= 2 ? sides : [...sides, ...bodies]).slice(0, 6);
  if (parties.length < 2) return [];
  const [home, ...partners] = parties;
  const plural = P.plural.test(text.match(type.pattern)?.[0] ?? '') && partners.length > 1 && home.countryIds.includes(VIETNAM);
  const groups = plural ? partners.map((partner) => [home, partner]) : [parties];
  return groups.map((group) => agreementBetween(context, group, type));
}

function agreementBetween(context: SentenceContext, parties: Pick<Named, 'id' | 'name'>[], type: { fr: string; en: string }): Proposal {
  const text = context.sentence.text;
  const validity = P.validity.exec(text);
  const written = firstDay(context.dates.filter((d) => !insideParentheses(context.text, d.start)), validity ? context.sentence.start + validity.index : -1) ?? yearSigned(context);
  const reported = written || !P.signing.test(text) ? undefined : (context.previousDate ?? context.leadDate);
  const signed = written ?? reported;
  const names = parties.map((p) => p.name);
  const fr = context.lang === 'fr';
  const record: Record<string, unknown> = {
    id: `agreement:${parties.map((p) => slugOf(p.id)).join('--')}-${slugify(type.en)}`,
    name: fr ? `${type.fr} entre ${names.slice(0, -1).join(', ')} et ${names.at(-1)}` : `${type.en} between ${names.slice(0, -1).join(', ')} and ${names.at(-1)}`,
    kind: 'AGREEMENT',
    ...(signed ? datedField('issuedOn', signed, context.publishedOn) : {}),
    ...(reported ? { issuedOnConfidence: 'inferred', issuedOnNote: 'The sentence of the signing gives no day; the day is the one the article reports just before it, or in its lead.' } : {}),
    ...(validity ? { validFrom: validity[1], validUntil: validity[2] } : {}),
    parties: parties.map((p) => ({ id: p.id })),
  };
  const pending = P.promise.test(text);
  return { class: 'agreement', collection: 'documents', record, confidence: written ? 0.8 : signed ? 0.7 : 0.65, evidence: [span(context)], links: [], isNew: true, ...(pending ? { pending } : {}) };
}

/** "signed an agreement in 2014", "signé en 2014": a year alone, written after the signing, outside a period of validity. */
function yearSigned(context: SentenceContext): FoundDate | undefined {
  const signing = P.signing.exec(context.sentence.text);
  if (!signing) return undefined;
  const from = context.sentence.start + signing.index;
  return context.dates.find((d) => d.value.length === 4 && d.start > from && /(?:\bin|\ben)\s+$/iu.test(context.text.slice(Math.max(0, d.start - 4), d.start)));
}

/** A text already in force that the sentence says is carried out: the cue, then the text within a few words ("mettre en œuvre cinq protocoles d'accord", "under the MoU"). */
function carriedOut(text: string, kind: RegExp): boolean {
  const cue = P.inForce.exec(text);
  if (!cue) return false;
  const after = text.slice(cue.index + cue[0].length, cue.index + cue[0].length + 40);
  const found = kind.exec(after);
  return !!found && !/[,;.]/.test(after.slice(0, found.index));
}

/**
 * A sentence that names only one side of the article's relation ("Vanxay and Tran Thang of Quang Binh signed"): the
 * other is the article's own, when one of the sentences just before named it with this one.
 */
export function withOtherSide(context: SentenceContext, places: Named[]): Named[] {
  if (places.length !== 1) return places;
  const vietnamese = places[0].countryIds.includes(VIETNAM);
  const other = vietnamese ? context.partner : context.home;
  const at = { start: context.sentence.end, end: context.sentence.end };
  const recent = (id: string | undefined) => context.antecedents.some((a) => a.id === id);
  if (other && other.id !== places[0].id && recent(other.id) && recent(places[0].id)) return [...places, { ...other, ...at }];
  return places;
}
