import { isCalendarDate } from '../../model/partial-date';

/** A year-less date (ISO 8601's `--MM-DD`), for a day and month that neither the text nor its page dates. */
const YEARLESS_DATE = /^--(\d{2})-(\d{2})$/;

export function isLabelDate(text: string): boolean {
  const yearless = YEARLESS_DATE.exec(text);
  if (yearless) return isCalendarDate(`2000-${yearless[1]}-${yearless[2]}`);
  return isCalendarDate(text);
}

/**
 * Whether a proposed date says what the label says, at the label's precision: the same year, month or day as
 * written, and for a year-less label the same month and day in any year. A proposal less precise than the label
 * does not match it.
 */
export function dateMatches(label: string, proposed: string | null | undefined): boolean {
  if (typeof proposed !== 'string') return false;
  const yearless = YEARLESS_DATE.exec(label);
  if (yearless) return monthAndDayOf(proposed) === `${yearless[1]}-${yearless[2]}`;
  if (YEARLESS_DATE.test(proposed)) return false;
  return proposed.length >= label.length && proposed.slice(0, label.length) === label;
}

function monthAndDayOf(date: string): string | null {
  const yearless = YEARLESS_DATE.exec(date);
  if (yearless) return `${yearless[1]}-${yearless[2]}`;
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? date.slice(5) : null;
}
