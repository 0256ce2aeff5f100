/**
 * A Resource consumption table whose amount columns disagree on their unit: `Approved (£k)` in
 * thousands beside `Actuals` and `EAC` with no unit, their amounts written alike (300 beside 310).
 * The bare columns are read as written, a thousand times smaller, and a 13 % overrun passes
 * unseen: said on each bare header, with the fix (offered, not preferred) that gives it the note.
 */
import type { Register } from '../model.js';
import type { RuleContext } from '../rule.js';
import { formatAmount } from '../control.js';
import { amountUnitOf, columnHeaderCell, readAmount, type AmountUnit } from '../values.js';
import { replace } from './util.js';

const AMOUNT_COLUMNS = ['approved', 'actual', 'forecast'] as const;

/** The median of the amounts in a column as read (`unit`: its header's note, applied to a bare number). */
function readMedian(register: Register, key: string, unit?: AmountUnit): number | undefined {
  const values: number[] = [];
  for (const row of register.table?.rows ?? []) {
    const text = row.value(key);
    const r = text === undefined ? undefined : readAmount(text, undefined, unit);
    if (r?.ok && r.value.value > 0) values.push(r.value.value);
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
  const scaled = columns.find((c) => c.noted && c.noted.unit.scale !== 1);
  if (!scaled) return;
  const scale = scaled.noted!.unit.scale;
  const scaledMedian = readMedian(register, scaled.key, scaled.noted!.unit);
  if (scaledMedian === undefined) return;
  const note = scaled.header.text.slice(scaled.noted!.name.length).trim();
  const unit = note.replace(/^[([]\s*|\s*[)\]]$/g, '');
  for (const bare of columns) {
    if (bare.noted) continue;
    const median = readMedian(register, bare.key);
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
