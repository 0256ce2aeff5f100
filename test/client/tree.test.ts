/**
 * The Transitions tree's model (no VS Code needed): people by name, one health model, short
 * labels with details in description and tooltip, late milestones, the plan's own risk score,
 * keys that do not move when lines do, and the filter.
 */
import assert from 'node:assert/strict';
import { planOverview } from '../../server/src/engine/overview.js';
import type { PlanResult, PortfolioEntry } from '../../server/src/protocol.js';
import { countByHealth, healthGroup, healthIcon } from '../../client/src/views/health.js';
import { personDisplay } from '../../client/src/views/people.js';
import {
  categoryRows,
  findingLabel,
  groups,
  matchesFilter,
  milestoneState,
  planModel,
  scoreText,
  STAGE_GROUPS,
} from '../../client/src/views/treeModel.js';
import { examplePlan, examplePortfolio, exampleText, planResult } from './planData.js';

/** A plan as the tree holds it: its portfolio entry, and its registers once it is expanded. */
type TreePlan = PortfolioEntry & PlanResult;

function entry(name: string): TreePlan {
  const r = examplePlan(name);
  return { ...r, overview: planOverview(r.status) };
}

function edited(name: string, edit: (text: string) => string): TreePlan {
  const r = planResult(`file:///work/examples/${name}`, edit(exampleText(name)));
  return { ...r, overview: planOverview(r.status) };
}

describe('Transitions tree model', () => {
  it('shows people by name, with the ID and role in the tooltip', () => {
    const desk = entry('service-desk-planning.plan.md');
    assert.deepEqual(personDisplay(desk.status, 'S-11'), {
      name: 'Jonas Feld',
      detail: 'S-11 · Security officer',
      known: true,
    });
    const risks = categoryRows(desk, 'risks');
    const r03 = risks.find((r) => r.label.startsWith('R-03'))!;
    assert.match(r03.description, /Jonas Feld/);
    assert.doesNotMatch(r03.description, /S-11/);
    assert.match(r03.tooltip, /Owner: Jonas Feld \(S-11 · Security officer\)/);
    const h03 = categoryRows(desk, 'handovers').find((r) => r.label.startsWith('H-03'))!;
    assert.match(h03.description, /^Marcus Bell · /);
    const h04 = categoryRows(desk, 'handovers').find((r) => r.label.startsWith('H-04'))!;
    assert.match(h04.description, /^no receiving owner · /);
    assert.equal(personDisplay(desk.status, 'Nobody Known').known, false);
  });

  it('a handover written Accepted on a date after the as-of date is not shown accepted', () => {
    const name = 'legacy-fax-retire.plan.md';
    const row = '| 2026-09-11 | Accepted | 2026-09-11 |';
    assert.equal(exampleText(name).split(row).length, 2);
    const before = entry(name);
    const plan = edited(name, (t) => t.replace(row, '| 2026-09-11 | Accepted | 2026-12-11 |'));
    const h01 = (p: TreePlan) => categoryRows(p, 'handovers').find((r) => r.label.startsWith('H-01'))!;
    assert.match(h01(before).description, / · Accepted 2026-09-11$/);
    assert.equal(h01(before).icon.id, 'pass-filled');
    assert.match(h01(plan).description, / · Accepted on 2026-12-11, after the as-of date: not given yet$/);
    assert.notEqual(h01(plan).icon.id, 'pass-filled');
    assert.equal(plan.status.handoversAccepted, before.status.handoversAccepted - 1);
    assert.equal(plan.overview.handoversAccepted, before.overview.handoversAccepted - 1);
  });

  it('says a health not read as written, in the tooltip and the accessible label, grouped as not read', () => {
    const plan = edited('payroll-cloud.plan.md', (t) =>
      t.replace('\nhealth: green\n', '\nhealth: Green with concerns\n'),
    );
    assert.equal(healthGroup(plan.overview), 'not-read');
    assert.deepEqual(
      groups([plan], 'health').map((g) => [g.label, g.icon.id]),
      [['Health not read', 'circle-outline']],
    );
    const model = planModel(plan);
    assert.match(model.tooltip[0] ?? '', /health: Green with concerns \(not read\)$/);
    assert.match(model.accessibilityLabel, /health Green with concerns \(not read\),/);
  });

  it('groups by health with "not set" and "not rated" as their own groups, never under Green', () => {
    const portfolio = examplePortfolio();
    const byHealth = groups(portfolio.plans, 'health');
    const find = (key: string) => byHealth.find((g) => g.key === key)?.plans.map((p) => p.overview.id) ?? [];
    // The closed plan reports green but is not rated; so is the plan in initiation.
    assert.deepEqual(find('not-rated').sort(), ['TP-2026-009', 'TP-2026-031']);
    assert.ok(!find('green').includes('TP-2026-009'));
    const noHealth = edited('payroll-cloud.plan.md', (t) => t.replace(/^health: green\r?\n/m, ''));
    assert.equal(healthGroup(noHealth.status), 'not-set');
    assert.deepEqual(
      groups([noHealth], 'health').map((g) => g.label),
      ['Health not set'],
    );
    const counts = countByHealth(portfolio.plans.map((p) => p.overview));
    assert.equal(
      Object.values(counts).reduce((a, b) => a + b, 0),
      portfolio.plans.length,
      'every plan counted exactly once',
    );
  });

  it('never shows a check mark while a plan has problems', () => {
    assert.equal(healthIcon('green', { errors: 0, warnings: 0, infos: 0 }), 'pass-filled');
    assert.equal(healthIcon('green', { errors: 6, warnings: 0, infos: 0 }), 'error');
    assert.equal(healthIcon('green', { errors: 0, warnings: 2, infos: 0 }), 'warning');
    assert.equal(healthIcon('not-set', { errors: 0, warnings: 0, infos: 1 }), 'info');
    for (const plan of examplePortfolio().plans) {
      const icon = planModel(plan).icon.id;
      if (plan.counts.errors + plan.counts.warnings + plan.counts.infos > 0)
        assert.notEqual(icon, 'pass-filled', `${plan.overview.id} has problems`);
    }
  });

  it('gives stage groups icons of their own, in lifecycle order', () => {
    const icons = STAGE_GROUPS.map((g) => g.icon);
    assert.equal(new Set(icons).size, icons.length);
    assert.ok(!icons.includes('symbol-namespace'));
    assert.deepEqual(
      groups(examplePortfolio().plans, 'stage').map((g) => g.key),
      ['initiation', 'planning', 'control', 'closed'],
    );
  });

  it("shows the plan's own score and marks a mismatch with likelihood × impact", () => {
    assert.equal(scoreText({ score: 9, writtenScore: 6 }), 'score 6 (L×I = 9)');
    assert.equal(scoreText({ score: 9, writtenScore: 9 }), 'score 9');
    const desk = edited('service-desk-planning.plan.md', (t) =>
      t.replace(
        '| R-03 | Email-to-ticket integration with Microsoft 365 blocked by security review | 3 | 3 | 6 |',
        '| R-03 | Email-to-ticket integration with Microsoft 365 blocked by security review | 3 | 3 | 8 |',
      ),
    );
    const r03 = categoryRows(desk, 'risks').find((r) => r.label.startsWith('R-03'))!;
    assert.match(r03.description, /^score 8 \(L×I = 9\) ⚠/);
    assert.match(r03.tooltip, /disagrees/);
    assert.match(r03.accessibilityLabel, /^Risk R-03, /);
  });

  it('shows a go-live date written but not read as written, not as none', () => {
    const payroll = edited('payroll-cloud.plan.md', (t) =>
      t.replace('go_live: 2027-01-04', 'go_live: 4th January 2027'),
    );
    assert.match(planModel(payroll).tooltip.join('\n'), /Go-live 4th January 2027 \(not read\) · /);
    assert.match(planModel(entry('payroll-cloud.plan.md')).tooltip.join('\n'), /Go-live 2027-01-04 · /);
  });

  it('flags a late milestone (forecast after baseline, or At risk) rather than only "next"', () => {
    const base = {
      id: 'M-02',
      name: 'Go-live',
      owner: 'S-03',
      baseline: '2026-12-01',
      forecast: '2026-12-15',
      actual: undefined,
      status: 'At risk',
      done: false,
      overdue: false,
      slipDays: 14,
      line: 10,
    };
    assert.deepEqual(milestoneState(base, true).text, 'next, late +14d, At risk');
    assert.equal(milestoneState(base, true).icon.id, 'warning');
    assert.equal(milestoneState({ ...base, slipDays: 0, status: 'On track' }, true).text, 'next');
    assert.equal(milestoneState({ ...base, overdue: true }, false).text, 'overdue');
  });

  it('keeps row keys when lines move, and labels findings by what is wrong', () => {
    const before = entry('service-desk-planning.plan.md');
    const after = edited('service-desk-planning.plan.md', (t) => t.replace('\n## ', '\nAn added paragraph.\n\n## '));
    for (const category of ['risks', 'milestones', 'handovers', 'stakeholders'] as const) {
      const a = categoryRows(before, category);
      const b = categoryRows(after, category);
      assert.ok(a.length > 0);
      assert.deepEqual(
        b.map((r) => r.key),
        a.map((r) => r.key),
        category,
      );
      assert.notDeepEqual(
        b.map((r) => r.line),
        a.map((r) => r.line),
        'the edit moved the lines',
      );
    }
    assert.equal(
      findingLabel('Risk R-02 scores 16 (high from 15) and has no contingency: say what the project does'),
      'Risk R-02 scores 16 (high from 15) and has no contingency',
    );
  });

  it('filters plans by words of their id, title, service, stage, health or tags', () => {
    const plans = examplePortfolio().plans;
    const desk = plans.find((p) => p.overview.id === 'TP-2026-022')!;
    assert.ok(matchesFilter(desk, 'beacon planning'));
    assert.ok(!matchesFilter(desk, 'payroll'));
    const shown = groups(plans, 'stage', 'fax').flatMap((g) => g.plans.map((p) => p.overview.id));
    assert.deepEqual(shown, ['TP-2026-009']);
  });
});
