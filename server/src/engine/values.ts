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
import type { Cell, Row, Table } from './model.js';
import { readAmount, type Amount } from './values/amounts.js';
import { amountUnitOf, type AmountUnit } from './values/amountUnit.js';
import { inPlanLanguage, type Reading } from './values/reading.js';
import { readDate } from './values/dates.js';
import { STYLE_TAGS } from './emptyValues.js';

export type { WordList } from './statusWords.js';
export type { Reading } from './values/reading.js';
export { LEVEL_ACCEPTED, levelName, readLevel } from './values/levels.js';
export { DATE_ACCEPTED, readDate, weekdayName } from './values/dates.js';
export { dateFormatOrder, type DateOrder } from './values/dateFormat.js';
export { AMOUNT_ACCEPTED, readAmount, type Amount } from './values/amounts.js';
export { amountUnitOf, type AmountUnit, type TaxBasis } from './values/amountUnit.js';
export { currencyCodes, currencyMeant } from './values/currencies.js';
export { COVERS_ACCEPTED, readCovers, type Covered } from './values/covers.js';
export {
  aliasesOf,
  HEALTH_ACCEPTED,
  HEALTH_MARKS,
  HEALTH_NAMES,
  healthName,
  healthShown,
  MET_ACCEPTED,
  readHealth,
  readMet,
  readStatus,
  saysNotApplicable,
  wordsOf,
  type Met,
} from './values/words.js';

/** A filled cell whose value could not be read: the rule that needed it says nothing about the row. */
export const UNREADABLE: unique symbol = Symbol('unreadable');
export type Unreadable = typeof UNREADABLE;

/**
 * The value of a row's cell: undefined when the column is absent or the cell empty, UNREADABLE
 * when it is filled but not readable (`unreadable-value` reports it).
 */
export function cellValue<T>(row: Row, key: string, reader: (text: string) => Reading<T>): T | undefined | Unreadable {
  const text = valueText(row, key);
  if (text === undefined) return tentativeValue(row, key, reader);
  const r = inPlanLanguage(reader(text), row);
  return r.ok ? r.value : r.notYet ? undefined : UNREADABLE;
}

/** Readers that read a day inside "not known yet" (see `tentativeValue`). */
const READS_TENTATIVE: ReadonlySet<unknown> = new Set([readDate]);

/**
 * An empty cell's value when it says "to be confirmed" with the day it will probably be
 * (`TBC (2027-03-05)`): that day, for a date column. `TBC` with any other note (`TBC (Jan 2027)`,
 * `TBC – vendor to confirm`) stays empty, as the contract has it.
 */
function tentativeValue<T>(row: Row, key: string, reader: (text: string) => Reading<T>): T | Unreadable | undefined {
  if (!READS_TENTATIVE.has(reader)) return undefined;
  const text = tentativeText(row, key);
  if (text === undefined) return undefined;
  const r = inPlanLanguage(reader(text), row);
  // A numeric day that reads two ways is reported (`unreadable-value`); any other note is empty.
  return r.ok ? r.value : r.problem === undefined ? undefined : UNREADABLE;
}

/** The text of a cell that says "to be confirmed" and may hold a day after it (`TBC (2027-03-05)`). */
export function tentativeText(row: Row, key: string): string | undefined {
  const text = row.cell(key)?.text.trim();
  return text && /^tb[acd]\b/i.test(text) ? text : undefined;
}

const HANDOFF_COMMENT = /<!--\s*handoff-(?:(?!-->)[\s\S])*-->/g;
/**
 * The tags of the inline elements editors export around a value (`<span style="color:green">Green</span>`,
 * as Word and Confluence colour a RAG; `<b>Done</b>`): GitHub shows the words, and so are they read.
 */
const INLINE_TAG = new RegExp(String.raw`<\/?(?:${STYLE_TAGS})\b[^<>]*>`, 'gi');

/**
 * GitHub's shortcodes for the marks values are written with (`:white_check_mark:` renders as ✅,
 * `:yellow_circle:` as 🟡): read as the marks they show.
 */
const SHORTCODES: Readonly<Record<string, string>> = {
  white_check_mark: '✅',
  heavy_check_mark: '✔',
  ballot_box_with_check: '☑',
  x: '❌',
  negative_squared_cross_mark: '❎',
  green_circle: '🟢',
  yellow_circle: '🟡',
  orange_circle: '🟠',
  red_circle: '🔴',
};
const SHORTCODE = /:([a-z_]+):/g;
/** Confluence's emoticons for a tick and a cross (`(/)`, `(x)`), as its wiki markup writes them, at a cell's start. */
const CONFLUENCE_MARK = /^\((\/|x)\)(?=\s|$)/i;

/**
 * The text of a row's cell as the readers see it: its line breaks as `\n` (`Cell.withBreaks`: a
 * word on the first line has the lines after it as its note, other values read a break as a
 * space), Handoff's own comments and the tags of inline HTML elements removed, GitHub's emoji
 * shortcodes and Confluence's tick and cross as their marks; undefined when empty.
 */
export function valueText(row: Row, key: string): string | undefined {
  const cell = row.cell(key);
  if (!cell || cell.empty) return undefined;
  let text = cell.withBreaks ?? cell.text;
  if (text.includes(':')) text = text.replace(SHORTCODE, (code, name: string) => SHORTCODES[name] ?? code);
  if (text.charCodeAt(0) === 0x28 /* ( */)
    text = text.replace(CONFLUENCE_MARK, (_, mark: string) => (mark === '/' ? '✔' : '❌'));
  if (!text.includes('<')) return text;
  const stripped = text.replace(HANDOFF_COMMENT, '').replace(INLINE_TAG, '').trim();
  return stripped === '' ? undefined : stripped;
}

/** A cell's value, or undefined when it is empty or unreadable (for views that show what they can). */
export function knownValue<T>(row: Row, key: string, reader: (text: string) => Reading<T>): T | undefined {
  const v = cellValue(row, key, reader);
  return v === UNREADABLE ? undefined : v;
}

/**
 * Reads a table's amounts, each in the unit its column's header names, against the plan's
 * `budget.currency`: the unit of a column is worked out once, not per row.
 */
export function columnAmounts(
  table: Table | undefined,
  currency: string | undefined,
): (row: Row, key: string) => Amount | undefined | Unreadable {
  const readers = new Map<string, (text: string) => Reading<Amount>>();
  return (row, key) => {
    let reader = readers.get(key);
    if (!reader) {
      const unit = columnUnit(table, key);
      reader = (text) => readAmount(text, currency, unit);
      readers.set(key, reader);
    }
    return cellValue(row, key, reader);
  };
}

/** The header cell of a table's column. */
export function columnHeaderCell(table: Table | undefined, key: string): Cell | undefined {
  const i = table ? table.columnKeys.indexOf(key) : -1;
  return i >= 0 ? table!.headers[i] : undefined;
}

/** The header of a table's column, as written. */
export function columnHeader(table: Table | undefined, key: string): string | undefined {
  return columnHeaderCell(table, key)?.text;
}

/** The unit note of a table's column (`Approved (£k)`: thousands of GBP), for the amounts under it. */
export function columnUnit(table: Table | undefined, key: string): AmountUnit | undefined {
  const header = columnHeader(table, key);
  return header ? amountUnitOf(header)?.unit : undefined;
}
