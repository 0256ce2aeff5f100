/**
 * `waiverStandings`: whether a `## Waivers` row is in force, from the plan's `waiver-invalid`
 * findings on its line; and `handoff diff`, which credits a finding's going only to a waiver the
 * change added that is in force.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createPlanEngine } from '../../server/src/engine/index.js';
import { diffPlans, type PlanSide } from '../../server/src/engine/semanticDiff.js';
import { waiverStandings } from '../../server/src/engine/waiverStanding.js';
import { repoRoot } from '../helpers.js';

const engine = createPlanEngine();
const AS_OF = '2026-12-05';
const PAYROLL = fs.readFileSync(path.join(repoRoot, 'examples', 'payroll-cloud.plan.md'), 'utf8');

function side(text: string): PlanSide {
  const result = engine.lintDocument('payroll-cloud.plan.md', text, { asOf: AS_OF });
  assert.ok(result.plan);
  return { status: engine.status(result.plan, { asOf: AS_OF }), findings: result.findings };
}

function withWaivers(text: string, ...rows: string[]): string {
  const head = '## Waivers\n\n| Rule | Target | Reason | Approved by | Expires |\n| --- | --- | --- | --- | --- |';
  return `${text.trimEnd()}\n\n${head}\n${rows.join('\n')}\n`;
}

describe('waiverStandings', () => {
  it('a waiver waiver-invalid reports is not in force, and says why; an expired one says only that', () => {
    const { status, findings } = side(
      withWaivers(
        PAYROLL,
        '| status-stale | Status log | Report due at steering | S-01 | 2027-01-15 |',
        '| schedule-slip | M-05 | Vendor late | S-03 | 2027-01-15 |',
        '| no-such-rule | M-05 | Typo | S-01 | 2027-01-15 |',
        '| status-stale | Status log | Old | | 2026-11-30 |',
      ),
    );
    const standings = waiverStandings(status.waivers, findings);
    assert.deepEqual(
      standings.map((w) => [w.rule, w.inForce, w.expired, w.notInForce.map((p) => p.text)]),
      [
        ['status-stale', true, false, []],
        [
          'schedule-slip',
          false,
          false,
          [
            'This waiver is approved by Priya Raman (S-03), who is neither the sponsor nor in a board role (Sponsor, Executive, Senior user, Senior supplier), so it silences nothing.',
          ],
        ],
        [
          'no-such-rule',
          false,
          false,
          ['This waiver names the rule "no-such-rule", which does not exist, so it silences nothing.'],
        ],
        // Expired and without an approver: `expired` says it.
        ['status-stale', false, true, []],
      ],
    );
    const slip = standings[1]!.notInForce[0]!;
    assert.equal(
      slip.message,
      findings.find((f) => f.rule === 'waiver-invalid' && f.message.includes('S-03'))?.message,
    );
  });

  it('without the findings of waiver-invalid, a waiver with no approver is still not in force', () => {
    const { status } = side(withWaivers(PAYROLL, '| status-stale | Status log | Report due | | 2027-01-15 |'));
    assert.deepEqual(
      waiverStandings(status.waivers, []).map((w) => [w.inForce, w.notInForce.length]),
      [[false, 0]],
    );
  });
});

describe('handoff diff and waivers not in force', () => {
  it('a finding fixed while a waiver with no approver was added is fixed, not waived', () => {
    const contingency = '| Go live with the February run; PeopleLine 8 kept as fallback | Open |';
    const before = PAYROLL.replace(contingency, '| - | Open |');
    assert.notEqual(before, PAYROLL);
    const finding = side(before).findings.find((f) => f.rule === 'high-risk-without-contingency');
    assert.ok(finding?.target);
    const after = withWaivers(
      PAYROLL,
      `| high-risk-without-contingency | ${finding.target} | Accepted | | 2027-03-31 |`,
    );
    const changes = diffPlans(side(before), side(after));
    assert.ok(!changes.some((c) => c.kind === 'finding-waived'), 'a waiver with no approver silences nothing');
    assert.ok(changes.some((c) => c.kind === 'finding-fixed' && c.subject === finding.target));
    assert.ok(changes.some((c) => c.kind === 'finding-introduced' && /^New warning waiver-invalid: /.test(c.message)));
  });
});
