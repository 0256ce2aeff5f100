/**
 * `handoff diff` with a required column renamed out of reach (`Status` → `State`) takes that
 * column's values from the side that reads it (`withColumnsUnread`), field by field as diffColumns'
 * FIELDS map lists them. Checked here against the status itself, on every example and
 * practitioner plan: for every required column of every register the diff follows row by row, the
 * status of the plan with that header renamed, once mended, is the status of the plan that reads
 * it. A new row-view field fed by a column fails here until FIELDS lists it, instead of showing in
 * a diff as a change nobody made.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_CONFIG } from '../../server/src/engine/config.js';
import { columnsUnread, unreadColumnsOf, withColumnsUnread } from '../../server/src/engine/diffColumns.js';
import { ROW_LISTS, ROW_REGISTERS } from '../../server/src/engine/diffRegisters.js';
import { parsePlan } from '../../server/src/engine/parse/index.js';
import { planStatus } from '../../server/src/engine/status.js';
import type { Cell } from '../../server/src/engine/model.js';
import type { Range } from '../../server/src/engine/types.js';
import { fixturePath, repoRoot } from '../helpers.js';

const AS_OF = '2026-11-25';
const RENAMED = 'Not read here';

const plans = [path.join(repoRoot, 'examples'), fixturePath('practitioner')].flatMap((dir) =>
  fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.plan.md'))
    .sort()
    .map((f) => ({ name: f, text: fs.readFileSync(path.join(dir, f), 'utf8') })),
);

/** `text` with the text at `range` (on one line) replaced. */
function replaced(text: string, range: Range, by: string): string {
  const lines = text.split('\n');
  const line = lines[range.start.line]!;
  lines[range.start.line] = line.slice(0, range.start.character) + by + line.slice(range.end.character);
  return lines.join('\n');
}

/** A list's rows in ID order. */
const byId = (rows: readonly { readonly id?: string }[]): { readonly id?: string }[] =>
  [...rows].sort((a, b) => (a.id ?? '').localeCompare(b.id ?? ''));

const status = (text: string) => {
  const plan = parsePlan('p.plan.md', text);
  return { plan, status: planStatus(plan, { config: DEFAULT_CONFIG, asOf: AS_OF }) };
};

describe('diff: a required column renamed out of reach is mended field by field (FIELDS)', () => {
  const checked = new Map<string, number>(ROW_LISTS.map((l) => [l, 0]));

  for (const { name, text } of plans) {
    it(name, () => {
      const read = status(text);
      for (const list of ROW_LISTS) {
        const kind = ROW_REGISTERS[list];
        const register = read.plan.registers.find((r) => r.kind === kind);
        const table = register?.table;
        if (!register || !table || table.rows.length === 0) continue;
        for (const column of register.spec.columns) {
          if (!column.required || column.key === 'id') continue;
          const at = table.columnKeys.indexOf(column.key);
          const header: Cell | undefined = table.headers[at];
          if (at < 0 || !header) continue;
          const unread = status(replaced(text, header.range, RENAMED));
          const columns = columnsUnread(unreadColumnsOf(unread.plan), unreadColumnsOf(read.plan));
          assert.deepEqual([...(columns.columns.get(kind) ?? [])], [column.key], `${list}.${column.key}`);
          const mended = withColumnsUnread(unread.status, read.status, columns);
          // The diff follows rows by ID: the order a list is shown in (milestones by date) is no field.
          assert.deepEqual(
            byId(mended[list]),
            byId(read.status[list]),
            `${list}: with "${header.text}" (${column.key}) unread, a row view field differs that FIELDS does not take from the side that reads it`,
          );
          checked.set(list, checked.get(list)! + 1);
        }
      }
    });
  }

  it('checked every register the diff follows row by row, on some plan', () => {
    assert.ok(plans.length > 0);
    for (const [list, n] of checked) assert.ok(n > 0, `no plan has a ${list} table with a required column`);
  });
});
