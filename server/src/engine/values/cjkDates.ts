/**
 * Dates as Korea, China, Japan and Vietnam write them (dates.ts reads what this gives it): with the year,
 * month and day named, `2027년 3월 12일` as Korean and `2027年3月12日` as Chinese and Japanese
 * write them, and `ngày 12 tháng 3 năm 2027` (day 12, month 3, year 2027) as Vietnamese writes it
 * (also without `ngày`, and `12 tháng 3, 2027`), which read one way only (without the year,
 * `3月12日`, asked for it); a month or a quarter named in Vietnamese (`tháng 3/2027`, `cuối tháng
 * 3/2027`, `Quý 2/2027`), which dates.ts reads as `03/2027` and `Q2 2027` are; and Korea's year-first numeric date, written with a point
 * and a space after each part (`2027. 3. 12.`), which is the numeric `2027.3.12`.
 */

/** The year, month and day named: Korean `년 월 일`, Chinese and Japanese `年 月 日`. */
const NAMED = /^(\d{4})\s*[년年]\s*(\d{1,2})\s*[월月]\s*(\d{1,2})\s*[일日]$/;

/** The day, month and year named as Vietnamese names them: `ngày 12 tháng 3 năm 2027`, `12 tháng 3, 2027` (small letters). */
const VIETNAMESE_NAMED = /^(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+|\s*,\s*)(\d{4})$/;

/**
 * A month named as Vietnamese names it, by its number (`tháng 3/2027`, `tháng 3 năm 2027`), with the
 * part of it before it (`cuối tháng 3/2027`: monthNames.ts MONTH_END, MONTH_PART). Groups: part, month, year.
 */
export const VIETNAMESE_MONTH =
  /^(?:(?<part>\p{L}+)\s+)?tháng\s+(?<month>0?[1-9]|1[0-2])(?:\/|\s+năm\s+)(?<year>\d{4})$/u;

/** A quarter as Vietnamese names it, in numbers or Roman ones (`Quý 2/2027`, `quý II/2027`, `Quý 2 năm 2027`). */
const VIETNAMESE_QUARTER = /^quý\s+(?:[1-4]|i{1,3}|iv)(?:\/|\s+năm\s+)\d{4}$/;

/** Whether `t` (small letters) names a quarter as Vietnamese writes it (`quý 2/2027`): a part of a year, not a day. */
export const isVietnameseQuarter = (t: string): boolean => VIETNAMESE_QUARTER.test(t);

/** The month and day named without the year (`3月12일`, `3月12日`), which a date needs: asked (dates.ts). */
const NAMED_WITHOUT_YEAR = /^(\d{1,2})\s*[월月]\s*(\d{1,2})\s*[일日]$/;

/** Whether `t` names a month and a day and no year (`3月12日`, `3월 12일`). */
export function namedWithoutYear(t: string): boolean {
  const m = NAMED_WITHOUT_YEAR.exec(t);
  return !!m && +m[1]! >= 1 && +m[1]! <= 12 && +m[2]! >= 1 && +m[2]! <= 31;
}

/** `2027. 3. 12.`: a year-first numeric date with a space after each point, and a point at its end. */
const KOREAN_DOTTED = /^(\d{4})\.\s?(\d{1,2})\.\s?(\d{1,2})\.?$/;

/** The year, month and day a date with them named writes (`2027년 3월 12일`, `ngày 12 tháng 3 năm 2027`), or undefined. */
export function namedPartsDate(t: string): readonly [year: number, month: number, day: number] | undefined {
  const m = NAMED.exec(t);
  if (m) return [+m[1]!, +m[2]!, +m[3]!];
  const vietnamese = VIETNAMESE_NAMED.exec(t);
  return vietnamese ? [+vietnamese[3]!, +vietnamese[2]!, +vietnamese[1]!] : undefined;
}

/** `t` with Korea's spaced year-first numeric date written as a numeric date is (`2027. 3. 12.` is `2027.3.12`). */
export function koreanDottedAsNumeric(t: string): string {
  const m = KOREAN_DOTTED.exec(t);
  return m ? `${m[1]!}.${m[2]!}.${m[3]!}` : t;
}
