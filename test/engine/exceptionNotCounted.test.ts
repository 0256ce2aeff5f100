/**
 * A slip or an overspend no Exception decision covers, while one names it: the finding says
 * which decision does not count, and why, so the plan's author is not told there is none.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { DEFAULT_CONFIG } from '../../server/src/engine/config.js';
import { createPlanEngine } from '../../server/src/engine/index.js';
import * as path from 'node:path';
import { fixturePath, repoRoot } from '../helpers.js';

const engine = createPlanEngine();

function slipMessages(fixture: string): string[] {
  const text = fs.readFileSync(fixturePath('rules', 'schedule-slip', fixture), 'utf8');
  return engine
    .lintDocument('p.plan.md', text, { asOf: '2026-06-01', config: DEFAULT_CONFIG })
    .findings.filter((f) => f.rule === 'schedule-slip')
    .map((f) => f.message);
}

describe('an Exception decision that names a breach but does not cover it', () => {
  const CASES: readonly [fixture: string, why: RegExp][] = [
    ['fires-exception-proposed.plan.md', /\(D-01 does not count: it is not Approved\)/],
    ['fires-exception-dated-after-as-of.plan.md', /\(D-01 does not count: it is dated 2026-06-05, after 2026-06-01\)/],
    [
      'fires-exception-by-project-manager.plan.md',
      /\(D-01 does not count: its approver "S-03" is neither the sponsor nor in a board role \(Sponsor, Executive, Senior user, Senior supplier\)\)/,
    ],
    [
      'fires-exception-covers-to-be-agreed.plan.md',
      /\(D-01 does not count: its Covers says "To be agreed", which names no breach yet\)/,
    ],
    // A decision of another type whose Covers names the milestone: meant to cover it, and cannot.
    [
      'fires-scope-decision-covers-milestone.plan.md',
      /\(D-01 does not count: it is a Scope decision, and only an Exception covers a breach of tolerance\)/,
    ],
  ];
  it('has cases', () => assert.ok(CASES.length > 0));
  for (const [fixture, why] of CASES) {
    it(`${fixture}: says which decision does not count, and why`, () => {
      const messages = slipMessages(fixture);
      assert.equal(messages.length, 1, messages.join('\n'));
      assert.match(messages[0]!, why);
    });
  }

  it('counts an approver in a board role as UK and PRINCE2 registers name it', () => {
    const text = fs.readFileSync(
      fixturePath('rules', 'schedule-slip', 'fires-exception-by-project-manager.plan.md'),
      'utf8',
    );
    const row = '| S-03 | Carla Diaz | @c.diaz | Project manager |';
    assert.ok(text.includes(row));
    /** The schedule-slip findings with the approver S-03 in `role`. */
    const slips = (role: string) =>
      engine
        .lintDocument('p.plan.md', text.replace(row, `| S-03 | Carla Diaz | @c.diaz | ${role} |`), {
          asOf: '2026-06-01',
          config: DEFAULT_CONFIG,
        })
        .findings.filter((f) => f.rule === 'schedule-slip');
    assert.equal(slips('Project manager').length, 1);
    for (const role of [
      'Project Executive',
      'Exec',
      'SRO',
      'Senior Responsible Owner (SRO)',
      // Australian and New Zealand government's name for the SRO.
      'Senior Responsible Officer',
      'Senior Responsible Officer (SRO)',
      'Project Board - Senior User',
      'Board: Senior supplier',
      'Executive sponsor',
      'Senior supplier – PeopleLine',
    ]) {
      assert.deepEqual(slips(role), [], role);
    }
    for (const role of [
      'Executive assistant',
      'Board member',
      'Project manager (SRO deputy)',
      // Another role's acronym in parentheses is no role of theirs.
      'PA (SRO)',
      'Programme office (SRO)',
    ]) {
      assert.equal(slips(role).length, 1, role);
    }
  });

  it('says so of the cost as of a slip', () => {
    const text = fs
      .readFileSync(fixturePath('rules', 'cost-overrun', 'clean-exception-covers-cost.plan.md'), 'utf8')
      .replace(
        '| Exception | Anna Berg | 2026-05-28 | Approved | cost |',
        '| Exception | Anna Berg | 2026-05-28 | Proposed | cost |',
      );
    const messages = engine
      .lintDocument('p.plan.md', text, { asOf: '2026-06-01', config: DEFAULT_CONFIG })
      .findings.filter((f) => f.rule === 'cost-overrun')
      .map((f) => f.message);
    assert.equal(messages.length, 1);
    assert.match(messages[0]!, /no approved Exception decision covers it \(D-01 does not count: it is not Approved\)/);
  });

  it('says a board named as the approver is to be named by the person who approved for it', () => {
    const text = fs
      .readFileSync(fixturePath('rules', 'cost-overrun', 'clean-exception-covers-cost.plan.md'), 'utf8')
      .replace('| Exception | Anna Berg | 2026-05-28 |', '| Exception | Project Board | 2026-05-28 |');
    const findings = engine
      .lintDocument('p.plan.md', text, { asOf: '2026-06-01', config: DEFAULT_CONFIG, withFixes: true })
      .findings.filter((f) => f.rule === 'cost-overrun' || f.rule === 'unresolved-reference');
    const overrun = findings.find((f) => f.rule === 'cost-overrun');
    const reference = findings.find((f) => f.rule === 'unresolved-reference');
    assert.equal(findings.length, 2);
    assert.match(
      overrun!.message,
      /\(D-01 does not count: its approver "Project Board" is a board, not a person: name who approved it for the board\)/,
    );
    assert.match(reference!.message, /approver "Project Board" is a board, not a person: .*Anna Berg \(S-01\)/);
    const fixes = reference!.fixes ?? [];
    assert.equal(fixes[0]?.title, 'Replace with Anna Berg (S-01)');
    assert.equal(fixes[0]?.edits[0]?.newText, 'S-01');
  });

  it('says nothing of a decision that covers something else', () => {
    const [message] = slipMessages('fires-exception-covers-cost-only.plan.md');
    assert.ok(message && !/does not count/.test(message), message);
  });
});

describe("a plan's tolerance looser than the configuration's", () => {
  it('is said not to apply, where the finding cites the tolerance that does', () => {
    const payroll = fs.readFileSync(path.join(repoRoot, 'examples', 'payroll-cloud.plan.md'), 'utf8');
    const slipping = payroll.replace(
      '| M-05 | Parallel run 2 (November payroll) reconciled | S-02 | 2026-12-04 | 2026-12-04 |',
      '| M-05 | Parallel run 2 (November payroll) reconciled | S-02 | 2026-12-04 | 2026-12-20 |',
    );
    assert.notEqual(slipping, payroll);
    const slip = (text: string) =>
      engine
        .lintDocument('p.plan.md', text, { asOf: '2026-12-04', config: DEFAULT_CONFIG })
        .findings.filter((f) => f.rule === 'schedule-slip')
        .map((f) => f.message);
    assert.doesNotMatch(slip(slipping)[0] ?? '', /looser/);
    const looser = slipping.replace('  schedule_days: 10', '  schedule_days: 20');
    assert.notEqual(looser, slipping);
    assert.match(
      slip(looser)[0] ?? '',
      /beyond the 10-day schedule tolerance \(the configuration's: `tolerances` in \.handoff\.yaml, 10 days when none is set; the plan's 20 days is looser, and a plan may only tighten it\)/,
    );
  });
});
