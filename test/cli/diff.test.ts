/**
 * `handoff diff` on throwaway git repositories: commit a plan, change it the way a pull request
 * would, commit, and check what the built CLI says the change means. Also the git edge cases:
 * a first commit (empty-tree base), an unknown revision, a folder that is not a repository.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../helpers.js';
import { git, makeTempDir, removeTempDir, runCli } from './harness.js';

const ASOF = ['--as-of', '2026-11-25'];
const PAYROLL = fs.readFileSync(path.join(repoRoot, 'examples', 'payroll-cloud.plan.md'), 'utf8');
const CONFIG = fs.readFileSync(path.join(repoRoot, 'examples', '.handoff.yaml'), 'utf8');
const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';

interface DiffJson {
  version: number;
  base: { ref: string; object: string };
  head: { ref: string | null; object: string | null; workingTree?: boolean };
  plans: {
    path: string;
    previousPath?: string;
    change: string;
    id: string;
    changes: { kind: string; subject: string; message: string; impact: string }[];
  }[];
  summary: { plans: number; changes: number; worse: number; better: number; neutral: number };
}

function repo(files: Record<string, string>): string {
  const dir = makeTempDir('handoff-diff-');
  git(dir, 'init', '-q', '-b', 'main');
  write(dir, files);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'first');
  return dir;
}

function write(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
}

function edit(text: string, from: string, to: string): string {
  assert.ok(text.includes(from), `missing ${from}`);
  return text.replace(from, to);
}

/** `text` with each `[from, to]` edit made in turn. */
function edits(text: string, ...pairs: readonly (readonly [string, string])[]): string {
  return pairs.reduce((t, [from, to]) => edit(t, from, to), text);
}

function diffJson(dir: string, args: string[]): DiffJson {
  const result = runCli(['diff', ...args, '--format', 'json', ...ASOF], dir);
  assert.equal(result.code, 0, result.stderr);
  return JSON.parse(result.stdout) as DiffJson;
}

const kinds = (d: DiffJson['plans'][number]) => d.changes.map((c) => `${c.kind} ${c.subject}`);

describe('handoff diff', function () {
  this.timeout(60_000);
  const dirs: string[] = [];
  after(() => dirs.forEach(removeTempDir));

  it('reports a re-scored risk, a removed receiving owner, a slipped go-live and a rename', () => {
    const dir = repo({ 'plans/payroll-cloud.plan.md': PAYROLL, '.handoff.yaml': CONFIG, 'README.md': '# notes\n' });
    dirs.push(dir);
    let changed = edit(PAYROLL, '| 2 | 5 | 10 | S-06 |', '| 4 | 5 | 20 | S-06 |');
    changed = edit(changed, '| Standard change models | S-07 |', '| Standard change models | TBD |');
    changed = edit(changed, 'go_live: 2027-01-04', 'go_live: 2027-01-18');
    git(dir, 'mv', 'plans/payroll-cloud.plan.md', 'plans/payroll.plan.md');
    write(dir, { 'plans/payroll.plan.md': changed, 'README.md': '# notes, changed\n' });
    git(dir, 'commit', '-q', '-am', 'second');

    const out = diffJson(dir, ['--base', 'HEAD~1', '--head', 'HEAD']);
    assert.equal(out.version, 1);
    assert.equal(out.base.ref, 'HEAD~1');
    assert.equal(out.base.object, git(dir, 'rev-parse', 'HEAD~1').trim());
    assert.equal(out.head.object, git(dir, 'rev-parse', 'HEAD').trim());
    assert.equal(out.plans.length, 1, 'README.md is not a plan and is not reported');
    const plan = out.plans[0]!;
    assert.equal(plan.path, 'plans/payroll.plan.md');
    assert.equal(plan.previousPath, 'plans/payroll-cloud.plan.md');
    assert.equal(plan.change, 'renamed');
    assert.equal(plan.id, 'TP-2026-014');
    assert.deepEqual(kinds(plan), [
      'go-live dates.go_live',
      'risk-rescored R-02',
      'handover-owner-removed H-02',
      'finding-introduced H-02',
    ]);
    assert.equal(plan.changes[0]!.message, 'Go-live slipped 14 days (2027-01-04 → 2027-01-18).');
    assert.equal(plan.changes[1]!.message, 'R-02 raised from 10 to 20 — now a high risk.');
    assert.match(plan.changes[3]!.message, /^New error missing-handover-owner: /);
    assert.deepEqual(out.summary, { plans: 1, changes: 4, worse: 4, better: 0, neutral: 0 });

    // Markdown, for a pull request summary.
    const md = runCli(['diff', '--base', 'HEAD~1', '--head', 'HEAD', ...ASOF], dir);
    assert.equal(md.code, 0);
    assert.match(md.stdout, /^## Handoff: plan changes from `HEAD~1` to `HEAD`$/m);
    assert.match(md.stdout, /^`plans\/payroll\.plan\.md`, renamed from `plans\/payroll-cloud\.plan\.md`$/m);
    assert.match(md.stdout, /^- 🔺 R-02 raised from 10 to 20 — now a high risk\.$/m);
  });

  it('compares with the working tree by default, untracked plans included; other plans are not reported', () => {
    const other = edit(PAYROLL, 'id: TP-2026-014', 'id: TP-2026-015');
    const dir = repo({ 'a.plan.md': PAYROLL, 'b.plan.md': other });
    dirs.push(dir);
    write(dir, {
      'a.plan.md': edit(PAYROLL, '| 2026-12-18 | Planned | - |', '| 2026-12-18 | Accepted | 2026-12-17 |'),
      'new.plan.md': edit(PAYROLL, 'id: TP-2026-014', 'id: TP-2026-016'),
    });
    const out = diffJson(dir, ['--base', 'HEAD']);
    assert.deepEqual(out.head, { ref: null, object: null, workingTree: true });
    assert.deepEqual(
      out.plans.map((p) => `${p.path} ${p.change}`),
      ['a.plan.md modified', 'new.plan.md added'],
    );
    assert.deepEqual(kinds(out.plans[0]!), ['handover-accepted H-01']);
    assert.equal(out.plans[1]!.changes[0]!.kind, 'plan-added');
    // Paths limit the comparison.
    assert.deepEqual(
      diffJson(dir, ['--base', 'HEAD', 'new.plan.md']).plans.map((p) => p.path),
      ['new.plan.md'],
    );
  });

  it('a deleted plan, and a plan that only changed its prose', () => {
    const other = edit(PAYROLL, 'id: TP-2026-014', 'id: TP-2026-015');
    const dir = repo({ 'a.plan.md': PAYROLL, 'b.plan.md': other });
    dirs.push(dir);
    fs.rmSync(path.join(dir, 'b.plan.md'));
    write(dir, { 'a.plan.md': edit(PAYROLL, 'monthly run', 'monthly payroll run') });
    git(dir, 'commit', '-q', '-am', 'second');
    const out = diffJson(dir, ['--base', 'HEAD~1', '--head', 'HEAD']);
    assert.deepEqual(
      out.plans.map((p) => `${p.path} ${p.change} ${p.changes.length}`),
      ['a.plan.md modified 0', 'b.plan.md deleted 1'],
    );
    assert.equal(out.plans[1]!.changes[0]!.kind, 'plan-removed');
    const md = runCli(['diff', '--base', 'HEAD~1', '--head', 'HEAD', ...ASOF], dir).stdout;
    assert.ok(md.includes("No change to the plan's facts or findings (text only)."));
  });

  it('reads what the status does not keep from the text: a renamed register heading, a go-live not in ISO', () => {
    const before = edit(PAYROLL, 'go_live: 2027-01-04', 'go_live: 4 Jan 2027');
    const dir = repo({ 'a.plan.md': before });
    dirs.push(dir);
    write(dir, {
      'a.plan.md': edit(edit(before, '### Risks\n', '### Threats\n'), 'go_live: 4 Jan 2027', 'go_live: 8 Feb 2027'),
    });
    const changes = diffJson(dir, ['--base', 'HEAD']).plans[0]!.changes;
    assert.deepEqual(
      changes.filter((c) => !c.kind.startsWith('finding-')).map((c) => `${c.kind} ${c.subject} ${c.impact}`),
      ['go-live dates.go_live worse', 'register-unread risks worse'],
    );
    assert.match(
      changes[0]!.message,
      /^Go-live slipped 35 days \(4 Jan 2027 → 8 Feb 2027, read as 2027-01-04 → 2027-02-08/,
    );
    assert.match(changes[1]!.message, /^The Risks register's heading is no longer recognised: .* under "### Threats"/);
  });

  it("a month's update: the re-forecast with its size, the status reported, a closed risk filed out of sight", () => {
    const dir = repo({ 'a.plan.md': PAYROLL, '.handoff.yaml': CONFIG });
    dirs.push(dir);
    const r05 = PAYROLL.split('\n').find((l) => l.startsWith('| R-05 '))!;
    const header = PAYROLL.split('\n').find((l) => l.startsWith('| ID | Risk |'))!;
    write(dir, {
      'a.plan.md': edits(
        PAYROLL,
        ['| 180000 | 132000 | 178000 |', '| 180000 | 150000 | 196000 |'],
        [
          '| 2026-11-20 | Green |',
          '| 2026-11-24 | Green | Run 2 under way; vendor invoice for run 2 received | - | - |\n| 2026-11-20 | Green |',
        ],
        [`${r05}\n`, ''],
        [
          '### Assumptions and constraints\n',
          `### Closed risks\n\n${header}\n${header.replace(/[^|]+/g, ' --- ').trim()}\n${r05}\n\n### Assumptions and constraints\n`,
        ],
      ),
    });
    const result = runCli(['diff', '--base', 'HEAD', ...ASOF], dir);
    assert.equal(result.code, 0, result.stderr);
    assert.ok(result.stdout.includes('1 plan changed: 3 changes (1 worse, 0 better, 2 neutral)'), result.stdout);
    for (const line of [
      '- ▫️ Risk R-05 (Payroll data processed outside the UK) is no longer read: its row is still in the plan, under "&#35;&#35;&#35; Closed risks", which Handoff does not read as the Risks register.',
      '- 🔺 Cost forecast raised from GBP 477,000 to GBP 495,000 (+18,000), actual spend from GBP 326,000 to GBP 344,000 (+18,000); approved GBP 480,000, variance +3.1% against a 10% tolerance.',
      '- ▫️ Status reported 2026-11-24: 🟢 Green — Run 2 under way; vendor invoice for run 2 received',
    ])
      assert.ok(result.stdout.includes(line), `${line}\n---\n${result.stdout}`);
    assert.ok(!result.stdout.includes('removed from the register'), result.stdout);
  });

  it('a quiet re-baseline and budget raise: worse, and the breaches they hide are not fixed', () => {
    const m05 = '| 2026-12-04 | 2026-12-04 | - | M-04 | On track |';
    const vendor = '| Vendor implementation services | 180000 | 132000 | 178000 | S-03 |';
    // M-05 forecast 35 days late, and the spend forecast 14 % over: both beyond tolerance.
    const before = edits(
      PAYROLL,
      [m05, '| 2026-12-04 | 2027-01-08 | - | M-04 | At risk |'],
      [vendor, vendor.replace('178000', '250000')],
    );
    const dir = repo({ 'a.plan.md': before });
    dirs.push(dir);
    write(dir, {
      'a.plan.md': edits(
        before,
        ['| 2026-12-04 | 2027-01-08 | - | M-04 | At risk |', '| 2027-01-08 | 2027-01-08 | - | M-04 | On track |'],
        ['  approved: 480000\n', '  approved: 540000\n'],
        ['| 180000 | 132000 |', '| 240000 | 132000 |'],
        ['  cost_pct: 10\n', '  cost_pct: 15\n'],
      ),
    });
    const plan = diffJson(dir, ['--base', 'HEAD']).plans[0]!;
    assert.deepEqual(
      plan.changes.map((c) => `${c.kind} ${c.subject} ${c.impact}`),
      [
        'derived-health health neutral',
        'milestone-baseline-changed M-05 worse',
        'budget-changed budget.approved worse',
        'tolerance-changed tolerances.cost_pct worse',
        // 15 % is looser than the configured 10 %, which still applies (contract §4).
        'finding-introduced tolerances worse',
        'finding-gone M-05 neutral',
        'finding-gone budget neutral',
      ],
    );
    const md = runCli(['diff', '--base', 'HEAD', ...ASOF], dir).stdout;
    assert.match(
      md,
      /^- 🔺 Approved budget raised from GBP 480,000 to GBP 540,000 \(\+12\.5%\) with no decision recorded in this change/m,
    );
    assert.match(md, /^- ▫️ Hidden by the re-baseline \(2026-12-04 → 2027-01-08\), not fixed: schedule-slip: /m);
    assert.match(md, /^- ▫️ Hidden by the budget raise, not fixed: cost-overrun: /m);
    assert.ok(!md.includes('✅'), md);
  });

  it('a plan removed, or its id changed, names the plans that still depend on it', () => {
    const FAX = fs.readFileSync(path.join(repoRoot, 'examples', 'legacy-fax-retire.plan.md'), 'utf8');
    const dir = repo({
      'plans/payroll-cloud.plan.md': PAYROLL,
      'plans/legacy-fax-retire.plan.md': FAX,
      '.handoff.yaml': CONFIG,
    });
    dirs.push(dir);
    git(dir, 'rm', '-q', 'plans/legacy-fax-retire.plan.md');
    git(dir, 'commit', '-q', '-m', 'fax plan removed');
    const removed = diffJson(dir, ['--base', 'HEAD~1', '--head', 'HEAD']);
    const fax = removed.plans.find((p) => p.id === 'TP-2026-009')!;
    assert.equal(fax.change, 'deleted');
    const still = fax.changes.find((c) => c.kind === 'dependents')!;
    assert.equal(still.impact, 'worse');
    assert.match(still.message, /^A plan still depends on TP-2026-009, which is gone: TP-2026-014\./);

    // The working tree as head: the id changed instead, and an untracked plan depends on it too.
    git(dir, 'revert', '--no-edit', 'HEAD');
    write(dir, {
      'plans/legacy-fax-retire.plan.md': edit(FAX, 'id: TP-2026-009', 'id: TP-2026-010'),
      'plans/new.plan.md': edit(
        edit(PAYROLL, 'id: TP-2026-014', 'id: TP-2026-099'),
        'title: Payroll to PeopleLine Cloud',
        'title: Payroll, phase 2',
      ),
    });
    const renamed = diffJson(dir, ['--base', 'HEAD']);
    const changes = renamed.plans.find((p) => p.id === 'TP-2026-010')!.changes;
    assert.deepEqual(
      changes.filter((c) => c.kind === 'id' || c.kind === 'dependents').map((c) => c.kind),
      ['id', 'dependents'],
    );
    assert.match(
      changes.find((c) => c.kind === 'dependents')!.message,
      /^2 plans still depend on TP-2026-009, which is gone: TP-2026-014, TP-2026-099\./,
    );
  });

  it('a plan moved to another folder and not yet staged is the plan renamed, not removed and added', () => {
    const FAX = fs.readFileSync(path.join(repoRoot, 'examples', 'legacy-fax-retire.plan.md'), 'utf8');
    const dir = repo({
      'plans/payroll-cloud.plan.md': PAYROLL,
      'plans/legacy-fax-retire.plan.md': FAX,
      '.handoff.yaml': CONFIG,
    });
    dirs.push(dir);
    // The retired plan moved to an archive folder with a plain mv: git sees one file deleted, one untracked.
    fs.mkdirSync(path.join(dir, 'plans', 'retired'));
    fs.renameSync(
      path.join(dir, 'plans', 'legacy-fax-retire.plan.md'),
      path.join(dir, 'plans', 'retired', 'fax.plan.md'),
    );
    const out = diffJson(dir, ['--base', 'HEAD']);
    assert.equal(out.plans.length, 1);
    const fax = out.plans[0]!;
    assert.deepEqual(
      { path: fax.path, previousPath: fax.previousPath, change: fax.change, id: fax.id },
      {
        path: 'plans/retired/fax.plan.md',
        previousPath: 'plans/legacy-fax-retire.plan.md',
        change: 'renamed',
        id: 'TP-2026-009',
      },
    );
    // Its dependents still find it, and its findings were there before: nothing to say.
    assert.deepEqual(fax.changes, []);
  });

  it('a first commit: the empty tree as base makes every plan new', () => {
    const dir = repo({ 'a.plan.md': PAYROLL });
    dirs.push(dir);
    const out = diffJson(dir, ['--base', EMPTY_TREE, '--head', 'HEAD']);
    assert.deepEqual(
      out.plans.map((p) => `${p.path} ${p.change}`),
      ['a.plan.md added'],
    );
    assert.equal(
      out.plans[0]!.changes[0]!.message,
      'New plan TP-2026-014 "Payroll to PeopleLine Cloud" at stage control.',
    );
    // HEAD~1 of a first commit does not exist: a git error with a hint, exit 2.
    const result = runCli(['diff', '--base', 'HEAD~1', '--head', 'HEAD', ...ASOF], dir);
    assert.equal(result.code, 2);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /unknown revision "HEAD~1".*--base 4b825dc642cb6eb9a060e54bf8d69288fbee4904/);
  });

  it('an unknown ref, an option-like ref, and a folder outside git exit 2 with a clear message', () => {
    const dir = repo({ 'a.plan.md': PAYROLL });
    dirs.push(dir);
    const unknown = runCli(['diff', '--base', 'no-such-branch', ...ASOF], dir);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /^handoff: git: unknown revision "no-such-branch"$/m);
    const optionLike = runCli(['diff', '--base=--output=/tmp/x', ...ASOF], dir);
    assert.equal(optionLike.code, 2);
    assert.match(optionLike.stderr, /is not a revision/);
    const unknownHead = runCli(['diff', '--base', 'HEAD', '--head', 'nope', ...ASOF], dir);
    assert.equal(unknownHead.code, 2);
    assert.match(unknownHead.stderr, /unknown revision "nope"/);

    const outside = makeTempDir('handoff-nogit-');
    dirs.push(outside);
    const notRepo = runCli(['diff', '--base', 'HEAD', ...ASOF], outside, {
      GIT_CEILING_DIRECTORIES: path.dirname(outside),
    });
    assert.equal(notRepo.code, 2);
    assert.match(notRepo.stderr, /is not in a git repository/);
    const noBase = runCli(['diff', ...ASOF], dir);
    assert.equal(noBase.code, 2);
    assert.match(noBase.stderr, /--base/);

    // A path named that is nowhere is a mistake, not "no plan changed"; one deleted since the
    // base, or a pattern, is not.
    const typo = runCli(['diff', '--base', 'HEAD', 'plnas/a.plan.md', ...ASOF], dir);
    assert.equal(typo.code, 2);
    assert.match(
      typo.stderr,
      /^handoff: plnas\/a\.plan\.md: no such file or folder, in the working tree or either revision$/m,
    );
    fs.rmSync(path.join(dir, 'a.plan.md'));
    const deleted = runCli(['diff', '--base', 'HEAD', 'a.plan.md', '--format', 'json', ...ASOF], dir);
    assert.equal(deleted.code, 0, deleted.stderr);
    assert.equal((JSON.parse(deleted.stdout) as DiffJson).plans[0]?.change, 'deleted');
    assert.equal(runCli(['diff', '--base', 'HEAD', '*.nomatch.md', ...ASOF], dir).code, 0);
  });
});
