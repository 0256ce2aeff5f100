/**
 * Derived health with its reasons (contract §7) is computed once, in the engine's status, and
 * every view shows the same reasons in the same words: the status preview, the portfolio, the
 * Transitions tree tooltip and `handoff report` in all three formats. A plan with a red, an
 * amber (a breach under an approved Exception) and a waived reason is rendered by each.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { escapeHtml } from '../../server/src/engine/sanitize.js';
import { planOverview } from '../../server/src/engine/overview.js';
import { renderPortfolioPage } from '../../client/src/preview/portfolioPage.js';
import { renderStatusBody } from '../../client/src/preview/statusPage.js';
import { healthTooltipLines } from '../../client/src/views/healthText.js';
import { repoRoot } from '../helpers.js';
import { makeTempDir, removeTempDir, runCli } from '../cli/harness.js';
import { AS_OF, exampleText, planResult } from './planData.js';

function edit(text: string, from: string, to: string): string {
  assert.ok(text.includes(from), `the example no longer contains: ${from}`);
  return text.replace(from, to);
}

/** The payroll example with an uncovered high risk, a slip under an Exception and a waived overdue handover. */
function planWithReasons(): string {
  let t = exampleText('payroll-cloud.plan.md');
  t = edit(
    t,
    '| R-02 | Bank rejects the new BACS file format | 2 | 5 | 10 |',
    '| R-02 | Bank rejects the new BACS file format | 4 | 5 | 20 |',
  );
  t = edit(t, '| Manual upload via the bank portal |', '| - |');
  t = edit(t, '| 2026-12-04 | 2026-12-04 | - | M-04 | On track |', '| 2026-12-04 | 2026-12-20 | - | M-04 | At risk |');
  t = edit(
    t,
    '| D-03 |',
    '| D-04 | Accept parallel run 2 reconciling 16 days late; cutover date kept | Exception | Helen Marsh | 2026-11-21 | Approved | M-05 |\n| D-03 |',
  );
  t = edit(
    t,
    '| Standard change models | S-07 | Both models approved by CAB | 2026-12-15 |',
    '| Standard change models | S-07 | Both models approved by CAB | 2026-11-20 |',
  );
  t +=
    '\n## Waivers\n\n| Rule | Target | Reason | Approved by | Expires |\n| --- | --- | --- | --- | --- |\n' +
    '| handover-overdue | H-02 | CAB moved to 2026-12-15; models accepted there | Helen Marsh | 2026-12-16 |\n';
  return t;
}

describe('derived health reasons: the same in every view', function () {
  this.timeout(60_000);
  const text = planWithReasons();
  const result = planResult('file:///work/examples/payroll-reasons.plan.md', text);
  const reasons = result.status.healthReasons;

  it('the plan has a red, a covered amber and a waived reason', () => {
    assert.equal(result.status.derivedHealth, 'red');
    assert.deepEqual(
      reasons.map((r) => `${r.waived ? 'waived' : r.level} ${r.rule}`),
      ['red high-risk-without-contingency', 'amber schedule-slip', 'waived handover-overdue'],
    );
    assert.match(reasons[1]!.label, /under exception D-04/);
    assert.match(reasons[2]!.label, /^Waived by Helen Marsh until 2026-12-16/);
  });

  it('preview, portfolio and tree tooltip show every reason label', () => {
    const preview = renderStatusBody(result).value;
    const portfolio = renderPortfolioPage(
      { cspSource: 'https://webview.test', nonce: 'n0nce', styleUri: 'style.css', scriptUri: 'preview.js' },
      {
        asOf: AS_OF,
        plans: [{ uri: result.uri, overview: planOverview(result.status), counts: result.counts }],
      },
    );
    const tooltip = healthTooltipLines(result.status).join('\n');
    for (const r of reasons) {
      assert.ok(preview.includes(escapeHtml(r.label)), `preview lacks: ${r.label}`);
      assert.ok(portfolio.includes(escapeHtml(r.label)), `portfolio lacks: ${r.label}`);
      assert.ok(tooltip.includes(r.label), `tree tooltip lacks: ${r.label}`);
    }
    assert.ok(preview.includes(`data-line="${reasons[0]!.line}"`), 'a reason links to its row');
    // In the portfolio's table the reasons are folded under one line with their count.
    assert.match(
      portfolio,
      /<details class="health-reasons"><summary class="muted">Facts suggest Red: 3 reasons<\/summary><ul class="findings compact">/,
    );
  });

  it('handoff report shows every reason label in md, html and json', () => {
    const dir = makeTempDir('handoff-reasons-');
    try {
      fs.mkdirSync(path.join(dir, 'plans'));
      fs.copyFileSync(path.join(repoRoot, 'examples', '.handoff.yaml'), path.join(dir, 'plans', '.handoff.yaml'));
      fs.writeFileSync(path.join(dir, 'plans', 'payroll-reasons.plan.md'), text);
      const run = (format: string) => runCli(['report', 'plans', '--format', format, '--as-of', AS_OF], dir).stdout;
      const md = run('md');
      const html = run('html');
      const json = JSON.parse(run('json')) as { plans: { healthReasons: { label: string }[] }[] };
      assert.deepEqual(
        json.plans[0]!.healthReasons.map((r) => r.label),
        reasons.map((r) => r.label),
      );
      for (const r of reasons) {
        assert.ok(md.includes(r.label), `Markdown report lacks: ${r.label}`);
        assert.ok(html.includes(escapeHtml(r.label)), `HTML report lacks: ${r.label}`);
      }
    } finally {
      removeTempDir(dir);
    }
  });
});
