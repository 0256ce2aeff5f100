/**
 * Issue 12: block nesting is bounded like inline markup. One line of 50,000 `> ` or of 50,000
 * nested `- `, or a list indented level after level, made micromark re-match every open block on
 * every line (minutes for one line); `[`×100,000 is inline markup. With HTML starting a line in the same
 * section the line scanner hands the section to micromark, so these reach it. Each is linted
 * by the built CLI in one run, with one `markup-too-complex` finding on each hostile line.
 */
import assert from 'node:assert/strict';
import { makeTempDir, parseReport, readCliFixture, removeTempDir, runCli, writeTree } from './harness.js';

const clean = readCliFixture('clean.plan.md');

function withNotes(notes: string): string {
  return `${clean.trimEnd()}\n\n## Notes\n\n<b>Pasted from an export</b>, kept as received.\n\n${notes}\n`;
}

const HOSTILE: Record<string, string> = {
  'quotes.plan.md': `${'> '.repeat(50_000)}quoted`,
  'lists.plan.md': `${'- '.repeat(50_000)}item`,
  'mixed.plan.md': `${'> 1. '.repeat(20_000)}item`,
  'brackets.plan.md': '['.repeat(100_000),
  'indented.plan.md': Array.from({ length: 400 }, (_, i) => `${' '.repeat(2 * i)}- level ${i}`).join('\n'),
};

describe('issue 12: deep block nesting (built binary)', function () {
  this.timeout(300_000);
  let dir: string;
  before(() => {
    dir = makeTempDir('handoff-nesting-');
    writeTree(dir, Object.fromEntries(Object.entries(HOSTILE).map(([name, notes]) => [name, withNotes(notes)])));
  });
  after(() => dir && removeTempDir(dir));

  it('every hostile line is one markup-too-complex finding, no internal error', () => {
    const result = runCli(['lint', '-f', 'json', '--as-of', '2026-06-01'], dir);
    assert.ok(result.code === 0 || result.code === 1, result.stderr);
    assert.doesNotMatch(result.stderr, /internal error/);
    const report = parseReport(result.stdout);
    const names = Object.keys(HOSTILE).sort();
    assert.deepEqual(report.files.map((f) => f.path).sort(), names);
    for (const file of report.files) {
      const text = withNotes(HOSTILE[file.path]!).split('\n');
      const deep = (l: string): boolean => l.length > 256 || /^ {129}/.test(l);
      const hostileLines = text.flatMap((l, i) => (deep(l) ? [i + 1] : []));
      assert.ok(hostileLines.length > 0, `${file.path}: no hostile line`);
      const reported = file.diagnostics.filter((d) => d.rule === 'markup-too-complex').map((d) => d.line);
      assert.deepEqual(reported, hostileLines, `${file.path}: ${JSON.stringify(file.diagnostics.slice(0, 3))}`);
    }
  });
});
