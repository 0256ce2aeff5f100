import type { Cell, Plan } from '../../server/src/engine/model.js';

/**
 * A cell as plain data (its range is worked out when asked for, so it is asked for here), with
 * its line breaks when it has any.
 */
const cellData = (c: Cell) => ({
  text: c.text,
  range: c.range,
  empty: c.empty,
  ...(c.withBreaks !== undefined && { withBreaks: c.withBreaks }),
});

/** Everything the model exposes that rules read, as plain data. */
export function modelSnapshot(plan: Plan): unknown {
  return {
    title: plan.title,
    headings: plan.headings,
    sections: plan.sections,
    directives: plan.directives,
    registers: plan.registers.map((r) => ({
      kind: r.kind,
      section: r.section,
      heading: r.heading,
      range: r.range,
      endOffset: r.endOffset,
      items: r.items,
      checklists: [...r.checklists.entries()],
      table: r.table && {
        headers: r.table.headers.map(cellData),
        columnKeys: r.table.columnKeys,
        range: r.table.range,
        headerRange: r.table.headerRange,
        rows: r.table.rows.map((row) => ({ cells: row.cells.map(cellData), range: row.range, id: row.id })),
      },
    })),
  };
}
