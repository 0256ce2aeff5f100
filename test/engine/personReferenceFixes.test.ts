/**
 * Person references that name a group or a person with a note (contract §2): a role several
 * stakeholders hold offers each holder and never adds the role as a person; a person beside their
 * own team or role is that person; a team beside a person is said to be a team; a role's
 * did-you-mean is a misspelling of it, not another role; a row whose cells shifted offers no
 * person at all.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { createPlanEngine } from '../../server/src/engine/index.js';
import { applyEdits } from '../../server/src/engine/fix.js';
import { misspells } from '../../server/src/engine/misspelling.js';
import { mayBeNewStakeholder } from '../../server/src/engine/newStakeholder.js';
import { parsePlan } from '../../server/src/engine/parse/index.js';
import { resolveReference } from '../../server/src/engine/references.js';
import type { Finding } from '../../server/src/engine/types.js';
import { fixturePath } from '../helpers.js';

const engine = createPlanEngine();
const FIRES = fixturePath('rules', 'unresolved-reference', 'fires-role-team-and-shifted-owners.plan.md');
const CLEAN = fixturePath('rules', 'unresolved-reference', 'clean-person-with-own-team-or-role.plan.md');

function lint(file: string) {
  const text = fs.readFileSync(file, 'utf8');
  return { text, ...engine.lintDocument(file, text, { asOf: '2026-06-01', matchesGlob: true }) };
}

const { text, plan, findings } = lint(FIRES);
/** The unresolved-reference finding of a risk. */
const of = (risk: string): Finding => {
  const f = findings.find((x) => x.rule === 'unresolved-reference' && x.target === risk);
  assert.ok(f, `no unresolved-reference finding for ${risk}`);
  return f;
};
const fixes = (f: Finding) => (f.fixes ?? []).map((x) => `${x.isPreferred ? '*' : ' '} ${x.title}`);

describe('engine: person references that name a group, or a person with a note', () => {
  it('a role two stakeholders hold: one fix per holder, none preferred, each writing the holder', () => {
    const f = of('R-01');
    assert.equal(
      f.message,
      'Risk R-01 owner "Mobile lead" is a role held by 2 stakeholders (Dee Fox (S-03), Eli Gray (S-04)): name one of them.',
    );
    assert.deepEqual(fixes(f), ['  Set owner to Dee Fox (S-03)', '  Set owner to Eli Gray (S-04)']);
    const fixed = applyEdits(text, f.fixes![1]!.edits);
    assert.match(fixed, /\| R-01 \| Vendor late \| 2 \| 2 \| S-04 \| Reduce \|/);
  });

  it('a person beside their own team, role or role initials is that person', () => {
    const clean = lint(CLEAN).findings.filter((f) => f.rule === 'unresolved-reference');
    assert.deepEqual(
      clean.map((f) => f.message),
      [],
    );
  });

  it('a person beside another team: said to be a team, not "not in the Stakeholders table"', () => {
    const f = of('R-02');
    assert.equal(
      f.message,
      'Risk R-02 owner "Priya Raman / Finance": "Finance" is a team, not a person. One person answers for it: keep the one who does.',
    );
    assert.deepEqual(fixes(f), ['  Keep only "Priya Raman"']);
  });

  it('a person beside a role several hold: the role is said, with its holders', () => {
    const f = of('R-03');
    assert.equal(
      f.message,
      'Risk R-03 owner "Priya Raman / Mobile lead": "Mobile lead" is a role held by 2 stakeholders (Dee Fox (S-03), Eli Gray (S-04)). One person answers for it: keep the one who does.',
    );
  });

  it('a role did-you-mean only for a misspelling of the role, not for another role', () => {
    assert.doesNotMatch(of('R-04').message, /Did you mean/);
    assert.equal(of('R-04').fixes, undefined);
    assert.match(of('R-05').message, /Did you mean Sponsor \(S-01\)\?/);
    assert.deepEqual(fixes(of('R-05')), ['* Replace with "Sponsor"']);
    assert.match(of('R-06').message, /Did you mean Change manager \(S-06\)\?/);
  });

  it('in a row whose cells shifted, no person finding at all: table-columns says the row is off', () => {
    assert.ok(!findings.some((x) => x.rule === 'unresolved-reference' && x.target === 'R-07'));
    assert.ok(findings.some((x) => x.rule === 'table-columns' && x.target === 'R-07'));
  });

  it('"Add … as a stakeholder" only for what may be a person', () => {
    const at = (risk: string) =>
      plan!
        .rows('risks')
        .find((r) => r.id === risk)!
        .cell('owner')!.range;
    assert.equal(mayBeNewStakeholder(plan!, 'Mobile lead', at('R-01')), false, 'a role two hold');
    assert.equal(mayBeNewStakeholder(plan!, 'Mobile', at('R-01')), false, 'a team');
    assert.equal(mayBeNewStakeholder(plan!, 'Project Board', at('R-01')), false, 'a board');
    assert.equal(mayBeNewStakeholder(plan!, 'Priya Raman / Finance', at('R-02')), false, 'several');
    assert.equal(mayBeNewStakeholder(plan!, 'Reduce', at('R-07')), false, 'a shifted row');
    assert.equal(mayBeNewStakeholder(plan!, 'Reduce', at('R-04')), false, 'a Response word');
    assert.equal(mayBeNewStakeholder(plan!, 'Closed', at('R-04')), false, 'a status word');
    assert.equal(mayBeNewStakeholder(plan!, 'High', at('R-04')), false, 'a level');
    assert.equal(mayBeNewStakeholder(plan!, 'Service Desk Manager', at('R-04')), true);
    assert.equal(mayBeNewStakeholder(plan!, 'Zed Unknown', at('R-04')), true);
  });
});

describe('engine: a person with their own note', () => {
  const stakeholders = (rows: readonly string[]) =>
    parsePlan(
      'x',
      [
        '---',
        'schema: transition-plan/1',
        '---',
        '### Stakeholders',
        '',
        '| ID | Name | Role | Team |',
        '| --- | --- | --- | --- |',
        ...rows,
      ].join('\n'),
    );
  const who = (plan: ReturnType<typeof stakeholders>, ref: string) => {
    const r = resolveReference(plan, ref);
    return r.kind === 'person' ? r.row.value('id') : r.kind;
  };
  const two = stakeholders([
    '| S-01 | Helen Marsh | Sponsor | Finance |',
    '| S-02 | Priya Raman | Project manager | PMO |',
  ]);

  it('their team, their role or their role initials beside them: that person', () => {
    for (const ref of [
      'Priya Raman / PMO',
      'Priya Raman, PM',
      'Priya Raman - PM',
      'PMO / Priya Raman',
      'Project manager / PMO',
    ])
      assert.equal(who(two, ref), 'S-02', ref);
  });

  it('another team, or initials someone else has too: not that person', () => {
    assert.notEqual(who(two, 'Priya Raman / Finance'), 'S-02');
    const paul = stakeholders([
      '| S-01 | Paul Mann | Sponsor | Finance |',
      '| S-02 | Priya Raman | Project manager | PMO |',
    ]);
    assert.notEqual(who(paul, 'Priya Raman, PM'), 'S-02');
  });
});

describe('engine: misspells', () => {
  for (const [typed, meant] of [
    ['Sponser', 'Sponsor'],
    ['Chnage manager', 'Change manager'],
    ['Service level manger', 'Service level manager'],
    ['Changemanager', 'Change manager'],
  ]) {
    it(`"${typed}" misspells "${meant}"`, () => assert.equal(misspells(typed!, meant!), true));
  }
  for (const [typed, meant] of [
    ['Service Desk Manager', 'Service level manager'],
    ['Test lead', 'Tech lead'],
    ['Service manager', 'Service desk manager'],
    ['Change manager', 'change manager'],
  ]) {
    it(`"${typed}" does not misspell "${meant}"`, () => assert.equal(misspells(typed!, meant!), false));
  }
});
