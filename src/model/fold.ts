import anyAscii from 'any-ascii';

/** Zero-width spaces and joiners, the word joiner, soft hyphens, byte-order and direction marks: invisible, never part of a word. */
const FORMAT_CHARACTERS = /\p{Cf}/gu;
/** Symbols and punctuation would transliterate to words ("€" to "EUR", an emoji to its name), so search drops them first. */
const NOT_LETTER_MARK_OR_DIGIT = /[^\p{L}\p{M}\p{N}]+/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const ASCII_ONLY = /^[\x00-\x7f]*$/;
const WORD_CHARACTERS = /[\p{L}\p{M}\p{N}]+/gu;
/** Scripts written without spaces between words: there ICU's dictionaries find where words end. */
const UNSPACED_SCRIPT = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const WORDS = new Intl.Segmenter('und', { granularity: 'word' });

/**
 * The words of any script in ASCII letters (diacritics dropped, đ to d, Thai, Lao, Cyrillic or Chinese romanized),
 * keeping case, punctuation and symbols, with a space between two words that the script wrote without one.
 */
export function asciiFold(text: string): string {
  if (ASCII_ONLY.test(text)) return text;
  return withoutFormatCharacters(text)
    .normalize('NFC')
    .replace(WORD_CHARACTERS, (run) => (UNSPACED_SCRIPT.test(run) ? romanizedWords(run) : anyAscii(run)));
}

/** The form names are compared in, on both sides of the index: folded, lower-case, anything but letters and digits turned to single spaces. */
export function searchForm(text: string): string {
  return asciiFold(withoutFormatCharacters(text).replace(NOT_LETTER_MARK_OR_DIGIT, ' '))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Whether a text holds a letter or digit of any script, once its invisible characters are gone. */
export function hasLetterOrDigit(text: string): boolean {
  return LETTER_OR_DIGIT.test(withoutFormatCharacters(text));
}

/** A slug as used in entity IDs: folded, lower-case ASCII words joined by hyphens. */
export function slugify(text: string): string {
  return searchForm(text).replace(/ /g, '-');
}

function romanizedWords(run: string): string {
  return Array.from(WORDS.segment(run), ({ segment }) => anyAscii(segment))
    .filter(Boolean)
    .join(' ');
}

function withoutFormatCharacters(text: string): string {
  return text.replace(FORMAT_CHARACTERS, '');
}
