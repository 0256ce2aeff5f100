import type { Plan } from '../../server/src/engine/model.js';

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
        headers: r.table.headers,
        columnKeys: r.table.columnKeys,
        range: r.table.range,
        headerRange: r.table.headerRange,
        rows: r.table.rows.map((row) => ({ cells: row.cells, range: row.range, id: row.id })),
      },
    })),
  };
}
