/**
 * What the status says of decisions, the go decision, a budget beyond tolerance and a handover's
 * status, on practitioners' plans, for the report to tell a sponsor: a Decision's Date that cannot
 * be read as written (not lost), the approved No-go that holds go-live or a Go dated after the
 * as-of date (as the go-live-readiness finding names them), the approved Exception that covers an
 * overspend, and a handover Status that cannot be read.
 */
import assert from 'node:assert/strict';
import { DEFAULT_CONFIG, parseConfig } from '../../server/src/engine/config.js';
import { createPlanEngine } from '../../server/src/engine/index.js';
import type { PlanStatus } from '../../server/src/engine/status.js';
import { readExpectations, readFixture } from '../helpers.js';

const engine = createPlanEngine();

/** A practitioner plan's status as of `asOf` (its own as-of date by default), with its configuration. */
function statusOf(name: string, asOf?: string, edit: (text: string) => string = (t) => t): PlanStatus {
  const text = edit(readFixture('practitioner', name));
  const spec = readExpectations(text);
  const parsed = spec.config ? parseConfig(spec.config, engine.rules) : undefined;
  return engine.status(engine.parse(`file:///${name}`, text), {
    asOf: asOf ?? spec.asOf,
    config: parsed?.config ?? DEFAULT_CONFIG,
  });
}

/** `text` with `from` replaced by `to`, `from` checked to be there once. */
const replaced = (from: string, to: string) => (text: string) => {
  assert.equal(text.split(from).length, 2, from);
  return text.replace(from, to);
};

describe('the status of decisions, the go decision, the budget and handovers', () => {
  it('keeps a Decision Date that cannot be read as written', () => {
    const s = statusOf('us-datacenter-move-control.plan.md');
    assert.deepEqual(
      s.decisions.map((d) => `${d.id} ${d.date ?? '-'} ${d.dateWritten ?? '-'}`),
      ['D-01 - 05/12/2026', 'D-02 - 06/22/2026', 'D-03 2026-12-17 -', 'D-04 2027-01-14 -'],
    );
  });

  it('names a Go dated after the as-of date, not yet taken, and none once it is', () => {
    const before = statusOf('itil4-new-service-closure.plan.md', '2027-01-20').readiness;
    assert.equal(before.goDecision, undefined);
    assert.deepEqual(before.goDecisionDatedAfter, { id: 'D-02', date: '2027-01-28' });
    assert.equal(before.noGoDecision, undefined);
    const after = statusOf('itil4-new-service-closure.plan.md', '2027-03-22').readiness;
    assert.equal(after.goDecision, 'D-02');
    assert.equal(after.goDecisionDatedAfter, undefined);
  });

  it('names the approved No-go that holds go-live', () => {
    const s = statusOf(
      'us-datacenter-move-control.plan.md',
      '2027-01-20',
      replaced(
        '| D-04 | Go/No-Go for the Wave 3 cutover | Go/No-Go | Karen Whitfield | Jan 14, 2027 | Pending | - |',
        '| D-04 | No-go: Wave 3 cutover postponed until DR is validated | Go/No-Go | Karen Whitfield | Jan 14, 2027 | Approved | - |',
      ),
    ).readiness;
    assert.equal(s.goDecision, undefined);
    assert.equal(s.noGoDecision, 'D-04');
    assert.equal(s.goDecisionDatedAfter, undefined);
    // Pending, it is neither.
    const pending = statusOf('us-datacenter-move-control.plan.md', '2027-01-20').readiness;
    assert.equal(pending.noGoDecision, undefined);
    assert.equal(pending.goDecisionDatedAfter, undefined);
  });

  it('names the approved Exception that covers a forecast beyond tolerance, and none within it', () => {
    assert.equal(statusOf('insourcing-closure.plan.md').budget.exception, 'D-02');
    assert.equal(statusOf('service-desk-outsourcing.plan.md').budget.exception, 'D-02');
    // Within tolerance: nothing to cover.
    assert.equal(statusOf('us-datacenter-move-control.plan.md').budget.exception, undefined);
    // Beyond it with no Exception: none.
    const uncovered = statusOf(
      'service-desk-outsourcing.plan.md',
      undefined,
      replaced(
        '| Exception report | Fiona Mackay (Sponsor) | 13 Nov 2026 | Approved |',
        '| Exception report | Fiona Mackay (Sponsor) | 13 Nov 2026 | Proposed |',
      ),
    ).budget;
    assert.ok(uncovered.variancePct! > uncovered.tolerancePct);
    assert.equal(uncovered.exception, undefined);
  });

  it('says when a handover Status cannot be read', () => {
    const s = statusOf('itil4-new-service-closure.plan.md');
    const h07 = s.handovers.find((h) => h.id === 'H-07')!;
    assert.equal(h07.statusRead, false);
    assert.equal(h07.status, 'Accepted – 38 of 41 articles at KCS standard');
    assert.ok(s.handovers.filter((h) => h.id !== 'H-07').every((h) => h.statusRead));
  });
});
