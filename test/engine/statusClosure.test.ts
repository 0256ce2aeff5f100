/**
 * What a plan's status says for its End Project Report and its overdue actions: an issue's or a
 * corrective action's Due date and whether it is past, whose own sign-off a Sign-off row is, a
 * review's results, the lessons recorded, an exit criterion's Met as written, and the Resource
 * consumption amounts no total is made without.
 */
import assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../../server/src/engine/config.js';
import { createPlanEngine } from '../../server/src/engine/index.js';
import type { PlanStatus } from '../../server/src/engine/status.js';

const engine = createPlanEngine();

function statusOf(body: readonly string[], asOf = '2026-12-10'): PlanStatus {
  const text = [
    '---',
    'schema: transition-plan/1',
    'id: TP-1',
    'title: T',
    'stage: closure',
    'sponsor: S-01',
    'service_owner: "@b.ray"',
    'budget: { currency: GBP, approved: 100000 }',
    '---',
    '',
    '# T',
    '',
    '## Project Initiation',
    '',
    '### Stakeholders',
    '',
    '| ID | Name | Handle | Role |',
    '| --- | --- | --- | --- |',
    '| S-01 | Ann Lee | @a.lee | Sponsor |',
    '| S-02 | Bob Ray | @b.ray | Service owner |',
    '| S-03 | Eve Sim | @e.sim | Deputy service owner |',
    '',
    ...body,
    '',
  ].join('\n');
  return engine.status(engine.parse('file:///p.plan.md', text), { asOf, config: DEFAULT_CONFIG });
}

describe('the status at closure', () => {
  it('an issue or corrective action is overdue when open and due before the as-of date', () => {
    const s = statusOf([
      '## Project Control',
      '',
      '### Issues',
      '',
      '| ID | Issue | Owner | Due | Status |',
      '| --- | --- | --- | --- | --- |',
      '| I-01 | Due today | S-01 | 2026-12-10 | Open |',
      '| I-02 | Due yesterday | S-01 | 2026-12-09 | In progress |',
      '| I-03 | Done late | S-01 | 2026-10-01 | Done |',
      '| I-04 | Written two ways | S-01 | 01/10/2026 | Open |',
      '| I-05 | No due date | S-01 | | Open |',
      '',
      '### Corrective actions',
      '',
      '| ID | Action | Owner | Due | Status |',
      '| --- | --- | --- | --- | --- |',
      '| CA-01 | Fix | S-02 | TBC (2026-11-30) | Open |',
    ]);
    assert.deepEqual(
      s.issues.map((i) => `${i.id} ${i.due ?? '-'} ${i.dueWritten ?? '-'} ${i.overdue}`),
      [
        'I-01 2026-12-10 - false',
        'I-02 2026-12-09 - true',
        'I-03 2026-10-01 - false',
        'I-04 - 01/10/2026 false',
        'I-05 - - false',
      ],
    );
    assert.deepEqual(
      s.correctiveActions.map((i) => `${i.id} ${i.due} ${i.overdue}`),
      ['CA-01 2026-11-30 true'],
      'a TBC with its probable day is that day',
    );
  });

  it('a Sign-off row signs for the sponsor or service owner it names, however written; a delegate signs for nobody', () => {
    const s = statusOf([
      '## Project Closure',
      '',
      '### Sign-off',
      '',
      '| Role | Stakeholder | Decision | Date |',
      '| --- | --- | --- | --- |',
      '| Sponsor | Ann Lee | Approved | 2026-12-01 |',
      '| Service owner | Eve Sim on behalf of Bob Ray | Approved | 01/12/2026 |',
      '| Service owner | S-02 | Pending | |',
    ]);
    assert.deepEqual(
      s.signOffs.map(
        (o) => `${o.stakeholderName} [${o.signs.join(',')}] ${o.approved} ${o.date ?? o.dateWritten ?? '-'}`,
      ),
      [
        'Ann Lee [sponsor] true 2026-12-01',
        'Eve Sim on behalf of Bob Ray [] true 01/12/2026',
        'Bob Ray [serviceOwner] false -',
      ],
    );
  });

  it('the review by result, the lessons recorded (samples and TBC none), exit criteria with Met as written', () => {
    const s = statusOf([
      '## Project Closure',
      '',
      '### Early life support',
      '',
      '| ID | Exit criterion | Target | Met |',
      '| --- | --- | --- | --- |',
      '| ELS-01 | No P1 | 4 weeks | yes |',
      '| ELS-02 | SLA | 95% | mostly |',
      '',
      '### Post-implementation review',
      '',
      '| Objective | Result | Evidence |',
      '| --- | --- | --- |',
      '| What the transition set out to achieve | - | - |',
      '| Cost down | Partially | -12% |',
      '| Calls answered | TBC | |',
      '| Legacy off | Not yet | |',
      '',
      '### Lessons learned',
      '',
      '- Lesson',
      '- TBC',
      '- Start discovery in the call records.',
    ]);
    assert.deepEqual(
      s.postImplementationReview.map((p) => `${p.objective}: ${p.result ?? '-'} "${p.resultText}"`),
      ['Cost down: Partly "Partially"', 'Calls answered: - ""', 'Legacy off: - "Not yet"'],
    );
    assert.equal(s.lessonsLearned, 1);
    assert.deepEqual(
      s.earlyLifeSupport.map((e) => `${e.id} ${e.met ?? '-'} "${e.metText}"`),
      ['ELS-01 yes "yes"', 'ELS-02 - "mostly"'],
    );
  });

  it('the consumption amounts not read, by row and column, a total line left out', () => {
    const s = statusOf([
      '## Project Control',
      '',
      '### Resource consumption',
      '',
      '| Line | Approved | Actual | Forecast |',
      '| --- | --- | --- | --- |',
      '| Build | 60000 | 50000 | 70000 |',
      '| Staff | 2 FTE | 1 FTE | |',
      '| Total | lots | | |',
    ]);
    assert.equal(s.budget.actual, undefined);
    assert.equal(s.budget.forecast, undefined);
    assert.deepEqual(
      s.budget.unreadAmounts.map((u) => `${u.row} ${u.column} ${u.text}`),
      ['2 approved 2 FTE', '2 actual 1 FTE'],
    );
  });
});
