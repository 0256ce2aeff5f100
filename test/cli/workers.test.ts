/**
 * Worker threads must not change a run's result: same bytes on stdout and stderr, same exit code,
 * whichever thread finished first. `--threads` (hidden) and HANDOFF_THREADS force either path.
 */
import assert from 'node:assert/strict';
import * as path from 'node:path';
import {
  bundleWithoutWorker,
  makeTempDir,
  parseReport,
  readCliFixture,
  removeTempDir,
  runCli,
  writeTree,
  type FileSpec,
} from './harness.js';

const ASOF = ['--as-of', '2026-06-01'];

/** `count` plans of every kind: clean, with findings, duplicate ids, a cycle, noise and a binary. */
function corpus(count: number): Record<string, FileSpec> {
  const kinds = ['clean.plan.md', 'findings.plan.md', 'warnings.plan.md', 'no-schema.plan.md'];
  const files: Record<string, FileSpec> = {};
  for (let i = 0; i < count; i++) {
    const kind = kinds[i % kinds.length]!;
    const id = `TP-2027-${String(i % 97 === 5 ? 1 : i + 1).padStart(4, '0')}`; // a few duplicate ids
    let text = readCliFixture(kind).replace(/^id: .*$/m, `id: ${id}`);
    // Plans 2 and 3 depend on each other: a cross-plan cycle the workers cannot see alone.
    if (i === 2 || i === 3)
      text = text.replace(/^stage: /m, `depends_on: [TP-2027-${String(i === 2 ? 4 : 3).padStart(4, '0')}]\nstage: `);
    files[`team-${i % 7}/sub-${i % 3}/plan-${String(i).padStart(4, '0')}.plan.md`] = text;
  }
  files['team-0/notes.md'] = readCliFixture('notes.md');
  files['team-1/broken.plan.md'] = Buffer.from([0x00, 0xff, 0x00]);
  return files;
}

describe('worker threads (built binary)', function () {
  this.timeout(180_000);
  let dir: string;
  before(() => {
    dir = makeTempDir('handoff-workers-');
  });
  after(() => removeTempDir(dir));

  it('forced workers and the main thread give identical output on a small set', () => {
    const root = path.join(dir, 'small');
    writeTree(root, corpus(40));
    // SARIF carries each finding's fixes, which workers must keep for it (and drop for the others).
    for (const format of ['json', 'stylish', 'sarif']) {
      const single = runCli(['lint', '-f', format, '--threads', '1', ...ASOF], root);
      const workers = runCli(['lint', '-f', format, '--threads', '2', ...ASOF], root);
      const fromEnv = runCli(['lint', '-f', format, ...ASOF], root, { HANDOFF_THREADS: '3' });
      assert.equal(single.code, 2, single.stderr); // the binary file
      for (const other of [workers, fromEnv]) {
        assert.equal(other.code, single.code);
        assert.equal(other.stdout, single.stdout, `${format} output differs`);
        assert.equal(other.stderr, single.stderr);
      }
    }
    const report = parseReport(runCli(['lint', '-f', 'json', '--threads', '2', ...ASOF], root).stdout);
    const rules = new Set(report.files.flatMap((f) => f.diagnostics.map((d) => d.rule)));
    for (const rule of ['duplicate-id', 'dependency-cycle', 'risk-without-owner', 'front-matter-schema']) {
      assert.ok(rules.has(rule), `the corpus should exercise ${rule}`);
    }
    const sarif = JSON.parse(runCli(['lint', '-f', 'sarif', '--threads', '2', ...ASOF], root).stdout) as {
      runs: { results: { fixes?: unknown[] }[] }[];
    };
    assert.ok(
      sarif.runs[0]!.results.some((r) => (r.fixes?.length ?? 0) > 0),
      'the workers dropped the fixes SARIF writes',
    );
    assert.equal(report.summary.files, 42);
    assert.equal(report.summary.plans, 40);
  });

  it('handoff report gives the same report from workers as from the main thread', () => {
    // Workers send each plan's report part (a row and its share of the totals), not its status.
    const root = path.join(dir, 'report');
    writeTree(root, corpus(40));
    const single = runCli(['report', '-f', 'json', '--threads', '1', ...ASOF], root);
    const workers = runCli(['report', '-f', 'json', '--threads', '2', ...ASOF], root);
    const fromEnv = runCli(['report', '-f', 'json', ...ASOF], root, { HANDOFF_THREADS: '3' });
    assert.equal(single.code, 2, single.stderr); // the binary file
    for (const other of [workers, fromEnv]) {
      assert.equal(other.code, single.code);
      assert.equal(other.stdout, single.stdout);
      assert.equal(other.stderr, single.stderr);
    }
    const report = JSON.parse(workers.stdout) as {
      plans: { findings: { error: number } }[];
      totals: { plans: number; heatMap: number[][]; findings: { error: number } };
    };
    assert.equal(report.totals.plans, 40);
    assert.ok(
      report.totals.heatMap.flat().some((n) => n > 0),
      'the corpus should put open risks on the heat map',
    );
    // The duplicate ids and the cycle are cross-plan findings: counted in the rows and the totals.
    const rowErrors = report.plans.reduce((n, p) => n + p.findings.error, 0);
    assert.equal(report.totals.findings.error, rowErrors);
    const lint = parseReport(runCli(['lint', '-f', 'json', '--threads', '2', ...ASOF], root).stdout);
    assert.equal(report.totals.findings.error, lint.summary.errors);
  });

  it('--threads 2 really runs the worker script (a bundle without worker.cjs fails)', () => {
    const { bin, plans } = bundleWithoutWorker(dir);
    const run = (threads: string) => runCli(['lint', '--threads', threads, ...ASOF], plans, {}, bin);
    assert.equal(run('1').code, 0);
    const failed = run('2');
    assert.equal(failed.code, 2);
    assert.match(failed.stderr, /internal error/);
  });

  it('a run above the worker threshold gives the same result as the main thread', () => {
    const root = path.join(dir, 'large');
    writeTree(root, corpus(260));
    const auto = runCli(['lint', '-f', 'json', ...ASOF], root);
    const single = runCli(['lint', '-f', 'json', '--threads', '1', ...ASOF], root);
    assert.equal(auto.code, single.code);
    assert.equal(auto.stdout, single.stdout);
    assert.equal(auto.stderr, single.stderr);
    assert.equal(parseReport(auto.stdout).summary.plans, 260);
  });

  it('--threads must be a positive whole number', () => {
    const result = runCli(['lint', '--threads', '0', ...ASOF], dir);
    assert.equal(result.code, 2);
    const fromEnv = runCli(['lint', ...ASOF], dir, { HANDOFF_THREADS: 'many' });
    assert.equal(fromEnv.code, 2);
    assert.match(fromEnv.stderr, /HANDOFF_THREADS/);
  });
});
