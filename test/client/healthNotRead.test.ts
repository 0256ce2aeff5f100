/**
 * The preview shows a health written but not read as written, marked not read, where it showed
 * "Not set": the plan's health in its header and the latest status entry's; escaped.
 */
import assert from 'node:assert/strict';
import { renderStatusBody } from '../../client/src/preview/statusPage.js';
import { exampleText, planResult } from './planData.js';

const LATEST = '| 2026-11-20 | Green | Run 1 reconciled';

function body(text: string): string {
  return String(renderStatusBody(planResult('file:///w/p.plan.md', text)));
}

describe('client: preview of a health not read', () => {
  it('shows the front matter health as written, escaped, not as "Not set"', () => {
    const text = exampleText('payroll-cloud.plan.md').replace(
      '\nhealth: green\n',
      '\nhealth: Green <i>with</i> concerns\n',
    );
    const html = body(text);
    assert.match(html, /Health: Green &lt;i&gt;with&lt;\/i&gt; concerns \(not read\)/);
    assert.ok(!html.includes('Health: Not set'));
    assert.ok(!html.includes('<i>with</i>'));
  });

  it("shows a latest status entry's Health cell as written", () => {
    const text = exampleText('payroll-cloud.plan.md').replace(
      LATEST,
      '| 2026-11-20 | Green with concerns | Run 1 reconciled',
    );
    const html = body(text);
    const latest = html.slice(html.indexOf('Latest status report'));
    assert.match(latest, /Green with concerns \(not read\)/);
  });

  it('still says "Not set" when no health is written', () => {
    const text = exampleText('payroll-cloud.plan.md').replace('\nhealth: green\n', '\n');
    assert.match(body(text), /Health: Not set/);
  });
});
