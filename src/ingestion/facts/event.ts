import { EntityKind } from '../../model/entity-kind';
import { slugify } from '../../model/fold';
import { FACT_PATTERNS as P } from '../patterns/facts';
import { datedField } from '../dates';
import { distinct, firstDay, insideBody, insideParentheses, isDateline, isVenue, Named, Proposal, SentenceContext, slugOf, span, VIETNAM } from './context';

/**
 * A visit, or talks between two places' delegations or leaders (the model records both as a VISIT): a delegation
 * visiting or received, a visit between places of two countries, or talks ("s'est entretenu avec", "séance de
 * travail", "had talks", "working session"). Not a tally ("11 délégations", "38 missions") nor a plan ("prévoit de
 * visiter").
 */
export function visitOf(context: SentenceContext, named: Named[]): Proposal | null {
  const text = context.sentence.text;
  const delegationVisit = P.delegation.test(text) && (P.visit.test(text) || P.reception.test(text));
  const talks = P.talks.test(text);
  // "les visites et échanges de responsables": visits in the plural are a practice, not an event.
  const aVisit = P.visit.test(text.replace(/\bvisit(?:e)?s\b/giu, ''));
  if ((!delegationVisit && !talks && !aVisit) || P.tally.test(text) || P.plannedVisit.test(text)) return null;
  const places = distinct(named.filter((n) => n.kind === EntityKind.LOCALITY && !insideBody(n, named) && !isDateline(context, n)));
  // "… a reçu une délégation de Savannakhet": received at home, the article's own province.
  const home = context.home;
  if (places.length === 1 && home && P.reception.test(text) && places[0].id !== home.id && !places[0].countryIds.includes(VIETNAM)) {
    places.push({ ...home, start: context.sentence.end, end: context.sentence.end });
  }
  if (places.length < 2) return null;
  // Without a delegation, a visit or talks are between places of two countries, not a tour of one's own.
  if (!delegationVisit && !places.some((p) => p.countryIds.includes(VIETNAM) !== places[0].countryIds.includes(VIETNAM))) return null;
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
  const written = firstDay(context.dates);
  // "Le texte a été signé à l'issue d'un entretien …": talks reported after the sentence that dates them.
  const date = written ?? context.previousDate;
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
    ...(date ? datedField('date', date, context.publishedOn) : {}),
    ...(date && !written ? { dateConfidence: 'inferred', dateNote: 'The sentence gives no day; the day is the one written just before it.' } : {}),
    place: { id: place.id },
    participants: [
      { id: visitor.id, role: 'DELEGATION' },
      ...distinct(officials).flatMap((o) => (roleOf(o) ? [{ id: o.id, role: roleOf(o) }] : [])),
    ],
  };
  return { class: 'event', collection: 'events', record, confidence: date ? 0.75 : 0.6, evidence: [span(context)], links: [], isNew: true };
}

/** "Le 12 juin, X et Y ont célébré le 55e anniversaire de leur jumelage": the celebration, concerning the partnership. */
export function anniversaryOf(context: SentenceContext, named: Named[], proposals: Proposal[]): Proposal | null {
  const text = context.sentence.text;
  const anniversary = P.anniversary.exec(text);
  // "(5 septembre 1962 - 5 septembre 2022)" dates what is celebrated, not the celebration.
  const date = firstDay(context.dates.filter((d) => !insideParentheses(context.text, d.start)));
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
    ...datedField('date', date, context.publishedOn),
    ...(partnership ? { concerns: [{ id: partnership.record.id }] } : {}),
    participants: parties.map((id) => ({ id, role: 'ATTENDEE' })),
  };
  return { class: 'event', collection: 'events', record, confidence: 0.65, evidence: [span(context)], links: [], isNew: true };
}

export function conferenceOf(context: SentenceContext, named: Named[]): Proposal | null {
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
