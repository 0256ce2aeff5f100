/**
 * More values as US status reports and readiness checklists write them: a Met of `Pass` / `Fail`
 * (a criterion checked by a test), an amount with both its symbol and its code (`$85K USD`, one
 * currency; `$85K EUR` says two and is not read), and a Status log whose health column is headed
 * `Overall Status`, its risks `Risks / Issues` and its decisions `Decisions Required`.
 */
import assert from 'node:assert/strict';
import { readAmount, readMet } from '../../server/src/engine/values.js';
import { AS_OF, edit, engine, PAYROLL } from './diffSides.js';

describe('US status values', () => {
  it('reads Pass and Fail as a Met, with a note too', () => {
    assert.deepEqual(
      ['Pass', 'Passed', 'Fail', 'Failed', 'Pass (UAT cycle 3)']
        .map((t) => readMet(t))
        .map((r) => (r.ok ? r.value : 'unread')),
      ['yes', 'yes', 'no', 'no', 'yes'],
    );
  });

  it('reads an amount written with its symbol and its code, when they name one currency', () => {
    const both = readAmount('$85K USD', 'USD');
    assert.ok(both.ok);
    assert.deepEqual(both.value, { value: 85000, currency: 'USD' });
    assert.equal(readAmount('$85K EUR', 'USD').ok, false);
    const pound = readAmount('£85k GBP', 'USD');
    assert.ok(!pound.ok);
    assert.match(pound.problem ?? '', /in GBP/);
  });

  it('reads a Status log health column headed Overall Status', () => {
    const header = '| Date | Health |';
    const text = edit(PAYROLL, header, '| Date | Overall Status |');
    const result = engine.lintDocument('payroll-cloud.plan.md', text, { asOf: AS_OF, matchesGlob: true });
    assert.ok(result.plan);
    assert.deepEqual(
      result.findings.filter((f) => f.rule === 'table-columns').map((f) => f.message),
      [],
    );
    assert.equal(engine.status(result.plan, { asOf: AS_OF }).latestStatus?.health, 'green');
  });

  it('reads a Status log whose risks column is headed Risks / Issues and its decisions Decisions Required', () => {
    const header = '| Date | Health | Summary | Risks and challenges | Decisions needed |';
    const base = edit(
      PAYROLL,
      '| R-01 stays high until run 2 reconciles | - |',
      '| R-01 stays high until run 2 reconciles | Approve a third parallel run |',
    );
    const text = edit(base, header, '| Date | Health | Summary | Risks / Issues | Decisions Required |');
    const result = engine.lintDocument('payroll-cloud.plan.md', text, { asOf: AS_OF, matchesGlob: true });
    assert.ok(result.plan);
    const before = engine.status(engine.lintDocument('payroll-cloud.plan.md', base, { asOf: AS_OF }).plan!, {
      asOf: AS_OF,
    }).latestStatus;
    const latest = engine.status(result.plan, { asOf: AS_OF }).latestStatus;
    assert.ok(before?.risks && before.decisions, 'the example reports both');
    assert.equal(latest?.risks, before.risks);
    assert.equal(latest?.decisions, before.decisions);
  });
});
