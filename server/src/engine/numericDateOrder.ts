/**
 * The day/month order a plan's own numeric dates show. `03/04/2026` reads differently across
 * locales, and the contract reports it rather than guess; but a plan that also writes
 * `24/06/2026` (only a date day first) and nowhere a date that is only one month first writes the
 * day first, as a reader of the plan would conclude. Suggestions and fixes use that order; the
 * value stays unread until it is rewritten.
 */
import type { Cell, Plan, Row } from './model.js';
import { REGISTER_BY_KIND, type RegisterKind } from './schema.js';
import type { Fix, IsoDate } from './types.js';
import { unreadableCells } from './valueCells.js';
import { columnHeader, dateFormatOrder, readDate, type DateOrder, type Reading } from './values.js';

export type { DateOrder };

/** A cell holding a numeric date that was not read (`dayFirst`, `monthFirst`: its readings). */
export interface NumericDateCell {
  readonly register: RegisterKind;
  readonly row: Row;
  readonly cell: Cell;
  readonly suggestion: string | undefined;
  readonly dayFirst: IsoDate | undefined;
  readonly monthFirst: IsoDate | undefined;
  /** The header of its column, when a date format after it gives the order (`Baseline (dd/mm/yyyy)`). */
  readonly formatHeader?: { readonly text: string; readonly order: DateOrder };
}

export interface PlanDateOrder {
  readonly order: DateOrder;
  /** A cell that can only be read in that order: the evidence a message cites. */
  readonly evidence: NumericDateCell;
}

/**
 * The plan's unread numeric dates: the date cells `unreadable-value` reports, and the Waivers'
 * Expires cells (`waiver-invalid` reads and reports those).
 */
export function numericDateCells(plan: Plan): NumericDateCell[] {
  const out: NumericDateCell[] = [];
  // Only a date reading has day-first and month-first readings: other cells are never taken.
  const add = (register: RegisterKind, column: string, row: Row, cell: Cell, reading: Reading<unknown>): void => {
    if (reading.ok || (!reading.dayFirst && !reading.monthFirst)) return;
    const { suggestion, dayFirst, monthFirst } = reading;
    const header = columnHeader(plan.register(register)?.table, column);
    const order = header === undefined ? undefined : dateFormatOrder(header);
    const formatHeader = header !== undefined && order ? { text: header, order } : undefined;
    out.push({ register, row, cell, suggestion, dayFirst, monthFirst, ...(formatHeader && { formatHeader }) });
  };
  for (const u of unreadableCells(plan)) add(u.register, u.column, u.row, u.cell, u.reading);
  for (const row of plan.rows('waivers')) {
    const cell = row.cell('expires');
    const text = row.value('expires');
    if (cell && text !== undefined) add('waivers', 'expires', row, cell, readDate(text));
  }
  return out;
}

/** The order of the plan's numeric dates, when the ones that have only one reading agree. */
export function numericDateOrder(cells: readonly NumericDateCell[]): PlanDateOrder | undefined {
  let day: NumericDateCell | undefined;
  let month: NumericDateCell | undefined;
  for (const cell of cells) {
    if (cell.dayFirst && !cell.monthFirst) day ??= cell;
    else if (cell.monthFirst && !cell.dayFirst) month ??= cell;
  }
  if (day && !month) return { order: 'day', evidence: day };
  if (month && !day) return { order: 'month', evidence: month };
  return undefined;
}

/**
 * What a numeric date is rewritten as: its only reading, else its reading in the order its
 * column's header gives, else in the plan's order.
 */
export function isoReading(cell: NumericDateCell, order: PlanDateOrder | undefined): string | undefined {
  if (cell.suggestion) return cell.suggestion;
  const by = cell.formatHeader?.order ?? order?.order;
  if (!by) return undefined;
  return by === 'day' ? cell.dayFirst : cell.monthFirst;
}

/** `M-01`, or `Status log row 2` for a row without an ID (rules/util.ts `rowLabel` says `row 2`). */
export function registerRowLabel(register: RegisterKind, row: Row): string {
  return row.id ?? `${REGISTER_BY_KIND.get(register)?.title ?? register} row ${row.index + 1}`;
}

/**
 * The fixes writing what a cell that is no date as written reads as, for unreadable-value's
 * dates and a waiver's Expires alike: `Write 2026-11-28` for its only reading (preferred unless
 * it is a typo's guess), safe for `--fix` when it is a numeric date only one order makes a real
 * day and no numeric date of the plan reads two ways (rewriting it would take away the evidence
 * of the plan's order the others are read by, and leave the plan half in one form and half in
 * the other); then `Write …` for each of its other readings (a week's Monday or Friday, a
 * range's first or last day), none preferred. Worked out once per plan.
 */
export function readingFixes(plan: Plan): (cell: Cell, reading: Reading<unknown>) => Fix[] {
  let readsTwoWays: boolean | undefined;
  const twoWays = (): boolean =>
    (readsTwoWays ??= numericDateCells(plan).some((c) => c.dayFirst && c.monthFirst && !c.formatHeader));
  return (cell, reading) => {
    if (reading.ok) return [];
    const fixes: Fix[] = [];
    if (reading.suggestion) {
      const oneReading = (reading.dayFirst === undefined) !== (reading.monthFirst === undefined);
      fixes.push({
        title: `Write ${reading.suggestion}`,
        edits: [{ range: cell.range, newText: reading.suggestion }],
        // A typo's word is a guess the author confirms; a date's one reading is not.
        isPreferred: !reading.typo,
        ...(oneReading && !twoWays() ? { safe: true } : {}),
      });
    }
    (reading.choices ?? []).forEach((choice, i) => {
      const said = reading.choiceNotes?.[i];
      fixes.push({
        title: `Write ${choice}${said ? ` (${said})` : ''}`,
        edits: [{ range: cell.range, newText: choice }],
      });
    });
    return fixes;
  };
}

/**
 * The fixes of a numeric date cell beyond its only reading (which the reporting rule offers
 * itself): for a date that reads both ways, its reading in the plan's order (offered, not
 * preferred); and one fix writing every numeric date Handoff reads as ISO. Worked out once per plan.
 */
export function numericDateFixes(plan: Plan): (cell: Cell) => Fix[] {
  const dates = numericDateCells(plan);
  if (dates.length === 0) return () => [];
  const order = numericDateOrder(dates);
  const byCell = new Map(dates.map((d) => [d.cell, d]));
  const rewrites = dates.flatMap((d) => {
    const to = isoReading(d, order);
    return to ? [{ range: d.cell.range, newText: to }] : [];
  });
  const all: Fix | undefined =
    rewrites.length > 1
      ? {
          title: `Write the ${rewrites.length} numeric dates Handoff checks as ISO dates${howRead(dates, order)}`,
          edits: rewrites,
        }
      : undefined;
  return (cell) => {
    const date = byCell.get(cell);
    const to = date && isoReading(date, order);
    if (!date || !to) return [];
    const fixes: Fix[] = [];
    const { formatHeader } = date;
    if (!date.suggestion && formatHeader) {
      // The column says how its dates are written: as good as a date with one reading.
      fixes.push({
        title: `Write ${to} (${formatHeader.order} first, as the header "${formatHeader.text}" says)`,
        edits: [{ range: cell.range, newText: to }],
        isPreferred: true,
      });
    } else if (!date.suggestion && order) {
      const { evidence } = order;
      fixes.push({
        title: `Write ${to} (${order.order} first, like "${evidence.cell.text}" in ${registerRowLabel(evidence.register, evidence.row)})`,
        edits: [{ range: cell.range, newText: to }],
      });
    }
    if (all) fixes.push(all);
    return fixes;
  };
}

/** How "Write the N numeric dates" reads the dates with two readings: by their headers' formats, the plan's order, or both. */
function howRead(dates: readonly NumericDateCell[], order: PlanDateOrder | undefined): string {
  const headed = dates.some((d) => !d.suggestion && d.formatHeader && d.formatHeader.order !== order?.order);
  if (headed && order)
    return ` (in the order their column's header gives, else ${order.order} first, as this plan writes them)`;
  if (headed) return " (in the order their column's header gives)";
  return order ? ` (${order.order} first, as this plan writes them)` : '';
}
