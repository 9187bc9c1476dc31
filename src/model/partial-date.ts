/** Dates at the precision a source gives: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function isCalendarDate(text: string): boolean {
  const match = PARTIAL_DATE.exec(text);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  if (day === undefined) return true;
  const d = Number(day);
  return d >= 1 && d <= daysInMonth(Number(year), m);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first and last day a partial date covers, as sortable `YYYY-MM-DD` strings. */
export function dateRange(text: string): { start: string; end: string } {
  const match = PARTIAL_DATE.exec(text);
  if (!match || !isCalendarDate(text)) throw new Error(`not a partial date: ${text}`);
  const [, year, month, day] = match;
  if (month === undefined) return { start: `${year}-01-01`, end: `${year}-12-31` };
  if (day === undefined) {
    const last = String(daysInMonth(Number(year), Number(month))).padStart(2, '0');
    return { start: `${year}-${month}-01`, end: `${year}-${month}-${last}` };
  }
  return { start: text, end: text };
}

export function precisionOf(text: string): 'YEAR' | 'MONTH' | 'DAY' {
  return text.length === 4 ? 'YEAR' : text.length === 7 ? 'MONTH' : 'DAY';
}
