/**
 * ISO dates (`2026-11-20`): telling a real one, and the day arithmetic rules and views do on them.
 * Dates written other ways in cells are read by values/dates.ts.
 */
import { notRead } from './text.js';
import type { IsoDate } from './types.js';

/**
 * A date as views show it: the date read, else what was written marked as not read (a go-live of
 * `3rd March 2027` is shown, not hidden as no date), else undefined.
 */
export function dateShown(read: IsoDate | undefined, written: string | undefined): string | undefined {
  return read ?? (written ? notRead(written) : undefined);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days of a month (1–12), as `Date.UTC` counts them: years 0–99 are read as 1900–1999. */
function daysInMonth(year: number, month: number): number {
  if (month !== 2) return MONTH_DAYS[month - 1]!;
  const y = year >= 0 && year <= 99 ? 1900 + year : year;
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
}

/** True for a real calendar date written `YYYY-MM-DD` (2026-02-30 is not). */
export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text.trim());
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

/** Parses a cell or value as an ISO date; undefined when it is not one. */
export function parseIsoDate(text: string | undefined): IsoDate | undefined {
  if (text === undefined) return undefined;
  const t = text.trim();
  return isIsoDate(t) ? t : undefined;
}

/** Midnight UTC of an ISO date, in milliseconds since the epoch. */
export function utcTime(date: IsoDate): number {
  return Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10));
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((utcTime(to) - utcTime(from)) / 86_400_000);
}

/** The last day of a month (1–12) of a year: day 0 of the next month. */
export function lastDayOfMonth(year: number, month: number): IsoDate {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date(utcTime(date) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Today's date in UTC as an ISO date. */
export function todayIso(now: Date = new Date()): IsoDate {
  return now.toISOString().slice(0, 10);
}
