/** The portfolio's health cell: the facts folded to one line, and only when they add something. */
import assert from 'node:assert/strict';
import { renderHealthReasonsFolded } from '../../client/src/preview/widgets.js';
import type { PlanStatus } from '../../server/src/engine/statusTypes.js';

function status(over: Partial<PlanStatus>): PlanStatus {
  return { stage: 'control', health: 'green', derivedHealth: 'green', healthReasons: [], ...over } as PlanStatus;
}

function text(html: string): string {
  return html.replace(/<[^>]+>/g, '');
}

describe('client: the portfolio health cell', () => {
  it('says nothing when the facts agree with the reported health and give no reason', () => {
    assert.equal(renderHealthReasonsFolded(status({})), '');
  });

  it('says nothing for a plan the facts do not rate (its badge says so)', () => {
    assert.equal(renderHealthReasonsFolded(status({ stage: 'initiation', derivedHealth: undefined })), '');
  });

  it('says what the facts suggest when they disagree, in one line', () => {
    const html = String(renderHealthReasonsFolded(status({ health: 'amber' })));
    assert.equal(text(html), 'Facts suggest Green: nothing beyond tolerance');
  });

  it('folds the reasons under one line with their count', () => {
    const reasons = [
      {
        rule: 'high-risk-without-contingency',
        level: 'red',
        label: 'R-01 high risk with no contingency',
        line: 40,
        waived: false,
      },
      { rule: 'schedule-slip', level: 'amber', label: 'M-02 forecast 14 days late', line: 60, waived: false },
    ] as unknown as PlanStatus['healthReasons'];
    const html = String(
      renderHealthReasonsFolded(status({ health: 'amber', derivedHealth: 'red', healthReasons: reasons })),
    );
    assert.match(
      html,
      /^<details class="health-reasons"><summary class="muted">Facts suggest Red: 2 reasons<\/summary>/,
    );
    assert.ok(html.includes('R-01 high risk with no contingency'));
    assert.ok(html.includes('data-line="60"'));
  });
});
