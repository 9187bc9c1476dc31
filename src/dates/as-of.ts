import { DayRange } from './partial-date';

/**
 * What held at a date, at the precision the sources give. Sources report a post as current or former
 * on the day they were written, and a partnership's start, never its end; so:
 * - a post held at `day` is one a source saw as current at a date overlapping `day`;
 * - a partnership in force at `day` is one that had begun by the end of `day` (none is reported ended).
 * Undated facts are never claimed to hold at a given date.
 */
export const AS_OF_DESCRIPTION = 'Keep what held at this date (YYYY, YYYY-MM or YYYY-MM-DD), at the precision the sources give.';

export function postHeldAt(post: Record<string, unknown>, day: DayRange): boolean {
  if (post.status !== 'current' || typeof post.asOfStart !== 'string' || typeof post.asOfEnd !== 'string') return false;
  return post.asOfStart <= day.end && post.asOfEnd >= day.start;
}

export function partnershipInForceAt(partnership: Record<string, unknown>, day: DayRange): boolean {
  return typeof partnership.sinceStart === 'string' && partnership.sinceStart <= day.end;
}
