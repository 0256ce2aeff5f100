/**
 * The status preview's Closure section: for a plan in closure or closed, who has signed the
 * closure off and who has not, early life support's exit, the review and lessons, in the words
 * `handoff report` uses; at any stage, the corrective actions and issues past their Due date.
 * Plan text is escaped.
 */
import assert from 'node:assert/strict';
import { renderStatusBody } from '../../client/src/preview/statusPage.js';
import { examplePlan, exampleText, planResult } from './planData.js';

function sectionOf(html: string, id: string): string | undefined {
  const at = html.indexOf(`<section class="card" aria-labelledby="h-${id}">`);
  return at < 0 ? undefined : html.slice(at, html.indexOf('</section>', at));
}

/** The closed fax example with each `[from, to]` edit, each checked to be there once. */
function fax(...edits: readonly (readonly [string, string])[]): string {
  let text = exampleText('legacy-fax-retire.plan.md');
  for (const [from, to] of edits) {
    assert.equal(text.split(from).length, 2, from);
    text = text.replace(from, to);
  }
  return text;
}

const body = (text: string) => String(renderStatusBody(planResult('file:///w/fax.plan.md', text)));

describe('client: preview closure', () => {
  it('a closed plan: everyone signed, every exit criterion met, the review and lessons', () => {
    const html = sectionOf(String(renderStatusBody(examplePlan('legacy-fax-retire.plan.md'))), 'closure');
    assert.ok(html, 'a closure section');
    assert.match(html, /<dt>Sign-off<\/dt><dd>signed: Sponsor Robert Kaye \(2026-11-19\), /);
    assert.match(html, /<dt>Early life support<\/dt><dd>4 of 4 exit criteria met<\/dd>/);
    assert.match(html, /<dt>Lessons learned<\/dt><dd>4 lessons recorded<\/dd>/);
  });

  it('says who has not signed and which criteria are not met, marked, plan text escaped', () => {
    const html = sectionOf(
      body(
        fax(
          ['| Sponsor | S-01 | Approved | 2026-11-19 |', '| Sponsor | S-01 | Approved | 2026-12-19 |'],
          ['| Fewer than 5 a week | yes |', '| Fewer than 5 a week | no |'],
          [
            '| ELS-03 | Flow owners confirm the new channels |',
            '| ELS-03 | Owners <img src=x onerror=alert(1)> confirm |',
          ],
          ['| 37 of 37 | yes |', '| 37 of 37 | partial |'],
        ),
      ),
      'closure',
    );
    assert.ok(html, 'a closure section');
    assert.match(
      html,
      /<dd class="sev-warning">signed: [^<]*<br>not signed: Sponsor Robert Kaye \(Approved on 2026-12-19, after the as-of date: not given yet\)<\/dd>/,
    );
    assert.match(
      html,
      /<dt>Early life support<\/dt><dd class="sev-warning">2 of 4 exit criteria met<br>not met: ELS-02 Calls to the intercept message, target Fewer than 5 a week \(no\), ELS-03 Owners &lt;img src=x onerror=alert\(1\)&gt; confirm, target 37 of 37 \(partial\)<\/dd>/,
    );
    assert.ok(!/<img/.test(html));
  });

  it('none before closure; overdue corrective actions and issues at any stage', () => {
    const payroll = String(renderStatusBody(examplePlan('payroll-cloud.plan.md')));
    assert.equal(sectionOf(payroll, 'closure'), undefined);
    // As of 2026-11-25 nothing of payroll's is past its Due date; a Due date a week earlier is.
    assert.equal(sectionOf(payroll, 'overdue-items'), undefined);
    const late = exampleText('payroll-cloud.plan.md').replace(
      '| CA-01 | Vendor fixes pension rounding; retest in run 2 | S-08 | 2026-12-02 | Open | I-01 |',
      '| CA-01 | Vendor fixes pension rounding; retest in run 2 | S-08 | 2026-11-18 | Open | I-01 |',
    );
    const html = sectionOf(
      String(renderStatusBody(planResult('file:///w/payroll-cloud.plan.md', late))),
      'overdue-items',
    );
    assert.ok(html, 'an overdue section');
    assert.match(html, /Overdue actions and issues<\/h2>/);
    assert.match(
      html,
      /<dt>Overdue corrective actions<\/dt><dd class="sev-warning">CA-01 Vendor fixes pension rounding; retest in run 2 — due 2026-11-18, 7 days overdue, owner /,
    );
  });
});
