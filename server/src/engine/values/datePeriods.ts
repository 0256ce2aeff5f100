/**
 * Periods written where a day is wanted (dates.ts): a month, perhaps a part of it, and a quarter or
 * a half of a year.
 */
import type { IsoDate } from '../types.js';
import { lastDayOfMonth } from '../isoDate.js';
import { isVietnameseQuarter, VIETNAMESE_MONTH } from './cjkDates.js';
import { MONTH_END, MONTH_PART, MONTH_WORD, MONTHS } from './monthNames.js';
import type { Reading } from './reading.js';
import { twoWayMonthDate, type DateLanguage } from './monthLanguage.js';
import { commonEraYear, isBuddhistEraYear } from './buddhistEra.js';
import { DATE_ACCEPTED, unreadableDate } from './dateReadings.js';

/**
 * `March 2027`, `Mar-2027`, `end of Mar 2027`, `mid-March 2027`: a month, perhaps a part of it
 * (`mediados de marzo de 2027`, `Mitte März 2027`, `début mars 2027`: MONTH_PART);
 * its end also as French, Spanish, Italian, German, Portuguese, Dutch and Polish write it (`fin
 * mars 2027`, `finales de marzo de 2027`, `fine maggio 2027`, `Ende März 2027`, `final de março de
 * 2027`, `eind maart 2027`, `koniec marca 2027`), and after the year as Turkish does (`Mart 2027 sonu`).
 */
const MONTH_PARTS = [...MONTH_END, ...MONTH_PART].join('|');
const MONTH_YEAR = new RegExp(
  String.raw`^(?:(${MONTH_PARTS})(?: of| de)?[ -])?(${MONTH_WORD})\.?,?(?:\s+del?\s+|[ -])(\d{4})(?: (${MONTH_PARTS}))?$`,
);
/** `2027-03`, ISO 8601's month, and `03/2027`, `3.2027` as plans write a month in numbers. */
const ISO_MONTH = /^(?<year>\d{4})-(?<month>0[1-9]|1[0-2])$/;
const NUMERIC_MONTH_YEAR = /^(?<month>0?[1-9]|1[0-2])[/.](?<year>\d{4})$/;
/** `Q1 2027`, `Q1 FY2027`, `H2 2027`: a quarter or a half of a year. */
const PART_OF_YEAR = /^(?:q[1-4]|h[12])[ -](?:fy ?)?\d{4}$|^(?:fy ?)?\d{4}[ -](?:q[1-4]|h[12])$/;

/**
 * A period where a day is wanted, as plans write dates before they are fixed: said, with the
 * month's last day as the choice where the cell means the end of the month (`March 2027`, `end of
 * March 2027`). A quarter gets no choice: a financial year's quarters are not the calendar's.
 */
export function periodDate(text: string, t: string, language: DateLanguage | undefined): Reading<IsoDate> | undefined {
  const m = MONTH_YEAR.exec(t);
  // `tháng 3/2027`, `cuối tháng 3/2027`: a month by its number, as Vietnamese names it (cjkDates.ts).
  const numeric = m ? undefined : (ISO_MONTH.exec(t) ?? NUMERIC_MONTH_YEAR.exec(t) ?? VIETNAMESE_MONTH.exec(t))?.groups;
  // `listopad 2027.`: the month in the language the date shows, else asked (monthLanguage.ts).
  const twoWay = m
    ? twoWayMonthDate(m[2]!, language, (month) => lastDayOfMonth(Number(m[3]), month), DATE_ACCEPTED, true)
    : undefined;
  if (twoWay && 'ok' in twoWay) return twoWay;
  const month = twoWay ? twoWay.month : m ? MONTHS.get(m[2]!) : numeric && Number(numeric['month']);
  const part = m ? (m[1] ?? m[4]) : numeric?.['part'];
  if ((m || numeric) && month && (part === undefined || MONTH_END.has(part) || MONTH_PART.includes(part))) {
    const written = Number(m ? m[3] : numeric!['year']);
    // Of the Buddhist Era with a Thai month's name (`มี.ค. 2570`) and without one: said, with the Common Era's day.
    const year = isBuddhistEraYear(written) ? commonEraYear(written) : written;
    const lastDay = lastDayOfMonth(year, month);
    if (part === undefined) {
      return unreadableDate(
        `"${text}" names a month, not a day: write the day it is due (${lastDay} if it is due by the end of the month).`,
        undefined,
        undefined,
        [lastDay],
      );
    }
    if (MONTH_END.has(part)) {
      return unreadableDate(
        `"${text}" is not a day: write the day it is due (${lastDay} for the month's last day).`,
        undefined,
        undefined,
        [lastDay],
      );
    }
    return unreadableDate(`"${text}" names part of a month, not a day: write the day it is due.`);
  }
  if (PART_OF_YEAR.test(t) || isVietnameseQuarter(t)) {
    return unreadableDate(
      `"${text}" names part of a year, not a day: write the day it is due (Handoff does not guess it: a financial year's quarters and halves are not the calendar's).`,
    );
  }
  return undefined;
}
