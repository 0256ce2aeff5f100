/**
 * What is written where a date goes besides the day: how often (`Monthly`), a spreadsheet's
 * number for a day, and the marks of a day not yet certain (`TBC (…)`, `~`, `c.`, `?`).
 */
import type { IsoDate } from '../types.js';
import { addDays } from '../isoDate.js';

/** How often, written where a date goes: `Monthly`, `Every 2 weeks`, `Bi-weekly`. */
export const FREQUENCY =
  /^(?:daily|weekly|fortnightly|bi-?weekly|monthly|bi-?monthly|quarterly|half-?yearly|annually|yearly|every (?:\d+ )?(?:day|week|fortnight|month|quarter|year)s?)$/;

/**
 * The day a spreadsheet's date number stands for, when a date cell lost its format on the way
 * (`46360` is 2026-12-04: days since 1899-12-30, as Excel, LibreOffice and Google Sheets count),
 * for the years 2000–2099 only, where a five-digit number in a date column means nothing else.
 */
export function spreadsheetSerial(t: string): IsoDate | undefined {
  if (!/^\d{5}$/.test(t)) return undefined;
  const n = Number(t);
  return n >= 36526 && n <= 73050 ? addDays('1899-12-30', n) : undefined;
}

/** `TBC`, `TBD` or `TBA` with a note in parentheses, or after a dash or a colon. Groups: the note. */
export const TENTATIVE = /^tb[acd]\s*(?:\((.+)\)|[-–—:]\s*(.+))$/i;

/**
 * A mark that a day is not certain, before it (`~2027-01-15`, `c. 15 Jan 2027`, `approx. 15 Jan
 * 2027`, `est. 2027-01-15`) or after it (`15 Jan 2027?`, `2027-01-15*`).
 */
export const APPROXIMATE_BEFORE = /^(?:~|≈|c\.|ca\.|circa|approx\.?|approximately|est\.?|estimated)\s*(?=[\da-z])/i;
export const APPROXIMATE_AFTER = /(?<=[\da-z])\s*[?*]+$/i;
