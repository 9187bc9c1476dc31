import { EntityKind } from '../../model/entity-kind';
import { slugify } from '../../model/fold';
import { FACT_PATTERNS as P } from '../patterns/facts';
import { countedPlaces, distinct, firstDay, insideBody, insideParentheses, Named, Proposal, SentenceContext, slugOf, span, VIETNAM } from './context';

/**
 * What one side gives or commits to give another: a giving verb ("a remis", "offrira", "aidera X à", "provided",
 * "pledged to help"), the giver before it (the place, or "la province" / "the province": the article's own), the
 * receivers after it, of the other side. One aid per receiver and per sum written (a sum in parentheses converts the
 * one before), else per thing given (scholarships, training, works). An offer ("willing to provide") or a measure
 * under study ("considering the provision of aid") is not aid.
 */
export function aidOf(context: SentenceContext, named: Named[]): Proposal[] {
  const text = context.sentence.text;
  const cue = P.aid.exec(text);
  if (!cue || P.aidOffer.test(text)) return [];
  const parties = named.filter((n) => isParty(n) && !insideBody(n, named));
  const verbAt = context.sentence.start + cue.index;
  const after = distinct(parties.filter((p) => p.start > verbAt).reverse()).reverse();
  // "l'aide de X à Y", "aid from X to Y": the giver after the cue.
  const giverAfter = after.length >= 2 && P.from.test(context.text.slice(Math.max(0, after[0].start - 12), after[0].start)) ? after[0] : undefined;
  const funder = giverAfter ?? [...parties].reverse().find((p) => p.end <= verbAt) ?? (P.ownSide.test(text) ? homeAt(context) : undefined);
  if (!funder) return [];
  // "aider Savannakhet", "help Vientiane": who is helped is named right after the verb, not "aider les habitants de X".
  const helping = /^(?:d['’])?aider|^a aid|^ont aid|^soutien|^support|help|assist/iu.test(cue[0]);
  const cueEnd = verbAt + cue[0].trimEnd().length;
  const candidates = (giverAfter ? after.slice(1, 2) : after).filter((p) => p.id !== funder.id && otherSide(p, funder) && !builtIn(context, p));
  // The first receiver and those listed with it ("Champasak, Salavan and Houaphanh"), not a place named further on.
  const named_ = helping ? listedRightAfter(context.text, cueEnd, candidates) : candidates.slice(0, 1).concat(listedRightAfter(context.text, candidates[0]?.end ?? 0, candidates.slice(1)));
  const counted = named_.length ? named_ : countedPlaces(context, verbAt).filter((p) => p.id !== funder.id && otherSide(p, funder));
  const recipients = counted.length ? counted : foreignSideAfter(context, cue.index, funder);
  const amounts = [...text.matchAll(new RegExp(P.amount.source, 'giu'))].filter((m) => !insideParentheses(context.text, context.sentence.start + m.index));
  const paired = sumsWithReceivers(context, amounts, candidates);
  if (paired) return paired.map(([amount, recipient]) => aidProposal(context, funder, recipient, { money: amount[0].replace(/\s+/g, ' ').trim() }));
  const things = [...new Set([...text.slice(cue.index).matchAll(new RegExp(P.aidThing.source, 'giu'))].map((m) => thingOf(m[0])))];
  if (!recipients.length || (!amounts.length && !things.length && !P.aidWord.test(text))) return [];
  const items: { money?: string; thing?: string }[] = amounts.length ? amounts.map((m) => ({ money: m[0].replace(/\s+/g, ' ').trim() })) : things.length ? things.map((thing) => ({ thing })) : [{}];
  return recipients.flatMap((recipient) => items.map((item) => aidProposal(context, funder, recipient, item)));
}

/** "8 billion VND to build a station for A and 500 million VND to B": each sum goes to the receiver named after it, before the next sum. */
function sumsWithReceivers(context: SentenceContext, amounts: RegExpMatchArray[], candidates: Named[]): [RegExpMatchArray, Named][] | undefined {
  if (amounts.length < 2) return undefined;
  const at = (m: RegExpMatchArray) => context.sentence.start + (m.index ?? 0);
  const pairs = amounts.map((amount, i): [RegExpMatchArray, Named | undefined] => [amount, candidates.find((p) => p.start > at(amount) && (i + 1 >= amounts.length || p.start < at(amounts[i + 1])))]);
  const receivers = new Set(pairs.map(([, p]) => p?.id));
  if (pairs.some(([, p]) => !p) || receivers.size < 2) return undefined;
  return pairs as [RegExpMatchArray, Named][];
}

/** "a fait un don de 10 000 dollars à la localité lao": the article's other side, when the giver is not on it. */
function foreignSideAfter(context: SentenceContext, from: number, funder: Named): Named[] {
  const partner = context.partner;
  if (!partner || !P.foreignSide.test(context.sentence.text.slice(from))) return [];
  const receiver = { ...partner, start: context.sentence.end, end: context.sentence.end };
  return receiver.id !== funder.id && otherSide(receiver, funder) ? [receiver] : [];
}

function aidProposal(context: SentenceContext, funder: Named, recipient: Named, item: { money?: string; thing?: string }): Proposal {
  const text = context.sentence.text;
  const year = firstDay(context.dates)?.value.slice(0, 4) ?? context.publishedOn?.slice(0, 4);
      const kind = P.loan.test(text) ? 'LOAN' : item.thing === 'training' || (P.technical.test(text) && !item.money && !item.thing) ? 'TECHNICAL_ASSISTANCE' : 'NON_REFUNDABLE_AID';
      const what = item.money ?? item.thing;
      // Each sum is an aid of its own, in one sentence or in two; a thing given names its aid apart from another the same giver gives.
      const suffix = item.thing ? `-${item.thing}` : what ? `-${slugify(what)}` : '';
      const fr = context.lang === 'fr';
      const record: Record<string, unknown> = {
        id: `aid-project:${slugOf(funder.id)}-to-${slugOf(recipient.id)}${year ? `-${year}` : ''}${suffix}`,
        name: fr ? `Aide de ${funder.name} à ${recipient.name}` : `Aid from ${funder.name} to ${recipient.name}`,
        kind,
        description: `${kind === 'LOAN' ? 'Loan' : kind === 'TECHNICAL_ASSISTANCE' ? 'Technical assistance' : 'Aid'} from ${funder.name} to ${recipient.name}${item.money ? ` worth ${item.money}` : item.thing ? `: ${item.thing}` : ''}.`,
        ...(item.money ? { amount: item.money } : {}),
        funder: { id: funder.id },
        recipient: { id: recipient.id },
      };
      return { class: 'aid', collection: 'aidProjects', record, confidence: item.money ? 0.75 : 0.55, evidence: [span(context)], links: [], isNew: true };
}

/** The places listed right after `from`: "aider Savannakhet et Salavan", "help Vientiane and Luang Prabang". */
function listedRightAfter(text: string, from: number, places: Named[]): Named[] {
  const listed: Named[] = [];
  let at = from;
  for (const place of places) {
    if (!/^[\s,]*(?:(?:et|and)\s+)?(?:(?:la |les )?(?:province|ville|provinces|villes) (?:de |d['’])|the (?:province|city|provinces|cities) of )?$/iu.test(text.slice(at, place.start))) break;
    listed.push(place);
    at = place.end;
  }
  return listed;
}

/** "a health station in Nong Bok district": where the thing given stands, not who receives it ("remis à X" is). */
function builtIn(context: SentenceContext, place: Named): boolean {
  return /(?:\bin|\bat|\bdans)\s+(?:(?:la|le|the)\s+)?(?:(?:province|district|ville|city|commune)\s+(?:de\s+|d['’]|of\s+)?)?$/iu.test(context.text.slice(Math.max(0, place.start - 30), place.start));
}

function isParty(n: Named): boolean {
  return n.kind === EntityKind.LOCALITY || n.kind === EntityKind.ORGANIZATION || n.kind === EntityKind.ASSOCIATION;
}

/** A giver and a receiver lie in different countries, or are two places of one ("Quang Tri to its districts"). */
function otherSide(a: Named, b: Named): boolean {
  if (!a.countryIds.length || !b.countryIds.length) return true;
  return a.countryIds.includes(VIETNAM) !== b.countryIds.includes(VIETNAM) || a.kind !== b.kind;
}

function homeAt(context: SentenceContext): Named | undefined {
  return context.home && { ...context.home, start: context.sentence.start, end: context.sentence.start };
}

/** The thing given, by a name common to both languages. */
function thingOf(word: string): string {
  const folded = word.toLowerCase();
  if (/bours|scholarship/.test(folded)) return 'scholarships';
  if (/form|train/.test(folded)) return 'training';
  if (/ouvrage|work|construct|build|b[aâ]timent/.test(folded)) return 'works';
  if (/[ée]quipement|equipment|mat[ée]riel/.test(folded)) return 'equipment';
  return 'aid';
}
