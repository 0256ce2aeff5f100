/**
 * Issue 12, the paths beside the formatters: what `handoff` writes on stderr (notices, usage and
 * git errors, the list of applied fixes), `handoff diff`'s Markdown, `--fix-dry-run`'s diff and
 * `init`'s messages show file names, revisions and plan text with control characters as visible
 * escapes and on one line.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { fixturePath } from '../helpers.js';
import { git, makeTempDir, readCliFixture, removeTempDir, runCli, writeTree } from './harness.js';

const ASOF = ['--as-of', '2026-06-01'];
const ESC = '\u001b[2J\u001b]0;owned\u0007';
const FILE = `evil${ESC}\nname.plan.md`;
/** Control characters (tab and line feed aside) that must reach no output. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

function assertSafe(text: string, what: string): void {
  assert.doesNotMatch(text, CONTROL, `${what}: ${JSON.stringify(text.match(CONTROL))} in ${JSON.stringify(text)}`);
  assert.ok(
    !text.split('\n').some((l) => l.startsWith('name.plan.md')),
    `${what}: a newline in the file name split a line: ${JSON.stringify(text)}`,
  );
}

describe('issue 12: stderr and the other human-facing CLI paths are sanitised (built binary)', function () {
  this.timeout(120_000);
  let dir: string;
  beforeEach(function () {
    if (process.platform === 'win32') this.skip();
    dir = makeTempDir('handoff-stderr-');
  });
  afterEach(() => dir && removeTempDir(dir));

  it('a git error naming a hostile revision', () => {
    writeTree(dir, { 'a.plan.md': readCliFixture('clean.plan.md') });
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'first');
    const result = runCli(['diff', '--base', `no${ESC}\nsuch`, ...ASOF], dir);
    assert.equal(result.code, 2, result.stderr);
    assert.match(result.stderr, /^handoff: git: .*no\\x1B\[2J\\x1B\]0;owned\\x07 such/m);
    assertSafe(result.stderr, 'diff stderr');
  });

  it("handoff diff's Markdown and a configuration error in diff", () => {
    const plan = readCliFixture('clean.plan.md');
    writeTree(dir, { [FILE]: plan });
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'first');
    writeTree(dir, { [FILE]: plan.replace(/^title: .*$/m, `title: "changed \\e[2J"`) });
    const result = runCli(['diff', '--base', 'HEAD', ...ASOF], dir);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /evil\\x1B\[2J/, 'the plan is not in the diff');
    assertSafe(result.stdout, 'diff markdown');

    writeTree(dir, { [`bad${ESC}\n.handoff.yaml`]: 'x', '.handoff.yaml': `plans: [1\n  ${ESC}: [` });
    const broken = runCli(['diff', '--base', 'HEAD', ...ASOF], dir);
    assert.equal(broken.code, 2, broken.stderr);
    assert.match(broken.stderr, /invalid configuration/);
    assertSafe(broken.stderr, 'diff configuration error');
  });

  it('--fix lists its fixes, and --fix-dry-run shows its diff, without control characters', () => {
    const plan = fs
      .readFileSync(fixturePath('rules/risk-score-mismatch/fires-numbers.plan.md'), 'utf8')
      .replace('Staff keep using paper forms', `Staff keep using paper ${ESC} forms`);
    assert.ok(plan.includes(ESC));
    writeTree(dir, { [FILE]: plan });
    const dry = runCli(['lint', '--fix-dry-run', ...ASOF], dir);
    assert.equal(dry.code, 1, `nothing to fix in the fixture: ${dry.stderr}`);
    assert.match(dry.stdout, /^--- a\/evil\\x1B\[2J/m);
    assert.match(dry.stdout, /paper \\x1B\[2J/, 'the hostile row is not in the diff');
    assertSafe(dry.stdout, 'fix dry run');
    const fixed = runCli(['lint', '--fix', '-f', 'json', ...ASOF], dir);
    assert.match(fixed.stderr, /^evil\\x1B\[2J\\x1B\]0;owned\\x07 name\.plan\.md:\d+: fixed /m);
    assertSafe(fixed.stderr, 'fix stderr');
  });

  it("commander's usage errors and init's messages", () => {
    const usage = runCli(['lint', '--as-of', `x${ESC}`], dir);
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /x\\x1B\[2J/);
    assertSafe(usage.stderr, 'usage error');

    const init = runCli(['init', `d${ESC}`], dir);
    assert.equal(init.code, 0, init.stderr);
    assert.match(init.stdout, /created d\\x1B\[2J/);
    assertSafe(init.stdout + init.stderr, 'init');
  });
});

describe('issue 12: handoff diff does not follow a symlink out of the repository (built binary)', function () {
  this.timeout(120_000);
  let dir: string;
  before(function () {
    if (process.platform === 'win32') this.skip();
    dir = makeTempDir('handoff-diff-link-');
  });
  after(() => dir && removeTempDir(dir));

  it('a plan symlinked in from outside is skipped with a notice, its title and id never shown', () => {
    const clean = readCliFixture('clean.plan.md');
    writeTree(dir, {
      'outside/secret.plan.md': clean.replace(/^id: .*$/m, 'id: TP-2026-999').replace(/^title: .*$/m, 'title: Secret'),
      'repo/a.plan.md': clean,
    });
    const repo = `${dir}/repo`;
    git(repo, 'init', '-q', '-b', 'main');
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'first');
    // The pull request adds a link to a plan elsewhere on the machine.
    fs.symlinkSync('../outside/secret.plan.md', `${repo}/b.plan.md`);
    git(repo, 'add', '-A');
    for (const format of ['markdown', 'json']) {
      const result = runCli(['diff', '--base', 'HEAD', '-f', format, ...ASOF], repo);
      assert.equal(result.code, 0, result.stderr);
      assert.doesNotMatch(result.stdout, /Secret|TP-2026-999/);
      assert.match(result.stderr, /skipped b\.plan\.md: a symlink leads outside the repository/);
    }
  });
});
