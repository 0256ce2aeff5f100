/**
 * `handoff lint --fix` and `--fix-dry-run` on real files with the built binary: what is written,
 * what is printed, and what is never touched.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fixturePath } from '../helpers.js';
import { hashTree, makeTempDir, removeTempDir, runCli, writeTree } from './harness.js';

const ASOF = ['--as-of', '2026-06-01'];
/** A plan with two safe fixes: a risk score to recompute and a second Accountable. */
const scorePlan = fs.readFileSync(fixturePath('rules/risk-score-mismatch/fires-numbers.plan.md'), 'utf8');

describe('handoff lint --fix', () => {
  let dir: string;
  beforeEach(() => {
    dir = makeTempDir('handoff-fix-');
  });
  afterEach(() => removeTempDir(dir));

  it('applies the safe fixes, lists them on stderr, then lints the result; a second run changes nothing', () => {
    writeTree(dir, { 'plans/a.plan.md': scorePlan });
    const first = runCli(['lint', '--fix', ...ASOF, '--format', 'json'], dir);
    assert.match(first.stderr, /plans\/a\.plan\.md:\d+: fixed risk-score-mismatch: Set the score to \d+/);
    const report = JSON.parse(first.stdout) as { files: { diagnostics: { rule: string }[] }[] };
    assert.ok(!report.files.flatMap((f) => f.diagnostics).some((d) => d.rule === 'risk-score-mismatch'));
    const fixed = fs.readFileSync(path.join(dir, 'plans/a.plan.md'), 'utf8');
    assert.notEqual(fixed, scorePlan);
    const hash = hashTree(dir);
    const second = runCli(['lint', '--fix', ...ASOF, '--format', 'json'], dir);
    assert.doesNotMatch(second.stderr, /fixed/);
    assert.equal(hashTree(dir), hash, 'the second run wrote something');
  });

  it('keeps the BOM, CRLF line ends and the file mode', function () {
    const crlf = '\uFEFF' + scorePlan.replace(/\r?\n/g, '\r\n');
    writeTree(dir, { 'a.plan.md': Buffer.from(crlf, 'utf8') });
    const file = path.join(dir, 'a.plan.md');
    if (process.platform !== 'win32') fs.chmodSync(file, 0o640);
    runCli(['lint', '--fix', ...ASOF], dir);
    const bytes = fs.readFileSync(file);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'BOM kept');
    const text = bytes.toString('utf8');
    assert.notEqual(text, crlf, 'something was fixed');
    assert.ok(!/[^\r]\n/.test(text), 'a bare LF crept in');
    if (process.platform !== 'win32') assert.equal(fs.statSync(file).mode & 0o777, 0o640);
    assert.deepEqual(
      fs.readdirSync(dir).filter((f) => f.endsWith('.tmp')),
      [],
    );
  });

  it('never writes through a symlink to a file outside the folder; writes the real file of one inside', function () {
    if (process.platform === 'win32') this.skip();
    const outside = makeTempDir('handoff-outside-');
    try {
      writeTree(outside, { 'b.plan.md': scorePlan });
      writeTree(dir, { 'real/c.plan.md': scorePlan });
      fs.symlinkSync(path.join(outside, 'b.plan.md'), path.join(dir, 'b.plan.md'));
      fs.symlinkSync(path.join(dir, 'real/c.plan.md'), path.join(dir, 'c.plan.md'));
      const run = runCli(['lint', '--fix', ...ASOF, 'b.plan.md', 'c.plan.md'], dir);
      assert.equal(fs.readFileSync(path.join(outside, 'b.plan.md'), 'utf8'), scorePlan, 'outside file changed');
      assert.match(run.stderr, /b\.plan\.md: not fixed: it is a symlink to a file outside/);
      assert.ok(fs.lstatSync(path.join(dir, 'c.plan.md')).isSymbolicLink(), 'the inside symlink stays a symlink');
      assert.notEqual(fs.readFileSync(path.join(dir, 'real/c.plan.md'), 'utf8'), scorePlan);
    } finally {
      removeTempDir(outside);
    }
  });

  it('fixes a plan named outside the folder the run started in, as a file or as its folder', () => {
    writeTree(dir, { 'ci/.keep': '', 'plans/a.plan.md': scorePlan, 'more/b.plan.md': scorePlan });
    const cwd = path.join(dir, 'ci');
    const dry = runCli(['lint', '--fix-dry-run', ...ASOF, '../plans/a.plan.md'], cwd);
    assert.match(dry.stdout, /^\+\+\+ b\/\.\.\/plans\/a\.plan\.md$/m);
    assert.equal(fs.readFileSync(path.join(dir, 'plans/a.plan.md'), 'utf8'), scorePlan, 'a dry run wrote');
    const run = runCli(['lint', '--fix', ...ASOF, '../plans/a.plan.md', path.join(dir, 'more')], cwd);
    assert.match(run.stderr, /plans\/a\.plan\.md:\d+: fixed risk-score-mismatch/);
    assert.doesNotMatch(run.stderr, /not fixed/);
    assert.notEqual(fs.readFileSync(path.join(dir, 'plans/a.plan.md'), 'utf8'), scorePlan);
    assert.notEqual(fs.readFileSync(path.join(dir, 'more/b.plan.md'), 'utf8'), scorePlan);
  });

  it('adds the schema line to a plan its name makes one, and fills an empty one', () => {
    const withoutSchema = scorePlan.replace(/^schema: .*\r?\n/m, '');
    const emptySchema = scorePlan.replace(/^schema: .*$/m, 'schema:');
    assert.notEqual(withoutSchema, scorePlan);
    assert.notEqual(emptySchema, scorePlan);
    writeTree(dir, { 'a.plan.md': withoutSchema, 'b.plan.md': emptySchema });
    const run = runCli(['lint', '--fix', ...ASOF], dir);
    assert.match(run.stderr, /a\.plan\.md:\d+: fixed front-matter-schema: Add schema: transition-plan\/1/);
    assert.match(run.stderr, /b\.plan\.md:\d+: fixed front-matter-schema: Set schema to transition-plan\/1/);
    for (const name of ['a.plan.md', 'b.plan.md']) {
      const fixed = fs.readFileSync(path.join(dir, name), 'utf8');
      assert.match(fixed, /^---\nschema: transition-plan\/1\n/, name);
    }
  });

  it('--fix-dry-run prints the diff, writes nothing, and exits 1 when there is something to fix', () => {
    writeTree(dir, { 'a.plan.md': scorePlan });
    const hash = hashTree(dir);
    const run = runCli(['lint', '--fix-dry-run', ...ASOF], dir);
    assert.equal(run.code, 1);
    assert.match(run.stdout, /^--- a\/a\.plan\.md\n\+\+\+ b\/a\.plan\.md\n@@ -\d+,\d+ \+\d+,\d+ @@/);
    assert.match(run.stdout, /^-\| R-\d+ .*$/m);
    assert.match(run.stdout, /^\+\| R-\d+ .*$/m);
    assert.equal(hashTree(dir), hash);
    runCli(['lint', '--fix', ...ASOF], dir);
    const clean = runCli(['lint', '--fix-dry-run', ...ASOF], dir);
    assert.equal(clean.code, 0);
    assert.equal(clean.stdout, '');
  });

  it('--fix-dry-run shows each place that changes in a hunk of its own, the lines between untouched', () => {
    const twoPlaces = scorePlan.replace(/^health: green$/m, 'health: amber');
    assert.notEqual(twoPlaces, scorePlan);
    writeTree(dir, { 'a.plan.md': twoPlaces });
    const run = runCli(['lint', '--fix-dry-run', ...ASOF], dir);
    const hunks = run.stdout.split('\n').filter((l) => l.startsWith('@@'));
    assert.equal(hunks.length, 2, run.stdout);
    const changed = run.stdout.split('\n').filter((l) => /^[-+](?![-+]{2} [ab]\/)/.test(l));
    assert.deepEqual(
      changed.map((l) => l.slice(0, 12)),
      ['-health: amb', '+health: gre', '-| R-02 | St', '-| R-03 | Ca', '+| R-02 | St', '+| R-03 | Ca'],
    );
  });
});
