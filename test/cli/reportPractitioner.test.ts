/**
 * `handoff report` over the practitioners' plans (test/fixtures/practitioner), one portfolio read
 * as of 2027-01-20 as a sponsor reads it: a date not read is shown as written, not as empty; plans
 * that share an id are told apart in the HTML headline and the timeline as in the Markdown; a go
 * decision dated after the as-of date, or an approved No-go, is said, not "no go decision"; an
 * overspend the board accepted says under which exception; a plan that records no readiness
 * criterion is not said to meet none; an overdue handover whose status cannot be read is marked;
 * and an `Exception report` decision is shown as an exception.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fixturePath } from '../helpers.js';
import { makeTempDir, removeTempDir, runCli } from './harness.js';

const practitioner = fixturePath('practitioner');
const PLANS = fs.readdirSync(practitioner).filter((f) => f.endsWith('.plan.md'));
/** The configuration most of the plans are written for (their `config:` line); one file for the folder. */
const CONFIG =
  'parties: [Procurement]\naliases:\n  processes:\n    Operational Acceptance: Service Validation and Testing\n';
const AS_OF = '2027-01-20';

/** The lines of a plan's highlight: from its `### ` heading to the next heading. */
function highlightOf(md: string, heading: string): string[] {
  const lines = md.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`### ${heading}`));
  assert.ok(start >= 0, `no highlight ${heading}`);
  const end = lines.findIndex((l, i) => i > start && /^##/.test(l));
  return lines.slice(start, end < 0 ? undefined : end);
}

/** A fact's line in a highlight (`- **Budget:** …`). */
function factOf(md: string, heading: string, label: string): string {
  const line = highlightOf(md, heading).find((l) => l.startsWith(`- **${label}:**`));
  assert.ok(line, `no ${label} in ${heading}`);
  return line;
}

/** The HTML highlight of a plan: from its heading to the end of its article. */
function articleOf(html: string, heading: string): string {
  const start = html.indexOf(`<h3>${heading}`);
  assert.ok(start >= 0, `no highlight ${heading}`);
  return html.slice(start, html.indexOf('</article>', start));
}

describe('handoff report on practitioners’ plans, as a sponsor reads it', function () {
  this.timeout(120_000);
  let dir: string;
  let md: string;
  let html: string;
  let json: {
    plans: {
      path: string;
      decisions: { id: string; date?: string; dateWritten?: string }[];
      budget: { exception?: string };
      readiness: {
        goDecisionDatedAfter?: { id: string; date: string };
        otherRowsNotMet: { id: string; criterion: string; met?: string; line: number }[];
      };
      scheduleBreaches: { id: string; slipDays: number; toleranceDays: number; exception?: string }[];
    }[];
  };
  const report = (format: string, cwd = dir, asOf = AS_OF): string => {
    const result = runCli(['report', '.', '--format', format, '--as-of', asOf], cwd);
    assert.equal(result.code, 0, result.stderr);
    return result.stdout;
  };
  /** A folder of one practitioner plan (edited), with CONFIG. */
  const alone = (name: string, edit: (text: string) => string = (t) => t): string => {
    const one = makeTempDir('handoff-report-practitioner-one-');
    fs.writeFileSync(path.join(one, '.handoff.yaml'), CONFIG);
    fs.writeFileSync(path.join(one, name), edit(fs.readFileSync(path.join(practitioner, name), 'utf8')));
    return one;
  };

  before(() => {
    dir = makeTempDir('handoff-report-practitioner-');
    for (const f of PLANS) fs.copyFileSync(path.join(practitioner, f), path.join(dir, f));
    fs.writeFileSync(path.join(dir, '.handoff.yaml'), CONFIG);
    md = report('markdown');
    html = report('html');
    json = JSON.parse(report('json')) as typeof json;
  });
  after(() => removeTempDir(dir));

  it('reads every practitioner plan', () => {
    assert.ok(PLANS.length >= 13, PLANS.join(', '));
    assert.match(md, new RegExp(`^\\*\\*${PLANS.length} plans\\*\\* · `, 'm'));
  });

  it('shows a Decision Date that cannot be read as written and marked, not as empty, in every format', () => {
    const us = '`us-datacenter-move-control.plan.md`';
    const decisions = highlightOf(md, `TP-2026-041 (${us})`).filter((l) => /^\| D-0[12] /.test(l));
    assert.deepEqual(decisions, [
      '| D-01 | Other | Exit DAL1 before the lease ends; move to Sonoran PHX1 | Karen Whitfield | 05/12/2026 (not read) | Approved | – |',
      '| D-02 | Scope | Lift-and-shift only; no re-platforming | Karen Whitfield | 06/22/2026 (not read) | Approved | – |',
    ]);
    const article = articleOf(html, 'TP-2026-041 <code>us-datacenter-move-control.plan.md</code>');
    assert.match(article, /<td>D-01<\/td>.*?<td>05\/12\/2026 \(not read\)<\/td><td>Approved<\/td>/);
    assert.match(article, /<td>D-02<\/td>.*?<td>06\/22\/2026 \(not read\)<\/td><td>Approved<\/td>/);
    const plan = json.plans.find((p) => p.path === 'us-datacenter-move-control.plan.md')!;
    assert.deepEqual(
      plan.decisions.map((d) => [d.id, d.date, d.dateWritten]),
      [
        ['D-01', undefined, '05/12/2026'],
        ['D-02', undefined, '06/22/2026'],
        ['D-03', '2026-12-17', undefined],
        ['D-04', '2027-01-14', undefined],
      ],
    );
  });

  it('names plans that share an id by their files in the HTML headline, as the Markdown does', () => {
    assert.match(md, /TP-2026-041 \(`hr-onboarding\.plan\.md`\) \(Amber, derived Red\)/);
    const headline = /<b>Reported health better than derived:<\/b>.*<\/p>/.exec(html)?.[0] ?? '';
    for (const [id, file, health] of [
      ['TP-2026-041', 'hr-onboarding.plan.md', 'Amber, derived Red'],
      ['TP-2026-041', 'us-datacenter-move-control.plan.md', 'Amber, derived Red'],
      ['TP-2026-052', 'itil4-new-service-closure.plan.md', 'Green, derived Amber'],
    ])
      assert.ok(
        headline.includes(`${id} <code>${file}</code> <span class="muted">(${health})</span>`),
        `${id} ${file}: ${headline}`,
      );
    // An id no other plan has stands alone.
    assert.ok(headline.includes('TP-2026-017 <span class="muted">(Green, derived Amber)</span>'), headline);
  });

  it('tells apart the timeline lines of plans that share an id', () => {
    const labels = [...html.matchAll(/<text [^>]*text-anchor="end" class="axis small">([^<]*)<\/text>/g)].map(
      (m) => m[1],
    );
    const at = (id: string): string[] =>
      labels.flatMap((l, i) => (l === id && labels[i + 1] && !/^TP-/.test(labels[i + 1]!) ? [labels[i + 1]!] : []));
    assert.deepEqual(at('TP-2026-041').sort(), ['hr-onboarding', 'us-datacenter-move-…']);
    assert.deepEqual(at('TP-2026-052').sort(), ['itil4-new-service-c…', 'warehouse-scanners']);
    // A plan alone with its id has no second line.
    assert.deepEqual(at('TP-2026-017'), []);
    assert.match(html, /<title>TP-2026-041 hr-onboarding\.plan\.md go-live 2026-12-07<\/title>/);
  });

  it('says a go decision dated after the as-of date is not taken yet, rather than that there is none', () => {
    const itil4 = 'TP-2026-052 (`itil4-new-service-closure.plan.md`)';
    assert.equal(
      factOf(md, itil4, 'Go-live and readiness'),
      '- **Go-live and readiness:** go-live 2027-02-01 · 4 of 5 required readiness criteria met · go decision D-02 dated 2027-01-28, after 2027-01-20: not taken yet · in closure before its go-live date',
    );
    assert.match(
      articleOf(html, 'TP-2026-052 <code>itil4-new-service-closure.plan.md</code>'),
      /<dt>Go-live and readiness<\/dt><dd>go-live 2027-02-01 · 4 of 5 required readiness criteria met · go decision D-02 dated 2027-01-28, after 2027-01-20: not taken yet · /,
    );
    const plan = json.plans.find((p) => p.path === 'itil4-new-service-closure.plan.md')!;
    assert.deepEqual(plan.readiness.goDecisionDatedAfter, { id: 'D-02', date: '2027-01-28' });
    // A decision still Pending is no decision.
    assert.match(
      factOf(md, 'TP-2026-041 (`us-datacenter-move-control.plan.md`)', 'Go-live and readiness'),
      / · no approved go decision · go-live date passed 4 days ago$/,
    );
  });

  it('says an approved No-go holds go-live', () => {
    const one = alone('us-datacenter-move-control.plan.md', (t) =>
      t.replace(
        '| D-04 | Go/No-Go for the Wave 3 cutover | Go/No-Go | Karen Whitfield | Jan 14, 2027 | Pending | - |',
        '| D-04 | No-go: Wave 3 cutover postponed until DR is validated | Go/No-Go | Karen Whitfield | Jan 14, 2027 | Approved | - |',
      ),
    );
    try {
      const out = report('markdown', one);
      assert.match(
        factOf(out, 'TP-2026-041', 'Go-live and readiness'),
        / · 3 of 5 required readiness criteria met · no-go decision D-04: go-live held · go-live date passed 4 days ago$/,
      );
      assert.match(report('html', one), / · no-go decision D-04: go-live held · /);
    } finally {
      removeTempDir(one);
    }
  });

  it('says under which approved exception a forecast beyond tolerance is, in Markdown and HTML', () => {
    assert.match(
      factOf(md, 'TP-2026-019', 'Budget'),
      / · variance \+6\.5% against a 5% tolerance \(beyond tolerance\) · under exception D-02 · contingency GBP 85,000$/,
    );
    assert.match(
      factOf(md, 'TP-2026-7302', 'Budget'),
      / · variance \+6\.7% against a 5% tolerance \(beyond tolerance\) · under exception D-02 · contingency GBP 90,000$/,
    );
    // Within tolerance, no exception is named.
    assert.doesNotMatch(factOf(md, 'TP-2026-041 (`us-datacenter-move-control.plan.md`)', 'Budget'), /exception/);
    // Accepted by the board: a warning, not an error.
    assert.match(
      articleOf(html, 'TP-2026-019'),
      /<dt>Budget<\/dt><dd class="sev-warning">approved GBP 1,200,000 .* · under exception D-02 · /,
    );
    assert.equal(json.plans.find((p) => p.path === 'insourcing-closure.plan.md')!.budget.exception, 'D-02');
    // Without the exception approved, the overspend is an error and names none.
    const one = alone('service-desk-outsourcing.plan.md', (t) =>
      t.replace(
        '| Fiona Mackay (Sponsor) | 13 Nov 2026 | Approved |',
        '| Fiona Mackay (Sponsor) | 13 Nov 2026 | Proposed |',
      ),
    );
    try {
      const out = report('html', one);
      assert.match(
        out,
        /<dt>Budget<\/dt><dd class="sev-error">[^<]*\(beyond tolerance\) · contingency GBP 90,000<\/dd>/,
      );
    } finally {
      removeTempDir(one);
    }
  });

  it('says no required readiness criterion is recorded rather than that none is met', () => {
    assert.match(
      factOf(md, 'TP-2026-017', 'Go-live and readiness'),
      /^- \*\*Go-live and readiness:\*\* go-live 2026-12-07 · none of the 5 required readiness criteria recorded · no approved go decision · past go-live$/,
    );
    assert.match(
      articleOf(html, 'TP-2026-017'),
      /<dd>go-live 2026-12-07 · none of the 5 required readiness criteria recorded · /,
    );
    // A register that names them is counted as before.
    assert.match(factOf(md, 'TP-2026-7302', 'Go-live and readiness'), / · 0 of 5 required readiness criteria met · /);
  });

  it('marks an overdue handover whose status cannot be read, rather than show it as a status', () => {
    const one = alone('itil4-new-service-closure.plan.md');
    try {
      const out = report('markdown', one, '2027-03-22');
      const line = factOf(out, 'TP-2026-052', 'Overdue handovers');
      assert.ok(
        line.includes(
          'H-07 Knowledge management (planned 2027-03-15, 7 days overdue, status "Accepted – 38 of 41 articles at KCS sta…" not read, Noor El Amrani)',
        ),
        line,
      );
      // A status that is read is shown as written.
      assert.ok(line.includes('(planned 2027-03-15, 7 days overdue, In acceptance, Ruben Dekker)'), line);
      assert.match(
        report('html', one, '2027-03-22'),
        /H-07 Knowledge management <span class="muted">\(planned 2027-03-15, 7 days overdue, status &quot;Accepted – 38 of 41 articles at KCS sta…&quot; not read, Noor El Amrani\)<\/span>/,
      );
    } finally {
      removeTempDir(one);
    }
  });

  it('shows a decision of Type "Exception report" as an exception in the HTML', () => {
    const article = articleOf(html, 'TP-2026-7302');
    assert.match(article, /<tr class="exception"><td>D-02<\/td><td>Exception report<\/td>/);
    assert.match(article, /<tr class="exception"><td>D-03<\/td><td>Exception<\/td>/);
    assert.match(article, /<tr><td>D-01<\/td><td>Scope change<\/td>/);
  });

  it('says a later release’s readiness rows that are not met beside "5 of 5 met", in every format', () => {
    const fsm = 'TP-2026-077';
    assert.equal(
      factOf(md, fsm, 'Go-live and readiness'),
      '- **Go-live and readiness:** go-live 2026-10-05 · 5 of 5 required readiness criteria met, not met on 3 more rows (GR-06, GR-07, GR-08) · go decision D-01 · 107 days since go-live',
    );
    assert.ok(
      highlightOf(md, fsm).includes(
        '  - not met: GR-06 Change authorised (no); GR-07 Back-out plan tested (partial); GR-08 Support staff trained (partial)',
      ),
    );
    assert.match(
      articleOf(html, fsm),
      /criteria met, not met on 3 more rows \(GR-06, GR-07, GR-08\) · [\s\S]*?not met: GR-06 Change authorised \(no\); GR-07/,
    );
    const plan = json.plans.find((p) => p.path === 'multi-release-control.plan.md')!;
    assert.deepEqual(
      plan.readiness.otherRowsNotMet.map((o) => [o.id, o.criterion, o.met, o.line]),
      [
        ['GR-06', 'Change authorised', 'no', 137],
        ['GR-07', 'Back-out plan tested', 'partial', 138],
        ['GR-08', 'Support staff trained', 'partial', 139],
      ],
    );
    // A plan whose rows each name a criterion once says the count alone.
    assert.doesNotMatch(factOf(md, 'TP-2026-019', 'Go-live and readiness'), /more row/);
  });

  it('says which milestones are forecast beyond the schedule tolerance, and under which exception', () => {
    assert.equal(
      factOf(md, 'TP-2026-077', 'Schedule'),
      '- **Schedule:** beyond the 10-day tolerance: M-03 R2 system test complete (forecast 42 days after baseline, under exception D-03); M-04 R2 mobile app live (forecast 49 days after baseline, under exception D-03); M-05 R3 parts and van stock live (forecast 14 days after baseline, under exception D-03)',
    );
    // Not in planning: the baseline is still being set, and schedule-slip and derived health
    // measure a plan against its tolerances from control on (ExpressRoute's two weeks included).
    assert.ok(!highlightOf(md, 'TP-2027-003').some((l) => l.startsWith('- **Schedule:**')));
    assert.doesNotMatch(articleOf(html, 'TP-2027-003'), /<dt>Schedule<\/dt>/);
    assert.match(
      articleOf(html, 'TP-2026-077'),
      /<dt>Schedule<\/dt><dd class="sev-warning">beyond the 10-day tolerance: M-03 /,
    );
    // A breach no exception covers is the board's to decide: an error.
    assert.match(articleOf(html, 'TP-2026-7302'), /<dt>Schedule<\/dt><dd class="sev-error">beyond the /);
    const plan = json.plans.find((p) => p.path === 'multi-release-control.plan.md')!;
    assert.deepEqual(
      plan.scheduleBreaches.map((m) => [m.id, m.slipDays, m.toleranceDays, m.exception]),
      [
        ['M-03', 42, 10, 'D-03'],
        ['M-04', 49, 10, 'D-03'],
        ['M-05', 14, 10, 'D-03'],
      ],
    );
    // Within tolerance, no Schedule line.
    assert.ok(!highlightOf(md, 'TP-2026-019').some((l) => l.startsWith('- **Schedule:**')));
  });

  it('says a slip a waiver accepts is waived, and counts it in neither headline list', () => {
    // The board's exception for M-03 names a board, not a person, so it does not count; the
    // sponsor waives the slip instead.
    const one = alone('service-desk-outsourcing.plan.md', (t) =>
      t.replace(
        '\n<!-- expect',
        '\n## Waivers\n\n| Rule | Target | Reason | Approved by | Expires |\n| --- | --- | --- | --- | --- |\n| schedule-slip | M-03 | Board accepted the ITSM slip on 24 Nov | Fiona Mackay | 2027-03-01 |\n\n<!-- expect',
      ),
    );
    try {
      const waivedMd = report('markdown', one);
      assert.match(
        factOf(waivedMd, 'TP-2026-7302', 'Schedule'),
        /M-03 ITSM integration tested \(forecast \d+ days after baseline, waived\)/,
      );
      assert.doesNotMatch(waivedMd, /^Beyond tolerance, no approved exception: .*TP-2026-7302/m);
      assert.doesNotMatch(report('html', one), /<dt>Schedule<\/dt><dd class="sev-error">/);
      // Without the waiver, the same slip is the board's to decide.
      assert.match(
        factOf(md, 'TP-2026-7302', 'Schedule'),
        /M-03 ITSM integration tested \(forecast \d+ days after baseline, no approved exception\)/,
      );
    } finally {
      removeTempDir(one);
    }
  });

  it('heads the portfolio with the plans beyond tolerance, those the board has not covered first', () => {
    // TP-JP-HSK-2026-ERP07: on 2027-01-20 its M-06 and M-11 are forecast 28 and 23 days late, and
    // the Exception for M-06 (D-03) is dated 2027-03-12, after that as-of date. TP-2027-LOG-004:
    // its Exception for M-03 and M-04 (D-03) is dated 2027-03-31, and the one for cost (D-04) is
    // only proposed. DSI-PMO-2027-007: its M-03 and M-04 are forecast 14 days late, and its
    // Exception for them (D-03, approved by `COPIL (Claire Martin)`) is dated 2027-03-25.
    // DSI-PMO-2027-012: its M-05 is forecast 14 days late (M-04, reached, is no breach), and its
    // Exception (D-03, approved by `Comitato Guida (Dott. Giovanni De Luca)`) is dated 2027-04-22.
    // DGMT-OTP-2027-007: its M-06 is forecast 14 days late, and its Exception (D-03, approved by
    // `Comité de Seguimiento (D. Javier Martínez-Sierra Ortega)`) is dated 2027-04-26.
    // HB-ITPMO-2027-004: its M-02 is forecast 14 days late (`2027年3月12日`), its tolerance 10 days,
    // and no Exception covers it. BT-PMO-2027-017: its M-05 is forecast 14 days late (`28 Mayıs
    // 2027`), and its Exception (D-03) covers M-04 only.
    assert.ok(
      md.includes(
        'Beyond tolerance, no approved exception: **11 plans**: TP-2027-LOG-004 (cost; schedule M-03, M-04, M-05), DGMT-OTP-2027-007 (schedule M-06), DSI-PMO-2027-007 (schedule M-03, M-04), DSI-PMO-2027-012 (schedule M-05), TP-JP-HSK-2026-ERP07 (schedule M-06, M-11), HB-ITPMO-2027-004 (schedule M-02), TP-2026-077 (cost), TP-2026-7302 (schedule M-03), TP-SG-TF-2026-07 (schedule M-06), BT-PMO-2027-017 (schedule M-05), TP-2026-041 (`us-datacenter-move-control.plan.md`) (schedule M-08)\n',
      ),
    );
    assert.ok(
      md.includes(
        'Beyond tolerance under an approved exception: **4 plans**: TP-2026-019 (cost under D-02), TP-2026-077 (schedule M-03, M-04, M-05 under D-03), TP-2026-7302 (cost under D-02), TP-2026-041 (`us-datacenter-move-control.plan.md`) (schedule M-05 under D-03)\n',
      ),
    );
    assert.ok(md.indexOf('Beyond tolerance, no approved') < md.indexOf('## Transitions'));
    assert.match(
      html,
      /<p class="sev-error"><b>Beyond tolerance, no approved exception:<\/b> TP-2027-LOG-004 <span class="muted">\(cost; schedule M-03, M-04, M-05\)<\/span>, DGMT-OTP-2027-007 <span class="muted">\(schedule M-06\)<\/span>, DSI-PMO-2027-007 <span class="muted">\(schedule M-03, M-04\)<\/span>, DSI-PMO-2027-012 <span class="muted">\(schedule M-05\)<\/span>, TP-JP-HSK-2026-ERP07 <span class="muted">\(schedule M-06, M-11\)<\/span>, HB-ITPMO-2027-004 <span class="muted">\(schedule M-02\)<\/span>, TP-2026-077 <span class="muted">\(cost\)<\/span>, /,
    );
    assert.match(
      html,
      /<p class="sev-warning"><b>Beyond tolerance under an approved exception:<\/b> TP-2026-019 <span class="muted">\(cost under D-02\)<\/span>, /,
    );
  });
});
