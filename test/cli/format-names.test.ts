/**
 * One set of format names for every command: Markdown is `markdown` in lint, report and diff,
 * and `md` (the name report and diff used before) is still accepted as the same format, so CI
 * written for the old name keeps working. The alias exists only where Markdown does.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../helpers.js';
import { git, makeTempDir, removeTempDir, runCli } from './harness.js';

const ASOF = ['--as-of', '2026-11-25'];

/** stdout of a run that must exit with one of `codes` and write something. */
function output(args: string[], cwd: string, codes: readonly number[] = [0]): string {
  const result = runCli(args, cwd);
  assert.ok(result.code !== null && codes.includes(result.code), `exit ${result.code}: ${result.stderr}`);
  assert.notEqual(result.stdout, '');
  return result.stdout;
}

describe('format names: markdown everywhere, md as its alias', function () {
  this.timeout(60_000);
  let repo: string;

  before(() => {
    repo = makeTempDir('handoff-formats-');
    const payroll = fs.readFileSync(path.join(repoRoot, 'examples', 'payroll-cloud.plan.md'), 'utf8');
    fs.writeFileSync(
      path.join(repo, '.handoff.yaml'),
      fs.readFileSync(path.join(repoRoot, 'examples', '.handoff.yaml')),
    );
    fs.writeFileSync(path.join(repo, 'payroll-cloud.plan.md'), payroll);
    git(repo, 'init', '-q', '-b', 'main');
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'first');
    const rescored = payroll.replace('above 0.5% | 3 | 5 | 15 |', 'above 0.5% | 4 | 5 | 20 |');
    assert.notEqual(rescored, payroll, 'the example plan has a risk R-01 scored 3 × 5');
    fs.writeFileSync(path.join(repo, 'payroll-cloud.plan.md'), rescored);
  });
  after(() => removeTempDir(repo));

  it('report: md, markdown and the default write the same Markdown', () => {
    const markdown = output(['report', 'examples', '--format', 'markdown', ...ASOF], repoRoot);
    assert.match(markdown, /^# /m);
    assert.equal(output(['report', 'examples', '--format', 'md', ...ASOF], repoRoot), markdown);
    assert.equal(output(['report', 'examples', ...ASOF], repoRoot), markdown);
  });

  it('diff: md, markdown and the default write the same Markdown', () => {
    const markdown = output(['diff', '--base', 'HEAD', '--format', 'markdown', ...ASOF], repo);
    assert.match(markdown, /^## Handoff: plan changes from `HEAD` to the working tree/m);
    assert.match(markdown, /R-01/);
    assert.equal(output(['diff', '--base', 'HEAD', '-f', 'md', ...ASOF], repo), markdown);
    assert.equal(output(['diff', '--base', 'HEAD', ...ASOF], repo), markdown);
  });

  it('lint: md is the markdown format too', () => {
    const markdown = output(['lint', 'examples', '--format', 'markdown', ...ASOF], repoRoot, [0, 1]);
    assert.equal(output(['lint', 'examples', '--format', 'md', ...ASOF], repoRoot, [0, 1]), markdown);
  });

  it('help lists markdown and names the alias; a command without Markdown refuses md', () => {
    for (const command of ['lint', 'report', 'diff']) {
      const help = runCli([command, '--help'], repoRoot).stdout.replace(/\s+/g, ' '); // unwrapped
      assert.match(help, /output format: [a-z, ]*\bmarkdown\b[a-z, ]* \(also md = markdown\)/, command);
    }
    const rules = runCli(['rules', '--format', 'md'], repoRoot);
    assert.equal(rules.code, 2);
    assert.match(rules.stderr, /Unknown format "md"\. Available: stylish, json\./);
    const unknown = runCli(['report', 'examples', '--format', 'mdx', ...ASOF], repoRoot);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /Unknown format "mdx"\. Available: markdown, html, json\./);
  });
});
