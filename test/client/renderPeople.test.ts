/** The preview and the portfolio show people by name and one health model. */
import assert from 'node:assert/strict';
import { renderPortfolioBody } from '../../client/src/preview/portfolioPage.js';
import { renderStatusBody } from '../../client/src/preview/statusPage.js';
import { examplePlan, examplePortfolio } from './planData.js';

describe('preview people and health', () => {
  it('names the receiving owners and risk owners, with the ID and role in the title', () => {
    const html = String(renderStatusBody(examplePlan('service-desk-planning.plan.md')));
    assert.match(
      html,
      /<span class="person" title="S-05 · Change manager">Marcus Bell<span class="sr-only"> \(S-05 · Change manager\)<\/span><\/span>/,
    );
    // R-02 is the open high risk; its owner S-02 is shown as Grace Lindqvist.
    const highRisks = html.slice(html.indexOf('Open high risks'));
    assert.match(highRisks, /R-02[\s\S]*Grace Lindqvist/);
    assert.doesNotMatch(html, /<td>S-05<\/td>/);
  });

  it('counts the portfolio by the same health groups as the tree: not set and not rated apart from green', () => {
    const html = String(renderPortfolioBody(examplePortfolio()));
    const header = html.slice(0, html.indexOf('</header>'));
    // Payroll is green; the closed plan and the plan in initiation are not rated.
    assert.match(header, /2 not rated/);
    const green = /(\d+) Green/.exec(header.replace(/<[^>]+>/g, ''));
    assert.equal(green?.[1], '1');
  });
});
