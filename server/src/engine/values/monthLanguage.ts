/**
 * Dates whose month's name two languages give to different months (monthNames.ts
 * TWO_WAY_MONTHS): `15. listopada 2027.` is 15 October in Croatian, `15 listopada 2027 r.` 15
 * November in Polish. What the date itself says of its language settles it: Croatian writes a
 * point after the day and after the year (`15. listopada 2027.`), Polish neither, and `r.`
 * (roku) after the year. A date that says neither is read as Polish writes it, as before, where
 * no plan is read (a date alone); in a plan, in the language its other month names are in
 * (`planDateLanguage`), and asked, with a fix for each reading, where they show none or both.
 */
import type { IsoDate } from '../types.js';
import { englishMonthName, LANGUAGE_MONTHS, TWO_WAY_MONTHS, type MonthInLanguage } from './monthNames.js';
import { read, type Reading } from './reading.js';

export type DateLanguage = MonthInLanguage['language'];

/** A day with a point after it before a month's name (`15. listopada`), as Croatian writes it and Polish does not. */
const DAY_POINT = /^\d{1,2}\.\s/;

/** The language a date's own marks say it is in: `r.` after its year (Polish, given), a point after its day (Croatian). */
export function languageOfDate(t: string, given: DateLanguage | undefined): DateLanguage | undefined {
  return given ?? (DAY_POINT.test(t) ? 'Croatian' : undefined);
}

/**
 * A date (or with `asked`, a month's last day) whose month's name is one of TWO_WAY_MONTHS: its
 * month in the language the date shows; else a day is read in the first language that writes
 * it as it is (Polish: no point after the day), with its reading in each language for a plan to
 * settle (`twoWay`), and a month is asked. Undefined for any other name.
 */
export function twoWayMonthDate(
  name: string,
  language: DateLanguage | undefined,
  dateIn: (month: number) => IsoDate | undefined,
  accepted: string,
  asked = false,
): Reading<IsoDate> | { readonly month: number } | undefined {
  const months = TWO_WAY_MONTHS.get(name);
  if (!months) return undefined;
  const shown = months.find((m) => m.language === language);
  if (shown) return { month: shown.month };
  const question = askedDate(name, months, dateIn, accepted);
  if (asked) return question;
  const byLanguage = new Map(
    months.flatMap((m) => {
      const date = dateIn(m.month);
      return date ? [[m.language, read(date, date)] as const] : [];
    }),
  );
  const plain = byLanguage.get('Polish');
  if (!plain?.ok || byLanguage.size < 2) return plain ?? question;
  return { ...plain, twoWay: { byLanguage, otherwise: question } };
}

/** The question a two-way month's date is: which language, with a fix for each reading. */
function askedDate(
  name: string,
  months: readonly MonthInLanguage[],
  dateIn: (month: number) => IsoDate | undefined,
  accepted: string,
): Reading<IsoDate> {
  const readings = months.flatMap((m) => {
    const date = dateIn(m.month);
    return date ? [{ date, note: `${englishMonthName(m.month)}, as ${m.language} names it` }] : [];
  });
  const said = months.map((m) => `${englishMonthName(m.month)} in ${m.language}`).join(' and ');
  return {
    ok: false,
    accepted,
    problem: `"${name}" is ${said}, and neither the date nor the plan's other month names say which language it is in: write it as an ISO date.`,
    choices: readings.map((r) => r.date),
    choiceNotes: readings.map((r) => r.note),
  };
}

/** Each language's month names no other language writes, as whole words (`ožujka`, `marca`). */
const NAMES_OF: ReadonlyMap<DateLanguage, RegExp> = new Map(
  (['Croatian', 'Polish'] as const).map((language) => [
    language,
    new RegExp(`(?<![\\p{L}])(?:${LANGUAGE_MONTHS[language].join('|')})(?![\\p{L}])`, 'iu'),
  ]),
);

let lastText: string | undefined;
let lastLanguage: DateLanguage | undefined;

/**
 * The language a plan's month names are in: the one of TWO_WAY_MONTHS' languages whose own month
 * names (`ožujka`, `prosinca`; `marca`, `grudnia`) the plan writes, when it writes the other's
 * none. Undefined when it writes both or neither. Worked out for the last text asked about.
 */
export function planDateLanguage(text: string): DateLanguage | undefined {
  if (text === lastText) return lastLanguage;
  const shown = [...NAMES_OF].filter(([, names]) => names.test(text)).map(([language]) => language);
  lastText = text;
  lastLanguage = shown.length === 1 ? shown[0] : undefined;
  return lastLanguage;
}
