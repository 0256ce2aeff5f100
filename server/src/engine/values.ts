/**
 * The one reader of the values a plan's cells hold (contract §3.1): levels, dates, amounts,
 * health, each register's status words and Met. Every rule, the status model and the views read
 * values through here, so a value is read the same way everywhere, and a value that cannot be
 * read is reported (`unreadable-value`), never taken as zero, empty, green or "not high".
 *
 * Each reader takes the cell's text (non-empty) and returns either the value with its canonical
 * spelling, or the accepted forms (for the message) and, where exactly one reading exists, a
 * suggestion in canonical form (for the quick fix).
 */
import type { Row } from './model.js';
import type { Health, IsoDate } from './types.js';
import { SETTLING_WORDS, UNREAD_WORDS, WORD_LISTS, type WordList } from './statusWords.js';
import { isIsoDate, memoized, utcTime } from './text.js';

export type { WordList } from './statusWords.js';

export type Reading<T> =
  | { readonly ok: true; readonly value: T; readonly canonical: string }
  | {
      readonly ok: false;
      /** The accepted forms, as a sentence fragment for messages. */
      readonly accepted: string;
      /** Why this text is not one of them, when there is more to say than "not accepted". */
      readonly problem?: string;
      /** The canonical form of the only plausible reading, for a quick fix. */
      readonly suggestion?: string;
      /**
       * A numeric date such as `03/04/2026`: its day-first and month-first readings, each when it
       * is a real date (a plan's other dates may show which order it writes: `numericDateOrder.ts`).
       */
      readonly dayFirst?: IsoDate;
      readonly monthFirst?: IsoDate;
    };

const read = <T>(value: T, canonical: string): Reading<T> => ({ ok: true, value, canonical });

/** A filled cell whose value could not be read: the rule that needed it says nothing about the row. */
export const UNREADABLE: unique symbol = Symbol('unreadable');
export type Unreadable = typeof UNREADABLE;

/**
 * The value of a row's cell: undefined when the column is absent or the cell empty, UNREADABLE
 * when it is filled but not readable (`unreadable-value` reports it).
 */
export function cellValue<T>(row: Row, key: string, reader: (text: string) => Reading<T>): T | undefined | Unreadable {
  const text = valueText(row, key);
  if (text === undefined) return undefined;
  const r = reader(text);
  return r.ok ? r.value : UNREADABLE;
}

const HANDOFF_COMMENT = /<!--\s*handoff-(?:(?!-->)[\s\S])*-->/g;

/** The text of a row's cell as the readers see it: Handoff's own comments removed; undefined when empty. */
export function valueText(row: Row, key: string): string | undefined {
  const text = row.value(key);
  if (text === undefined || !text.includes('<!--')) return text;
  const stripped = text.replace(HANDOFF_COMMENT, '').trim();
  return stripped === '' ? undefined : stripped;
}

/** A cell's value, or undefined when it is empty or unreadable (for views that show what they can). */
export function knownValue<T>(row: Row, key: string, reader: (text: string) => Reading<T>): T | undefined {
  const v = cellValue(row, key, reader);
  return v === UNREADABLE ? undefined : v;
}

/** Lower case, single spaces, surrounding punctuation removed: how words are compared. */
const words = memoized((text: string): string =>
  text
    .toLowerCase()
    .replace(/[\s_]+/g, ' ')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
    .trim(),
);

// ---------------------------------------------------------------------------------------------
// Notes after a value

/** A note in parentheses after a value: `Closed (2026-07-10)`. Group 1 is the value, 2 the note. */
const NOTE_IN_PARENTHESES = /^([^()]*?\S)\s*\(([^()]*)\)$/;
/** A note after a spaced dash: `Done – see M-04`. Not for dates, where a dash makes a range. */
const NOTE_AFTER_DASH = /^(.*?\S)\s+[-–—]\s+(\S.*)$/s;

/** A note that changes what the word says (`Done (partial)`, `Accepted (conditionally)`). */
const QUALIFYING_NOTE =
  /\b(?:partial(?:ly)?|partly|not|pending|awaiting|except(?:ing)?|exceptions?|condition(?:al|ally|s)?|subject|but|unless|provisional(?:ly)?|tb[acd])\b/i;

/** Notes are looked for in texts up to this long: a cell, not a paragraph. */
const NOTE_TEXT_MAX = 200;

/**
 * A word with a note after it (`Closed (2026-07-10)`, `At risk – supplier late`) reads as the
 * word, unless the word settles the row and the note qualifies it (`Done (partial)`): that is
 * reported. `undefined` when the text has no note or the word before it is not one `wordOf` reads.
 */
function readWithNote<T>(
  text: string,
  accepted: string,
  wordOf: (word: string) => T | undefined,
  how: {
    readonly settles: (value: T) => boolean;
    readonly canonical: (value: T) => string;
    /** What else qualifies a settled word (a green's concern). */
    readonly alsoQualifying?: RegExp;
  },
): Reading<T> | undefined {
  if (text.length > NOTE_TEXT_MAX) return undefined;
  const m = NOTE_IN_PARENTHESES.exec(text) ?? NOTE_AFTER_DASH.exec(text);
  if (!m) return undefined;
  const [, word, note] = m as unknown as [string, string, string];
  const value = wordOf(word);
  if (value === undefined) return undefined;
  const qualifies = QUALIFYING_NOTE.test(note) || (how.alsoQualifying?.test(note) ?? false);
  if (!how.settles(value) || !qualifies) return read(value, how.canonical(value));
  return {
    ok: false,
    accepted,
    problem: `The note "${note}" changes what ${word} says, so it is not read as ${word}. Put the note in another column.`,
  };
}

// ---------------------------------------------------------------------------------------------
// Levels (Likelihood, Impact)

export const LEVEL_ACCEPTED =
  '1–5, Very low / Low / Medium / High / Very high, VL / L / M / H / VH, Lo / Med / Hi, Rare / Unlikely / Possible / Likely / Almost certain, Insignificant / Minor / Moderate / Major / Catastrophic';

const LEVEL_WORDS: ReadonlyMap<string, number> = new Map([
  ['1', 1],
  ['2', 2],
  ['3', 3],
  ['4', 4],
  ['5', 5],
  ['very low', 1],
  ['vl', 1],
  ['low', 2],
  ['l', 2],
  ['lo', 2],
  ['medium', 3],
  ['med', 3],
  ['m', 3],
  ['moderate', 3],
  ['high', 4],
  ['h', 4],
  ['hi', 4],
  ['very high', 5],
  ['vh', 5],
  // The likelihood and impact scales of the usual 5 × 5 risk matrix (ISO 31000, HM Government).
  ['rare', 1],
  ['unlikely', 2],
  ['possible', 3],
  ['likely', 4],
  ['almost certain', 5],
  ['insignificant', 1],
  ['negligible', 1],
  ['minor', 2],
  ['major', 4],
  ['catastrophic', 5],
]);

const levelWords = memoized((text: string): string => words(text).replace(/-/g, ' '));

const LEVEL_NAMES = ['Very low', 'Low', 'Medium', 'High', 'Very high'];

/** A level's name: 3 is Medium. */
export function levelName(level: number): string {
  return LEVEL_NAMES[level - 1] ?? String(level);
}

/**
 * A level written both ways, as registers often print it: `3 (Medium)`, `3 - Medium`, `3 Medium`,
 * `Medium (3)`, `High - 4`. The number, and the word, in either order.
 */
const NUMBER_THEN_WORD = /^([1-5])\s*(?:\(\s*([a-z][^()]*?)\s*\)|[-–—:=]?\s*([a-z][^()]*?))$/i;
const WORD_THEN_NUMBER = /^([a-z][^()\d]*?)\s*(?:\(\s*([1-5])\s*\)|[-–—:=]?\s*([1-5]))$/i;

/** A likelihood or impact as 1–5. Canonical: the number. */
export function readLevel(text: string): Reading<number> {
  const w = levelWords(text);
  const n = LEVEL_WORDS.get(w);
  if (n !== undefined) return read(n, String(n));
  return readLevelPair(text.trim()) ?? { ok: false, accepted: LEVEL_ACCEPTED };
}

/** Longer than any level written twice (`5 (Very high)`): not tried, so the patterns stay linear. */
const LEVEL_PAIR_MAX = 32;

/** `3 (Medium)` and its kin: read when the number and the word agree, reported when they do not. */
function readLevelPair(text: string): Reading<number> | undefined {
  if (text.length > LEVEL_PAIR_MAX) return undefined;
  const nw = NUMBER_THEN_WORD.exec(text);
  const wn = nw ? undefined : WORD_THEN_NUMBER.exec(text);
  const number = nw ? nw[1] : (wn?.[2] ?? wn?.[3]);
  const word = nw ? (nw[2] ?? nw[3]) : wn?.[1];
  if (number === undefined || word === undefined) return undefined;
  const byWord = LEVEL_WORDS.get(levelWords(word));
  // Only a word: `3 5` or `3 (x)` is not a level written twice.
  if (byWord === undefined || /^\d/.test(word)) return undefined;
  if (byWord === +number) return read(byWord, number);
  return {
    ok: false,
    accepted: LEVEL_ACCEPTED,
    problem: `${number} is ${levelName(+number)}, but ${word} is ${byWord}.`,
  };
}

// ---------------------------------------------------------------------------------------------
// Dates

export const DATE_ACCEPTED = 'an ISO date (2026-11-20), or 20 Nov 2026, 20 November 2026, Nov 20, 2026';

const MONTHS: ReadonlyMap<string, number> = new Map(
  ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].flatMap((m, i) => {
    const full = [
      'january',
      'february',
      'march',
      'april',
      'may',
      'june',
      'july',
      'august',
      'september',
      'october',
      'november',
      'december',
    ][i]!;
    const forms: [string, number][] = [
      [m, i + 1],
      [full, i + 1],
    ];
    if (m === 'sep') forms.push(['sept', i + 1]);
    return forms;
  }),
);

function iso(y: number, m: number, d: number): IsoDate | undefined {
  const text = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isIsoDate(text) ? text : undefined;
}

/**
 * `20 Nov 2026`, `20th November 2026`, and `20-Nov-2026` or `20-Nov-26` as spreadsheets write it
 * (a two-digit year is this century's).
 */
const DAY_MONTH_YEAR = /^(\d{1,2})(?:st|nd|rd|th)?(?:\s+|-)([a-z]+)\.?,?(?:\s+|-)(\d{4}|\d{2})$/;
const MONTH_DAY_YEAR = /^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/;
const NUMERIC = /^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})$/;

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** A day's name and its short forms (`Tue`, `Tues`, `Thur`), 0 for Sunday. */
const WEEKDAYS: ReadonlyMap<string, number> = new Map(
  WEEKDAY_NAMES.flatMap((name, i) => {
    const full = name.toLowerCase();
    const forms: [string, number][] = [
      [full, i],
      [full.slice(0, 3), i],
    ];
    if (i === 2) forms.push(['tues', i]);
    if (i === 4) forms.push(['thur', i], ['thurs', i]);
    return forms;
  }),
);

/** A date written after its day's name, as calendars copy it: `Tue 1 Dec 2026`, `Tuesday, 1 December 2026`. */
const WEEKDAY_PREFIX = /^([a-z]+)\.?,? (?=\S)/;

/** A date. Canonical: ISO 8601 (`2026-11-20`). */
function readDateOnce(text: string): Reading<IsoDate> {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (isIsoDate(t)) return read(t, t);
  const prefix = WEEKDAY_PREFIX.exec(t);
  const weekday = prefix ? WEEKDAYS.get(prefix[1]!) : undefined;
  if (prefix && weekday !== undefined) return onWeekday(text.trim().slice(prefix[0].length).trim(), weekday);
  const dmy = DAY_MONTH_YEAR.exec(t);
  if (dmy) return monthNameDate(text, dmy[3]!, dmy[2]!, dmy[1]!);
  const mdy = MONTH_DAY_YEAR.exec(t);
  if (mdy) return monthNameDate(text, mdy[3]!, mdy[1]!, mdy[2]!);
  const m = NUMERIC.exec(t);
  if (m) return numericDate(m[1]!, m[2]!, m[3]!);
  // A date with a note in parentheses (`2026-12-07 (moved from 30 Nov)`) is the date.
  const noted = t.length <= NOTE_TEXT_MAX ? NOTE_IN_PARENTHESES.exec(text.trim()) : null;
  if (noted) {
    const r = readDateOnce(noted[1]!);
    if (r.ok) return r;
  }
  return unreadableDate(undefined);
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
  if (!r.ok) return r;
  const actual = dayOfWeek(r.value);
  if (actual === weekday) return r;
  return unreadableDate(`${rest} is a ${WEEKDAY_NAMES[actual]}, not a ${WEEKDAY_NAMES[weekday]}.`);
}

/** A date cell's value (dates repeat across rows and plans: a reading is shared, read-only). */
export const readDate = memoized(readDateOnce);

/** `20 Nov 2026` / `Nov 20, 2026` once split: a date when the month is a month and the day exists. */
function monthNameDate(text: string, year: string, monthName: string, day: string): Reading<IsoDate> {
  const month = MONTHS.get(monthName);
  const date = month ? iso(year.length === 2 ? 2000 + +year : +year, month, +day) : undefined;
  if (date) return read(date, date);
  return unreadableDate(month ? `${text.trim()} is not a date.` : undefined);
}

function unreadableDate(
  problem: string | undefined,
  suggestion?: string,
  orders?: { dayFirst: IsoDate | undefined; monthFirst: IsoDate | undefined },
): Reading<IsoDate> {
  return { ok: false, accepted: DATE_ACCEPTED, problem, suggestion, ...orders };
}

/**
 * Numeric dates: `2026/11/20` has one reading; `20/11/2026` and `11/20/2026` are day-first in
 * some locales and month-first in others, so they are reported, with the ISO form as the
 * suggestion when only one reading is a real date. Two-digit years are never guessed.
 */
function numericDate(a: string, b: string, c: string): Reading<IsoDate> {
  if (a.length === 4) {
    const date = iso(+a, +b, +c);
    return unreadableDate(date ? undefined : 'It is not a date.', date);
  }
  if (c.length !== 4) return unreadableDate('A two-digit year is ambiguous.');
  const orders = { dayFirst: iso(+c, +b, +a), monthFirst: iso(+c, +a, +b) };
  const readings = new Set([orders.dayFirst, orders.monthFirst].filter((d): d is IsoDate => d !== undefined));
  if (readings.size === 1) {
    return unreadableDate('Day/month order differs between locales.', [...readings][0], orders);
  }
  return unreadableDate(
    readings.size ? 'Day/month order differs between locales, and both readings are dates.' : 'It is not a date.',
    undefined,
    orders,
  );
}

// ---------------------------------------------------------------------------------------------
// Amounts

export interface Amount {
  readonly value: number;
  /** ISO currency code when the cell names one (`£` → GBP). */
  readonly currency: string | undefined;
}

export const AMOUNT_ACCEPTED =
  'a number such as 180000, 180,000, 180 000, 180k or 1.2m, with an optional currency symbol or code (£180k, EUR 180,000) and an optional ~ or c. before it';

const SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['£', 'GBP'],
  ['€', 'EUR'],
  ['$', 'USD'],
  ['us$', 'USD'],
  ['a$', 'AUD'],
  ['au$', 'AUD'],
  ['c$', 'CAD'],
  ['ca$', 'CAD'],
  ['nz$', 'NZD'],
  ['¥', 'JPY'],
  ['₹', 'INR'],
]);

const SCALE: Readonly<Record<string, number>> = { k: 1e3, m: 1e6, mn: 1e6, bn: 1e9 };

const AMOUNT =
  /^(?<pre>[a-z]{3}|[a-z]{0,2}[£€$¥₹])?\s*(?<sign>[-−])?\s*(?<num>\d{1,3}(?:(?<sep>[, \u00a0\u202f'])\d{3})(?:\k<sep>\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)\s*(?<scale>k|m|mn|bn)?\s*(?<post>[a-z]{3}|[£€$¥₹])?$/i;

/** Whether `t` is one or more ASCII digits and nothing else. */
function isDigits(t: string): boolean {
  if (t.length === 0) return false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * An approximation written before an amount (`~180k`, `≈ £180k`, `c. £180k`, `approx. 180,000`,
 * `about 180k`): a forecast or an estimate is read as the amount it approximates.
 */
const APPROXIMATELY = /^(?:~|≈|c\.|ca\.|circa\b|approx(?:\.|imately\b|\b)|about\b|around\b|est(?:\.|imated\b))\s*/i;

function withoutApproximation(t: string): string {
  const m = t.length > 0 && !isDigits(t) ? APPROXIMATELY.exec(t) : null;
  return m ? t.slice(m[0].length) : t;
}

/**
 * An amount of money. `expectedCurrency` (the plan's `budget.currency`) turns an amount in
 * another currency into an unreadable one: mixed currencies cannot be summed. Canonical: the
 * plain number, after its currency code when it names one (`GBP 180000`).
 */
export function readAmount(text: string, expectedCurrency?: string): Reading<Amount> {
  const t = withoutApproximation(text.trim());
  // Most amounts are whole numbers without a currency (`14800`): the pattern, with its named
  // groups, would find only the number in them.
  const groups: Partial<Record<string, string>> | undefined = isDigits(t) ? { num: t } : AMOUNT.exec(t)?.groups;
  if (!groups) return { ok: false, accepted: AMOUNT_ACCEPTED };
  const { pre, sign, num, scale, post } = groups;
  if (pre && post) return { ok: false, accepted: AMOUNT_ACCEPTED };
  const currencyText = (pre ?? post)?.toLowerCase();
  const currency = currencyText ? (SYMBOLS.get(currencyText) ?? currencyText.toUpperCase()) : undefined;
  if (/^\d{1,3}\.\d{3}$/.test(num!)) {
    return {
      ok: false,
      accepted: AMOUNT_ACCEPTED,
      problem: 'The point could be a decimal point or a thousands separator.',
    };
  }
  const digits = num!.replace(/[, \u00a0\u202f']/g, '');
  let value = Number(digits) * (scale ? SCALE[scale.toLowerCase()]! : 1);
  if (!Number.isFinite(value)) return { ok: false, accepted: AMOUNT_ACCEPTED };
  value = Math.round(value * 100) / 100;
  if (sign) value = -value;
  const expected = expectedCurrency?.trim().toUpperCase();
  if (currency && expected && currency !== expected) {
    return {
      ok: false,
      accepted: `amounts in ${expected}, the plan's budget.currency`,
      problem: `It is in ${currency}, and amounts in different currencies cannot be summed.`,
    };
  }
  return read({ value, currency }, currency ? `${currency} ${value}` : String(value));
}

// ---------------------------------------------------------------------------------------------
// Health

export const HEALTH_ACCEPTED = 'Green / Amber / Red, G / A / R, Yellow (= Amber), 🟢 🟡 🟠 🔴';

const HEALTH_WORDS: ReadonlyMap<string, Health> = new Map([
  ['green', 'green'],
  ['g', 'green'],
  ['amber', 'amber'],
  ['a', 'amber'],
  ['yellow', 'amber'],
  ['red', 'red'],
  ['r', 'red'],
]);

const HEALTH_EMOJI: ReadonlyMap<string, Health> = new Map([
  ['🟢', 'green'],
  ['🟡', 'amber'],
  ['🟠', 'amber'],
  ['🔴', 'red'],
]);

const HEALTH_NAMES: Readonly<Record<Health, string>> = { green: 'Green', amber: 'Amber', red: 'Red' };

/** What qualifies a green as well (`Green (concerns)`, `Green - at risk`): contract §3.1 reports `Green with concerns`. */
const GREEN_QUALIFIED = /\b(?:concerns?|risks?|watch|caution|issues?|amber|red)\b/i;

/** A RAG health: a word, its initial, or a coloured circle, optionally followed by its word (`🟢 Green`). */
export function readHealth(text: string): Reading<Health> {
  let t = text.trim();
  let fromEmoji: Health | undefined;
  for (const [emoji, health] of HEALTH_EMOJI) {
    if (t.startsWith(emoji)) {
      fromEmoji = health;
      t = t.slice(emoji.length).trim();
      break;
    }
  }
  const w = words(t);
  const fromWord = w ? HEALTH_WORDS.get(w) : undefined;
  const health =
    fromEmoji && !w ? fromEmoji : fromWord && (!fromEmoji || fromEmoji === fromWord) ? fromWord : undefined;
  if (health) return read(health, HEALTH_NAMES[health]);
  // `Amber (improving)`, `Red – escalated`; a green with a concern in its note is not green.
  const noted = readWithNote(
    text.trim(),
    HEALTH_ACCEPTED,
    (word) => {
      const r = readHealth(word);
      return r.ok ? r.value : undefined;
    },
    {
      settles: (value) => value === 'green',
      canonical: (value) => HEALTH_NAMES[value],
      alsoQualifying: GREEN_QUALIFIED,
    },
  );
  return noted ?? { ok: false, accepted: HEALTH_ACCEPTED };
}

// ---------------------------------------------------------------------------------------------
// Status words, per register (contract §3 table and §3.1; the lists are in statusWords.ts)

/** Compares words ignoring case, punctuation and hyphens (`Not-started`, `not started`). */
const key = (text: string): string =>
  words(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const WORD_INDEX: ReadonlyMap<WordList, ReadonlyMap<string, string>> = new Map(
  (Object.keys(WORD_LISTS) as WordList[]).map((list) => {
    const index = new Map<string, string>();
    for (const [canonical, others] of Object.entries(WORD_LISTS[list])) {
      index.set(key(canonical), canonical);
      for (const o of others) index.set(key(o), canonical);
    }
    return [list, index];
  }),
);

/** The canonical words of a list, for messages, completion and docs. */
export function wordsOf(list: WordList): readonly string[] {
  return Object.keys(WORD_LISTS[list]);
}

/** The other spellings a canonical word accepts (for docs). */
export function aliasesOf(list: WordList, canonical: string): readonly string[] {
  return WORD_LISTS[list][canonical] ?? [];
}

const UNREAD_INDEX: ReadonlyMap<WordList, ReadonlyMap<string, string>> = new Map(
  Object.entries(UNREAD_WORDS).map(([list, hints]) => [
    list as WordList,
    new Map(Object.entries(hints).map(([word, hint]) => [key(word), hint])),
  ]),
);

/**
 * A status (or other fixed) word. Canonical: the contract's spelling (`On track`). A word with a
 * note that does not change it (`Closed (2026-07-10)`, `At risk – supplier late`) reads as the word.
 */
export function readStatus(list: WordList, text: string): Reading<string> {
  const index = WORD_INDEX.get(list)!;
  const canonical = index.get(key(text));
  if (canonical !== undefined) return read(canonical, canonical);
  const accepted = wordsOf(list).join(' / ');
  const settling = SETTLING_WORDS[list] ?? [];
  const noted = readWithNote(text, accepted, (word) => index.get(key(word)), {
    settles: (value) => settling.includes(value),
    canonical: (value) => value,
  });
  return noted ?? { ok: false, accepted, problem: UNREAD_INDEX.get(list)?.get(key(text)) };
}

// ---------------------------------------------------------------------------------------------
// Met (Early life support, Go-live readiness)

export type Met = 'yes' | 'no' | 'partial';

export const MET_ACCEPTED = 'yes / no / partial, y / n, ✓ / ✗, true / false';

const MET_WORDS: ReadonlyMap<string, Met> = new Map([
  ['yes', 'yes'],
  ['met', 'yes'],
  ['achieved', 'yes'],
  ['y', 'yes'],
  ['true', 'yes'],
  ['✓', 'yes'],
  ['✔', 'yes'],
  ['✅', 'yes'],
  ['no', 'no'],
  ['not yet', 'no'],
  ['not met', 'no'],
  ['not achieved', 'no'],
  ['n', 'no'],
  ['false', 'no'],
  ['✗', 'no'],
  ['✘', 'no'],
  ['❌', 'no'],
  ['partial', 'partial'],
  ['partially', 'partial'],
  ['partly', 'partial'],
]);

/** Whether a criterion is met. Canonical: yes / no / partial. */
export function readMet(text: string): Reading<Met> {
  const met = metWord(text);
  if (met) return read(met, met);
  const noted = readWithNote(text, MET_ACCEPTED, metWord, {
    settles: (value) => value === 'yes',
    canonical: (value) => value,
  });
  return noted ?? { ok: false, accepted: MET_ACCEPTED };
}

function metWord(text: string): Met | undefined {
  const t = text.trim().toLowerCase();
  return MET_WORDS.get(t) ?? MET_WORDS.get(words(t));
}
