import { EntityKind } from '../../model/entity-kind';
import { FACT_PATTERNS as P } from '../patterns/facts';
import { distinct, isVenue, Named, Proposal, SentenceContext, slugOf, span, VIETNAM } from './context';

export function partnershipsOf(context: SentenceContext, named: Named[], agreements: Proposal[]): Proposal[] {
  const text = context.sentence.text;
  const anniversary = P.anniversary.exec(text);
  const cue = P.partnership.test(text) || agreements.length > 0 || anniversary !== null;
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
    const agreement = agreements.find((a) => (a.record.parties as { id: string }[]).some((p) => p.id === partner.id)) ?? agreements[0];
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
export function sinceOf(context: SentenceContext, anniversary: RegExpExecArray | null): Record<string, unknown> {
  const stated = /(?:depuis|since|[ée]tabli(?:e|es|s)? en|established in|noué(?:e|es|s)? en|signed in|sign[ée](?:e|es|s)? en)\s+((?:19|20)\d{2})/iu.exec(context.sentence.text);
  if (stated) return { since: stated[1] };
  if (!anniversary || !context.publishedOn) return {};
  const years = Number(anniversary[1]);
  const year = Number(context.publishedOn.slice(0, 4)) - years;
  const ordinal = context.lang === 'fr' ? `${years}e anniversaire` : `${years}th anniversary`;
  return { since: String(year), sinceConfidence: 'inferred', sinceNote: `The article of ${context.publishedOn} reports the ${ordinal}; the start year is the publication year less ${years}.` };
}
