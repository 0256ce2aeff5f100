/**
 * A Resource consumption table whose amount columns disagree on their unit: `Approved (£k)` in
 * thousands beside `Actuals` and `EAC` with no unit, their amounts written alike (300 beside 310).
 * The bare columns are read as written, a thousand times smaller, and a 13 % overrun passes
 * unseen: said on each bare header, with the fix (offered, not preferred) that gives it the note.
 */
import type { Cell, Register, Row, Table } from '../model.js';
import type { RuleContext } from '../rule.js';
import { formatAmount } from '../control.js';
import {
  amountUnitOf,
  columnAmounts,
  columnHeaderCell,
  UNREADABLE,
  type Amount,
  type AmountUnit,
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
  checkTaxBases(ctx, register, columns);
  const scaled = columns.find((c) => c.noted && c.noted.unit.scale !== 1);
  if (!scaled) return;
  const scale = scaled.noted!.unit.scale;
  // Currency is not the question here: amounts in another one are unreadable-value's.
  const amount = columnAmounts(table, undefined);
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
 * One amount column before sales tax and another with it (`Approved (£k ex VAT)` beside `Forecast
 * (£k inc VAT)`, `Approved (k€ HT)` beside `Forecast (k€ TTC)`): compared as written, the tax
 * reads as a variance. Said on the first column whose basis differs from the first one's.
 */
function checkTaxBases(
  ctx: RuleContext,
  register: Register,
  columns: readonly { header: Cell; noted: { unit: AmountUnit } | undefined }[],
): void {
  const based = columns.filter((c) => c.noted?.unit.taxBasis !== undefined);
  const first = based[0];
  const other = based.find((c) => c.noted!.unit.taxBasis !== first?.noted!.unit.taxBasis);
  if (!first || !other) return;
  const said = (c: typeof first): string =>
    `${c.noted!.unit.taxBasis === 'net' ? 'before tax' : 'with tax'} (${c.noted!.unit.taxWritten!})`;
  ctx.report({
    range: other.header.range,
    target: register.kind,
    severity: 'warning',
    message: `"${other.header.text}" is ${said(other)}, but "${first.header.text}" is ${said(first)}: the budget checks compare them as written, so the tax reads as a variance. Write every amount column on one basis.`,
  });
}
