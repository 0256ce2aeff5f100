/**
 * "Disable RULE on this row" (contract 1.1 §4): `<!-- handoff-disable-line RULE -->` after the
 * row's last cell silences exactly that row, and GitHub's rendering of the table is unchanged.
 */
import assert from 'node:assert/strict';
import { micromark } from 'micromark';
import { gfmTable, gfmTableHtml } from 'micromark-extension-gfm-table';
import { applyEdits } from '../../server/src/engine/fix.js';
import { createPlanEngine } from '../../server/src/engine/index.js';
import { disableEdits } from '../../server/src/lsp/codeActions.js';

const engine = createPlanEngine();

const PLAN = `---
schema: transition-plan/1
id: TP-1
title: T
service: S
transition_type: change
stage: initiation
sponsor: S-01
service_owner: S-01
project_manager: S-01
---
# T

## Project Initiation

### Stakeholders

| ID | Name | Role |
| --- | --- | --- |
| S-01 | Ana Ng | Sponsor |

### Risks

| ID | Risk | Likelihood | Impact | Owner | Mitigation | Status |
| --- | --- | --- | --- | --- | --- | --- |
| R-01 | Vendor late | 2 | 3 | - | Weekly call | Open |
| R-02 | Data loss | 2 | 4 | - | Trial loads | Open
`;

const render = (text: string) => micromark(text, { extensions: [gfmTable()], htmlExtensions: [gfmTableHtml()] });
const owners = (text: string) =>
  engine
    .lintDocument('x.plan.md', text, { asOf: '2026-06-01' })
    .findings.filter((f) => f.rule === 'risk-without-owner')
    .map((f) => f.range.start.line + 1);

describe('disable a rule on one table row', () => {
  it('appends the comment after the last cell and silences only that row', () => {
    assert.deepEqual(owners(PLAN), [26, 27]);
    const plan = engine.parse('x.plan.md', PLAN);
    const fix = disableEdits(plan, 25, 'risk-without-owner')!;
    assert.equal(fix.title, 'Disable risk-without-owner on this row');
    const after = applyEdits(PLAN, fix.edits);
    assert.match(after, /\| Open \| <!-- handoff-disable-line risk-without-owner -->\n/);
    assert.deepEqual(owners(after), [27]);
    // A new row with the same defect is still reported.
    const added = after.replace('| R-02 |', '| R-03 | Key staff leave | 2 | 2 | - | Rota | Open |\n| R-02 |');
    assert.deepEqual(owners(added), [27, 28]);
  });

  it('gives a row without a closing pipe one, so the comment is a cell of its own', () => {
    const plan = engine.parse('x.plan.md', PLAN);
    const after = applyEdits(PLAN, disableEdits(plan, 26, 'risk-without-owner')!.edits);
    assert.match(after, /\| Open \| <!-- handoff-disable-line risk-without-owner -->\n$/);
    assert.deepEqual(owners(after), [26]);
  });

  it('leaves the rendered table unchanged', () => {
    const plan = engine.parse('x.plan.md', PLAN);
    let after = applyEdits(PLAN, disableEdits(plan, 25, 'risk-without-owner')!.edits);
    after = applyEdits(after, disableEdits(engine.parse('x.plan.md', after), 26, 'risk-without-owner')!.edits);
    assert.equal(owners(after).length, 0);
    assert.equal(render(after), render(PLAN));
    assert.match(render(PLAN), /<td>R-02<\/td>/);
  });

  it('puts the comment above a table when the finding is on its header line', () => {
    const plan = engine.parse('x.plan.md', PLAN);
    const fix = disableEdits(plan, 23, 'table-columns')!;
    assert.equal(fix.title, 'Disable table-columns for this line');
    const after = applyEdits(PLAN, fix.edits);
    assert.match(after, /<!-- handoff-disable-next-line table-columns -->\n\| ID \| Risk \|/);
    assert.equal(engine.parse('x.plan.md', after).register('risks')!.table!.rows.length, 2);
  });
});

describe('no disable comment for a breach of tolerance', () => {
  it('is offered for schedule-slip and cost-overrun: the board accepts those', () => {
    const plan = engine.parse('x.plan.md', PLAN);
    const row = PLAN.split('\n').findIndex((l) => l.startsWith('| R-01 '));
    for (const rule of ['schedule-slip', 'cost-overrun']) assert.equal(disableEdits(plan, row, rule), undefined, rule);
    assert.equal(disableEdits(plan, row, 'risk-without-owner')?.title, 'Disable risk-without-owner on this row');
  });
});
