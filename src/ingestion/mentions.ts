import { EntityKind } from '../model/entity-kind';
import { Gazetteer, GazetteerEntry, IndexedForm } from './gazetteer';
import { Token } from './text';

/** A stretch of the text that names an entity the graph knows. */
export interface Mention {
  start: number;
  end: number;
  surface: string;
  entry: GazetteerEntry;
  reason: string;
  certain: boolean;
  /** Inside a longer mention ("Ha Tinh" in "Comité populaire de la province de Ha Tinh"). */
  nested: boolean;
}

/**
 * Every mention of a known entity: at each word, the longest form of a name that the folded words spell from there.
 * Forms of one to three letters match only as written. Where one form names several entities, the one lying in a
 * country the article speaks of is chosen, and the link is marked uncertain.
 */
export function findMentions(text: string, tokens: Token[], gazetteer: Gazetteer): Mention[] {
  const words: { word: string; token: number }[] = tokens.flatMap((token, index) => token.folded.map((word) => ({ word, token: index })));
  const found: Mention[] = [];
  for (let i = 0; i < words.length; i++) {
    if (i > 0 && words[i - 1].token === words[i].token) continue;
    let best: { length: number; forms: IndexedForm[] } = { length: 0, forms: [] };
    for (const form of gazetteer.formsStartingWith(words[i].word)) {
      const length = form.words.length;
      if (length < best.length || i + length > words.length) continue;
      if (!form.words.every((word, k) => words[i + k].word === word)) continue;
      const last = words[i + length - 1].token;
      if (i + length < words.length && words[i + length].token === last) continue;
      const surface = text.slice(tokens[words[i].token].start, tokens[last].end);
      if (!Gazetteer.foldable(form) && surface !== form.value) continue;
      if (length > best.length) best = { length, forms: [form] };
      else best.forms.push(form);
    }
    if (!best.length) continue;
    const start = tokens[words[i].token].start;
    const end = tokens[words[i + best.length - 1].token].end;
    found.push(mentionOf(text.slice(start, end), start, end, best.forms));
  }
  found.push(...nearMentions(text, tokens, words, found, gazetteer));
  found.sort((a, b) => a.start - b.start);
  return markNested(chooseAmongHomonyms(found.filter((mention) => !endsLongerName(text, mention, found))));
}

/**
 * Places written otherwise than the graph writes them: a capitalized word one letter away from a place's one-word
 * name ("Champasack", "Khammoune"), and initials of a place's first words ("HCM City"). Uncertain links, for review.
 */
function nearMentions(text: string, tokens: Token[], words: { word: string; token: number }[], found: Mention[], gazetteer: Gazetteer): Mention[] {
  const near: Mention[] = [];
  for (let i = 0; i < words.length; i++) {
    const token = tokens[words[i].token];
    if (found.some((m) => m.start < token.end && m.end > token.start) || near.some((m) => m.end > token.start)) continue;
    const surface = text.slice(token.start, token.end);
    if (/^\p{Lu}{2,4}$/u.test(surface)) {
      const following = words.slice(i + 1, i + 4).map((w) => w.word);
      const form = gazetteer.placesByInitials(surface, following).sort((a, b) => b.words.length - a.words.length)[0];
      if (form) {
        const end = tokens[words[i + form.words.length - surface.length].token].end;
        near.push({ start: token.start, end, surface: text.slice(token.start, end), entry: form.entry, reason: 'initials', certain: false, nested: false });
      }
      continue;
    }
    if (!/^\p{Lu}\p{Ll}/u.test(surface) || token.folded.length !== 1) continue;
    const forms = [...new Map(gazetteer.placesSpelledNearly(words[i].word).map((f) => [f.entry.id, f])).values()];
    if (forms.length === 1) near.push({ start: token.start, end: token.end, surface, entry: forms[0].entry, reason: 'spelling variant', certain: false, nested: false });
  }
  return near;
}

/**
 * A one-word place that ends a run of capitalized words no mention covers is the last word of a longer proper
 * name, most often a person's ("Nguyen Thi Thu Trang" is no visit to Trang province), not the place itself.
 */
function endsLongerName(text: string, mention: Mention, mentions: Mention[]): boolean {
  if (mention.entry.kind !== EntityKind.LOCALITY || /\s/.test(mention.surface)) return false;
  const before = /(\p{Lu}\p{Ll}*) $/u.exec(text.slice(Math.max(0, mention.start - 40), mention.start));
  if (!before) return false;
  const previousStart = mention.start - 1 - before[1].length;
  return !mentions.some((other) => other.start <= previousStart && other.end > previousStart);
}

function mentionOf(surface: string, start: number, end: number, forms: IndexedForm[]): Mention {
  const distinct = [...new Map(forms.map((form) => [form.entry.id, form])).values()];
  const chosen = distinct.find((f) => f.value === surface) ?? distinct[0];
  const form = forms.find((f) => f.entry.id === chosen.entry.id && f.value === surface) ?? chosen;
  const reason = form.value === surface ? (form.source === 'alias' ? 'alias' : form.source === 'code' ? 'document code' : 'exact label') : 'folded match';
  // A name written without a capital ("la capitale") or capitalized only as a sentence would ("Comité populaire
  // provincial", which every province has) is as often a common noun.
  const words = surface.split(/\s+/);
  const proper = !/\p{Script=Latin}/u.test(surface) || /\d/.test(surface) || (words.length === 1 ? /^\p{Lu}/u.test(surface) : words.slice(1).some((word) => /\p{Lu}/u.test(word)));
  const mention: Mention = { start, end, surface, entry: form.entry, reason, certain: proper, nested: false };
  return distinct.length > 1 ? Object.assign(mention, { homonyms: distinct.map((f) => f.entry) }) : mention;
}

/** Homonyms ("Vientiane" the capital and the province) go to the one in a country the text names elsewhere. */
function chooseAmongHomonyms(mentions: Mention[]): Mention[] {
  const countries = new Set(mentions.filter((m) => !(m as { homonyms?: unknown }).homonyms).flatMap((m) => (m.entry.kind === EntityKind.COUNTRY ? [m.entry.id] : m.entry.countryIds)));
  return mentions.map((mention) => {
    const homonyms = (mention as Mention & { homonyms?: GazetteerEntry[] }).homonyms;
    if (!homonyms) return mention;
    const ranked = [...homonyms].sort((a, b) => score(b) - score(a) || a.id.localeCompare(b.id));
    function score(entry: GazetteerEntry) {
      return entry.countryIds.filter((id) => countries.has(id)).length + (entry.kind === EntityKind.LOCALITY ? 0.5 : 0);
    }
    const { start, end, surface } = mention;
    return { start, end, surface, entry: ranked[0], reason: `${mention.reason}, one of ${homonyms.map((h) => h.id).join(', ')}`, certain: false, nested: false };
  });
}

/** A mention inside a longer one (the province in a committee's name) is kept, marked nested. */
function markNested(mentions: Mention[]): Mention[] {
  return mentions.map((mention) => ({
    ...mention,
    nested: mentions.some((other) => other !== mention && other.start <= mention.start && other.end >= mention.end && other.end - other.start > mention.end - mention.start),
  }));
}
