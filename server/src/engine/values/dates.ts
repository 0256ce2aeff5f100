/** Dates in tables (contract §3.1): ISO, month names, a day's name before them, numeric forms reported. */
import type { IsoDate } from '../types.js';
import { memoized } from '../memo.js';
import { addDays, isIsoDate, utcTime } from '../isoDate.js';
import { koreanDottedAsNumeric, namedPartsDate, namedWithoutYear } from './cjkDates.js';
import { periodDate } from './datePeriods.js';
import { NOTE_IN_PARENTHESES, NOTE_TEXT_MAX, oneLine, read, type Reading } from './reading.js';
import { DATE_PART_SEPARATOR, DAY_ORDINAL, lowered, MONTH_WORD, MONTHS, TWO_WAY_MONTHS } from './monthNames.js';
import { APPROXIMATE_AFTER, APPROXIMATE_BEFORE, FREQUENCY, spreadsheetSerial, TENTATIVE } from './notADay.js';
import { languageOfDate, twoWayMonthDate, type DateLanguage } from './monthLanguage.js';
import { WEEKDAY_NAMES, weekdayOf } from './weekdayNames.js';

export { DATE_ACCEPTED } from './dateReadings.js';
import { DATE_ACCEPTED, iso, numericDate, unreadableDate } from './dateReadings.js';
import {
  buddhistEraSaid,
  commonEraIso,
  commonEraYear,
  eraMarkRead,
  isBuddhistEraYear,
  yearAfterMonth,
} from './buddhistEra.js';

/**
 * `20 Nov 2026`, `20th November 2026`, and `20-Nov-2026` or `20-Nov-26` as spreadsheets write it
 * (a two-digit year is this century's, buddhistEra.ts); `20 de noviembre de 2026` as Spanish writes it; `12
 * มี.ค.2570` as Thai writes it, the year right after the month's point.
 */
const DAY_MONTH_YEAR = new RegExp(
  String.raw`^(\d{1,2})${DAY_ORDINAL}${DATE_PART_SEPARATOR}(${MONTH_WORD})(?:\.?,?${DATE_PART_SEPARATOR}|\.(?=\d))(\d{4}|\d{2})$`,
);

/**
 * A time of day after a date, as trackers and calendars export them: `2026-12-04T10:00:00Z`,
 * `2026-12-02 10:00`, `02 Dec 2026 10:00`, `Dec 2, 2026 10:00 AM`, Jira's `02/Dec/26 10:00 AM`.
 * The day is what a plan's dates say.
 */
const TIME_OF_DAY =
  /(?:t|,?\s+(?:at\s+)?)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:(?:am|pm)\s*)?(?:z|[+-]\d{2}:?\d{2}|utc|gmt)?$/;
const MONTH_DAY_YEAR = /^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/;
/** `12/03/2027`, `12.03.2027`, and `12. 3. 2027` with a space after each point, as Croatian writes it. */
const NUMERIC = /^(\d{1,4})(?:[/-]|\. ?)(\d{1,2})(?:[/-]|\. ?)(\d{1,4})$/;

/** `r.` (roku) after a year of four digits, as Polish writes a date: `15 marca 2027 r.`, `15.03.2027r.`. */
const YEAR_WORD = /(?<=\d{4})\s*r\.$/i;
/** A point after a year of four digits, as Croatian writes a date: `12. ožujka 2027.`, `12. 3. 2027.`. */
const YEAR_POINT = /(?<=\d{4})\.$/;

/**
 * A date written after its day's name, as calendars copy it: `Tue 1 Dec 2026`, `Tuesday, 1 December
 * 2026`, `viernes, 12 de marzo de 2027`, and in two words, `Thứ Sáu, 12/03/2027` (weekdayNames.ts).
 */
const WEEKDAY_PREFIX = /^((?:thứ|chủ) (?:\p{L}+|[2-7])|\p{L}+(?:-\p{L}+)?)\.?,? (?=\S)/u;
/** A day's name after its date, as Turkish writes it: `12 Mart 2027 Cuma`, `15.03.2027, Pazartesi`. */
const WEEKDAY_SUFFIX = /(?<=\d),? (\p{L}+)\.?$/u;

/** A date (ISO 8601 canonical); `language`: what a mark on it shows (`r.` Polish, `2027.` Croatian). */
function readDateOnce(text: string, language?: DateLanguage): Reading<IsoDate> {
  const t = lowered(text.trim()).replace(/\s+/g, ' ');
  // `2570-03-12`: a Buddhist Era year is never the Common Era's (buddhistEra.ts).
  const common = commonEraIso(t);
  if (common) return unreadableDate(isIsoDate(common) ? buddhistEraSaid(+t.slice(0, 4)) : 'It is not a date.', common);
  if (isIsoDate(t)) return read(t, t);
  // `12 มีนาคม พ.ศ. 2570`, `B.E. 2570`: the era marked before the year.
  const era = eraMarkRead(t);
  if (era?.yearAlone !== undefined) {
    return unreadableDate(`"${text.trim()}" names a year (${era.yearAlone}), not a day: write the day it is due.`);
  }
  if (era) return readDateOnce(era.text, language);
  // `15 marca 2027 r.`: Polish writes `r.` (roku, "of the year") after a year; the date is the day.
  const ofYear = text.trim().replace(YEAR_WORD, '');
  if (ofYear.length < text.trim().length) return readDateOnce(ofYear, 'Polish');
  // `12. ožujka 2027.`: Croatian writes a point after the year; the date is the day.
  const pointed = text.trim().replace(YEAR_POINT, '');
  if (pointed.length < text.trim().length) return readDateOnce(pointed, language ?? 'Croatian');
  const week = WEEK_PREFIX.exec(t);
  if (week) return weekDate(text.trim().slice(week[0].length).trim(), /^w[/.]e|end/.test(week[1]!));
  const isoWeek = ISO_WEEK.exec(t);
  if (isoWeek) return isoWeekDate(text.trim(), +isoWeek[1]!, +isoWeek[2]!);
  const namedWeek = NAMED_WEEK.exec(t);
  if (namedWeek) return isoWeekDate(text.trim(), +namedWeek[2]!, +namedWeek[1]!);
  const prefix = WEEKDAY_PREFIX.exec(t);
  const weekday = prefix ? weekdayOf(prefix[1]!) : undefined;
  if (prefix && weekday !== undefined) return onWeekday(text.trim().slice(prefix[0].length).trim(), weekday);
  const suffix = WEEKDAY_SUFFIX.exec(t);
  const dayAfter = suffix ? weekdayOf(suffix[1]!) : undefined;
  if (suffix && dayAfter !== undefined) {
    return onWeekday(text.trim().replace(/\s+/g, ' ').slice(0, suffix.index), dayAfter);
  }
  const dmy = DAY_MONTH_YEAR.exec(t);
  if (dmy) return monthNameDate(text, dmy[3]!, dmy[2]!, dmy[1]!, languageOfDate(t, language));
  const mdy = MONTH_DAY_YEAR.exec(t);
  if (mdy) return monthNameDate(text, mdy[3]!, mdy[1]!, mdy[2]!);
  const named = namedPartsDate(t); // `2027년 3월 12일`, `2027年3月12日` (cjkDates.ts)
  const namedDate = named && iso(...named);
  if (named) return namedDate ? read(namedDate, namedDate) : unreadableDate('It is not a date.');
  const m = NUMERIC.exec(koreanDottedAsNumeric(t));
  if (m) return numericDate(m[1]!, m[2]!, m[3]!);
  const serial = spreadsheetSerial(t);
  if (serial) {
    return unreadableDate(`"${text.trim()}" is a spreadsheet's number for a day, ${serial}: write the date.`, serial);
  }
  if (t.length > NOTE_TEXT_MAX) return unreadableDate(undefined);
  if (FREQUENCY.test(t)) {
    return unreadableDate(
      `"${text.trim()}" says how often, not when: write the date it is next due (the next review of a risk), and the frequency in a note or another column.`,
    );
  }
  const trimmed = text.trim();
  const time = TIME_OF_DAY.exec(t);
  if (time && time.index > 0) {
    // Said as the day alone is (`03/04/2026 10:00` reads two ways); a fix writes the day.
    const day = readDateOnce(trimmed.slice(0, time.index));
    if (day.ok || day.problem !== undefined) return day;
  }
  // "To be confirmed" with the day it will probably be (`TBC (2027-03-05)`, `TBC – 5 Mar 2027`)
  // is that day, as a day marked approximate is. Anything else after it leaves the cell empty.
  const tentative = TENTATIVE.exec(trimmed);
  if (tentative) return tentativeDay(trimmed, tentative[1] ?? tentative[2]!);
  // A day written as approximate (`~2027-01-15`, `c. 15 Jan 2027`, `15 Jan 2027?`) is that day.
  const approximate = APPROXIMATE_BEFORE.exec(trimmed) ?? APPROXIMATE_AFTER.exec(trimmed);
  if (approximate) {
    return readDateOnce(trimmed.slice(0, approximate.index) + trimmed.slice(approximate.index + approximate[0].length));
  }
  // A date with a note in parentheses (`2026-12-07 (moved from 30 Nov)`) is the date; a note
  // after what is no day (`Jan 2027 (TBC)`) leaves it said, and a fix keeps the note.
  const noted = NOTE_IN_PARENTHESES.exec(text.trim());
  if (noted) {
    const r = readDateOnce(noted[1]!);
    if (r.ok || r.problem === undefined) return r.ok ? r : unreadableDate(undefined);
    const note = (value: string): string => `${value} (${noted[2]!})`;
    return unreadableDate(r.problem, r.suggestion && note(r.suggestion), undefined, r.choices?.map(note));
  }
  return (
    dateRange(text.trim(), t) ??
    periodDate(text.trim(), t, language) ??
    withoutYear(text.trim(), t) ??
    unreadableDate(undefined)
  );
}

/** `2027-W03`, `2027W3`: an ISO week. Groups: year, week. */
const ISO_WEEK = /^(\d{4})-?w(\d{1,2})$/;
/** `W03 2027`, `wk 3, 2027`, `Week 3 of 2027`, `KW 3/2027` (Kalenderwoche), `CW03-2027`. Groups: week, year. */
const NAMED_WEEK = /^(?:w|wk|week|kw|cw)\.? ?(\d{1,2})(?: of |, ?|\/|-| )(\d{4})$/;
/** A week by its number alone: `Week 3`, `wk 12`, `KW 3`. */
const WEEK_WITHOUT_YEAR = /^(?:w|wk|week|kw|cw)\.? ?\d{1,2}$/;

/**
 * An ISO week (weeks run Monday to Sunday, and week 1 holds the year's first Thursday): said to
 * be a week, as `w/c` is, with its Monday and Friday as the choices.
 */
function isoWeekDate(text: string, year: number, week: number): Reading<IsoDate> {
  // 4 January is always in week 1; its Monday starts the year's weeks.
  const jan4 = Date.UTC(year, 0, 4);
  const monday = new Date(jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY_MS + (week - 1) * 7 * DAY_MS);
  const thursday = new Date(monday.getTime() + 3 * DAY_MS);
  if (week < 1 || thursday.getUTCFullYear() !== year) return unreadableDate(`${year} has no week ${week}.`);
  return weekStarting(monday.toISOString().slice(0, 10), text);
}

const DAY_MS = 86_400_000;

/**
 * Two days with a dash, "to" or an arrow between them (`2027-01-15 – 2027-01-22`, `15–22 Jan
 * 2027`, `15 Jan to 5 Feb 2027`): said to be a range, with its first and last day as the choices.
 * A hyphen between days needs spaces around it: ISO dates hold hyphens.
 */
const RANGE = /^(.+?)(?:\s+[-–—]\s+|\s*[–—]\s*|\s+(?:to|until|till)\s+|\s*(?:→|->)\s*)(.+)$/;
/** A day without its month and year: the start of `15–22 Jan 2027`. */
const DAY_ONLY = /^\d{1,2}(?:st|nd|rd|th)?$/;

function dateRange(text: string, t: string): Reading<IsoDate> | undefined {
  const m = RANGE.exec(t);
  if (!m) return undefined;
  const [, from, to] = m as unknown as [string, string, string];
  const end = readDateOnce(to);
  if (!end.ok) return undefined;
  // The start may leave out what the end says: `15–22 Jan 2027`, `15 Jan – 5 Feb 2027`.
  const start = [
    from,
    DAY_ONLY.test(from) ? to.replace(/^\d{1,2}(?:st|nd|rd|th)?/, from) : `${from} ${end.value.slice(0, 4)}`,
  ]
    .map((f) => readDateOnce(f))
    .find((r) => r.ok);
  if (!start?.ok || start.value > end.value) return undefined;
  if (start.value === end.value) return start;
  return unreadableDate(
    `"${text}" names a range of days, not a day: write the day it is due (${end.value} if it is due by the end of the range).`,
    undefined,
    undefined,
    [start.value, end.value],
  );
}

/** `15 Jan`, `15th Jan`, `Jan 15th`: a day and a month without the year (`Mar 27` may be March 2027). */
const DAY_MONTH = new RegExp(String.raw`^(\d{1,2})${DAY_ORDINAL}(?:\s+|-)(${MONTH_WORD})\.?$`);
const MONTH_ORDINAL = /^([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)$/;
/** `27/11`, `27.11.`: a day and a month in numbers, without the year. */
const NUMERIC_WITHOUT_YEAR = /^(\d{1,2})[/.](\d{1,2})\.?$/;

/** A day and month, or a week's number, without the year: said, with no choice (the year is not guessed). */
function withoutYear(text: string, t: string): Reading<IsoDate> | undefined {
  if (WEEK_WITHOUT_YEAR.test(t))
    return unreadableDate(`"${text}" names a week without its year: write the day it is due.`);
  const numeric = NUMERIC_WITHOUT_YEAR.exec(t);
  if (numeric && [numeric[1]!, numeric[2]!].every((n) => +n >= 1 && +n <= 31)) {
    return unreadableDate(
      `"${text}" has no year, and day/month order differs between locales: write it as an ISO date.`,
    );
  }
  // `3月12日`, `3월 12일` (cjkDates.ts).
  if (namedWithoutYear(t)) return unreadableDate(`"${text}" has no year: write the date with its year.`);
  const dm = DAY_MONTH.exec(t);
  const md = dm ? undefined : MONTH_ORDINAL.exec(t);
  const name = dm?.[2] ?? md?.[1];
  const month = name === undefined ? undefined : (MONTHS.get(name) ?? (TWO_WAY_MONTHS.has(name) ? 1 : undefined));
  const day = Number(dm?.[1] ?? md?.[2]);
  if (!month || day < 1 || day > 31) return undefined;
  return unreadableDate(`"${text}" has no year: write the date with its year.`);
}

/** `w/e 27 Nov 2026` (week ending), `w/c 23 Nov 2026` (week commencing), as status reports date themselves. */
const WEEK_PREFIX =
  /^(w\/e|w\/c|w\.[ec]\.|(?:week|wk)\.? (?:ending|ended|commencing|beginning|starting|of))[:,]? (?=\S)/;

/**
 * A week written by the day that names it. Week ending: that day, the date a weekly report
 * carries. Week commencing: reported (a report or a milestone dated by its week's first day is
 * not of that day), with the day named and, for a Monday, the week's Friday as the choices.
 */
function weekDate(rest: string, ending: boolean): Reading<IsoDate> {
  const r = readDateOnce(rest);
  if (!r.ok || ending) return r;
  return weekStarting(r.value);
}

/**
 * A week where a day is wanted, by its first day: the day it names and, for a Monday, the week's
 * Friday as the choices. `text`: the week as written, when it is named by its number.
 */
function weekStarting(first: IsoDate, text?: string): Reading<IsoDate> {
  const friday = dayOfWeek(first) === 1 ? addDays(first, 4) : undefined;
  return unreadableDate(
    `${text ? `"${text}" names the week starting ${first}` : `It names the week starting ${first}`}, not a day: write the day it is due or was written${friday ? ` (${first}, the Monday, or ${friday}, the Friday)` : ` (${first})`}.`,
    undefined,
    undefined,
    friday ? [first, friday] : [first],
  );
}

/** The day of the week a date falls on, 0 for Sunday. */
function dayOfWeek(date: IsoDate): number {
  return new Date(utcTime(date)).getUTCDay();
}

/** The name of the day a date falls on: `Friday`. */
export function weekdayName(date: IsoDate): string {
  return WEEKDAY_NAMES[dayOfWeek(date)]!;
}

/** The date after a day's name, when that date falls on that day; a wrong day is reported. */
function onWeekday(rest: string, weekday: number): Reading<IsoDate> {
  const r = readDateOnce(rest);
  if (!r.ok) {
    // A numeric date both orders read (`Fri 11/12/2026`): the day's name says which is meant.
    const orders = [r.dayFirst, r.monthFirst].filter((d): d is IsoDate => d !== undefined);
    const meant = orders.filter((d) => dayOfWeek(d) === weekday);
    if (orders.length === 1 && meant.length === 0) {
      return unreadableDate(
        `${rest} can only be ${orders[0]}, a ${WEEKDAY_NAMES[dayOfWeek(orders[0]!)]}, not a ${WEEKDAY_NAMES[weekday]}.`,
      );
    }
    if (orders.length === 2 && meant.length === 1) {
      return unreadableDate(
        `Day/month order differs between locales; ${WEEKDAY_NAMES[weekday]} says it is ${meant[0]}.`,
        meant[0],
        { dayFirst: r.dayFirst, monthFirst: r.monthFirst },
      );
    }
    return r;
  }
  const actual = dayOfWeek(r.value);
  if (actual === weekday) return r;
  return unreadableDate(`${rest} is a ${WEEKDAY_NAMES[actual]}, not a ${WEEKDAY_NAMES[weekday]}.`);
}

/** A date cell's value, a line break a space (dates repeat across rows and plans: a reading is shared, read-only). */
export const readDate = memoized((text: string) => readDateOnce(oneLine(text)));

/** `20 Nov 2026` / `Nov 20, 2026` once split: a date when the month is a month and the day exists. */
function monthNameDate(
  text: string,
  year: string,
  monthName: string,
  day: string,
  language?: DateLanguage,
): Reading<IsoDate> {
  const y = yearAfterMonth(year, monthName, text.trim());
  if (typeof y !== 'number') {
    const month = MONTHS.get(monthName);
    if (!month) return unreadableDate(undefined);
    const readings = y.years.map((yr) => iso(yr, month, +day)).filter((d): d is IsoDate => d !== undefined);
    return unreadableDate(y.said, undefined, undefined, readings);
  }
  const common = isBuddhistEraYear(y) ? commonEraYear(y) : y;
  // `15 listopada 2027`: a month two languages name differently (monthLanguage.ts).
  const twoWay = twoWayMonthDate(monthName, language, (m) => iso(common, m, +day), DATE_ACCEPTED);
  if (twoWay && 'ok' in twoWay) return twoWay;
  const month = twoWay ? twoWay.month : MONTHS.get(monthName);
  if (!month) return unreadableDate(undefined);
  const date = iso(common, month, +day);
  if (!date) return unreadableDate(`${text.trim()} is not a date.`);
  // `12 Mar 2570`: a Buddhist Era year without a Thai month's name, asked with its Common Era day.
  return isBuddhistEraYear(y) ? unreadableDate(buddhistEraSaid(y), date) : read(date, date);
}

/**
 * The day after "TBC" (`TBC (2027-03-05)`). A numeric day that reads two ways (`TBC (05/03/2027)`)
 * is said, as it is alone, with fixes that keep the "TBC"; any other note leaves the cell empty.
 */
function tentativeDay(written: string, dayText: string): Reading<IsoDate> {
  const day = readDateOnce(dayText);
  if (day.ok) return day;
  if (day.dayFirst === undefined && day.monthFirst === undefined) return unreadableDate(undefined);
  const keep = (iso: string): string => written.replace(dayText, iso);
  const readings = [day.dayFirst, day.monthFirst].filter((d): d is IsoDate => d !== undefined);
  const choices = day.suggestion ? undefined : readings.map(keep);
  return unreadableDate(day.problem, day.suggestion && keep(day.suggestion), undefined, choices);
}
