/**
 * `handoff report` on a Status log written oldest first: the latest status is the newest dated
 * entry, and the report says plainly that the log is not newest first and what its first row (the
 * one the checks read) says; when numeric dates read two ways order the log differently, it says
 * the order could not be told. A go-live date or a health written but not read is shown as
 * written. Plan text stays escaped in Markdown and HTML.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../helpers.js';
import { makeTempDir, removeTempDir, runCli } from './harness.js';

const AS_OF = ['--as-of', '2026-11-25'];
const LOG = '| 2026-11-20 | Green | Run 1 reconciled';

/** The payroll example with its Status log rows replaced, and its go-live date as given. */
function payroll(rows: readonly string[], goLive = '2027-01-04'): string {
  const text = fs.readFileSync(path.join(repoRoot, 'examples', 'payroll-cloud.plan.md'), 'utf8');
  const lines = text.split('\n');
  const first = lines.findIndex((l) => l.startsWith(LOG));
  let end = first;
  while (lines[end]?.startsWith('|')) end++;
  lines.splice(first, end - first, ...rows);
  return lines.join('\n').replace('go_live: 2027-01-04', `go_live: ${goLive}`);
}

function highlight(out: string, label: string): string[] {
  return out.split('\n').filter((l) => l.startsWith(`- **${label}:**`) || l.startsWith('  - **Log order:**'));
}

describe('handoff report: the latest status of a log not newest first', function () {
  this.timeout(60_000);
  let dir: string;
  const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);
  before(() => {
    dir = makeTempDir('handoff-report-latest-');
    write(
      'oldest.plan.md',
      payroll(
        [
          '| 2026-11-06 | Green | Build 90% | - | - |',
          '| 2026-11-20 | Green | Build complete | - | - |',
          '| 2026-11-24 | Amber | UAT slipped <img src=x onerror=alert(1)> *four* weeks | R-01 load test | Accept slip |',
        ],
        '19 Apr 2027',
      ),
    );
    write(
      'untold.plan.md',
      payroll(['| 03/04/2026 | Green | Kick-off | - | - |', '| 2026-03-20 | Amber | Pilot slipping | - | - |']).replace(
        'id: TP-',
        'id: TP-9',
      ),
    );
    write(
      'concerns.plan.md',
      payroll(['| 2026-11-20 | Green <b>with</b> concerns | Run 1 reconciled | - | - |'])
        .replace('id: TP-', 'id: TP-8')
        .replace('\nhealth: green\n', '\nhealth: Green <b>with</b> concerns\n'),
    );
  });
  after(() => removeTempDir(dir));

  it('Markdown: shows the newest entry, says the log is not newest first, and the go-live date as written', () => {
    const result = runCli(['report', 'oldest.plan.md', '--format', 'markdown', ...AS_OF], dir);
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(highlight(result.stdout, 'Latest status'), [
      '- **Latest status:** 2026-11-24, 🟡 Amber. UAT slipped &lt;img src=x onerror=alert(1)&gt; four weeks',
      '  - **Log order:** the Status log is not newest first: the newest entry is row 3, shown here; its first row, which the checks read as the current status, is 2026-11-06 (stale), Green',
    ]);
    assert.match(result.stdout, /- \*\*Go-live and readiness:\*\* go-live date not read: 19 Apr 2027\n/);
    assert.match(result.stdout, /\| 19 Apr 2027 \(not read\) \|/);
    // The newest entry's risks and decisions are the ones the report lists.
    assert.match(
      result.stdout,
      /- \*\*Risks and challenges:\*\* R-01 load test\n- \*\*Decisions needed:\*\* Accept slip/,
    );
  });

  it('HTML: the same, escaped', () => {
    const result = runCli(['report', 'oldest.plan.md', '--format', 'html', ...AS_OF], dir);
    assert.equal(result.code, 0, result.stderr);
    assert.ok(!/<img/i.test(result.stdout), 'no img element');
    const latest = /<dt>Latest status<\/dt><dd>(.*?)<\/dd>/.exec(result.stdout)?.[1];
    assert.equal(
      latest,
      '2026-11-24 <span class="health amber">Amber</span> UAT slipped &lt;img src=x onerror=alert(1)&gt; four weeks<br><span class="sev-warning"><b>Log order:</b> the Status log is not newest first: the newest entry is row 3, shown here; its first row, which the checks read as the current status, is 2026-11-06 (stale), Green</span>',
    );
    assert.match(result.stdout, /go-live date not read: 19 Apr 2027/);
  });

  it('says the order could not be told when the readings of its numeric dates disagree, and shows the first row', () => {
    const result = runCli(['report', 'untold.plan.md', '--format', 'markdown', ...AS_OF], dir);
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(highlight(result.stdout, 'Latest status'), [
      '- **Latest status:** 03/04/2026 (date not read), 🟢 Green. Kick-off',
      "  - **Log order:** the Status log's order could not be told: its dates, read day first and month first, put different rows newest, so its first row is shown",
    ]);
  });

  it('shows a health not read as written, marked so, in Markdown and HTML', () => {
    const md = runCli(['report', 'concerns.plan.md', '--format', 'markdown', ...AS_OF], dir);
    assert.equal(md.code, 0, md.stderr);
    assert.match(md.stdout, /· reported Green &lt;b&gt;with&lt;\/b&gt; concerns \(not read\) ·/);
    assert.deepEqual(highlight(md.stdout, 'Latest status'), [
      '- **Latest status:** 2026-11-20, Green &lt;b&gt;with&lt;/b&gt; concerns (not read). Run 1 reconciled',
    ]);
    const html = runCli(['report', 'concerns.plan.md', '--format', 'html', ...AS_OF], dir);
    assert.equal(html.code, 0, html.stderr);
    assert.ok(!html.stdout.includes('<b>with</b>'), 'escaped');
    assert.match(
      html.stdout,
      /reported <span class="health none">Green &lt;b&gt;with&lt;\/b&gt; concerns \(not read\)<\/span>/,
    );
  });
});
