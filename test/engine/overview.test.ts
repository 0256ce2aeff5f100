/**
 * A plan's overview (what views listing every plan show): the status's own facts without the
 * registers, and only the stakeholders the core roles name, so people still show by name.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createPlanEngine } from '../../server/src/engine/index.js';
import { planOverview, planOverviewOf } from '../../server/src/engine/overview.js';
import { DEFAULT_CONFIG, type HandoffConfig } from '../../server/src/engine/config.js';
import { planStatus } from '../../server/src/engine/status.js';
import { waiverExpiryText } from '../../server/src/engine/health.js';
import { planText } from './planText.js';
import { personWithId } from '../../client/src/views/people.js';
import { fixturePath, planFiles, readExpectations, repoRoot } from '../helpers.js';

const engine = createPlanEngine();

function statusOf(name: string) {
  const uri = `file:///work/examples/${name}`;
  const text = fs.readFileSync(path.join(repoRoot, 'examples', name), 'utf8');
  return engine.status(engine.parse(uri, text), { asOf: '2026-11-25' });
}

describe('plan overview', () => {
  it('keeps the core roles resolvable by name and no other stakeholder', () => {
    const status = statusOf('service-desk-planning.plan.md');
    const overview = planOverview(status);
    // The sponsor by ID, the service owner by name and the project manager by handle.
    for (const ref of [status.sponsor!, status.serviceOwner!, status.projectManager!])
      assert.equal(personWithId(overview, ref), personWithId(status, ref), ref);
    assert.deepEqual(
      overview.stakeholders.map((s) => s.id),
      ['S-01', 'S-02', 'S-03'],
    );
    assert.ok(status.stakeholders.length > overview.stakeholders.length, 'the example has more stakeholders');
  });

  it('repeats the facts the portfolio shows and leaves the registers out', () => {
    for (const name of ['payroll-cloud.plan.md', 'service-desk-planning.plan.md', 'legacy-fax-retire.plan.md']) {
      const status = statusOf(name);
      const overview = planOverview(status);
      for (const key of ['id', 'stage', 'health', 'derivedHealth', 'healthReasons', 'dates', 'nextMilestone'] as const)
        assert.deepEqual(overview[key], status[key], `${name}: ${key}`);
      assert.equal(overview.openHighRisks, status.openHighRisks);
      assert.equal(overview.handoversAccepted, status.handoversAccepted);
      for (const register of ['risks', 'milestones', 'handovers', 'decisions', 'waivers'])
        assert.ok(!(register in overview), `${name}: ${register}`);
      // An order of magnitude smaller on the wire than the whole status.
      assert.ok(JSON.stringify(overview).length * 3 < JSON.stringify(status).length, name);
    }
  });

  it('is the same worked out from the model as taken from the whole status, on every plan', () => {
    const files = planFiles(path.join(repoRoot, 'test', 'fixtures'), path.join(repoRoot, 'examples'));
    assert.ok(files.length > 50, `only ${files.length} plans found`);
    const configs = [DEFAULT_CONFIG, { ...DEFAULT_CONFIG, highRiskScore: 6 }];
    for (const file of files) {
      const plan = engine.parse(`file://${file}`, fs.readFileSync(file, 'utf8'));
      // Before and long after most plans' dates: milestones overdue or not, status fresh or stale.
      for (const asOf of ['2026-11-25', '2028-01-15'] as const)
        for (const config of configs)
          assert.deepEqual(
            planOverviewOf(plan, { config, asOf }),
            planOverview(planStatus(plan, { config, asOf })),
            `${path.relative(repoRoot, file)} as of ${asOf}, high risks from ${config.highRiskScore}`,
          );
    }
  });

  it('is the same when indexing reuses the reports of its own lint run for health, on every plan', () => {
    const files = planFiles(path.join(repoRoot, 'test', 'fixtures'), path.join(repoRoot, 'examples'));
    assert.ok(files.length > 50, `only ${files.length} plans found`);
    const off = (rule: string) => ({
      ...DEFAULT_CONFIG,
      rules: { ...DEFAULT_CONFIG.rules, [rule]: { severity: 'off' as const, options: {} } },
    });
    const configs: HandoffConfig[] = [
      DEFAULT_CONFIG,
      { ...DEFAULT_CONFIG, highRiskScore: 6 },
      off('schedule-slip'),
      {
        ...DEFAULT_CONFIG,
        rules: { ...DEFAULT_CONFIG.rules, 'go-live-readiness': { severity: 'info' as const, options: {} } },
      },
    ];
    // An engine with other rules collects suppressions against other names: health keeps its own.
    const fewer = createPlanEngine({ rules: engine.rules.filter((r) => r.name !== 'waiver-invalid') });
    // The fixtures' findings of health rules are not waived: one plan where a waiver covers one.
    const slip = fixturePath('rules', 'schedule-slip', 'fires-corrective-action-open-no-exception.plan.md');
    const waived = fs
      .readFileSync(slip, 'utf8')
      .replace(
        '<!-- expect',
        '## Waivers\n\n| Rule | Target | Reason | Approved by | Expires |\n| --- | --- | --- | --- | --- |\n| schedule-slip | M-02 | Board meets on 2026-06-05 | S-01 | 2026-06-06 |\n\n<!-- expect',
      );
    const plans = [
      ...files.map((file) => ({ name: path.relative(repoRoot, file), text: fs.readFileSync(file, 'utf8') })),
      { name: 'a waived schedule slip', text: waived },
    ];
    const seen = { red: 0, amber: 0, waived: 0 };
    for (const { name, text } of plans) {
      const plan = engine.parse(`file:///${name}`, text);
      // Before and long after most plans' dates, and the date the plan's expectations are for.
      const dates = ['2026-11-25', '2028-01-15', readExpectations(text).asOf];
      for (const asOf of dates)
        for (const config of configs) {
          const where = `${name} as of ${asOf}`;
          const opts = { config, asOf, withFixes: false };
          const indexed = engine.indexPlan(plan, opts);
          const overview = planOverviewOf(plan, { config, asOf });
          assert.deepEqual(indexed.overview, overview, where);
          assert.deepEqual(indexed.findings, engine.lintPlan(plan, opts), where);
          assert.deepEqual(indexed.summary, engine.summarize(plan, opts), where);
          assert.deepEqual(fewer.indexPlan(plan, opts).overview, overview, `${where}, fewer rules`);
          for (const r of overview.healthReasons) seen[r.waived ? 'waived' : r.level]++;
        }
    }
    // The plans exercise every kind of reason, so the reports really are shared.
    assert.ok(seen.red > 0 && seen.amber > 0 && seen.waived > 0, JSON.stringify(seen));
  });
});

describe('waivers in the status', () => {
  it('reads an expiry written as words as that day, and says one that is no date as written, counting it expired', () => {
    const text = planText({
      section: 'Project Planning and Coordination',
      register: 'Milestones',
      lines: [
        '| ID | Milestone | Owner | Baseline | Status |',
        '| --- | --- | --- | --- | --- |',
        '| M-01 | Go live | S-01 | 2027-03-01 | Not started |',
      ],
      after: [
        '## Waivers',
        '',
        '| Rule | Target | Reason | Approved by | Expires |',
        '| --- | --- | --- | --- | --- |',
        '| milestone-overdue | M-01 | Board agreed | S-01 | 31 Dec 2026 |',
        '| milestone-overdue | M-01 | Board agreed | S-01 | 31/12/2026 |',
        '| milestone-overdue | M-01 | Board agreed | S-01 | |',
      ],
    });
    const plan = createPlanEngine().parse('w.plan.md', text);
    const waivers = planStatus(plan, { config: DEFAULT_CONFIG, asOf: '2026-12-05' }).waivers;
    assert.deepEqual(
      waivers.map((w) => `${waiverExpiryText(w)} ${w.expired}`),
      ['2026-12-31 false', '"31/12/2026", which is no date true', 'no expiry false'],
    );
  });
});
