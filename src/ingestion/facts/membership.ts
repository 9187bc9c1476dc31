import { EntityKind } from '../../model/entity-kind';
import { COLLECTION_BY_KIND } from '../../model/relationships';
import { FACT_PATTERNS as P } from '../patterns/facts';
import { Named, Proposal, SentenceContext } from './context';

/** "X est membre de Y", "X joined Y": a place or body that belongs to a body, as a `memberOf` of X's record. */
export function membershipOf(context: SentenceContext, named: Named[]): Proposal | null {
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
