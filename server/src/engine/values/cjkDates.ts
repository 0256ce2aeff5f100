/**
 * Dates as Korea, China and Japan write them (dates.ts reads what this gives it): with the year,
 * month and day named, `2027년 3월 12일` as Korean and `2027年3月12日` as Chinese and Japanese
 * write them, which read one way only (without the year, `3月12日`, asked for it); and Korea's year-first numeric date, written with a point
 * and a space after each part (`2027. 3. 12.`), which is the numeric `2027.3.12`.
 */

/** The year, month and day named: Korean `년 월 일`, Chinese and Japanese `年 月 日`. */
const NAMED = /^(\d{4})\s*[년年]\s*(\d{1,2})\s*[월月]\s*(\d{1,2})\s*[일日]$/;

/** The month and day named without the year (`3月12일`, `3月12日`), which a date needs: asked (dates.ts). */
const NAMED_WITHOUT_YEAR = /^(\d{1,2})\s*[월月]\s*(\d{1,2})\s*[일日]$/;

/** Whether `t` names a month and a day and no year (`3月12日`, `3월 12일`). */
export function namedWithoutYear(t: string): boolean {
  const m = NAMED_WITHOUT_YEAR.exec(t);
  return !!m && +m[1]! >= 1 && +m[1]! <= 12 && +m[2]! >= 1 && +m[2]! <= 31;
}

/** `2027. 3. 12.`: a year-first numeric date with a space after each point, and a point at its end. */
const KOREAN_DOTTED = /^(\d{4})\.\s?(\d{1,2})\.\s?(\d{1,2})\.?$/;

/** The year, month and day a date with them named writes (`2027년 3월 12일`), or undefined. */
export function namedPartsDate(t: string): readonly [year: number, month: number, day: number] | undefined {
  const m = NAMED.exec(t);
  return m ? [+m[1]!, +m[2]!, +m[3]!] : undefined;
}

/** `t` with Korea's spaced year-first numeric date written as a numeric date is (`2027. 3. 12.` is `2027.3.12`). */
export function koreanDottedAsNumeric(t: string): string {
  const m = KOREAN_DOTTED.exec(t);
  return m ? `${m[1]!}.${m[2]!}.${m[3]!}` : t;
}
