/**
 * `handoff report` on what a steering group asks of a transition at closure (PRINCE2's End
 * Project Report: who has signed the closure off and who has not, early life support's exit, the
 * post-implementation review's results, lessons learned), on corrective actions and issues past
 * their Due date, and on a budget whose forecast cannot be computed: in Markdown, HTML and JSON,
 * plan text escaped.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../helpers.js';
import { makeTempDir, removeTempDir, runCli } from './harness.js';

const AS_OF = ['--as-of', '2026-12-10'];

/** The example's text with each `[from, to]` replaced, each `from` checked to be there once. */
function edited(example: string, edits: readonly (readonly [string, string])[]): string {
  let text = fs.readFileSync(path.join(repoRoot, 'examples', example), 'utf8');
  for (const [from, to] of edits) {
    assert.equal(text.split(from).length, 2, `once in ${example}: ${from}`);
    text = text.replace(from, to);
  }
  return text;
}

interface PlanJson {
  id: string;
  budget: { actual?: number; forecast?: number; unreadAmounts: { row: number; column: string; text: string }[] };
  overdueItems: {
    kind: string;
    id: string;
    owner: string;
    due?: string;
    dueWritten?: string;
    daysOverdue?: number;
    line: number;
  }[];
  closure?: {
    signOff: {
      signed: { role: string; name: string; date?: string }[];
      notSigned: { role: string; name: string; decision: string; line?: number }[];
    };
    earlyLifeSupport: { met: number; total: number; notMet: { id: string; met?: string; metText: string }[] };
    postImplementationReview: {
      objectives: number;
      achieved: number;
      partly: { objective: string }[];
      notAchieved: { objective: string }[];
      notAssessed: { objective: string; result: string }[];
      notRead: { objective: string; result: string }[];
    };
    lessonsLearned: number;
  };
}

function reportJson(dir: string): PlanJson[] {
  const result = runCli(['report', '.', '--format', 'json', ...AS_OF], dir);
  assert.equal(result.code, 0, result.stderr);
  return (JSON.parse(result.stdout) as { plans: PlanJson[] }).plans;
}

/** The Markdown highlight's line for a fact (`- **Sign-off:** …`), without its label. */
function mdFact(md: string, label: string): string | undefined {
  const prefix = `- **${label}:** `;
  return md
    .split('\n')
    .find((l) => l.startsWith(prefix))
    ?.slice(prefix.length);
}

describe('handoff report: closure, overdue actions, a forecast not computed', function () {
  this.timeout(60_000);

  describe('a closed plan: the End Project Report', () => {
    let dir: string;
    before(() => {
      dir = makeTempDir('handoff-report-closure-');
      const closed = edited('legacy-fax-retire.plan.md', [
        // The sponsor has not approved; the service owner has no row; a hostile signatory has.
        ['| Sponsor | S-01 | Approved | 2026-11-19 |', '| Sponsor | S-01 | Pending | |'],
        ['| Service owner | Megan Doyle | Approved | 2026-11-19 |\n', ''],
        [
          '| Change manager | S-06 | Approved | 2026-11-20 |',
          '| Change manager | S-06 | Approved | 2026-11-20 |\n| Auditor <img src=x onerror=alert(1)> | Zed & Co | Signed | 21 Nov 2026 |',
        ],
        // Early life support: one criterion not met, one with Met empty.
        ['| Fewer than 5 a week | yes |', '| Fewer than 5 a week | no |'],
        ['| 20 samples found | yes |', '| 20 samples found |  |'],
        // The review: one not achieved, one TBC, one not read, a hostile objective.
        [
          '| Running cost of £41k a year removed | Achieved |',
          '| <script>alert(2)</script> cost removed | Not achieved |',
        ],
        [
          '| Service desk calls about fax below 5 a week by week 44 | Achieved |',
          '| Service desk calls about fax below 5 a week by week 44 | TBC (Jan 2027) |',
        ],
        [
          '| Gateway, lines and servers decommissioned securely | Achieved |',
          '| Gateway, lines and servers decommissioned securely | Not yet |',
        ],
      ]).replace(/### Lessons learned\n\n(- .*\n)+/, '### Lessons learned\n\n- TBC\n');
      assert.ok(closed.includes('### Lessons learned\n\n- TBC\n'));
      fs.writeFileSync(path.join(dir, 'fax.plan.md'), closed);
    });
    after(() => removeTempDir(dir));

    it('JSON: who has signed and who has not, exit criteria, the review by result, lessons', () => {
      const [plan] = reportJson(dir);
      const c = plan!.closure!;
      assert.deepEqual(
        c.signOff.signed.map((s) => `${s.role} | ${s.name} | ${s.date}`),
        ['Change manager | Marcus Bell | 2026-11-20', 'Auditor <img src=x onerror=alert(1)> | Zed & Co | 2026-11-21'],
      );
      assert.deepEqual(
        c.signOff.notSigned.map((s) => `${s.role} | ${s.name} | ${s.decision} | ${s.line ?? 'no row'}`),
        [
          'Service owner | Megan Doyle |  | no row',
          `Sponsor | Robert Kaye | Pending | ${c.signOff.notSigned[1]!.line}`,
        ],
      );
      assert.equal(typeof c.signOff.notSigned[1]!.line, 'number');
      assert.deepEqual([c.earlyLifeSupport.met, c.earlyLifeSupport.total], [2, 4]);
      assert.deepEqual(
        c.earlyLifeSupport.notMet.map((e) => `${e.id} ${e.met ?? '-'} "${e.metText}"`),
        ['ELS-02 no "no"', 'ELS-04 - ""'],
      );
      const pir = c.postImplementationReview;
      assert.deepEqual([pir.objectives, pir.achieved], [5, 1]);
      assert.deepEqual(
        pir.partly.map((p) => p.objective),
        ['Knowledge base fully updated at switch-off'],
      );
      assert.deepEqual(
        pir.notAchieved.map((p) => p.objective),
        ['<script>alert(2)</script> cost removed'],
      );
      assert.deepEqual(
        pir.notAssessed.map((p) => `${p.objective} "${p.result}"`),
        ['Service desk calls about fax below 5 a week by week 44 ""'],
      );
      assert.deepEqual(
        pir.notRead.map((p) => `${p.objective} "${p.result}"`),
        ['Gateway, lines and servers decommissioned securely "Not yet"'],
      );
      assert.equal(c.lessonsLearned, 0, 'a TBC item is no lesson');
    });

    it('Markdown: one line each, plan text escaped', () => {
      const md = runCli(['report', '.', ...AS_OF], dir).stdout;
      assert.equal(
        mdFact(md, 'Sign-off'),
        'signed: Change manager Marcus Bell (2026-11-20), Auditor &lt;img src=x onerror=alert(1)&gt; Zed &amp; Co (2026-11-21); not signed: Service owner Megan Doyle (no sign-off row), Sponsor Robert Kaye (Pending)',
      );
      assert.equal(
        mdFact(md, 'Early life support'),
        '2 of 4 exit criteria met; not met: ELS-02 Calls to the intercept message, target Fewer than 5 a week (no), ELS-04 Archived faxes retrievable, target 20 samples found (Met empty)',
      );
      assert.equal(
        mdFact(md, 'Post-implementation review'),
        '1 of 5 objectives achieved; partly achieved: Knowledge base fully updated at switch-off; not achieved: &lt;script&gt;alert(2)&lt;/script&gt; cost removed; not yet assessed: Service desk calls about fax below 5 a week by week 44; result not read: Gateway, lines and servers decommissioned securely ("Not yet")',
      );
      assert.equal(mdFact(md, 'Lessons learned'), 'none recorded');
      assert.ok(!/<img|<script/i.test(md));
    });

    it('HTML: a fact each, marked when it needs attention, everything escaped', () => {
      const html = runCli(['report', '.', '--format', 'html', ...AS_OF], dir).stdout;
      assert.ok(!/<img|<script/i.test(html), 'no injected element');
      assert.ok(
        html.includes(
          '<dt>Sign-off</dt><dd class="sev-warning">signed: Change manager Marcus Bell (2026-11-20), Auditor &lt;img src=x onerror=alert(1)&gt; Zed &amp; Co (2026-11-21)<br>not signed: Service owner Megan Doyle (no sign-off row), Sponsor Robert Kaye (Pending)</dd>',
        ),
      );
      assert.match(html, /<dt>Early life support<\/dt><dd class="sev-warning">2 of 4 exit criteria met<br>not met: /);
      assert.match(html, /<dt>Post-implementation review<\/dt><dd class="sev-warning">1 of 5 objectives achieved<br>/);
      assert.ok(html.includes('<br>not achieved: &lt;script&gt;alert(2)&lt;/script&gt; cost removed<br>'));
      assert.ok(html.includes('<dt>Lessons learned</dt><dd class="sev-warning">none recorded</dd>'));
    });

    it('an approval or an acceptance dated after the as-of date is not given yet: not signed, not accepted', () => {
      const ahead = makeTempDir('handoff-report-closure-ahead-');
      try {
        const text = edited('legacy-fax-retire.plan.md', [
          ['| Sponsor | S-01 | Approved | 2026-11-19 |', '| Sponsor | S-01 | Approved | 2026-12-19 |'],
          ['| 2026-09-11 | Accepted | 2026-09-11 |', '| 2026-09-11 | Accepted | 2026-12-11 |'],
        ]);
        fs.writeFileSync(path.join(ahead, 'fax.plan.md'), text);
        const [plan] = reportJson(ahead);
        const c = plan!.closure!;
        assert.ok(!c.signOff.signed.some((s) => s.role === 'Sponsor'), 'the sponsor has not signed yet');
        assert.deepEqual(
          c.signOff.notSigned.map((s) => `${s.role} | ${s.decision}`),
          ['Sponsor | Approved'],
        );
        const md = runCli(['report', '.', ...AS_OF], ahead).stdout;
        assert.match(
          mdFact(md, 'Sign-off') ?? '',
          /; not signed: Sponsor Robert Kaye \(Approved on 2026-12-19, after the as-of date: not given yet\)$/,
        );
        assert.equal(
          mdFact(md, 'Overdue handovers'),
          'H-01 Incident Management (planned 2026-09-11, 90 days overdue, Accepted on 2026-12-11, after the as-of date: not given yet, Grace Lindqvist); H-05 Knowledge Management (planned 2026-10-16, 55 days overdue, Ready, Owen Price)',
        );
      } finally {
        removeTempDir(ahead);
      }
    });

    it('says nothing of closure before it: a plan in control has none', () => {
      const control = makeTempDir('handoff-report-closure-control-');
      try {
        fs.copyFileSync(path.join(repoRoot, 'examples', 'payroll-cloud.plan.md'), path.join(control, 'p.plan.md'));
        const [plan] = reportJson(control);
        assert.equal(plan!.closure, undefined);
        const md = runCli(['report', '.', ...AS_OF], control).stdout;
        assert.equal(mdFact(md, 'Sign-off'), undefined);
        assert.equal(mdFact(md, 'Lessons learned'), undefined);
      } finally {
        removeTempDir(control);
      }
    });

    it('a plan in closure with no sign-off yet: nobody has signed, the sponsor and the service owner named', () => {
      const closure = makeTempDir('handoff-report-closure-stage-');
      try {
        const text = fs
          .readFileSync(path.join(dir, 'fax.plan.md'), 'utf8')
          .replace('stage: closed', 'stage: closure')
          .replace(/### Sign-off\n\n(\|.*\n)+/, '');
        assert.ok(text.includes('stage: closure') && !text.includes('### Sign-off'));
        fs.writeFileSync(path.join(closure, 'fax.plan.md'), text);
        const md = runCli(['report', '.', ...AS_OF], closure).stdout;
        assert.equal(
          mdFact(md, 'Sign-off'),
          'nobody has signed; not signed: Sponsor Robert Kaye (no sign-off row), Service owner Megan Doyle (no sign-off row)',
        );
      } finally {
        removeTempDir(closure);
      }
    });
  });

  describe('corrective actions and issues past their Due date', () => {
    let dir: string;
    before(() => {
      dir = makeTempDir('handoff-report-overdue-');
      const payroll = edited('payroll-cloud.plan.md', [
        [
          '| CA-01 | Vendor fixes pension rounding; retest in run 2 | S-08 | 2026-12-02 | Open |',
          '| CA-01 | Vendor fixes <b>pension</b> rounding | S-08 | 2026-10-01 | In progress |',
        ],
        // A due date that cannot be read is said, not taken as none.
        ['| S-06 | 2026-11-12 | 2026-11-27 | Open |', '| S-06 | 2026-11-12 | 27/11/2026 | Open |'],
      ]);
      fs.writeFileSync(path.join(dir, 'payroll.plan.md'), payroll);
    });
    after(() => removeTempDir(dir));

    it('JSON: each open one past its Due date, with the days; a closed one is not', () => {
      const [plan] = reportJson(dir);
      assert.deepEqual(
        plan!.overdueItems.map((i) => `${i.kind} ${i.id} ${i.owner} ${i.due ?? i.dueWritten} ${i.daysOverdue}`),
        [
          'correctiveAction CA-01 Liam Carter 2026-10-01 70',
          'issue I-01 Daniel Osei 2026-12-02 8',
          'issue I-02 Sofia Brandt 27/11/2026 undefined',
        ],
      );
      assert.ok(plan!.overdueItems.every((i) => typeof i.line === 'number'));
    });

    it('Markdown and HTML: "CA-01 … — due 2026-10-01, 70 days overdue, owner …", escaped', () => {
      const md = runCli(['report', '.', ...AS_OF], dir).stdout;
      assert.equal(
        mdFact(md, 'Overdue actions and issues'),
        'CA-01 Vendor fixes &lt;b&gt;pension&lt;/b&gt; rounding — due 2026-10-01, 70 days overdue, owner Liam Carter; ' +
          'I-01 Pension deductions off by 1p for 212 employees — due 2026-12-02, 8 days overdue, owner Daniel Osei; ' +
          'I-02 Bank test submission account not provisioned — due date "27/11/2026" not read, owner Sofia Brandt',
      );
      const html = runCli(['report', '.', '--format', 'html', ...AS_OF], dir).stdout;
      assert.ok(
        html.includes(
          '<dt>Overdue actions and issues</dt><dd class="sev-warning">CA-01 Vendor fixes &lt;b&gt;pension&lt;/b&gt; rounding — due 2026-10-01, 70 days overdue, owner Liam Carter<br>I-01 ',
        ),
      );
      assert.ok(!html.includes('<b>pension'));
    });

    it('none listed before the Due date', () => {
      const result = runCli(['report', '.', '--format', 'json', '--as-of', '2026-09-30'], dir);
      const plans = (JSON.parse(result.stdout) as { plans: PlanJson[] }).plans;
      assert.deepEqual(
        plans[0]!.overdueItems.map((i) => i.id),
        ['I-02'],
        'only the one whose Due date is not read',
      );
    });
  });

  describe('a budget whose forecast cannot be computed', () => {
    let dir: string;
    before(() => {
      dir = makeTempDir('handoff-report-budget-');
      const payroll = edited('payroll-cloud.plan.md', [
        [
          '| Internal staff and backfill | 84000 | 61000 | 86000 |',
          '| Internal staff and backfill | 2 FTE | 2 FTE | 3 FTE |',
        ],
        [
          '| Integrations (HR, GL, bank) | 60000 | 52000 | 58000 |',
          '| Integrations (HR, GL, bank) | 60000 | 52000 | <b>EUR 58k</b> |',
        ],
      ]);
      fs.writeFileSync(path.join(dir, 'payroll.plan.md'), payroll);
    });
    after(() => removeTempDir(dir));

    it('says why, and where, instead of "actual – · forecast –"', () => {
      const [plan] = reportJson(dir);
      assert.equal(plan!.budget.actual, undefined);
      assert.equal(plan!.budget.forecast, undefined);
      assert.deepEqual(
        plan!.budget.unreadAmounts.map((u) => `${u.row} ${u.column} ${u.text}`),
        ['3 approved 2 FTE', '3 actual 2 FTE', '3 forecast 3 FTE', '4 forecast <b>EUR 58k</b>'],
      );
      const md = runCli(['report', '.', ...AS_OF], dir).stdout;
      const budget = mdFact(md, 'Budget') ?? '';
      assert.ok(
        budget.startsWith(
          'approved GBP 480,000 · actual and forecast not computed: 4 amounts not read, in Resource consumption rows 3–4 · ',
        ),
        budget,
      );
      assert.ok(!budget.includes('actual –') && !budget.includes('forecast –'), budget);
      const html = runCli(['report', '.', '--format', 'html', ...AS_OF], dir).stdout;
      assert.ok(
        html.includes('actual and forecast not computed: 4 amounts not read, in Resource consumption rows 3–4'),
      );
    });

    it('a forecast alone not computed leaves the actual shown', () => {
      const only = makeTempDir('handoff-report-budget-forecast-');
      try {
        const payroll = edited('payroll-cloud.plan.md', [
          [
            '| Training and communications | 20000 | 6000 | 18000 |',
            '| Training and communications | 20000 | 6000 | 3 FTE |',
          ],
        ]);
        fs.writeFileSync(path.join(only, 'payroll.plan.md'), payroll);
        const budget = mdFact(runCli(['report', '.', ...AS_OF], only).stdout, 'Budget') ?? '';
        assert.ok(
          budget.startsWith(
            'approved GBP 480,000 · actual GBP 326,000 · forecast not computed: 1 amount not read, in Resource consumption row 6 · ',
          ),
          budget,
        );
      } finally {
        removeTempDir(only);
      }
    });
  });
});
