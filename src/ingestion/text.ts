import { searchForm } from '../model/fold';

/** A word of the cleaned text with its offsets and its folded form (several words for a script written without spaces). */
export interface Token {
  start: number;
  end: number;
  surface: string;
  folded: string[];
}

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set(['dr', 'm', 'mr', 'mrs', 'ms', 'mme', 'st', 'no', 'prof', 'ts', 'pgs', 'gs', 'ths', 'assoc', 'gen', 'lt', 'col']);

export function tokenize(text: string): Token[] {
  return Array.from(text.matchAll(WORD), (match) => ({
    start: match.index,
    end: match.index + match[0].length,
    surface: match[0],
    folded: searchForm(match[0]).split(' ').filter(Boolean),
  }));
}

/**
 * The sentences of the cleaned text, with offsets: a block ends one, and so does a full stop before a capital letter,
 * except after an abbreviation; without the space between them only after a word of three letters or more.
 */
export function sentences(text: string): Sentence[] {
  const result: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) result.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed });
  };
  const boundary = /([.!?…])(["»”’)]?)(\s*)(?=["«“]?[\p{Lu}\d])|\n+/gu;
  for (const match of text.matchAll(boundary)) {
    if (match[0].startsWith('\n')) {
      push(match.index);
      start = match.index + match[0].length;
      continue;
    }
    const before = /([\p{L}]+)$/u.exec(text.slice(Math.max(0, match.index - 12), match.index))?.[1]?.toLowerCase();
    if (match[1] === '.' && before && (ABBREVIATIONS.has(before) || before.length === 1)) continue;
    // "…de délégations.Les deux localités…": pages that lose the space still end a sentence there, after a word.
    if (!match[3] && !(/\p{Ll}{3,}$/u.test(text.slice(Math.max(0, match.index - 3), match.index)) && /^\p{Lu}/u.test(text.slice(match.index + match[0].length)))) continue;
    const end = match.index + match[1].length + match[2].length;
    push(end);
    start = end + match[3].length;
  }
  push(text.length);
  return result;
}
