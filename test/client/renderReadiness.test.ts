/**
 * The status preview's Go-live readiness section: the required criteria, each met or why not with
 * a button to its row, and the go decision that stands, in the words `handoff report` uses; none
 * for a plan at initiation. An overspend under an approved exception names it in the Budget.
 */
import assert from 'node:assert/strict';
import { renderStatusBody } from '../../client/src/preview/statusPage.js';
import { examplePlan, exampleText, planResult } from './planData.js';

const D03 = '| D-03 | Go/no-go for cutover on 2027-01-04 | Go/No-go | Helen Marsh | - | Proposed | - |';

function readiness(html: string): string {
  const at = html.indexOf('<section class="card" aria-labelledby="h-readiness">');
  assert.ok(at >= 0, 'a readiness section');
  return html.slice(at, html.indexOf('</section>', at));
}

describe('client: preview go-live readiness', () => {
  it('lists the required criteria, met or why not, each a button to its row, and says no go decision stands', () => {
    const html = readiness(String(renderStatusBody(examplePlan('payroll-cloud.plan.md'))));
    assert.match(
      html,
      /<p>Go-live 2027-01-04 · 1 of 5 required readiness criteria met · no approved go decision · readiness checked from 2026-12-28<\/p>/,
    );
    const items = html.match(/<li>.*?<\/li>/g) ?? [];
    assert.equal(items.length, 5);
    assert.match(
      items[1]!,
      /Not met<\/span> <button [^>]*data-action="reveal"[^>]*>Back-out plan tested<\/button> <span class="muted">\(partial\)<\/span>/,
    );
    assert.match(items[3]!, /sev-ok">Met<\/span> <button[^>]*>Support staff trained<\/button><\/li>/);
  });

  it('names the go decision once approved', () => {
    const text = exampleText('payroll-cloud.plan.md').replace(
      D03,
      '| D-03 | Go for cutover on 2027-01-04 | Go/No-go | Helen Marsh | 2026-11-20 | Approved | - |',
    );
    assert.notEqual(text, exampleText('payroll-cloud.plan.md'));
    const html = readiness(String(renderStatusBody(planResult('file:///w/payroll-cloud.plan.md', text))));
    assert.match(html, / · go decision D-03 · /);
  });

  it('has no readiness section at initiation', () => {
    const html = String(renderStatusBody(examplePlan('crm-initiation.plan.md')));
    assert.ok(!html.includes('h-readiness'));
  });

  it('says in the Budget under which exception a forecast beyond tolerance is', () => {
    const plan = examplePlan('payroll-cloud.plan.md');
    const underException = {
      ...plan,
      status: { ...plan.status, budget: { ...plan.status.budget, exception: 'D-02' } },
    };
    assert.match(String(renderStatusBody(underException)), /<dt>Beyond tolerance<\/dt><dd>under exception D-02<\/dd>/);
    assert.ok(!String(renderStatusBody(plan)).includes('Beyond tolerance'));
  });
});
