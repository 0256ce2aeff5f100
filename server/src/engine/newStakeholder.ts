/**
 * Whether a person reference nobody matched may be someone to add to the Stakeholders table (the
 * editor's "Add X as a stakeholder"): not when it is a role a stakeholder holds, a team the plan
 * knows, a board, several people, or plainly no person at all — a value of another column (a
 * Response word `Reduce`, a status word, a level, a date). A row added for any of those would be a
 * fake person named after it. (A row whose cells sit under the wrong headers has no finding past
 * its first cell to offer it on: the engine keeps only table-columns' there.)
 */
import { isBoardName } from './domain.js';
import type { Plan } from './model.js';
import { readSeveral, resolveReference } from './references.js';
import { readerFor, VALUE_COLUMNS } from './valueCells.js';
import type { Range } from './types.js';

/** Values any column may hold that no person is: levels, dates, RAG ratings, yes/no. */
const NOT_NAMES = (['level', 'date', 'health', 'met'] as const).map((kind) => readerFor(kind, undefined));

export function mayBeNewStakeholder(plan: Plan, name: string, range: Range): boolean {
  const ref = name.trim();
  if (!/\p{L}/u.test(ref) || isBoardName(ref)) return false;
  // A role one or several hold, a team of the Stakeholders table, someone with a note.
  if (resolveReference(plan, ref, { parties: true }).kind !== 'unresolved') return false;
  // Several names, some of them known (`Sofia Brandt / Nobody`): no one person to add.
  if (readSeveral(plan, ref, { parties: true })) return false;
  const line = range.start.line;
  for (const register of plan.registers) {
    const table = register.table;
    if (!table || line < table.range.start.line || line > table.range.end.line) continue;
    const row = table.rows.find((r) => r.range.start.line <= line && line <= r.range.end.line);
    if (!row) continue;
    // A word of another column of the register that landed in this one (`Reduce`, `Open`).
    const columns = VALUE_COLUMNS[register.kind] ?? {};
    for (const kind of Object.values(columns)) {
      if (typeof kind === 'object' && readerFor(kind, undefined)(ref).ok) return false;
    }
  }
  return !NOT_NAMES.some((read) => read(ref).ok);
}
