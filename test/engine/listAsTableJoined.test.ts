/**
 * Assumptions and constraints written as two bullet lists under their own headings, as a PID
 * draft has them (`### Assumptions`, then `### Constraints`): the finding counts both lists'
 * items, and its fix writes both as the register's table, each where it stands, the Type of
 * each row from the heading it stands under, IDs running on, so that no item is left unread.
 */
import assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../../server/src/engine/config.js';
import { applyEdits } from '../../server/src/engine/fix.js';
import { createPlanEngine } from '../../server/src/engine/index.js';
import { initiationHead } from './planText.js';

const engine = createPlanEngine();

function plan(body: string[]): string {
  return [
    ...initiationHead({ id: 'TP-2027-406', title: 'Visitor management', service: 'Visitor Management', type: 'new' }),
    '## 1. Project Initiation',
    ...body,
    '### 1.6 Resources',
    '',
    '| ID | Resource |',
    '| --- | --- |',
    '| RS-01 | Project manager |',
    '',
  ].join('\n');
}

const LISTS = [
  '### 1.4 Assumptions',
  '',
  '- Funding is confirmed for FY 2026/27',
  '- A-07: Each site provides a tablet',
  '',
  '### 1.5 Constraints',
  '',
  '- Visitor data stays in the UK',
  '',
];

function lint(text: string) {
  return engine.lintDocument('a.plan.md', text, { config: DEFAULT_CONFIG, asOf: '2027-01-20', withFixes: true });
}

describe('assumptions and constraints as lists under two headings', () => {
  it("writes both lists as the register's table, Type from each heading, and leaves none unread", () => {
    const text = plan(LISTS);
    const finding = lint(text).findings.find((f) => f.rule === 'missing-assumptions-constraints');
    assert.ok(finding);
    assert.match(finding.message, /written as a list of 3 items/);
    const fix = finding.fixes?.[0];
    assert.ok(fix);
    assert.equal(
      fix.title,
      'Write the 3 items as the Assumptions and constraints table (each under Statement, Type from its heading, the other columns to fill in)',
    );
    const fixed = applyEdits(text, fix.edits);
    assert.equal(
      fixed,
      plan([
        '### 1.4 Assumptions',
        '',
        '| ID | Type | Statement |',
        '| --- | --- | --- |',
        '| A-08 | Assumption | Funding is confirmed for FY 2026/27 |',
        '| A-07 | Assumption | Each site provides a tablet |',
        '',
        '### 1.5 Constraints',
        '',
        '| ID | Type | Statement |',
        '| --- | --- | --- |',
        '| A-09 | Constraint | Visitor data stays in the UK |',
        '',
      ]),
    );
    const after = lint(fixed);
    assert.deepEqual(
      after.findings.filter((f) => f.rule === 'missing-assumptions-constraints' || f.rule === 'table-columns'),
      [],
    );
    assert.equal(after.plan?.register('assumptions')?.table?.rows.length, 3);
  });

  it('leaves Type to fill in under a heading that names both kinds', () => {
    const text = plan(['### Assumptions and constraints', '', '- Funding is confirmed', '']);
    const fix = lint(text).findings.find((f) => f.rule === 'missing-assumptions-constraints')?.fixes?.[0];
    assert.ok(fix);
    assert.match(applyEdits(text, fix.edits), /\| A-01 \| \| Funding is confirmed \|/);
  });
});
