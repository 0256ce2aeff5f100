/** A date cell that is not read as one day (dates.ts, datePeriods.ts): what it says of it, and what it offers. */
import type { IsoDate } from '../types.js';
import type { Reading } from './reading.js';

export const DATE_ACCEPTED = 'an ISO date (2026-11-20), or 20 Nov 2026, 20 November 2026, Nov 20, 2026';

/**
 * No date: the problem said (none when the text is no date at all), the one reading offered as
 * the fix, a numeric date's two orders, and the days offered where several are (`choices`).
 */
export function unreadableDate(
  problem: string | undefined,
  suggestion?: string,
  orders?: { dayFirst: IsoDate | undefined; monthFirst: IsoDate | undefined },
  choices?: readonly IsoDate[],
): Reading<IsoDate> {
  return { ok: false, accepted: DATE_ACCEPTED, problem, suggestion, ...orders, ...(choices && { choices }) };
}
