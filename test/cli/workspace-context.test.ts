/**
 * Linting some files of a workspace: cross-plan rules still see the other plans (by their front
 * matter), so a plan's depends_on is not called unresolved because its target was not named, and
 * the other plans' own findings are not reported.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../helpers.js';
import { findingKeys, makeTempDir, parseReport, removeTempDir, runCli } from './harness.js';

describe('lint of a subset of a workspace', () => {
  let dir: string;
  before(() => {
    dir = makeTempDir();
    fs.cpSync(path.join(repoRoot, 'examples'), dir, { recursive: true });
  });
  after(() => removeTempDir(dir));

  it('resolves depends_on against plans outside the run', () => {
    const r = runCli(['lint', 'payroll-cloud.plan.md', '--format', 'json', '--as-of', '2026-11-25'], dir);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.deepEqual(findingKeys(parseReport(r.stdout)), []);
  });

  it('is not stopped by an invalid configuration that only plans outside the run use, which it names', () => {
    fs.mkdirSync(path.join(dir, 'other-team'));
    fs.writeFileSync(path.join(dir, 'other-team/.handoff.yaml'), 'rules: [oops\n');
    const payroll = fs.readFileSync(path.join(dir, 'payroll-cloud.plan.md'), 'utf8');
    fs.writeFileSync(path.join(dir, 'other-team/p.plan.md'), payroll.replace('id: TP-2026-014', 'id: TP-2026-914'));
    try {
      const r = runCli(['lint', 'payroll-cloud.plan.md', '--format', 'json', '--as-of', '2026-11-25'], dir);
      assert.equal(r.code, 0, r.stdout + r.stderr);
      assert.deepEqual(findingKeys(parseReport(r.stdout)), []);
      assert.match(
        r.stderr,
        /other-team\/\.handoff\.yaml is invalid \(1 problem; lint it to see them\)\. No file this run lints uses it/,
      );
      // Linting the files that use it still stops on it.
      const own = runCli(['lint', 'other-team', '--format', 'json', '--as-of', '2026-11-25'], dir);
      assert.equal(own.code, 2, own.stdout + own.stderr);
      assert.match(own.stderr, /invalid configuration \(1 problem\); nothing was linted/);
    } finally {
      fs.rmSync(path.join(dir, 'other-team'), { recursive: true });
    }
  });

  it('reports a duplicate id against a plan outside the run, but only on the linted file', () => {
    const payroll = fs.readFileSync(path.join(dir, 'payroll-cloud.plan.md'), 'utf8');
    fs.mkdirSync(path.join(dir, 'copy'));
    fs.writeFileSync(path.join(dir, 'copy/clone.plan.md'), payroll.replace('TP-2026-009', 'TP-2026-099'));
    try {
      const r = runCli(['lint', 'copy', '--format', 'json', '--as-of', '2026-11-25'], dir);
      assert.equal(r.code, 1, r.stdout + r.stderr);
      const keys = findingKeys(parseReport(r.stdout));
      assert.ok(
        keys.some((k) => /^copy\/clone\.plan\.md \d+ duplicate-id$/.test(k)),
        keys.join('\n'),
      );
      assert.ok(
        keys.some((k) => /^copy\/clone\.plan\.md \d+ unresolved-reference$/.test(k)),
        keys.join('\n'),
      );
      assert.ok(
        keys.every((k) => k.startsWith('copy/')),
        `findings outside the run: ${keys.join('\n')}`,
      );
    } finally {
      fs.rmSync(path.join(dir, 'copy'), { recursive: true });
    }
  });

  it('checks paths named from another folder against their own workspace, not the folder typed in', () => {
    // A folder elsewhere holding a plan with payroll's id; the workspace (a copy of the examples,
    // with their .handoff.yaml) named from there.
    const elsewhere = makeTempDir('handoff-elsewhere-');
    try {
      fs.copyFileSync(path.join(dir, 'payroll-cloud.plan.md'), path.join(elsewhere, 'twin.plan.md'));
      const asOf = ['--as-of', '2026-11-25'];
      const lint = (args: string[], cwd: string) => {
        const r = runCli(['lint', ...args, '--format', 'json', ...asOf], cwd);
        return findingKeys(parseReport(r.stdout)).map((k) => k.replace(/^.*\//, ''));
      };
      // Its depends_on resolved against the workspace's plans, and no duplicate of the twin.
      const inside = lint(['payroll-cloud.plan.md'], dir);
      assert.deepEqual(inside, []);
      assert.deepEqual(lint([path.join(dir, 'payroll-cloud.plan.md')], elsewhere), inside);
      // Named from inside the other folder, a plan there is checked against that folder's plans.
      fs.copyFileSync(path.join(dir, 'payroll-cloud.plan.md'), path.join(elsewhere, 'payroll.plan.md'));
      assert.ok(
        lint(['payroll.plan.md'], elsewhere).some((k) => / duplicate-id$/.test(k)),
        'the twin in the working folder is a duplicate',
      );
      // The report of the workspace, named from elsewhere, is the report made inside it.
      const counts = (cwd: string, target: string) =>
        (
          JSON.parse(runCli(['report', target, '--format', 'json', ...asOf], cwd).stdout) as {
            plans: { id: string; findings: unknown }[];
          }
        ).plans.map((p) => `${p.id} ${JSON.stringify(p.findings)}`);
      assert.deepEqual(counts(elsewhere, dir), counts(dir, '.'));
    } finally {
      removeTempDir(elsewhere);
    }
  });

  it('does not call a plan linted through a symlinked folder a duplicate of itself', function () {
    if (process.platform === 'win32') this.skip();
    fs.symlinkSync('.', path.join(dir, 'here'));
    try {
      const r = runCli(['lint', 'here/payroll-cloud.plan.md', '--format', 'json', '--as-of', '2026-11-25'], dir);
      assert.equal(r.code, 0, r.stdout + r.stderr);
      assert.deepEqual(findingKeys(parseReport(r.stdout)), []);
    } finally {
      fs.rmSync(path.join(dir, 'here'));
    }
  });

  it('gives report the same context: a duplicate id against a plan outside the run counts on its row', () => {
    const payroll = fs.readFileSync(path.join(dir, 'payroll-cloud.plan.md'), 'utf8');
    const errorsOfClone = (text: string): number => {
      fs.mkdirSync(path.join(dir, 'copy'));
      fs.writeFileSync(path.join(dir, 'copy/clone.plan.md'), text);
      try {
        const r = runCli(['report', 'copy', '--format', 'json', '--as-of', '2026-11-25'], dir);
        assert.equal(r.code, 0, r.stdout + r.stderr);
        const rows = (JSON.parse(r.stdout) as { plans: { findings: { error: number } }[] }).plans;
        assert.equal(rows.length, 1, r.stdout);
        return rows[0]!.findings.error;
      } finally {
        fs.rmSync(path.join(dir, 'copy'), { recursive: true });
      }
    };
    // The same plan under a fresh id resolves its dependencies against the plans outside the run too.
    const unique = errorsOfClone(payroll.replace('TP-2026-014', 'TP-2026-099'));
    assert.equal(errorsOfClone(payroll), unique + 1);
  });
});
