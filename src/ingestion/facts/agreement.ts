import { EntityKind } from '../../model/entity-kind';
import { slugify } from '../../model/fold';
import { FACT_PATTERNS as P } from '../patterns/facts';
import { datedField } from '../dates';
import { distinct, firstDay, isVenue, Named, orderHomeFirst, Proposal, SentenceContext, slugOf, span } from './context';

export function agreementOf(context: SentenceContext, named: Named[]): Proposal | null {
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
