import * as chrono from 'chrono-node';
import { isCalendarDate } from '../model/partial-date';

/** A date the text writes, at the precision it writes it, with its offsets in the text it was read from. */
export interface FoundDate {
  value: string;
  start: number;
  end: number;
  /** Whether the year was read from the publication date rather than written. */
  yearFromPublication: boolean;
  /** Without a publication date: the year was taken from the years the article writes (`yearOfArticle`). */
  yearFromText?: boolean;
}

const PARSERS: Record<string, chrono.Chrono> = { fr: chrono.fr.casual, en: chrono.en.casual };

/**
 * The dates of a stretch of text, resolved against the publication date: "le 26 septembre" in an article of
 * September 2022 is 2022-09-26. Without a publication date, a date without its year is left out rather than
 * guessed; a bare year or a month and year stays at that precision.
 */
export function findDates(text: string, lang: string, publishedOn?: string, articleYear?: string): FoundDate[] {
  if (!publishedOn && articleYear) {
    return findDates(text, lang, `${articleYear}-12-31`).map((date) => (date.yearFromPublication ? { ...date, yearFromPublication: false, yearFromText: true } : date));
  }
  const parser = PARSERS[lang] ?? chrono.en.casual;
  const reference = publishedOn && isCalendarDate(publishedOn) ? new Date(`${publishedOn.padEnd(10, '-01').slice(0, 10)}T12:00:00Z`) : undefined;
  const results = parser.parse(text, reference ?? new Date(Date.UTC(2000, 0, 1)), { forwardDate: false });
  const found: FoundDate[] = [];
  for (const result of results) {
    // "la veille", "hier", "lundi": relative to some day the parser cannot know, so not dated here.
    if (!/\d/.test(result.text) && !MONTH_WORD.test(result.text)) continue;
    const start = result.start;
    const yearWritten = start.isCertain('year');
    if (!yearWritten && !reference) continue;
    if (!start.isCertain('month') && !start.isCertain('day')) {
      if (!yearWritten || !/\b\d{4}\b/.test(result.text)) continue;
    }
    const year = start.get('year');
    const month = start.isCertain('month') ? start.get('month') : null;
    const day = month !== null && start.isCertain('day') ? start.get('day') : null;
    if (year === null || year < 1900 || year > 2100) continue;
    const value = [String(year), month !== null ? pad(month) : null, day !== null ? pad(day) : null].filter(Boolean).join('-');
    if (!isCalendarDate(value)) continue;
    found.push({ value: yearWritten ? value : inThePast(value, publishedOn!), start: result.index, end: result.index + result.text.length, yearFromPublication: !yearWritten });
  }
  for (const match of text.matchAll(MONTH_AND_YEAR)) {
    const month = MONTHS.indexOf(match[1].toLowerCase()) % 12;
    addUnlessCovered(found, { value: `${match[2]}-${pad(month + 1)}`, start: match.index, end: match.index + match[0].length, yearFromPublication: false });
  }
  if (publishedOn && publishedOn.length >= 7) {
    for (const match of text.matchAll(MONTH_ALONE)) {
      const month = (MONTHS.indexOf(match[1].toLowerCase()) % 12) + 1;
      const value = inThePast(`${publishedOn.slice(0, 4)}-${pad(month)}`, publishedOn);
      addUnlessCovered(found, { value, start: match.index + match[0].length - match[1].length, end: match.index + match[0].length, yearFromPublication: true });
    }
  }
  for (const match of text.matchAll(YEAR)) {
    addUnlessCovered(found, { value: match[0], start: match.index, end: match.index + match[0].length, yearFromPublication: false });
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * For an article without a publication date, the year its undated days most likely fall in: the first year of a
 * period it writes ("pour la période 2026-2030", "for 2017 – 2021": texts are signed as their period begins), else
 * the latest year it writes (the earlier ones are most often what an anniversary recalls). None when it writes no
 * year: its days then stay undated.
 */
export function yearOfArticle(text: string): string | undefined {
  // "(7 janvier 1979 - 2024)" is what an anniversary spans, not a period of validity.
  const period = /(?:p[ée]riode|period|pour|for)\s+(?:la\s+|the\s+)?((?:19|20)\d{2})\s*(?:[-–—]|à|to|au)\s*(?:19|20)\d{2}/iu.exec(text);
  if (period) return period[1];
  const years = text.match(new RegExp(YEAR.source, 'g')) ?? [];
  return years.sort().at(-1);
}

const MONTHS = [
  ...['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  ...['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
];
const MONTH_WORD = new RegExp(`(?<!\\p{L})(?:${MONTHS.join('|')})(?!\\p{L})`, 'iu');
/** What chrono leaves: a month with its year ("mars 2019") and a bare year ("en 1969"), at that precision. */
const MONTH_AND_YEAR = new RegExp(`\\b(${MONTHS.join('|')})\\s+((?:19|20)\\d{2})\\b`, 'giu');
/** "en septembre", "in September" without a year: the last such month up to the publication. */
const MONTH_ALONE = new RegExp(`(?<![\\p{L}])(?:en|in|au mois d['’]|au mois de|fin|début|mi-)\\s*(${MONTHS.join('|')})(?![\\p{L}])(?!\\s+(?:19|20)\\d{2})`, 'giu');
const YEAR = /(?<![\d/-])(?:19|20)\d{2}(?![\d/-])/g;

/**
 * News reports what has happened: a day or month given without its year that would fall more than two months after
 * the publication is last year's ("du 3 au 5 mars" in a September article is March of that year, not of the next).
 */
function inThePast(value: string, publishedOn: string): string {
  const published = publishedOn.padEnd(10, '-01').slice(0, 10);
  const limit = new Date(`${published}T00:00:00Z`);
  limit.setUTCMonth(limit.getUTCMonth() + 2);
  const date = new Date(`${value.padEnd(10, '-01').slice(0, 10)}T00:00:00Z`);
  return date > limit ? `${Number(value.slice(0, 4)) - 1}${value.slice(4)}` : value;
}

function addUnlessCovered(found: FoundDate[], date: FoundDate): void {
  if (!found.some((other) => other.start <= date.start && other.end >= date.end)) found.push(date);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * A date field of a record ("issuedOn", "date"), with its confidence and a note when its year was not written: read
 * from the publication date, or from the years the article writes when it has none.
 */
export function datedField(field: string, date: FoundDate, publishedOn?: string): Record<string, string> {
  if (date.yearFromPublication) {
    return { [field]: date.value, [`${field}Confidence`]: 'inferred', [`${field}Note`]: `The article gives the day without a year; the year is that of its publication (${publishedOn}).` };
  }
  if (date.yearFromText) {
    return { [field]: date.value, [`${field}Confidence`]: 'inferred', [`${field}Note`]: 'The article gives the day without a year and has no publication date; the year is the first of a period it writes, else the latest year it writes.' };
  }
  return { [field]: date.value };
}
