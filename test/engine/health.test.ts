/**
 * Derived health by exception (contract 1.1 §7): within tolerance is green, beyond it red unless
 * an approved Exception covers it (then amber), a waived finding is listed but does not count,
 * and initiation and closed plans are not rated.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { DEFAULT_CONFIG } from '../../server/src/engine/config.js';
import { createPlanEngine } from '../../server/src/engine/index.js';
import { fixturePath, readExpectations } from '../helpers.js';

const engine = createPlanEngine();

function statusOf(rule: string, file: string, edit: (t: string) => string = (t) => t) {
  const text = edit(fs.readFileSync(fixturePath('rules', rule, file), 'utf8'));
  const { asOf } = readExpectations(text);
  const plan = engine.parse(file, text);
  return engine.status(plan, { config: DEFAULT_CONFIG, asOf });
}

const brief = (s: ReturnType<typeof statusOf>) =>
  s.healthReasons.map((r) => `${r.waived ? 'waived' : r.level} ${r.rule}`);

describe('budget lines that sum others', () => {
  it('are not counted: subtotals, Σ Total and Grand total leave the lines as they are', () => {
    const s = statusOf('cost-overrun', 'clean-subtotals.plan.md');
    assert.deepEqual([s.budget.approvedLines, s.budget.actual, s.budget.forecast], [100000, 53000, 110000]);
    const grand = statusOf('cost-overrun', 'clean-at-tolerance-with-total.plan.md', (t) =>
      t.replace('| **Total** |', '| **Grand total** |'),
    );
    assert.deepEqual([grand.budget.approvedLines, grand.budget.actual, grand.budget.forecast], [100000, 53000, 110000]);
  });
});

describe('derived health', () => {
  it('a slip within tolerance is managed: green, no reasons', () => {
    const s = statusOf('schedule-slip', 'clean-within-tolerance.plan.md');
    assert.equal(s.derivedHealth, 'green');
    assert.deepEqual(brief(s), []);
  });

  it("a reason is the finding's first clause, whole where a milestone's name holds a colon", () => {
    const s = statusOf('schedule-slip', 'fires-corrective-action-open-no-exception.plan.md', (t) =>
      t.replace('| M-02 | Pilot with finance team complete |', '| M-02 | Pilot: finance team complete |'),
    );
    assert.equal(s.healthReasons.length, 1);
    assert.match(s.healthReasons[0]!.text, /^Milestone M-02 \(Pilot: finance team complete\) /);
    assert.doesNotMatch(s.healthReasons[0]!.text, /: (?:if|set|record|ask)/);
  });

  it('a slip beyond tolerance with only a corrective action open is red, on the milestone row', () => {
    const s = statusOf('schedule-slip', 'fires-corrective-action-open-no-exception.plan.md');
    assert.equal(s.derivedHealth, 'red');
    assert.deepEqual(brief(s), ['red schedule-slip']);
    assert.equal(s.healthReasons[0]!.line + 1, 67);
  });

  it('the same slip under an approved Exception is amber, and says which decision covers it', () => {
    const s = statusOf('schedule-slip', 'clean-exception-covers-milestone.plan.md');
    assert.equal(s.derivedHealth, 'amber');
    assert.deepEqual(brief(s), ['amber schedule-slip']);
    assert.match(
      s.healthReasons[0]!.label,
      /^Amber: Milestone M-02 .* under exception D-01 \(line 67, schedule-slip\)$/,
    );
  });

  it('an overspend under an Exception covering cost is amber; beyond tolerance without one, red', () => {
    assert.deepEqual(brief(statusOf('cost-overrun', 'clean-exception-covers-cost.plan.md')), ['amber cost-overrun']);
    assert.deepEqual(brief(statusOf('cost-overrun', 'fires-corrective-action-open-no-exception.plan.md')), [
      'red cost-overrun',
    ]);
  });

  it('a waived finding is listed as waived and does not count', () => {
    const s = statusOf('schedule-slip', 'fires-corrective-action-open-no-exception.plan.md', (t) =>
      t.replace(
        '<!-- expect',
        '## Waivers\n\n| Rule | Target | Reason | Approved by | Expires |\n| --- | --- | --- | --- | --- |\n| schedule-slip | M-02 | Board meets on 2026-06-05 | S-01 | 2026-06-06 |\n\n<!-- expect',
      ),
    );
    assert.equal(s.derivedHealth, 'green');
    assert.deepEqual(brief(s), ['waived schedule-slip']);
    assert.match(s.healthReasons[0]!.label, /^Waived by Anna Berg until 2026-06-06 \(would be red\): Milestone M-02/);
  });

  it('names the waiver in force, not an expired one above it', () => {
    const s = statusOf('schedule-slip', 'fires-corrective-action-open-no-exception.plan.md', (t) =>
      t.replace(
        '<!-- expect',
        '## Waivers\n\n| Rule | Target | Reason | Approved by | Expires |\n| --- | --- | --- | --- | --- |\n' +
          '| schedule-slip | M-02 | First slip, accepted | S-01 | 2026-01-31 |\n' +
          '| schedule-slip | m-02 | Board meets on 2026-06-05 | S-01 | 2026-06-06 |\n\n<!-- expect',
      ),
    );
    assert.deepEqual(brief(s), ['waived schedule-slip']);
    assert.equal(s.healthReasons[0]!.waiver?.reason, 'Board meets on 2026-06-05');
    assert.match(s.healthReasons[0]!.label, /^Waived by Anna Berg until 2026-06-06 \(would be red\)/);
  });

  it('readiness unmet counts once the go-live date is reached, not before', () => {
    const readiness = (file: string) =>
      brief(statusOf('go-live-readiness', file)).filter((r) => r.endsWith(' go-live-readiness'));
    assert.deepEqual(readiness('fires-window-criteria-and-no-go.plan.md'), []);
    assert.deepEqual(readiness('fires-after-go-live.plan.md'), ['red go-live-readiness']);
  });

  it('initiation and closed plans are not rated', () => {
    for (const stage of ['initiation', 'closed']) {
      const s = statusOf('schedule-slip', 'fires-corrective-action-open-no-exception.plan.md', (t) =>
        t.replace('stage: control', `stage: ${stage}`),
      );
      assert.equal(s.derivedHealth, undefined, stage);
      assert.deepEqual(s.healthReasons, [], stage);
    }
  });
});
