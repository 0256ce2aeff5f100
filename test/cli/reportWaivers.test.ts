/**
 * `handoff report` on waivers that silence nothing: one `waiver-invalid` reports is marked not in
 * force, with why, in HTML and Markdown; an expired one keeps its one `expired` mark; a waiver's
 * text stays escaped; and a handover waived by a waiver not in force is not shown as waived.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../helpers.js';
import { makeTempDir, removeTempDir, runCli } from './harness.js';

const AS_OF = ['--as-of', '2026-12-05'];

const WAIVERS = [
  '',
  '## Waivers',
  '',
  '| Rule | Target | Reason | Approved by | Expires |',
  '| --- | --- | --- | --- | --- |',
  // A register for a rule that reports its rows; the reason hostile.
  '| risk-review-overdue | Risks | <script>alert(1)</script> moved \\| to January | S-01 | 2027-01-15 |',
  '| status-stale | Status log | Report due at steering | S-01 | 2027-01-15 |',
  // A tolerance breach approved by the project manager, not the board.
  '| schedule-slip | M-05 | Vendor late | S-03 | 2027-01-15 |',
  // Expired (waiver-invalid reports that too): `expired` says it.
  '| milestone-overdue | M-04 | Old news | S-01 | 2026-11-30 |',
  '',
].join('\n');

describe('handoff report: waivers not in force', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => {
    dir = makeTempDir('handoff-report-waivers-');
    const payroll = fs.readFileSync(path.join(repoRoot, 'examples', 'payroll-cloud.plan.md'), 'utf8');
    fs.writeFileSync(path.join(dir, 'payroll.plan.md'), `${payroll.trimEnd()}\n${WAIVERS}`);
  });
  after(() => removeTempDir(dir));

  it('Markdown: marks the waivers waiver-invalid reports, says why, and escapes the reason', () => {
    const result = runCli(['report', '.', ...AS_OF], dir);
    assert.equal(result.code, 0, result.stderr);
    const rows = result.stdout.split('\n').filter((l) => /^\| `[a-z-]+` \|/.test(l));
    assert.equal(rows.length, 4, result.stdout);
    assert.equal(
      rows[0],
      '| `risk-review-overdue` | Risks | &lt;script&gt;alert(1)&lt;/script&gt; moved \\| to January | Helen Marsh | 2027-01-15 **(not in force)**<br>This waiver names the Risks register, but risk-review-overdue reports each row of it, not the register, so it silences none of its 3 findings (R-01, R-02, R-04). |',
    );
    assert.equal(rows[1], '| `status-stale` | Status log | Report due at steering | Helen Marsh | 2027-01-15 |');
    assert.match(
      rows[2]!,
      /^\| `schedule-slip` \| M-05 \| Vendor late \| Priya Raman \| 2027-01-15 \*\*\(not in force\)\*\*<br>This waiver is approved by Priya Raman \(S-03\), who is neither the sponsor nor in a board role \(.*\), so it silences nothing\. \|$/,
    );
    assert.equal(rows[3], '| `milestone-overdue` | M-04 | Old news | Helen Marsh | 2026-11-30 **(expired)** |');
  });

  it('HTML: the same marks, the whole finding in the tooltip, everything escaped', () => {
    const html = runCli(['report', '.', '--format', 'html', ...AS_OF], dir).stdout;
    assert.ok(!/<script/i.test(html), 'no script element');
    const rows = html.split('\n').filter((l) => l.startsWith('<tr><td><code>'));
    assert.equal(rows.length, 4);
    assert.ok(rows[0]!.includes('<td>&lt;script&gt;alert(1)&lt;/script&gt; moved | to January</td>'), rows[0]);
    assert.match(
      rows[0]!,
      /<td>2027-01-15 <b class="sev-error" title="The waiver on line \d+ names the Risks register, [^"<>]*, so it silences none of its 3 findings \(R-01, R-02, R-04\): name a row&#39;s ID in Target[^"<>]*">not in force<\/b><br><span class="muted why">This waiver names the Risks register, [^<]*\.<\/span><\/td><\/tr>$/,
    );
    assert.ok(rows[1]!.endsWith('<td>2027-01-15</td></tr>'), rows[1]);
    assert.match(
      rows[2]!,
      /title="The waiver on line \d+ \(schedule-slip on M-05\) is approved by Priya Raman \(S-03\)/,
    );
    assert.match(rows[2]!, /<span class="muted why">This waiver is approved by Priya Raman \(S-03\), [^<]*<\/span>/);
    assert.ok(rows[3]!.endsWith('<td>2026-11-30 <b class="sev-error">expired</b></td></tr>'), rows[3]);
    assert.equal((html.match(/>not in force</g) ?? []).length, 2);
  });

  it('JSON: each waiver says whether it is in force, and why not', () => {
    const report = JSON.parse(runCli(['report', '.', '--format', 'json', ...AS_OF], dir).stdout) as {
      plans: { waivers: { rule: string; inForce: boolean; expired: boolean; notInForce: { text: string }[] }[] }[];
    };
    assert.deepEqual(
      report.plans[0]!.waivers.map((w) => `${w.rule} ${w.inForce} ${w.expired} ${w.notInForce.length}`),
      [
        'risk-review-overdue false false 1',
        'status-stale true false 0',
        'schedule-slip false false 1',
        'milestone-overdue false true 0',
      ],
    );
  });

  it('a handover whose waiver is not in force is not shown as waived', () => {
    const desk = path.join(dir, 'desk');
    fs.cpSync(path.join(repoRoot, 'examples', 'service-desk-planning.plan.md'), path.join(desk, 'desk.plan.md'));
    // Its reason still the placeholder a quick fix writes: the waiver silences nothing.
    fs.appendFileSync(
      path.join(desk, 'desk.plan.md'),
      '| missing-handover-owner | H-04 | Why this is acceptable | Robert Kaye | 2027-01-31 |\n',
    );
    const md = runCli(['report', '.', '--as-of', '2026-11-25'], desk).stdout;
    assert.match(md, /^\| TP-2026-022 \| .* \| 0 \/ 6; no receiving owner: H-04 \|/m);
    assert.match(
      md,
      /^\| `missing-handover-owner` \| H-04 \| .* \*\*\(not in force\)\*\*<br>This waiver gives no reason yet\. \|$/m,
    );
  });
});
