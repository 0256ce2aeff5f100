/**
 * `handoff diff` on pull requests a reviewer meets week to week, through the built CLI: a
 * register's required column renamed is no change to each of its rows (the host reads which
 * columns each side's tables lack, with the configuration's column aliases), and a weekly status
 * appended at the bottom of the log is said to be where the checks do not read it.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../helpers.js';
import { git, makeTempDir, removeTempDir, runCli } from './harness.js';

const PAYROLL = fs.readFileSync(path.join(repoRoot, 'examples', 'payroll-cloud.plan.md'), 'utf8');
const ASOF = ['--as-of', '2026-11-25'];
const MILESTONES_HEADER = '| ID | Milestone | Owner | Baseline | Forecast | Actual | Depends on | Status |';
const STATE_HEADER = MILESTONES_HEADER.replace('| Status |', '| State |');

interface DiffJson {
  plans: { changes: { kind: string; subject: string; message: string; impact: string }[] }[];
  summary: { plans: number; changes: number; worse: number; better: number; neutral: number };
}

function edit(text: string, from: string, to: string): string {
  assert.ok(text.includes(from), `missing ${from}`);
  return text.replace(from, to);
}

/** A repository with `files` committed, then `changed` written over them (not committed). */
function repo(files: Record<string, string>, changed: Record<string, string>): string {
  const dir = makeTempDir('handoff-diff-reviewer-');
  const write = (set: Record<string, string>) => {
    for (const [name, text] of Object.entries(set)) fs.writeFileSync(path.join(dir, name), text);
  };
  git(dir, 'init', '-q', '-b', 'main');
  write(files);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  write(changed);
  return dir;
}

function diffJson(dir: string): DiffJson {
  const result = runCli(['diff', '--base', 'HEAD', '--format', 'json', ...ASOF], dir);
  assert.equal(result.code, 0, result.stderr);
  return JSON.parse(result.stdout) as DiffJson;
}

const kinds = (out: DiffJson): string[] => out.plans.flatMap((p) => p.changes.map((c) => `${c.kind} ${c.subject}`));

describe('handoff diff: what a reviewer reads on a weekly pull request', function () {
  this.timeout(60_000);
  const dirs: string[] = [];
  after(() => dirs.forEach(removeTempDir));

  it('a Status header renamed: no milestone reopened, one table-columns finding', () => {
    const dir = repo(
      { 'payroll.plan.md': PAYROLL },
      { 'payroll.plan.md': edit(PAYROLL, MILESTONES_HEADER, STATE_HEADER) },
    );
    dirs.push(dir);
    const out = diffJson(dir);
    assert.deepEqual(
      kinds(out).filter((k) => k.startsWith('milestone-')),
      [],
      kinds(out).join('\n'),
    );
    const columns = out.plans[0]!.changes.filter((c) => c.message.startsWith('New error table-columns:'));
    assert.equal(columns.length, 1);
    assert.equal(columns[0]!.subject, 'milestones');
  });

  it("with the configuration's column alias the renamed header is read, and a milestone done is said", () => {
    const config = 'aliases:\n  columns:\n    Milestones: { State: Status }\n';
    const done = edit(
      edit(PAYROLL, MILESTONES_HEADER, STATE_HEADER),
      '| M-05 | Parallel run 2 (November payroll) reconciled | S-02 | 2026-12-04 | 2026-12-04 | - | M-04 | On track |',
      '| M-05 | Parallel run 2 (November payroll) reconciled | S-02 | 2026-12-04 | 2026-12-04 | 2026-11-24 | M-04 | Done |',
    );
    const dir = repo({ 'payroll.plan.md': PAYROLL, '.handoff.yaml': config }, { 'payroll.plan.md': done });
    dirs.push(dir);
    const out = diffJson(dir);
    assert.deepEqual(
      kinds(out).filter((k) => k.startsWith('milestone-') || k.startsWith('finding-introduced')),
      ['milestone-completed M-05'],
    );
  });

  it('a weekly status appended at the bottom of the log is said to be below the entry the checks read', () => {
    const oldest = '| 2026-10-23 | Green | Migration trial 2: 99.98% of records loaded first time | - | - |';
    const appended = edit(
      PAYROLL,
      oldest,
      `${oldest}\n| 2026-11-25 | Amber | Bank file rejected in run 2 | I-02 | - |`,
    );
    const dir = repo({ 'payroll.plan.md': PAYROLL }, { 'payroll.plan.md': appended });
    dirs.push(dir);
    const reported = diffJson(dir).plans[0]!.changes.filter((c) => c.kind === 'status-reported');
    assert.deepEqual(
      reported.map((c) => [c.subject, c.impact]),
      [['2026-11-25', 'worse']],
    );
    const md = runCli(['diff', '--base', 'HEAD', ...ASOF], dir);
    assert.match(
      md.stdout,
      /^- 🔺 Status reported 2026-11-25: 🟡 Amber — Bank file rejected in run 2\. It is written at row 4, below older entries: .* \(2026-11-20, 🟢 Green\) as the current status\. Move the new entry to the top\.$/m,
    );
  });
});
