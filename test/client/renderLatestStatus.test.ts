/**
 * The preview's latest status: the newest entry of a Status log written oldest first, with the
 * same words as the report about its order, and a date not read shown as written; escaped.
 */
import assert from 'node:assert/strict';
import { renderStatusBody } from '../../client/src/preview/statusPage.js';
import { exampleText, planResult } from './planData.js';

const LOG = /\| 2026-11-20 \| Green \| Run 1 reconciled[^\n]*\n(\|[^\n]*\n)*/;

function withLog(rows: readonly string[]): string {
  return exampleText('payroll-cloud.plan.md').replace(LOG, `${rows.join('\n')}\n`);
}

function latestSection(rows: readonly string[]): string {
  const body = String(renderStatusBody(planResult('file:///w/p.plan.md', withLog(rows))));
  const at = body.indexOf('Latest status report');
  assert.ok(at >= 0, 'a latest status section');
  return body.slice(at);
}

describe('client: preview latest status', () => {
  it('shows the newest entry of a log written oldest first and says which row the checks read', () => {
    const html = latestSection([
      '| 02/10/2026 | Green | Kick-off | - | - |',
      '| 06/11/2026 | Amber | Pilot <script>alert(1)</script> slipping | - | - |',
    ]);
    assert.ok(!html.includes('<script>'), 'escaped');
    assert.match(html, /06\/11\/2026 \(date not read\)/);
    assert.match(html, /Pilot &lt;script&gt;alert\(1\)&lt;\/script&gt; slipping/);
    assert.match(
      html,
      /<strong>Log order:<\/strong> the Status log is not newest first: the newest entry, by either reading of its numeric dates, is row 2, shown here; its first row, which the checks read as the current status, is 02\/10\/2026 \(date not read\), Green/,
    );
  });

  it('says nothing of the order of a log newest first', () => {
    const html = latestSection([
      '| 2026-11-20 | Green | Reconciled | - | - |',
      '| 2026-11-06 | Amber | Run 1 | - | - |',
    ]);
    assert.match(html, /Reconciled/);
    assert.doesNotMatch(html, /Log order/);
  });
});
