/**
 * A Resource consumption table whose amount columns disagree on their unit: `Approved (£k)` in
 * thousands beside `Actuals` and `EAC` with no unit, their amounts written alike (300 beside 310).
 * The bare columns are read as written, a thousand times smaller, and a 13 % overrun passes
 * unseen: said on each bare header, with the fix (offered, not preferred) that gives it the note.
 */
import type { Cell, Register, Row, Table } from '../model.js';
import type { Range } from '../types.js';
import type { RuleContext } from '../rule.js';
import { formatAmount } from '../control.js';
import {
  amountUnitOf,
  columnAmounts,
  columnHeaderCell,
  UNREADABLE,
  type Amount,
  type AmountUnit,
  type TaxBasis,
  type Unreadable,
} from '../values.js';
import { AMOUNT_COLUMNS } from '../unreadAmounts.js';
import { replace } from './util.js';

/** The median of a column's amounts as read, each in the unit its header names (`columnAmounts`). */
function readMedian(
  table: Table,
  amount: (row: Row, key: string) => Amount | undefined | Unreadable,
  key: string,
): number | undefined {
  const values: number[] = [];
  for (const row of table.rows) {
    const a = amount(row, key);
    if (a !== undefined && a !== UNREADABLE && a.value > 0) values.push(a.value);
  }
  values.sort((a, b) => a - b);
  return values.length ? values[Math.floor(values.length / 2)] : undefined;
}

export function checkAmountUnits(ctx: RuleContext, register: Register): void {
  if (register.kind !== 'resourceConsumption' || !register.table) return;
  const table = register.table;
  const columns = AMOUNT_COLUMNS.flatMap((key) => {
    const header = columnHeaderCell(table, key);
    return header ? [{ key, header, noted: amountUnitOf(header.text) }] : [];
  });
  // Currency is not the question here: amounts in another one are unreadable-value's.
  const amount = columnAmounts(table, undefined);
  checkTaxBases(ctx, register, table, columns, amount);
  const scaled = columns.find((c) => c.noted && c.noted.unit.scale !== 1);
  if (!scaled) return;
  const scale = scaled.noted!.unit.scale;
  const scaledMedian = readMedian(table, amount, scaled.key);
  if (scaledMedian === undefined) return;
  const note = scaled.header.text.slice(scaled.noted!.name.length).trim();
  const unit = note.replace(/^[([]\s*|\s*[)\]]$/g, '');
  for (const bare of columns) {
    if (bare.noted) continue;
    const median = readMedian(table, amount, bare.key);
    // Written alike: read `scale` times smaller than the scaled column's, give or take a factor of
    // ten (a bare column in the unit the plan means would be read about as large).
    if (median === undefined || median * scale > scaledMedian * 10 || median * scale < scaledMedian / 10) continue;
    const times = formatAmount(scale);
    ctx.report({
      range: bare.header.range,
      target: register.kind,
      severity: 'warning',
      message: `"${bare.header.text}" has no unit, but "${scaled.header.text}" is in ${unit} and their amounts are written alike (${formatAmount(median)} beside ${formatAmount(scaledMedian / scale)}): as it is, "${bare.header.text}" is read ${times} times smaller, and the budget checks with it. If it is in ${unit} too, say so in its header.`,
      fixes: [
        {
          title: `Write the header "${bare.header.text} ${note}"`,
          edits: [replace(bare.header.range, `${bare.header.text} ${note}`)],
          isPreferred: false,
        },
      ],
    });
  }
}

/**
 * Amounts before sales tax and with it, compared as written, so the tax reads as a variance: one
 * amount column before tax and another with it (`Approved (£k ex VAT)` beside `Forecast (£k inc
 * VAT)`, `Approved (k€ HT)` beside `Forecast (k€ TTC)`), said on the first column whose basis
 * differs from the first one's; and within a column, a cell that says the other basis than its
 * header, or than the column's first cell that says one (`£120k + VAT` above `£40k inc VAT`), said
 * on that cell. A column's basis is its header's, else the one its cells say.
 */
function checkTaxBases(
  ctx: RuleContext,
  register: Register,
  table: Table,
  columns: readonly { key: string; header: Cell; noted: { unit: AmountUnit } | undefined }[],
  amount: (row: Row, key: string) => Amount | undefined | Unreadable,
): void {
  const said = (b: TaxBasis): string => `${b.taxBasis === 'net' ? 'before tax' : 'with tax'} (${b.taxWritten})`;
  const report = (range: Range, message: string): void =>
    ctx.report({ range, target: register.kind, severity: 'warning', message });
  const bases: { header: Cell; source: Cell; basis: TaxBasis }[] = [];
  for (const column of columns) {
    const { taxBasis, taxWritten } = column.noted?.unit ?? {};
    let own = taxBasis ? { source: column.header, basis: { taxBasis, taxWritten: taxWritten! } } : undefined;
    let mixed = false;
    for (const row of table.rows) {
      const a = amount(row, column.key);
      if (a === undefined || a === UNREADABLE || a.taxBasis === undefined) continue;
      const cell = row.cell(column.key)!;
      const basis = { taxBasis: a.taxBasis, taxWritten: a.taxWritten! };
      if (!own) own = { source: cell, basis };
      else if (basis.taxBasis !== own.basis.taxBasis && !mixed) {
        mixed = true;
        const against =
          own.source === column.header ? `its column "${column.header.text}"` : `"${own.source.text}" above it`;
        report(
          cell.range,
          `"${cell.text}" is ${said(basis)}, but ${against} is ${said(own.basis)}: the budget checks sum them as written, so the tax reads as a variance. Write the column's amounts on one basis.`,
        );
      }
    }
    if (own) bases.push({ header: column.header, ...own });
  }
  const first = bases[0];
  const other = bases.find((b) => b.basis.taxBasis !== first?.basis.taxBasis);
  if (!first || !other) return;
  const saidOf = (b: (typeof bases)[number]): string =>
    `"${b.header.text}" is ${said(b.basis)}${b.source === b.header ? '' : ' in its amounts'}`;
  report(
    other.header.range,
    `${saidOf(other)}, but ${saidOf(first)}: the budget checks compare them as written, so the tax reads as a variance. Write every amount column on one basis.`,
  );
}
