import { EntityKind } from '../../model/entity-kind';
import { FACT_PATTERNS as P } from '../patterns/facts';
import { distinct, firstDay, insideBody, Named, Proposal, SentenceContext, slugOf, span } from './context';

export function aidOf(context: SentenceContext, named: Named[]): Proposal | null {
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
