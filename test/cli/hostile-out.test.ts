/**
 * Issue 12, Deliver 9: `-o`/`--out` never overwrites a plan the run reads, however the path is
 * spelled (relative with `./`, absolute, through a symlink), for `lint` and for `report`.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { hashTree, makeTempDir, readCliFixture, removeTempDir, runCli, writeTree } from './harness.js';

const ASOF = ['--as-of', '2026-06-01'];

describe('issue 12: -o never overwrites an input plan (built binary)', function () {
  this.timeout(120_000);
  let dir: string;
  beforeEach(() => {
    dir = makeTempDir('handoff-out-');
    writeTree(dir, { 'plans/a.plan.md': readCliFixture('clean.plan.md') });
    if (process.platform !== 'win32') fs.symlinkSync(path.join('plans', 'a.plan.md'), path.join(dir, 'link.md'));
  });
  afterEach(() => removeTempDir(dir));

  it('lint and report refuse every spelling of a plan they read, and write elsewhere', () => {
    const spellings = ['./plans/a.plan.md', 'plans/../plans/a.plan.md', path.join(dir, 'plans', 'a.plan.md')];
    if (process.platform !== 'win32') spellings.push('link.md');
    for (const command of ['lint', 'report']) {
      const before = hashTree(dir);
      for (const out of spellings) {
        const result = runCli([command, 'plans', '-o', out, ...ASOF], dir);
        assert.equal(result.code, 2, `${command} -o ${out}: ${result.stderr}`);
        assert.match(result.stderr, /refusing to write the (output|report) to/);
        assert.equal(hashTree(dir), before, `${command} -o ${out} changed the tree`);
      }
      const elsewhere = runCli([command, 'plans', '-o', `${command}.out`, ...ASOF], dir);
      assert.equal(elsewhere.code, 0, elsewhere.stderr);
      assert.ok(fs.statSync(path.join(dir, `${command}.out`)).size > 0);
    }
  });
});
