/**
 * What handover-not-accepted asks for: the acceptance, and its date in Accepted on only where the
 * Handovers table has that column.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { createPlanEngine } from '../../server/src/engine/index.js';
import { fixturePath } from '../helpers.js';

const engine = createPlanEngine();
const file = fixturePath('rules/handover-not-accepted/fires-closure-warning.plan.md');
const text = fs.readFileSync(file, 'utf8');

function messages(t: string): string[] {
  return engine
    .lintDocument(file, t, { asOf: '2026-10-01', matchesGlob: true })
    .findings.filter((f) => f.rule === 'handover-not-accepted')
    .map((f) => f.message);
}

describe('handover-not-accepted', () => {
  it('asks for Accepted on where the table has it', () => {
    const all = messages(text);
    assert.equal(all.length, 2);
    for (const m of all) assert.match(m, /then set Status to Accepted and fill in Accepted on\.$/);
  });

  it('asks for no column the table lacks', () => {
    // The table without its Accepted on column: every line loses its last cell.
    const lines = text.split('\n');
    const header = lines.findIndex((l) => l.startsWith('| ID | Process | Receiving owner |'));
    assert.ok(header > 0 && lines[header]!.endsWith(' Accepted on |'));
    for (let i = header; lines[i]!.startsWith('|'); i++) lines[i] = lines[i]!.replace(/ [^|]*\|$/, '');
    const all = messages(lines.join('\n'));
    assert.equal(all.length, 2);
    for (const m of all) {
      assert.match(m, /then set Status to Accepted\.$/);
      assert.doesNotMatch(m, /Accepted on/);
    }
  });
});
