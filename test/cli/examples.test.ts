/**
 * The bundled examples must produce exactly the findings examples/README.md promises: the README's
 * per-file tables (Line | Rule | Severity) are parsed and compared with the built CLI's JSON.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../helpers.js';
import { hashTree, makeTempDir, parseReport, removeTempDir, runCli } from './harness.js';

const examplesDir = path.join(repoRoot, 'examples');

/** `file → ["line severity rule", …]` from the README's sections `## <file> — …`. */
function readmeExpectations(): Map<string, string[]> {
  const readme = fs.readFileSync(path.join(examplesDir, 'README.md'), 'utf8');
  const expected = new Map<string, string[]>();
  for (const section of readme.split(/^## /m).slice(1)) {
    const file = /^(\S+\.plan\.md)\b/.exec(section)?.[1];
    if (!file) continue;
    const rows: string[] = [];
    let inTable = false;
    for (const line of section.split('\n')) {
      if (/^\|\s*Line\s*\|\s*Rule\s*\|\s*Severity\s*\|/i.test(line)) {
        inTable = true;
        continue;
      }
      if (!line.startsWith('|')) {
        inTable = false;
        continue;
      }
      if (!inTable || /^\|\s*-/.test(line)) continue;
      const [lineNo, rule, severity] = line
        .split('|')
        .slice(1, 4)
        .map((c) => c.trim().replace(/`/g, ''));
      rows.push(`${lineNo} ${severity} ${rule}`);
    }
    const saysNone = /Expected findings: none/i.test(section);
    assert.ok(rows.length > 0 || saysNone, `README section for ${file} lists no findings and does not say "none"`);
    expected.set(file, rows);
  }
  return expected;
}

describe('examples/ (built binary)', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => {
    dir = makeTempDir('handoff-examples-');
    fs.cpSync(examplesDir, path.join(dir, 'examples'), { recursive: true });
  });
  after(() => removeTempDir(dir));

  it('gives exactly the findings examples/README.md lists, file by file', () => {
    const expected = readmeExpectations();
    const planFiles = fs.readdirSync(examplesDir).filter((f) => f.endsWith('.plan.md'));
    assert.deepEqual([...expected.keys()].sort(), planFiles.sort(), 'every example has a README section');

    const before = hashTree(dir);
    const result = runCli(['lint', 'examples', '--as-of', '2026-11-25', '--format', 'json'], dir);
    assert.equal(hashTree(dir), before, 'lint modified the examples');
    const report = parseReport(result.stdout);
    assert.equal(result.stderr, '');

    const actual = new Map(
      report.files.map((f) => [f.path, f.diagnostics.map((d) => `${d.line} ${d.severity} ${d.rule}`)]),
    );
    for (const [file, rows] of expected) {
      assert.deepEqual(
        [...(actual.get(`examples/${file}`) ?? ['(not reported as a plan)'])].sort(),
        [...rows].sort(),
        `findings of ${file}`,
      );
    }
    const errors = [...expected.values()].flat().filter((r) => r.includes(' error ')).length;
    const warnings = [...expected.values()].flat().filter((r) => r.includes(' warning ')).length;
    assert.deepEqual(report.summary, {
      files: planFiles.length + 1,
      plans: planFiles.length,
      errors,
      warnings,
      infos: 0,
    });
    assert.equal(result.code, errors > 0 ? 1 : 0);
  });

  it('payroll-cloud.plan.md is clean when the plan it depends on is part of the run', () => {
    // Cross-plan rules see the plans of the run: its depends_on target must be linted with it.
    const args = [
      'lint',
      'examples/payroll-cloud.plan.md',
      'examples/legacy-fax-retire.plan.md',
      '--as-of',
      '2026-11-25',
    ];
    const result = runCli([...args, '-f', 'json'], dir);
    const payroll = parseReport(result.stdout).files.find((f) => f.path === 'examples/payroll-cloud.plan.md');
    assert.deepEqual(payroll?.diagnostics, []);
  });
});
