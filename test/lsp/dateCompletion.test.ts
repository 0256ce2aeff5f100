/**
 * The dates a date cell is offered (`lsp/dateCompletion.ts`): the row's own dates first, today,
 * and for a planning date the plan's key dates; each date once, under what it is first.
 */
import assert from 'node:assert/strict';
import { parsePlan } from '../../server/src/engine/parse/index.js';
import { dateCandidates } from '../../server/src/lsp/dateCompletion.js';

const plan = parsePlan(
  'x',
  [
    '---',
    'id: TP-1',
    'stage: control',
    'dates:',
    '  start: 2026-04-01',
    '  go_live: 2026-11-02',
    '  close: 2027-01-29',
    '---',
    '## Closure',
    '',
    '### Handovers',
    '',
    '| ID | Process | Receiving owner | Planned | Status | Accepted on |',
    '| --- | --- | --- | --- | --- | --- |',
    '| H-01 | Change Management | S-01 | 9 Nov 2026 | Ready | |',
    '| H-02 | Incident Management | S-01 | TBC | Planned | |',
  ].join('\n'),
);
const rows = plan.rows('handovers');
const shown = (kind: string, key: string, row: (typeof rows)[number] | undefined, asOf?: string) =>
  dateCandidates(plan, kind, key, row, asOf).map((c) => `${c.date} ${c.description}`);

describe('date completion', () => {
  it('has the handover rows to work on', () => assert.equal(rows.length, 2));

  it("offers a handover's acceptance its planned date, read into ISO form, then today", () => {
    assert.deepEqual(shown('handovers', 'acceptedOn', rows[0], '2026-11-09'), [
      '2026-11-09 the planned date',
      // Today is the planned date: offered once, under the first name.
    ]);
    assert.deepEqual(shown('handovers', 'acceptedOn', rows[0], '2026-11-10'), [
      '2026-11-09 the planned date',
      '2026-11-10 today (as-of date), a Tuesday',
    ]);
  });

  it('skips a row date it cannot read', () => {
    assert.deepEqual(shown('handovers', 'acceptedOn', rows[1], '2026-11-10'), [
      '2026-11-10 today (as-of date), a Tuesday',
    ]);
  });

  it("offers a planned date the plan's start, go-live and close, and nothing without an as-of date elsewhere", () => {
    assert.deepEqual(shown('handovers', 'planned', rows[1]), [
      '2026-04-01 the plan’s start (dates.start)',
      '2026-11-02 go-live (dates.go_live)',
      '2027-01-29 the plan’s close (dates.close)',
    ]);
    assert.deepEqual(shown('statusLog', 'date', undefined), []);
  });
});
