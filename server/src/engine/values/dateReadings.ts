/**
 * What the date reader (dates.ts) says of a date it does not read: the forms it takes, and a
 * numeric date's readings, each day/month order's (`20/11/2026`), its Buddhist Era year read as the
 * Common Era's (`12/03/2570`, buddhistEra.ts).
 */
import type { IsoDate } from '../types.js';
import { isIsoDate } from '../isoDate.js';
import { buddhistEraSaid, commonEraYear, isBuddhistEraYear } from './buddhistEra.js';
import type { Reading } from './reading.js';

export const DATE_ACCEPTED = 'an ISO date (2026-11-20), or 20 Nov 2026, 20 November 2026, Nov 20, 2026';

/** The ISO date of a year, month and day, when it is a real one. */
export function iso(y: number, m: number, d: number): IsoDate | undefined {
  const text = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isIsoDate(text) ? text : undefined;
}

/** A date not read: why, the one reading as the fix, each order's reading, or the choices. */
export function unreadableDate(
  problem: string | undefined,
  suggestion?: string,
  orders?: { dayFirst: IsoDate | undefined; monthFirst: IsoDate | undefined },
  choices?: readonly IsoDate[],
): Reading<IsoDate> {
  return { ok: false, accepted: DATE_ACCEPTED, problem, suggestion, ...orders, ...(choices && { choices }) };
}

/**
 * Numeric dates: `2026/11/20` has one reading; `20/11/2026` and `11/20/2026` are day-first in
 * some locales and month-first in others, so they are reported, with the ISO form as the
 * suggestion when only one reading is a real date. Two-digit years are never guessed.
 */
export function numericDate(a: string, b: string, c: string): Reading<IsoDate> {
  // `12/03/2570`: a Buddhist Era year (buddhistEra.ts), said, and read as the Common Era's.
  const written = a.length === 4 ? +a : +c;
  const buddhist = (a.length === 4 || c.length === 4) && isBuddhistEraYear(written);
  const year = buddhist ? commonEraYear(written) : written;
  const era = buddhist ? ` ${buddhistEraSaid(written)}` : '';
  if (a.length === 4) {
    const date = iso(year, +b, +c);
    return unreadableDate(date ? (buddhist ? era.trim() : undefined) : 'It is not a date.', date);
  }
  if (c.length !== 4) return unreadableDate('A two-digit year is ambiguous.');
  const orders = { dayFirst: iso(year, +b, +a), monthFirst: iso(year, +a, +b) };
  const readings = new Set([orders.dayFirst, orders.monthFirst].filter((d): d is IsoDate => d !== undefined));
  if (readings.size === 1) {
    return unreadableDate(`Day/month order differs between locales.${era}`, [...readings][0], orders);
  }
  return unreadableDate(
    readings.size ? `Day/month order differs between locales, and both readings are dates.${era}` : 'It is not a date.',
    undefined,
    orders,
  );
}
