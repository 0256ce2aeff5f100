/**
 * Years of the Buddhist Era (พ.ศ., B.E.), as Thai documents write them: พ.ศ. 2570 is 2027 of the
 * Common Era. A year so written is never read as the Common Era's year 2570 (a milestone due then
 * would never be overdue): it is read as its Common Era year where the text says it is Buddhist
 * (marked `พ.ศ.` or `B.E.`, or written with a Thai month's name, monthNames.ts), and asked, with
 * its Common Era date as the fix, where it is not (`2570-03-12`, `12/03/2570`, `12 Mar 2570`).
 */
import { isThaiMonthName } from './monthNames.js';

/** The Buddhist Era counts 543 years more than the Common Era. */
const BUDDHIST_ERA_OFFSET = 543;

/**
 * Whether a year written with four digits is one of the Buddhist Era: 2400–2699 B.E. (1857–2156 of
 * the Common Era). No plan means such a year of the Common Era.
 */
export function isBuddhistEraYear(year: number): boolean {
  return year >= 2400 && year < 2700;
}

/** The Common Era year of a Buddhist Era year: 2570 is 2027. */
export function commonEraYear(year: number): number {
  return year - BUDDHIST_ERA_OFFSET;
}

/** What a message says of a Buddhist Era year written unmarked: `2570 is a Buddhist Era year (พ.ศ. 2570), 2027 of the Common Era.` */
export function buddhistEraSaid(year: number): string {
  return `${year} is a Buddhist Era year (พ.ศ. ${year}), ${commonEraYear(year)} of the Common Era.`;
}

/** An ISO-shaped date whose year is of the Buddhist Era (`2570-03-12`), as its Common Era date (`2027-03-12`); else undefined. */
export function commonEraIso(text: string): string | undefined {
  const m = /^(\d{4})(-\d{2}-\d{2})$/.exec(text.trim());
  return m && isBuddhistEraYear(+m[1]!) ? `${String(commonEraYear(+m[1]!))}${m[2]!}` : undefined;
}

/** A year of two digits that reads two ways: this century's, or the Buddhist Era's as Thai writes it short. */
export interface TwoWayYear {
  readonly said: string;
  readonly years: readonly [commonEra: number, buddhistEra: number];
}

/**
 * The year a date writes after a month's name, in the Common Era, or how it reads two ways. With
 * a Thai month's name (`12 มี.ค. 2570`, `12 มีนาคม 2570`) a year of the Buddhist Era is one (2570
 * is 2027; 2027 written so is 2027), and so is a year of two digits, as Thai writes it short (`12
 * มี.ค. 70` is 2570 B.E., 2027). A year of two digits with another month is this century's (`20-Nov-26`)
 * up to 42; from 43 on (`12 Mar 70`) it may be the Buddhist Era's shortened (2570, 2027) as much as
 * this century's (2070), and reads two ways, as a Thai month's before 2000 does (`12 มี.ค. 27`).
 */
export function yearAfterMonth(year: string, monthName: string, text: string): number | TwoWayYear {
  const n = +year;
  const thai = isThaiMonthName(monthName);
  if (year.length !== 2) return thai && isBuddhistEraYear(n) ? commonEraYear(n) : n;
  const buddhist = commonEraYear(2500 + n);
  if (thai ? buddhist >= 2000 : buddhist < 2000) return thai ? buddhist : 2000 + n;
  return {
    said: `"${text}" has a year of two digits, which reads two ways: ${2000 + n}, or 25${year} of the Buddhist Era (พ.ศ.), ${buddhist}, as Thai writes a year short. Write the year in full.`,
    years: [2000 + n, buddhist],
  };
}

/**
 * The era written before a year (`พ.ศ. 2570`, `B.E. 2570`; `ค.ศ. 2027`, `C.E. 2027`, `A.D.
 * 2027`), in small letters, not inside a word. Group 1: the Buddhist Era's mark, 2: the Common Era's; 3: the year.
 */
const ERA_MARK = /(?<![\p{L}\p{M}\d])(?:(พ\.\s?ศ\.?|b\.\s?e\.?)|(ค\.\s?ศ\.?|c\.\s?e\.?|a\.\s?d\.?))\s*(\d{4})(?!\d)/u;

/**
 * `t` (in small letters) with the era its year is marked with read: a Buddhist Era year written
 * as its Common Era year (`12 มีนาคม พ.ศ. 2570` is `12 มีนาคม 2027`), a Common Era mark dropped;
 * `year` when the text is the marked year alone. Undefined when it marks no era, or marks a
 * year as Buddhist that is not one (`B.E. 2027`).
 */
export function eraMarkRead(t: string): { readonly text: string; readonly yearAlone?: number } | undefined {
  const m = ERA_MARK.exec(t);
  if (!m) return undefined;
  const year = +m[3]!;
  if (m[1] !== undefined && !isBuddhistEraYear(year)) return undefined;
  const common = m[1] !== undefined ? commonEraYear(year) : year;
  const text = (t.slice(0, m.index) + String(common) + t.slice(m.index + m[0].length)).trim();
  return /^\d{4}$/.test(text) ? { text, yearAlone: common } : { text };
}
