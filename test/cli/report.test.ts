/**
 * `handoff report`: exact snapshots of the examples in every format (UPDATE_SNAPSHOTS=1 rewrites
 * test/fixtures/report/*.snap), facts cross-checked against `lint --format json`, hostile plan
 * text in HTML and Mermaid, determinism, and `--out` never touching a plan.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fixturePath, repoRoot } from '../helpers.js';
import { hashTree, makeTempDir, parseReport, readCliFixture, removeTempDir, runCli } from './harness.js';

const ASOF = ['--as-of', '2026-11-25'];
const UPDATE = process.env['UPDATE_SNAPSHOTS'] === '1';

function matchSnapshot(name: string, actual: string): void {
  const file = fixturePath('report', name);
  if (UPDATE || !fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, actual);
    if (!UPDATE) assert.fail(`${name} did not exist and was written: review it, then run the tests again`);
    return;
  }
  const expected = fs.readFileSync(file, 'utf8');
  assert.ok(
    actual === expected,
    `${name} differs from the snapshot (UPDATE_SNAPSHOTS=1 rewrites it):\n${firstDifference(expected, actual)}`,
  );
}

function firstDifference(expected: string, actual: string): string {
  const e = expected.split('\n');
  const a = actual.split('\n');
  for (let i = 0; i < Math.max(e.length, a.length); i++) {
    if (e[i] !== a[i]) return `line ${i + 1}\n- ${e[i] ?? '(end)'}\n+ ${a[i] ?? '(end)'}`;
  }
  return '(no line differs)';
}

interface ReportJson {
  version: number;
  asOf: string;
  totals: {
    plans: number;
    byStage: Record<string, number>;
    byHealth: Record<string, number>;
    heatMap: number[][];
    openHighRisks: number;
    handoversAccepted: number;
    handoversTotal: number;
    findings: { error: number; warning: number; info: number };
  };
  plans: {
    path: string;
    id: string;
    title: string;
    stage: string;
    health: string | null;
    derivedHealth?: string;
    healthReasons: { level: string; rule: string; label: string; line: number; waived: boolean }[];
    goLive?: string;
    openHighRisks: { id: string; score: number; owner: string; ownerId: string }[];
    handovers: { accepted: number; total: number; missingReceivingOwners: { id: string; waived: boolean }[] };
    budget: { approved?: number; actual?: number; forecast?: number; variancePct?: number; tolerancePct: number };
    readiness: { met: number; total: number; goDecision?: string };
    decisions: { id: string; type: string; approvedBy: string; approvedById: string }[];
    waivers: { rule: string; target: string; approvedBy: string; expires?: string; expired: boolean }[];
    statusStale: boolean;
    findings: { error: number; warning: number; info: number };
    latestStatus?: { date: string; risks: string; decisions: string };
  }[];
  dependencies: { edges: { from: string; to: string }[]; unknown: string[]; mermaid: string | null };
}

describe('handoff report', function () {
  this.timeout(60_000);

  describe('the examples', () => {
    for (const format of ['md', 'html', 'json']) {
      it(`matches the ${format} snapshot exactly`, () => {
        const result = runCli(['report', 'examples', '--format', format, ...ASOF], repoRoot);
        assert.equal(result.code, 0, result.stderr);
        assert.equal(result.stderr, '');
        matchSnapshot(`examples.${format}.snap`, result.stdout);
      });
    }

    it('shows the facts PlanStatus and lint give, one row per transition', () => {
      const report = JSON.parse(
        runCli(['report', 'examples', '--format', 'json', ...ASOF], repoRoot).stdout,
      ) as ReportJson;
      const lint = parseReport(runCli(['lint', 'examples', '--format', 'json', ...ASOF], repoRoot).stdout);
      assert.equal(report.version, 2);
      assert.equal(report.asOf, '2026-11-25');
      assert.deepEqual(
        report.plans.map((p) => p.path),
        lint.files.map((f) => f.path),
      );
      for (const plan of report.plans) {
        const file = lint.files.find((f) => f.path === plan.path)!;
        const count = (s: string) => file.diagnostics.filter((d) => d.severity === s).length;
        assert.deepEqual(
          plan.findings,
          { error: count('error'), warning: count('warning'), info: count('info') },
          plan.path,
        );
      }
      // A health reason's line is the line lint gives its finding (both 1-based).
      let reasons = 0;
      for (const plan of report.plans) {
        const file = lint.files.find((f) => f.path === plan.path)!;
        for (const r of plan.healthReasons) {
          reasons++;
          assert.ok(
            file.diagnostics.some((d) => d.rule === r.rule && d.line === r.line),
            `${plan.path}: ${r.rule} at line ${r.line}`,
          );
        }
      }
      assert.ok(reasons > 0, 'the examples have health reasons');
      const byId = new Map(report.plans.map((p) => [p.id, p]));
      assert.deepEqual(
        byId.get('TP-2026-014')!.openHighRisks.map((r) => `${r.id} ${r.score}`),
        ['R-01 15'],
      );
      assert.equal(byId.get('TP-2026-014')!.stage, 'control');
      assert.equal(byId.get('TP-2026-014')!.goLive, '2027-01-04');
      assert.deepEqual(byId.get('TP-2026-022')!.handovers.missingReceivingOwners, [{ id: 'H-04', waived: false }]);
      assert.deepEqual(byId.get('TP-2026-009')!.handovers, { accepted: 4, total: 5, missingReceivingOwners: [] });
      assert.equal(byId.get('TP-2026-031')!.health, undefined);
      assert.equal(
        byId.get('TP-2026-022')!.latestStatus!.decisions,
        'Release contingency for two extra consultant weeks',
      );
      assert.equal(report.totals.plans, 4);
      assert.deepEqual(report.totals.byStage, {
        initiation: 1,
        planning: 1,
        control: 1,
        closure: 0,
        closed: 1,
        unknown: 0,
      });
      assert.deepEqual(report.totals.findings, { error: lint.summary.errors, warning: lint.summary.warnings, info: 0 });
      assert.equal(
        report.totals.heatMap.flat().reduce((a, b) => a + b, 0),
        14,
        'open risks with likelihood and impact across the examples (5 + 0 + 4 + 5)',
      );
      assert.deepEqual(report.dependencies.edges, [{ from: 'TP-2026-014', to: 'TP-2026-009' }]);
    });

    it('Markdown: a table row per plan, risks and challenges, a Mermaid graph', () => {
      const md = runCli(['report', 'examples', ...ASOF], repoRoot).stdout;
      assert.equal(md.split('\n').filter((l) => /^\| TP-/.test(l)).length, 4);
      assert.match(md, /^\| TP-2026-022 \| .* \| 0 \/ 6; no receiving owner: H-04 \| 3 E · 4 W \|$/m);
      assert.match(md, /^## Risks and challenges$/m);
      assert.match(md, /^- \*\*Decisions needed:\*\* Release contingency for two extra consultant weeks$/m);
      assert.match(md, /```mermaid\ngraph LR\n( {2}.*\n)* {2}plan_TP_2026_009 --> plan_TP_2026_014\n```/);
    });

    it('a highlight per transition: derived health with reasons, readiness, budget, decisions, people by name, waivers', () => {
      const report = JSON.parse(
        runCli(['report', 'examples', '--format', 'json', ...ASOF], repoRoot).stdout,
      ) as ReportJson;
      const byId = new Map(report.plans.map((p) => [p.id, p]));
      const payroll = byId.get('TP-2026-014')!;
      assert.equal(payroll.derivedHealth, 'green', 'the clean example derives green');
      assert.deepEqual(payroll.healthReasons, []);
      assert.deepEqual(
        [payroll.budget.approved, payroll.budget.actual, payroll.budget.forecast, payroll.budget.tolerancePct],
        [480000, 326000, 477000, 10],
      );
      assert.equal(payroll.budget.variancePct!.toFixed(2), '-0.63');
      assert.deepEqual([payroll.readiness.met, payroll.readiness.total], [1, 5]);
      assert.deepEqual(
        payroll.decisions.map((d) => `${d.id} ${d.type} ${d.approvedBy} ${d.approvedById}`),
        ['D-01 Scope Helen Marsh S-01', 'D-02 Exception Helen Marsh S-01', 'D-03 Go/No-go Helen Marsh S-01'],
      );
      assert.deepEqual(
        payroll.openHighRisks.map((r) => `${r.id} ${r.owner} ${r.ownerId}`),
        ['R-01 Daniel Osei S-02'],
      );
      const desk = byId.get('TP-2026-022')!;
      assert.equal(desk.derivedHealth, 'red');
      assert.deepEqual(
        desk.healthReasons.map((r) => `${r.level} ${r.rule} ${r.line}`),
        ['red high-risk-without-contingency 55', 'amber status-stale 131'],
      );
      assert.equal(desk.statusStale, true);
      assert.deepEqual(
        desk.waivers.map((w) => `${w.rule} ${w.target} ${w.approvedBy} ${w.expires} ${w.expired}`),
        ['process-interface-without-contact PI-04 Robert Kaye 2027-01-15 false'],
      );
      assert.equal(byId.get('TP-2026-009')!.derivedHealth, undefined, 'a closed plan is not rated');
      assert.equal(byId.get('TP-2026-031')!.derivedHealth, undefined, 'an initiation plan is not rated');

      const html = runCli(['report', 'examples', '--format', 'html', ...ASOF], repoRoot).stdout;
      assert.match(
        html,
        /approved GBP 480,000 · actual GBP 326,000 · forecast GBP 477,000 · variance −0\.6% against a 10% tolerance/,
      );
      assert.match(html, /<span class="person" title="S-02">Daniel Osei<\/span>/);
      assert.match(html, /<caption>Waived findings<\/caption>/);
      assert.match(html, /2026-11-04 <b class="sev-error">stale<\/b>/);
      assert.match(html, /<tr class="exception"><td>D-02<\/td>/);
      assert.match(html, /class="ms-label">M-05<\/text>/, 'milestones are labelled on paper, not only in tooltips');
    });

    it('two plans sharing an id are told apart by their paths', () => {
      const dir = makeTempDir('handoff-report-duplicate-');
      try {
        const payroll = fs.readFileSync(path.join(repoRoot, 'examples', 'payroll-cloud.plan.md'), 'utf8');
        fs.mkdirSync(path.join(dir, 'a'));
        fs.mkdirSync(path.join(dir, 'b'));
        fs.writeFileSync(path.join(dir, 'a', 'payroll.plan.md'), payroll);
        fs.writeFileSync(path.join(dir, 'b', 'payroll.plan.md'), payroll);
        const md = runCli(['report', '.', ...ASOF], dir).stdout;
        assert.match(md, /^\| TP-2026-014 \(`a\/payroll\.plan\.md`\) \|/m);
        assert.match(md, /^\| TP-2026-014 \(`b\/payroll\.plan\.md`\) \|/m);
        assert.match(md, /^### TP-2026-014 \(`a\/payroll\.plan\.md`\) Payroll to PeopleLine Cloud$/m);
        // The HTML's headings too (highlights, risks and challenges), and a plan with no id by its path.
        fs.writeFileSync(path.join(dir, 'b', 'noid.plan.md'), payroll.replace(/^id: .*\n/m, ''));
        const html = runCli(['report', '.', ...ASOF, '--format', 'html'], dir).stdout;
        for (const folder of ['a', 'b'])
          assert.equal(
            html.split(`<h3>TP-2026-014 <code>${folder}/payroll.plan.md</code> Payroll to PeopleLine Cloud</h3>`)
              .length - 1,
            2,
            `${folder}: a highlight and a risks-and-challenges heading`,
          );
        assert.match(html, /<h3><code>b\/noid\.plan\.md<\/code> Payroll to PeopleLine Cloud<\/h3>/);
      } finally {
        removeTempDir(dir);
      }
    });

    it('says why each readiness criterion is not met: no, partial, no row, an empty or unread Met', () => {
      const dir = makeTempDir('handoff-report-readiness-');
      try {
        const payroll = fs.readFileSync(path.join(repoRoot, 'examples', 'payroll-cloud.plan.md'), 'utf8');
        const rows = [
          '| GR-01 | Change authorised (RFC-2026-0412 at the go/no-go CAB) | no | CAB on 2026-12-15 | S-07 |',
          '| GR-02 | Back-out plan tested | partial | Rollback to PeopleLine 8 rehearsed once; second rehearsal after run 2 | S-04 |',
          '| GR-03 | Service acceptance criteria met | no | Parallel run 2 variance under 0.5% (M-05) | S-02 |',
          '| GR-05 | Knowledge articles published | no | 12 articles in review (H-05) | S-11 |',
        ];
        for (const row of rows) assert.ok(payroll.includes(row), row);
        const empty = rows[0]!.replace('| no |', '|  |');
        const unread = rows[2]!.replace('| no |', '| yes (20 of 22) |');
        // Written as not applicable: reads as empty, shown as written.
        const trained = '| GR-04 | Support staff trained | yes |';
        assert.ok(payroll.includes(trained));
        const edited = payroll
          .replace(rows[0]!, empty)
          .replace(rows[2]!, unread)
          .replace(`${rows[3]!}\n`, '')
          .replace(trained, '| GR-04 | Support staff trained | N/A |');
        fs.writeFileSync(path.join(dir, 'payroll.plan.md'), edited);
        const md = runCli(['report', '.', '--as-of', '2026-12-30'], dir).stdout;
        const unmet = /^ {2}- not met: (.*)$/m.exec(md)?.[1] ?? '';
        assert.deepEqual(unmet.split('; '), [
          'Change authorised (Met empty)',
          'Back-out plan tested (partial)',
          'Service acceptance criteria met (Met "yes (20 of 22)" not read)',
          'Support staff trained (Met "N/A")',
          'Knowledge articles published (no row)',
        ]);
      } finally {
        removeTempDir(dir);
      }
    });

    it('a waived finding is listed as waived, not in red', () => {
      const dir = makeTempDir('handoff-report-waiver-');
      try {
        fs.cpSync(path.join(repoRoot, 'examples'), path.join(dir, 'examples'), { recursive: true });
        const file = path.join(dir, 'examples', 'service-desk-planning.plan.md');
        fs.appendFileSync(
          file,
          '| missing-handover-owner | H-04 | CMDB owner named at the January board | Robert Kaye | 2027-01-31 |\n',
        );
        const html = runCli(['report', 'examples', '--format', 'html', ...ASOF], dir).stdout;
        assert.doesNotMatch(html, /sev-error">no receiving owner: H-04/);
        assert.match(html, /no receiving owner, waived: H-04/);
        assert.match(html, /<code>missing-handover-owner<\/code><\/td><td>H-04<\/td>.*Robert Kaye.*2027-01-31/);
      } finally {
        removeTempDir(dir);
      }
    });

    it('colours the heat map by the plans’ own high-risk score', () => {
      const dir = makeTempDir('handoff-report-high-risk-');
      try {
        fs.cpSync(path.join(repoRoot, 'examples'), path.join(dir, 'examples'), { recursive: true });
        const cell = (html: string) => /<rect [^>]*fill="([^"]+)"[^>]*><title>likelihood 3 × impact 4:/.exec(html)?.[1];
        const before = runCli(['report', 'examples', '--format', 'html', ...ASOF], dir).stdout;
        const config = path.join(dir, 'examples', '.handoff.yaml');
        fs.writeFileSync(config, fs.readFileSync(config, 'utf8').replace('high_risk_score: 15', 'high_risk_score: 12'));
        const after = runCli(['report', 'examples', '--format', 'html', ...ASOF], dir).stdout;
        const json = JSON.parse(runCli(['report', 'examples', '--format', 'json', ...ASOF], dir).stdout) as {
          totals: { highRiskScore: number };
        };
        assert.equal(json.totals.highRiskScore, 12);
        assert.ok(cell(before) && cell(after), 'the 3 × 4 cell is drawn');
        assert.notEqual(cell(after), cell(before), 'score 12 turns high at high_risk_score: 12');
        assert.equal(cell(after), /<rect [^>]*fill="([^"]+)"[^>]*><title>likelihood 3 × impact 5:/.exec(before)?.[1]);
      } finally {
        removeTempDir(dir);
      }
    });

    it('says how many open risks the heat map leaves out, their levels missing or unreadable', () => {
      const dir = makeTempDir('handoff-report-unrated-');
      try {
        fs.cpSync(path.join(repoRoot, 'examples'), path.join(dir, 'examples'), { recursive: true });
        const plan = path.join(dir, 'examples', 'payroll-cloud.plan.md');
        const text = fs.readFileSync(plan, 'utf8');
        const unrated = text.replace(
          '| R-02 | Bank rejects the new BACS file format | 2 | 5 | 10 |',
          '| R-02 | Bank rejects the new BACS file format | Med-High | 5 | 10 |',
        );
        assert.notEqual(unrated, text);
        type Totals = { totals: { risksNotPlaced: number; heatMap: number[][] } };
        const json = (): Totals =>
          JSON.parse(runCli(['report', 'examples', '--format', 'json', ...ASOF], dir).stdout) as Totals;
        const before = json().totals;
        fs.writeFileSync(plan, unrated);
        const after = json().totals;
        const placed = (t: { heatMap: number[][] }) => t.heatMap.flat().reduce((a, b) => a + b, 0);
        assert.equal(after.risksNotPlaced, before.risksNotPlaced + 1);
        assert.equal(placed(after), placed(before) - 1);
        const html = runCli(['report', 'examples', '--format', 'html', ...ASOF], dir).stdout;
        assert.match(html, new RegExp(`<p class="muted">${after.risksNotPlaced} open risks? (?:is|are) not placed`));
        const md = runCli(['report', 'examples', ...ASOF], dir).stdout;
        assert.match(
          md,
          new RegExp(`\\(${after.risksNotPlaced} open risks? not rated: likelihood or impact missing or unreadable\\)`),
        );
      } finally {
        removeTempDir(dir);
      }
    });

    it('says when a transition goes live before one it waits for, or waits for one derived red', () => {
      const dir = makeTempDir('handoff-report-waiting-');
      try {
        fs.cpSync(path.join(repoRoot, 'examples'), path.join(dir, 'examples'), { recursive: true });
        const plan = path.join(dir, 'examples', 'payroll-cloud.plan.md');
        const text = fs.readFileSync(plan, 'utf8');
        fs.writeFileSync(plan, text.replace('depends_on: [TP-2026-009]', 'depends_on: [TP-2026-009, TP-2026-022]'));
        const md = runCli(['report', 'examples', ...ASOF], dir).stdout;
        const concern =
          'TP-2026-014 goes live 2027-01-04, before TP-2026-022 (go-live 2027-03-01), and waits for TP-2026-022, which is derived red';
        assert.ok(md.includes(`**Waiting on trouble:**\n\n- ${concern}\n`), md.slice(md.indexOf('## Cross-plan')));
        // The closed plan it also waits for went live long before: no concern.
        assert.ok(!md.includes('before TP-2026-009'));
        const html = runCli(['report', 'examples', '--format', 'html', ...ASOF], dir).stdout;
        assert.ok(html.includes(`<td class="sev-warning">${concern}</td>`));
      } finally {
        removeTempDir(dir);
      }
    });

    it('headlines reported and derived health, and says when go-live is past only once it is', () => {
      const md = runCli(['report', 'examples', ...ASOF], repoRoot).stdout;
      const report = JSON.parse(
        runCli(['report', 'examples', '--format', 'json', ...ASOF], repoRoot).stdout,
      ) as ReportJson;
      const count = (h: string | undefined) => report.plans.filter((p) => p.derivedHealth === h).length;
      const derived = `derived health: ${count('green')} green, ${count('amber')} amber, ${count('red')} red, ${count(undefined)} not rated (initiation 1, closed 1)`;
      assert.ok(md.split('\n')[2]!.endsWith(` · ${derived}`), md.split('\n')[2]);
      assert.ok(count('red') + count('amber') > 0, 'the examples derive more than green');
      // Every plan with errors names them, a closed one (not rated) too.
      const fax = report.plans.find((p) => p.id === 'TP-2026-009')!;
      assert.equal(fax.derivedHealth, undefined);
      assert.ok(fax.findings.error > 0);
      assert.match(
        md,
        /^- \*\*Errors:\*\* 1 error: handover-not-accepted \(line \d+\): Handover H-05 \(Knowledge Management\) is "Ready", not Accepted, in a closed plan$/m,
      );
      // The closed example went live on 2026-09-14; moved to after the as-of date, it has not.
      const dir = makeTempDir('handoff-report-golive-');
      try {
        const closed = fs.readFileSync(path.join(repoRoot, 'examples/legacy-fax-retire.plan.md'), 'utf8');
        fs.writeFileSync(path.join(dir, 'past.plan.md'), closed);
        const ahead = closed
          .replace('go_live: 2026-09-14', 'go_live: 2026-12-07')
          .replace(/^id: .*$/m, 'id: TP-2026-990');
        assert.notEqual(ahead, closed);
        fs.writeFileSync(path.join(dir, 'ahead.plan.md'), ahead);
        const out = runCli(['report', '.', ...ASOF], dir).stdout;
        const phrases = out.split('\n').filter((l) => l.startsWith('- **Go-live and readiness:**'));
        assert.equal(phrases.length, 2, out);
        assert.ok(
          phrases.some((l) => l.includes('go-live 2026-09-14') && l.endsWith(' · past go-live')),
          phrases.join('\n'),
        );
        assert.ok(
          phrases.some((l) => l.includes('go-live 2026-12-07') && l.endsWith(' · closed before its go-live date')),
          phrases.join('\n'),
        );
      } finally {
        removeTempDir(dir);
      }
    });

    it('counts reported health, as derived health, only over plans whose stage has one', () => {
      const report = JSON.parse(
        runCli(['report', 'examples', '--format', 'json', ...ASOF], repoRoot).stdout,
      ) as ReportJson & { totals: { byHealth: Record<string, number>; byDerivedHealth: Record<string, number> } };
      const rated = report.plans.filter((p) => ['planning', 'control', 'closure'].includes(p.stage ?? ''));
      const unrated = report.plans.filter((p) => !rated.includes(p));
      // The closed example still says `health: green`: history, not a green transition today.
      assert.ok(
        unrated.some((p) => p.stage === 'closed' && p.health === 'green'),
        'a closed plan reporting a health',
      );
      const { byHealth, byDerivedHealth } = report.totals;
      assert.equal(byHealth['notRated'], unrated.length);
      assert.equal(byHealth['notRated'], byDerivedHealth['none']);
      for (const h of ['green', 'amber', 'red'] as const) {
        assert.equal(byHealth[h], rated.filter((p) => p.health === h).length, h);
      }
      assert.equal(byHealth['none'], rated.filter((p) => (p.health ?? null) === null).length);
      const md = runCli(['report', 'examples', ...ASOF], repoRoot).stdout;
      // Which plans are not rated is said, so a closed plan's `green` in the table does not look miscounted.
      assert.match(
        md,
        /reported health: 1 green, 1 amber, 0 red, 0 not reported, 2 not rated \(initiation 1, closed 1\) · derived health: /,
      );
    });

    it('is deterministic for a given --as-of, and the as-of changes time-dependent facts', () => {
      for (const format of ['md', 'html', 'json']) {
        const a = runCli(['report', 'examples', '--format', format, ...ASOF], repoRoot).stdout;
        const b = runCli(['report', 'examples', '--format', format, ...ASOF], repoRoot).stdout;
        assert.equal(a, b, format);
        assert.ok(!/\d{4}-\d\d-\d\dT\d\d:\d\d/.test(a), `${format} has no timestamp`);
      }
      const later = JSON.parse(
        runCli(['report', 'examples', '--format', 'json', '--as-of', '2027-02-01'], repoRoot).stdout,
      ) as ReportJson;
      const payroll = later.plans.find((p) => p.id === 'TP-2026-014')!;
      assert.equal(later.asOf, '2027-02-01');
      assert.ok(payroll.findings.warning > 0, 'overdue milestones and stale status by then');
    });
  });

  describe('the core people', () => {
    let dir: string;
    before(() => {
      dir = makeTempDir('handoff-report-');
      // The sponsor by the role one stakeholder holds, as the engine resolves references.
      const plan = readCliFixture('clean.plan.md').replace('sponsor: S-01', 'sponsor: Sponsor');
      assert.ok(plan.includes('sponsor: Sponsor'));
      fs.writeFileSync(path.join(dir, 'roles.plan.md'), plan);
    });
    after(() => removeTempDir(dir));

    it("names them as the engine resolves them: a role one stakeholder holds is that stakeholder's name", () => {
      const md = runCli(['report', '.', '--format', 'md', ...ASOF], dir).stdout;
      assert.match(md, /sponsor Hana Berg, service owner Luis Ortega, project manager Mei Tan/);
    });
  });

  describe('line breaks in status cells', () => {
    let dir: string;
    before(() => {
      dir = makeTempDir('handoff-report-');
      const row =
        '| 2026-11-20 | Green | Run 1 reconciled; only the pension rounding variance is open (CA-01) | R-01 stays high until run 2 reconciles | - |';
      const plan = fs.readFileSync(path.join(repoRoot, 'examples', 'payroll-cloud.plan.md'), 'utf8');
      assert.ok(plan.includes(row));
      const broken = plan.replace(
        row,
        '| 2026-11-20 | Green | Run 1 reconciled<br>Pension variance open (CA-01)<br/>Bank <file> agreed | R-01 stays high<br>**Supplier** late | - |',
      );
      fs.writeFileSync(path.join(dir, 'payroll.plan.md'), broken);
    });
    after(() => removeTempDir(dir));

    it('shows a cell written on several lines (<br>) on several lines, each escaped', () => {
      const json = JSON.parse(runCli(['report', '.', '--format', 'json', ...ASOF], dir).stdout) as {
        plans: { latestStatus?: { summary: string; risks: string } }[];
      };
      const status = json.plans[0]!.latestStatus!;
      assert.equal(status.summary, 'Run 1 reconciled\nPension variance open (CA-01)\nBank <file> agreed');
      // A line with Markdown in it: the lines cannot be told from the source, so the cell is one line.
      assert.equal(status.risks, 'R-01 stays high Supplier late');
      const html = runCli(['report', '.', '--format', 'html', ...ASOF], dir).stdout;
      assert.ok(html.includes('Run 1 reconciled<br>Pension variance open (CA-01)<br>Bank &lt;file&gt; agreed'));
      const md = runCli(['report', '.', '--format', 'md', ...ASOF], dir).stdout;
      assert.ok(md.includes('Run 1 reconciled<br>Pension variance open (CA-01)<br>Bank &lt;file&gt; agreed'));
      assert.ok(md.includes('**Risks and challenges:** R-01 stays high Supplier late'));
    });
  });

  describe('hostile plan text', () => {
    let dir: string;
    before(() => {
      dir = makeTempDir('handoff-report-');
      const hostile = readCliFixture('clean.plan.md')
        .replace('title: Expense claims app', `title: "<script>alert(1)</script> \\"><img src=x onerror=alert(2)>"`)
        .replace('service: Expense claims', 'service: "</style><style>body{background:red}</style>\'"')
        .replace('id: TP-2026-101', 'id: "TP-1\\"]; click plan_x call alert(3); %% <b>"')
        .replace('stage: initiation', 'stage: initiation\ndepends_on: ["TP-2026-101", "x\\"] --> y[\\"<i>"]');
      const second = readCliFixture('clean.plan.md');
      fs.writeFileSync(path.join(dir, 'hostile.plan.md'), hostile);
      fs.writeFileSync(path.join(dir, 'clean.plan.md'), second);
    });
    after(() => removeTempDir(dir));

    it('HTML escapes every plan string and loads nothing from outside', () => {
      const html = runCli(['report', '.', '--format', 'html', ...ASOF], dir).stdout;
      assert.ok(html.startsWith('<!DOCTYPE html>'));
      assert.ok(!/<script/i.test(html), 'no script element');
      assert.ok(!/<img/i.test(html), 'no img element');
      assert.ok(!/<i>/i.test(html) && html.includes('&lt;i&gt;'), 'injected markup is text');
      assert.ok(html.includes('%% &lt;b&gt;'), 'the hostile id is text');
      assert.ok(!/<[^>]*\sonerror=/i.test(html), 'no event handler attribute');
      assert.equal((html.match(/<style>/g) ?? []).length, 1, 'only the report’s own stylesheet');
      assert.equal((html.match(/<\/style>/g) ?? []).length, 1);
      assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'), 'the title is shown as text');
      assert.ok(html.includes('&quot;&gt;&lt;img src=x onerror=alert(2)&gt;'));
      // Self-contained: no link, no external URL other than the SVG namespace, no script at all.
      assert.ok(!/<link|<iframe|<object|<embed|@import/i.test(html));
      const urls = html.match(/https?:\/\/[^\s"'<>)]+/g) ?? [];
      assert.deepEqual([...new Set(urls)], ['http://www.w3.org/2000/svg']);
      assert.match(
        html,
        /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">/,
      );
      assert.match(html, /@media print/);
    });

    it('Mermaid ids are sanitised and labels cannot close the node or the block', () => {
      const report = JSON.parse(runCli(['report', '.', '--format', 'json', ...ASOF], dir).stdout) as ReportJson;
      const mermaid = report.dependencies.mermaid!;
      const lines = mermaid.split('\n');
      assert.equal(lines[0], 'graph LR');
      for (const line of lines.slice(1)) {
        assert.match(
          line,
          /^ {2}(plan_\w+\["[^"[\]<>`]*"\]|plan_\w+ --> plan_\w+|classDef missing stroke-dasharray: 4 4|class plan_\w+(,plan_\w+)* missing)$/,
          line,
        );
      }
      const md = runCli(['report', '.', ...ASOF], dir).stdout;
      assert.equal((md.match(/^```/gm) ?? []).length, 2, 'one fenced block, opened and closed once');
      assert.ok(!/<script|<img|<b>|<i>/i.test(md));
    });
  });

  describe('--out', () => {
    let dir: string;
    beforeEach(() => {
      dir = makeTempDir('handoff-report-out-');
      fs.cpSync(path.join(repoRoot, 'examples'), dir, { recursive: true });
    });
    afterEach(() => removeTempDir(dir));

    it('writes the report to the file and nothing to stdout', () => {
      const result = runCli(['report', '.', '--format', 'html', '--out', 'portfolio.html', ...ASOF], dir);
      assert.equal(result.code, 0, result.stderr);
      assert.equal(result.stdout, '');
      const written = fs.readFileSync(path.join(dir, 'portfolio.html'), 'utf8');
      assert.equal(written, runCli(['report', '.', '--format', 'html', ...ASOF], dir).stdout);
    });

    it('refuses a plan it reads, any *.plan.md, a symlink to a plan and a file that declares itself a plan', () => {
      fs.symlinkSync(path.join(dir, 'payroll-cloud.plan.md'), path.join(dir, 'link.html'));
      fs.writeFileSync(path.join(dir, 'elsewhere.md'), readCliFixture('clean.plan.md'));
      const cases: [string, RegExp][] = [
        ['payroll-cloud.plan.md', /one of the plans the report reads/],
        ['link.html', /one of the plans the report reads/],
        ['new.plan.md', /name is that of a plan/],
      ];
      const before = hashTree(dir);
      for (const [out, why] of cases) {
        const result = runCli(['report', '.', '--out', out, ...ASOF], dir);
        assert.equal(result.code, 2, out);
        assert.match(result.stderr, why, out);
      }
      // A plan outside the paths reported is still a plan.
      const outside = runCli(['report', 'payroll-cloud.plan.md', '--out', 'elsewhere.md', ...ASOF], dir);
      assert.equal(outside.code, 2);
      assert.match(outside.stderr, /the file there is a transition plan/);
      assert.equal(hashTree(dir), before, 'nothing was written or touched');
    });

    it('a file it cannot read is listed in the report, which is still written, and the exit code is 2', () => {
      fs.writeFileSync(path.join(dir, 'broken.plan.md'), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0x01]));
      const result = runCli(['report', '.', '--out', 'r.md', ...ASOF], dir);
      assert.equal(result.code, 2);
      assert.match(result.stderr, /^handoff: broken\.plan\.md: binary file/m);
      const md = fs.readFileSync(path.join(dir, 'r.md'), 'utf8');
      assert.match(md, /^## Files not read\n\n- `broken\.plan\.md`: binary file/m);
      assert.equal(md.split('\n').filter((l) => /^\| TP-/.test(l)).length, 4, 'the readable plans are all there');
    });

    it('a folder without plans gives an empty report, exit 0', () => {
      const empty = makeTempDir('handoff-report-empty-');
      try {
        const result = runCli(['report', '.', ...ASOF], empty);
        assert.equal(result.code, 0, result.stderr);
        assert.match(result.stdout, /^\*\*0 plans\*\*/m);
        assert.match(result.stdout, /^No plans found\.$/m);
        assert.match(result.stdout, /^No plan depends on another\.$/m);
      } finally {
        removeTempDir(empty);
      }
    });

    it('an invalid configuration is exit 2 and no report', () => {
      fs.writeFileSync(path.join(dir, '.handoff.yaml'), 'rules:\n  no-such-rule: error\n');
      const result = runCli(['report', '.', '--out', 'r.md', ...ASOF], dir);
      assert.equal(result.code, 2);
      assert.match(result.stderr, /invalid configuration/);
      assert.ok(!fs.existsSync(path.join(dir, 'r.md')));
    });
  });
});
