import { BadUserInputError } from '../errors/errors';
import { dateRange, isCalendarDate } from '../model/partial-date';

export interface DayRange {
  start: string;
  end: string;
}

/** A date argument (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) as the days it covers; null when absent. */
export function dateArgument(value: string | null | undefined, argument: string): DayRange | null {
  if (value === undefined || value === null) return null;
  if (!isCalendarDate(value)) {
    throw new BadUserInputError(`Argument "${argument}" must be a date as YYYY, YYYY-MM or YYYY-MM-DD.`, argument);
  }
  return dateRange(value);
}

/** `from`..`to` as a day range, either end open; rejects a range that ends before it starts. */
export function dateInterval(from: string | null | undefined, to: string | null | undefined, names: [string, string] = ['from', 'to']): { fromDay: string | null; toDay: string | null } {
  const fromDay = dateArgument(from, names[0])?.start ?? null;
  const toDay = dateArgument(to, names[1])?.end ?? null;
  if (fromDay && toDay && fromDay > toDay) throw new BadUserInputError(`Argument "${names[0]}" must not be later than "${names[1]}".`, names[0]);
  return { fromDay, toDay };
}
