/**
 * A date format written after a column header (`Baseline (dd/mm/yyyy)`): the header without it,
 * for the column lookup, and the order it gives numeric dates in that column, for the date reader
 * and numericDateOrder.ts.
 */

/**
 * A date format written after a header: `Baseline (dd/mm/yyyy)`, `Date [YYYY-MM-DD]`,
 * and as German, Dutch and French plans write it: `(TT.MM.JJJJ)`, `(DD-MM-JJJJ)`, `(JJ/MM/AAAA)`.
 */
const FORMAT_PART = '(?:[dtjya]{1,4}|m{1,3})';
const FORMAT_NOTE = new RegExp(
  `(?<!\\s)\\s*[([]\\s*(${FORMAT_PART})\\s*[/.\\- ]\\s*(${FORMAT_PART})\\s*[/.\\- ]\\s*(${FORMAT_PART})\\s*[)\\]]$`,
  'i',
);

/** Which comes first in a numeric date: the day (`24/06/2026`) or the month (`06/24/2026`). */
export type DateOrder = 'day' | 'month';

/**
 * The parts of a date format, in order, or undefined when it is not one day, one month and one
 * year. Day: d (English, Dutch), t (German Tag), j (French jour); year: y, a (French année), j
 * (German and Dutch jaar/Jahr), three or four letters. A `jj` is the day beside a year of other
 * letters (`JJ/MM/AAAA`) and the year beside a day (`TT.MM.JJ`).
 */
function formatParts(groups: readonly string[]): ('day' | 'month' | 'year')[] | undefined {
  const g = groups.map((x) => x.toLowerCase());
  const same = (x: string) => [...x].every((ch) => ch === x[0]);
  if (!g.every(same)) return undefined;
  const yearLike = (x: string) => x.length >= 3 || x[0] === 'y' || x[0] === 'a';
  const parts = g.map((x, i): 'day' | 'month' | 'year' | undefined => {
    if (x[0] === 'm') return 'month';
    if (yearLike(x)) return 'year';
    if (x[0] === 'd' || x[0] === 't') return 'day';
    // `jj`: a day when another part is the year, else the year.
    return g.some((o, k) => k !== i && o[0] !== 'm' && yearLike(o)) ? 'day' : 'year';
  });
  const count = (p: string) => parts.filter((x) => x === p).length;
  return count('day') === 1 && count('month') === 1 && count('year') === 1
    ? (parts as ('day' | 'month' | 'year')[])
    : undefined;
}

function formatNote(header: string): { index: number; parts: ('day' | 'month' | 'year')[] } | undefined {
  const m = FORMAT_NOTE.exec(header);
  if (!m || m.index === 0) return undefined;
  const parts = formatParts([m[1]!, m[2]!, m[3]!]);
  return parts && { index: m.index, parts };
}

/** A header without the date format written after it (`Baseline (dd/mm/yyyy)` is Baseline), or undefined when it has none. */
export function withoutDateFormat(header: string): string | undefined {
  const note = formatNote(header);
  return note ? header.slice(0, note.index).trim() : undefined;
}

/**
 * The order a date format after a header gives numeric dates under it (`Baseline (dd/mm/yyyy)`:
 * day first), or undefined when it has none or puts the year first.
 */
export function dateFormatOrder(header: string): DateOrder | undefined {
  const note = formatNote(header);
  if (!note || note.parts[0] === 'year') return undefined;
  return note.parts.indexOf('day') < note.parts.indexOf('month') ? 'day' : 'month';
}
