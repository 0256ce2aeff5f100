/**
 * A plan's overview (what views listing every plan show): the status's own facts without the
 * registers, and only the stakeholders the core roles name, so people still show by name.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createPlanEngine } from '../../server/src/engine/index.js';
import { planOverview, planOverviewOf } from '../../server/src/engine/overview.js';
import { DEFAULT_CONFIG } from '../../server/src/engine/config.js';
import { planStatus } from '../../server/src/engine/status.js';
import { personWithId } from '../../client/src/views/people.js';
import { planFiles, repoRoot } from '../helpers.js';

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
});
