/**
 * Register rows whose cells may sit under the wrong headers: more cells than the header with text
 * past it (a `|` typed in a cell splits it; a comment after the last cell is no cell), or fewer
 * cells than the header with a value its column cannot read or without a column the register
 * needs (a cell a converter dropped moves every later one a column back). A row short only of
 * optional empty last cells, as GFM allows, reads well and is none of these. `table-columns`
 * reports them; the engine takes safety and preference from every fix that edits one.
 */
import type { Cell, Plan, Register, Row } from './model.js';
import { perPlan } from './perPlan.js';
import { unreadableCells } from './valueCells.js';

interface Shifted {
  readonly register: Register;
  readonly row: Row;
  /** The header's cells. */
  readonly width: number;
}

export type ShiftedRow =
  | (Shifted & { readonly kind: 'long'; readonly past: readonly Cell[]; readonly written: readonly Cell[] })
  | (Shifted & { readonly kind: 'short'; readonly cells: number });

export const shiftedRows: (plan: Plan) => readonly ShiftedRow[] = perPlan(findShiftedRows);

function findShiftedRows(plan: Plan): ShiftedRow[] {
  let unreadable: Set<Row> | undefined;
  const out: ShiftedRow[] = [];
  for (const register of plan.registers) {
    const table = register.table;
    if (!table) continue;
    const width = table.headers.length;
    const required = new Set(register.spec.columns.filter((c) => c.required).map((c) => c.key));
    for (const row of table.rows) {
      if (row.cells.length > width) {
        const past = row.cells.slice(width);
        const written = past.filter((c) => c.text.replace(/<!--[\s\S]*?-->/g, '').trim() !== '');
        if (written.length > 0) out.push({ kind: 'long', register, row, width, past, written });
        continue;
      }
      // As written: the model gives a short row the header's cells, empty.
      const cells = row.written;
      if (cells >= width) continue;
      // Short of a column the register needs, or with a value its column cannot read.
      const needed = table.columnKeys.slice(cells).some((key) => key !== undefined && required.has(key));
      unreadable ??= new Set(unreadableCells(plan).map((c) => c.row));
      if (needed || unreadable.has(row)) out.push({ kind: 'short', register, row, width, cells });
    }
  }
  return out;
}

/**
 * Where the cells of the shifted rows may hold another column's value: per line, the character
 * after the row's first cell (its ID, which a missing `|` rarely moves). What a rule reads there
 * is noise once table-columns has said the row is off: the engine keeps only that finding.
 */
export const shiftedCellsFrom: (plan: Plan) => ReadonlyMap<number, number> = perPlan((plan) => {
  const out = new Map<number, number>();
  for (const { row } of shiftedRows(plan)) {
    const first = row.cells[0];
    out.set(row.range.start.line, first ? first.range.end.character : 0);
  }
  return out;
});
