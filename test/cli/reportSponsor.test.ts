/**
 * `handoff report` read as a sponsor reads it: the headline says what is overdue besides
 * milestones (and the highlights list the same items), which plans report better health than
 * derived health says, which plans health does not rate and which files were left out; near
 * go-live the readiness line says how many days remain or have passed; an overdue milestone or
 * handover says how late it is; a latest status dated after the as-of date is not passed off as
 * current; and the HTML charts say in their text alternative what they show.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../helpers.js';
import { makeTempDir, removeTempDir, runCli } from './harness.js';

const example = (name: string): string => fs.readFileSync(path.join(repoRoot, 'examples', name), 'utf8');

/** The example's text with each `[from, to]` replaced, each `from` checked to be there once. */
function edited(name: string, edits: readonly (readonly [string, string])[]): string {
  let text = example(name);
  for (const [from, to] of edits) {
    assert.equal(text.split(from).length, 2, `once in ${name}: ${from}`);
    text = text.replace(from, to);
  }
  return text;
}

const line = (out: string, label: string): string | undefined =>
  out.split('\n').find((l) => l.startsWith(`- **${label}:**`));

describe('handoff report: what a sponsor needs to decide where to intervene', function () {
  this.timeout(60_000);
  let dir: string;
  const report = (asOf: string, format = 'markdown', cwd = dir): string => {
    const result = runCli(['report', '.', '--format', format, '--as-of', asOf], cwd);
    assert.equal(result.code, 0, result.stderr);
    return result.stdout;
  };
  before(() => {
    dir = makeTempDir('handoff-report-sponsor-');
    fs.writeFileSync(path.join(dir, 'payroll.plan.md'), example('payroll-cloud.plan.md'));
    // The planning example, its go-live moved before the as-of dates used here.
    fs.writeFileSync(
      path.join(dir, 'desk.plan.md'),
      edited('service-desk-planning.plan.md', [['go_live: 2027-03-01', 'go_live: 2026-12-07']]),
    );
  });
  after(() => removeTempDir(dir));

  it('says how many days remain to go-live inside the readiness window, and how many have passed after it', () => {
    const payroll = (asOf: string): string | undefined =>
      report(asOf)
        .split('\n')
        .find((l) => l.startsWith('- **Go-live and readiness:** go-live 2027-01-04'));
    assert.match(payroll('2026-12-30') ?? '', / · go-live in 5 days, inside the readiness window$/);
    assert.match(payroll('2027-01-04') ?? '', / · go-live is today$/);
    assert.match(payroll('2027-01-20') ?? '', / · go-live date passed 16 days ago$/);
  });

  it('says a plan past its go-live date is still in planning', () => {
    const desk = report('2026-12-30')
      .split('\n')
      .filter((l) => l.startsWith('- **Go-live and readiness:** go-live 2026-12-07'));
    assert.deepEqual(desk.length, 1);
    assert.match(desk[0]!, / · go-live date passed 23 days ago, still in planning$/);
  });

  it('says how late each overdue milestone and handover is, in Markdown and HTML', () => {
    const md = report('2026-12-30');
    assert.match(
      md,
      /^- \*\*Overdue milestones:\*\* M-05 Parallel run 2 \(November payroll\) reconciled \(due 2026-12-04, 26 days overdue\); M-06 Go\/no-go decision at CAB \(due 2026-12-15, 15 days overdue\)$/m,
    );
    assert.match(md, /H-02 Change Management \(planned 2026-12-15, 15 days overdue, Ready, Marcus Bell\)/);
    const html = report('2026-12-30', 'html');
    assert.match(
      html,
      /M-06 Go\/no-go decision at CAB <span class="muted">\(due 2026-12-15, 15 days overdue\)<\/span>/,
    );
    assert.match(html, /\(planned 2026-12-15, 15 days overdue, Ready, Marcus Bell\)/);
  });

  it('headlines overdue handovers, actions and issues, as many as the highlights list', () => {
    const md = report('2026-12-30');
    const json = JSON.parse(report('2026-12-30', 'json')) as {
      plans: { overdueHandovers: unknown[]; overdueItems: { due?: string }[] }[];
    };
    const handovers = json.plans.reduce((n, p) => n + p.overdueHandovers.length, 0);
    const items = json.plans.reduce((n, p) => n + p.overdueItems.filter((i) => i.due).length, 0);
    assert.ok(handovers > 0 && items > 0, 'the plans have overdue handovers and items as of 2026-12-30');
    assert.ok(
      md.includes(` · overdue handovers: **${handovers}** · overdue actions and issues: **${items}** · `),
      md.split('\n')[4],
    );
    const html = report('2026-12-30', 'html');
    assert.ok(html.includes(`<div class="card">Overdue handovers<b>${handovers}</b></div>`));
    assert.ok(html.includes(`<div class="card">Overdue actions and issues<b>${items}</b></div>`));
  });

  it('names the plans whose reported health is better than derived health', () => {
    const md = report('2026-12-30');
    assert.match(
      md,
      /^Reported health better than derived: \*\*2 plans\*\*: TP-2026-022 \(Amber, derived Red\), TP-2026-014 \(Green, derived Amber\)$/m,
    );
    const html = report('2026-12-30', 'html');
    assert.match(
      html,
      /<b>Reported health better than derived:<\/b> TP-2026-022 <span class="muted">\(Amber, derived Red\)/,
    );
    // Where reported and derived health agree, nothing is said.
    const agreeing = makeTempDir('handoff-report-agree-');
    try {
      fs.writeFileSync(path.join(agreeing, 'payroll.plan.md'), example('payroll-cloud.plan.md'));
      assert.doesNotMatch(report('2026-11-25', 'markdown', agreeing), /better than derived/);
    } finally {
      removeTempDir(agreeing);
    }
  });

  it('does not pass a status dated after the as-of date off as current, nor call it stale', () => {
    const ahead = makeTempDir('handoff-report-ahead-');
    try {
      fs.writeFileSync(
        path.join(ahead, 'payroll.plan.md'),
        edited('payroll-cloud.plan.md', [
          [
            '| 2026-11-20 | Green | Run 1 reconciled;',
            '| 2027-02-12 | Green | Live since January | - | - |\n| 2026-11-06 | Green | Run 1 reconciled;',
          ],
        ]),
      );
      const md = report('2026-11-25', 'markdown', ahead);
      assert.equal(
        line(md, 'Latest status'),
        '- **Latest status:** 2027-02-12 **(dated after 2026-11-25; the newest entry by then is stale)**, 🟢 Green. Live since January',
      );
      const html = report('2026-11-25', 'html', ahead);
      assert.match(
        html,
        /<dt>Latest status<\/dt><dd>2027-02-12 <b class="sev-error">dated after 2026-11-25; the newest entry by then is stale<\/b> /,
      );
    } finally {
      removeTempDir(ahead);
    }
  });

  it('says at the top which files could not be read, in Markdown and HTML', () => {
    const broken = makeTempDir('handoff-report-unread-');
    try {
      fs.writeFileSync(path.join(broken, 'payroll.plan.md'), example('payroll-cloud.plan.md'));
      fs.writeFileSync(path.join(broken, 'binary.plan.md'), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0x01]));
      const md = runCli(['report', '.', '--as-of', '2026-11-25'], broken);
      assert.equal(md.code, 2);
      const lines = md.stdout.split('\n');
      assert.equal(lines[4], '**1 file could not be read: it is not in this report (see Files not read).**');
      const html = runCli(['report', '.', '--format', 'html', '--as-of', '2026-11-25'], broken).stdout;
      assert.ok(html.includes('<div class="card sev-error">Files not read<b>1</b></div>'));
      assert.ok(html.indexOf('1 file could not be read') < html.indexOf('<h2>Transitions</h2>'));
    } finally {
      removeTempDir(broken);
    }
  });

  it('HTML: the charts say what they show in their text alternative', () => {
    const html = report('2026-11-25', 'html');
    const labels = [...html.matchAll(/<svg [^>]*role="img" aria-label="([^"]*)"/g)].map((m) => m[1]);
    assert.ok(
      labels.includes('Plans by stage: initiation 0, planning 1, control 1, closure 0, closed 0'),
      labels.join('\n'),
    );
    assert.ok(
      labels.includes(
        'Health of the plans that are rated: reported 1 green, 1 amber, 0 red, 0 not reported; derived 1 green, 0 amber, 1 red; 0 not rated, not shown',
      ),
      labels.join('\n'),
    );
    const heat = labels.find((l) => l?.startsWith('Open risks: likelihood by impact; '));
    assert.ok(heat && /likelihood \d × impact \d: \d+/.test(heat), labels.join('\n'));
    // The headline says the health counts in words too.
    assert.match(html, /<p>Reported health: 1 green, 1 amber, 0 red, 0 not reported, 0 not rated\. Derived health: /);
  });
});
