/**
 * Front-matter values as front-matter-schema reads and names them: how a value is described in
 * a message, and the number a value written as text stands for (`480k`, `2 weeks`, `10%`), for
 * the fix that writes it as YAML's number.
 */
import type { FmValue } from '../model.js';
import type { RuleContext } from '../rule.js';
import { isEmptyValue } from '../emptyValues.js';
import { parseNumber } from '../text.js';
import { readAmount, readDate } from '../values.js';
import type { Fix } from '../types.js';
import { isIsoDate } from '../isoDate.js';
import { buddhistEraSaid, commonEraIso } from '../values/buddhistEra.js';
import { normalizeDate, valueFix } from './frontMatterFixes.js';

/** A value in typographic quotes (`“planning”`, `‘control’`, `„…“`). Group 1: what they hold. */
export const TYPOGRAPHIC_QUOTES = /^[“”‘’„«]\s*(.*?)\s*[“”‘’»]$/su;

/** What a front-matter key of each type holds, for messages. */
export const TYPE_TEXT: Readonly<Record<string, string>> = {
  string: 'a text value',
  person: 'a stakeholder ID, name or @handle',
  enum: 'one word from a fixed list',
  integer: 'a whole number',
  stringList: 'a list of strings, e.g. [finance, payroll]',
  planIdList: 'a list of plan ids, e.g. [TP-2026-001]',
  dates: 'a map of `start`, `go_live` and `close` dates',
  budget: 'a map of `currency`, `approved` and `contingency`',
  tolerances: 'a map of `cost_pct` and `schedule_days`',
};

/** A value as a message names it: `"10 days"`, the number 10, a list, empty. */
export function describeValue(v: FmValue): string {
  switch (v.kind) {
    case 'map':
      return 'a map';
    case 'seq':
      return 'a list';
    case 'null':
      return 'empty';
    case 'scalar':
      if (typeof v.value === 'string') return `"${v.value}"`;
      return `${typeof v.value === 'boolean' ? 'the boolean' : 'the number'} ${String(v.value)}`;
    default:
      return 'a value that cannot be read';
  }
}

/** Whether a value reads as text (a string, or a number YAML read from it). */
export function isText(v: FmValue): boolean {
  return v.kind === 'scalar' && (typeof v.value === 'string' || typeof v.value === 'number');
}

/**
 * A value of `dates`, `budget` or `tolerances` written as not known yet (`close: TBC`,
 * `contingency: To be agreed`), as a cell is (contract §3): as good as missing, so a plan at
 * initiation may write it. Undefined for any other value, and for a date with the day it will
 * probably be in its note (`TBC (2027-06-28)`), which is read as that day.
 */
export function notYetKnown(item: FmValue, type: string): string | undefined {
  if (item.kind !== 'scalar' || typeof item.value !== 'string') return undefined;
  const text = item.value.trim();
  if (text === '' || !isEmptyValue(text)) return undefined;
  return type === 'date' && normalizeDate(text) !== undefined ? undefined : text;
}

/**
 * The number a front-matter value written as text stands for, for its quick fix: a budget amount
 * as the tables read one (`480k`, `£480,000`; not in another currency), a number of days with its
 * unit (`10 days`, `2 weeks` is 14, `fortnightly` 14), a percentage with its sign (`10%`). Never a
 * scale (`10k` is not 10), a unit the key does not count in, or one whose days vary (`1 month`,
 * `10 working days`). `path`: the key's path (`tolerances.schedule_days`).
 */
export function numberIn(ctx: RuleContext, path: string, text: string): number | undefined {
  if (path.startsWith('budget')) {
    const r = readAmount(text, ctx.plan.meta.budget.currency);
    return r.ok ? r.value.value : undefined;
  }
  let t = text.trim().toLowerCase();
  // A tolerance is a margin either way: `±10%` and `+/- 2 weeks` say what the number alone says.
  if (path.startsWith('tolerances.')) t = t.replace(EITHER_WAY, '');
  if (path.endsWith('_days')) return daysIn(t, path === 'reporting_cadence_days');
  const percent = PERCENT.exec(t);
  if (percent && path.endsWith('_pct')) return parseNumber(percent[1]);
  return /^[+-]?[\d.,\s]+$/.test(t) ? parseNumber(t) : undefined;
}

/** What a margin either way starts with: `±`, `+/-`, `+-`, `plus or minus`. */
const EITHER_WAY = /^(?:±|\+\s*(?:\/\s*)?-|plus or minus)\s*/;

/** `10%`, `10 %`, `10 percent`, `10 pct`. Group 1: the number. */
const PERCENT = /^([+-]?\d+(?:\.\d+)?)\s*(?:%|percent|per cent|pct)?$/;

/** A number of days and its unit: `10`, `10 days`, `10d`, `2 weeks`, `2 wks`, `every 2 weeks`. */
const DAYS = /^(?:every\s+)?(\d+(?:\.\d+)?)\s*(days?|d|weeks?|wks?|w|fortnights?)?$/;
const DAYS_IN_UNIT: Readonly<Record<string, number>> = { d: 1, w: 7, wk: 7, week: 7, fortnight: 14 };
/** How often, in days: `daily`, `weekly`, `fortnightly` (not `biweekly`, which means either). */
const CADENCE_DAYS: ReadonlyMap<string, number> = new Map([
  ['daily', 1],
  ['weekly', 7],
  ['every week', 7],
  ['fortnightly', 14],
  ['every fortnight', 14],
]);

function daysIn(t: string, often: boolean): number | undefined {
  const cadence = often ? CADENCE_DAYS.get(t) : undefined;
  if (cadence !== undefined) return cadence;
  const m = DAYS.exec(t);
  if (!m) return undefined;
  const unit = m[2]?.replace(/s$/, '').replace(/^day$/, 'd') ?? 'd';
  return Number(m[1]) * DAYS_IN_UNIT[unit]!;
}

/**
 * A `dates` value not written as an ISO date, as its finding says it; undefined for an ISO date. A
 * date written otherwise (`14 Apr 2027`, a numeric date with one reading) gets the ISO date it
 * stands for; a month, a week or part of a year (`June 2027`, `w/c 11 Jan 2027`) is said to name
 * no day, with a fix for each day it may mean, none preferred, as a table's date gets.
 */
export function notIsoDate(
  item: FmValue,
  path: string,
  example: string,
): { readonly message: string; readonly fixes: Fix[] | undefined } | undefined {
  const text = item.kind === 'scalar' ? String(item.value) : undefined;
  // `go_live: 2570-03-12`: a Buddhist Era year (พ.ศ.), never the Common Era's; the fix writes its Common Era date.
  const common = text !== undefined ? commonEraIso(text) : undefined;
  if (common && isIsoDate(common)) {
    const fixes = [valueFix(`Set ${path} to ${common}`, item.range, common, true)];
    return {
      message: `${path} is ${text!}: ${buddhistEraSaid(+text!.slice(0, 4))} Did you mean ${common}?`,
      fixes,
    };
  }
  if (item.kind === 'scalar' && typeof item.value === 'string' && isIsoDate(item.value)) return undefined;
  const says = (hint: string) =>
    `${path} is ${describeValue(item)}, which is not a calendar date written YYYY-MM-DD${hint}`;
  const fixed = text !== undefined ? normalizeDate(text) : undefined;
  if (fixed) {
    const fixes = [valueFix(`Set ${path} to ${fixed.iso}`, item.range, fixed.iso, fixed.safe)];
    return { message: says(`: did you mean ${fixed.iso}?`), fixes };
  }
  const r = text !== undefined ? readDate(text) : undefined;
  // A worded date (`Q1 2027`) is told what it names; a numeric one that is no day (`2027-02-30`), the form.
  if (!r || r.ok || !r.problem || !/\p{L}/u.test(text!))
    return { message: says(` (e.g. ${example}).`), fixes: undefined };
  const fixes = r.choices?.map((iso) => ({
    ...valueFix(`Set ${path} to ${iso}`, item.range, iso),
    isPreferred: false,
  }));
  return { message: says(`: ${r.problem.replace(/^It /, 'it ')}`), fixes };
}
