/**
 * `handoff rules` and `handoff init` against the built binary.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createPlanEngine } from '../../server/src/engine/index.js';
import { repoRoot } from '../helpers.js';
import { hashTree, makeTempDir, removeTempDir, runCli } from './harness.js';

const engine = createPlanEngine();

describe('handoff rules (built binary)', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => {
    dir = makeTempDir('handoff-rules-');
  });
  after(() => removeTempDir(dir));

  it('lists every rule with its default severity, first stage and description', () => {
    const result = runCli(['rules'], dir);
    assert.equal(result.code, 0, result.stderr);
    const lines = result.stdout.split('\n');
    assert.match(lines[0]!, /^RULE +DEFAULT +FROM +DESCRIPTION$/);
    for (const rule of engine.rules) {
      const line = lines.find((l) => l.startsWith(`${rule.name} `));
      assert.ok(line, `${rule.name} is not listed`);
      const [, severity, stage] = line.split(/ {2,}/);
      assert.equal(severity, rule.severity, rule.name);
      assert.equal(stage, rule.stage, rule.name);
      assert.ok(line.endsWith(rule.description), rule.name);
    }
    assert.match(result.stdout, new RegExp(`^${engine.rules.length} rules\\.`, 'm'));
    assert.ok(!result.stdout.includes('\u001b['));
  });

  it('--format json gives the same catalogue as data', () => {
    const result = runCli(['rules', '--format', 'json'], dir);
    assert.equal(result.code, 0, result.stderr);
    const list = JSON.parse(result.stdout) as {
      name: string;
      severity: string;
      stage: string;
      description: string;
      docs: string;
    }[];
    assert.deepEqual(
      list.map((r) => [r.name, r.severity, r.stage, r.description]),
      engine.rules.map((r) => [r.name, r.severity, r.stage, r.description]),
    );
    for (const r of list) assert.match(r.docs, new RegExp(`#${r.name}$`));
  });

  it('an unknown format is a usage error', () => {
    const result = runCli(['rules', '--format', 'xml'], dir);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /Unknown format "xml"/);
  });
});

describe('handoff init (built binary)', function () {
  this.timeout(60_000);
  let dir: string;
  beforeEach(() => {
    dir = makeTempDir('handoff-init-');
  });
  afterEach(() => removeTempDir(dir));

  it('writes a starter configuration and plan whose only findings are what is left to write', () => {
    const inTwoWeeks = () => new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
    const from = inTwoWeeks();
    const result = runCli(['init', 'plans', '--id', 'TP-2026-777', '--title', 'Payroll cloud move'], dir);
    const to = inTwoWeeks();
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /^created plans\/\.handoff\.yaml$/m);
    assert.match(result.stdout, /^created plans\/transition\.plan\.md$/m);
    const plan = fs.readFileSync(path.join(dir, 'plans', 'transition.plan.md'), 'utf8');
    assert.match(plan, /^schema: transition-plan\/1$/m);
    assert.match(plan, /^id: "TP-2026-777"$/m);
    assert.match(plan, /^# Payroll cloud move$/m);
    // Its sample risk is reviewed two weeks from the day it is written, as a quick fix dates it.
    const review = /^\| R-01 \| What could happen \|.*\| (\d{4}-\d{2}-\d{2}) \|$/m.exec(plan)?.[1];
    assert.ok(review === from || review === to, `${review} is two weeks from today`);

    const lint = runCli(['lint', 'plans', '--as-of', '2026-06-01', '-f', 'json'], dir);
    // No risk, assumption or resource is written yet: a plan without risks is not ready to pass.
    assert.equal(lint.code, 1, lint.stdout + lint.stderr);
    const report = JSON.parse(lint.stdout) as {
      summary: { plans: number; errors: number; warnings: number };
      files: { diagnostics: { rule: string; message: string }[] }[];
    };
    assert.deepEqual(
      { plans: report.summary.plans, errors: report.summary.errors, warnings: report.summary.warnings },
      { plans: 1, errors: 2, warnings: 4 },
    );
    const findings = report.files.flatMap((f) => f.diagnostics);
    assert.deepEqual(
      findings.map((f) => f.rule),
      [
        'stakeholder-incomplete',
        'stakeholder-incomplete',
        'stakeholder-incomplete',
        'missing-risks',
        'missing-assumptions-constraints',
        'missing-register',
      ],
    );
    // The sponsor, service owner and project manager are named by placeholders (`Sponsor name`),
    // and the registers hold their templates' sample rows (`What could happen`).
    for (const f of findings) assert.match(f.message, /still reads the placeholder "[^"]+"/);
    assert.match(findings[3]!.message, /The Risks register holds only the template's sample row R-01/);
  });

  it('never overwrites: existing files are skipped and left unchanged', () => {
    fs.writeFileSync(path.join(dir, '.handoff.yaml'), 'rules: { status-stale: off }\n');
    const before = fs.readFileSync(path.join(dir, '.handoff.yaml'));
    const first = runCli(['init'], dir);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /^skipped \.handoff\.yaml: it already exists and was left unchanged$/m);
    assert.match(first.stdout, /^created transition\.plan\.md$/m);
    assert.deepEqual(fs.readFileSync(path.join(dir, '.handoff.yaml')), before);

    const tree = hashTree(dir);
    const second = runCli(['init', '.'], dir);
    assert.equal(second.code, 0, 'a second run has nothing to do, which is no error');
    assert.match(second.stdout, /Nothing to do: every file already exists, and none was changed\./);
    assert.equal(hashTree(dir), tree);
  });

  it('refuses an --id that is no plan id, with the reason, and writes nothing: exit 2', () => {
    for (const id of ['2026 plan', '-TP-1', 'TP--1', 'TP-1/../x']) {
      const result = runCli(['init', '--id', id], dir);
      assert.equal(result.code, 2, `${id}: ${result.stdout}`);
      assert.match(result.stderr, /Use letters and digits, separated by single hyphens, underscores or dots/);
    }
    assert.deepEqual(fs.readdirSync(dir), []);
    const ok = runCli(['init', '--id', 'ops_2026.14'], dir);
    assert.equal(ok.code, 0, ok.stderr);
    assert.match(fs.readFileSync(path.join(dir, 'transition.plan.md'), 'utf8'), /^id: "ops_2026\.14"$/m);
  });

  it('cannot write into a file: exit 2', () => {
    fs.writeFileSync(path.join(dir, 'taken'), 'a file, not a folder');
    const result = runCli(['init', 'taken'], dir);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /cannot create taken/);
  });
});

describe('writing output to a file: one option name for every command', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => {
    dir = makeTempDir('handoff-out-');
    fs.copyFileSync(path.join(repoRoot, 'examples', 'payroll-cloud.plan.md'), path.join(dir, 'payroll-cloud.plan.md'));
  });
  after(() => removeTempDir(dir));

  for (const [command, flag] of [
    ['lint', '-o'],
    ['lint', '--out'],
    ['lint', '--output-file'],
    ['report', '-o'],
    ['report', '--out'],
  ] as const) {
    it(`${command} ${flag} FILE writes the output there and nothing to stdout`, () => {
      const target = `${command}-${flag.replace(/^-+/, '')}.out`;
      const result = runCli([command, '.', '--format', 'json', flag, target, '--as-of', '2026-11-25'], dir);
      assert.ok(result.code === 0 || result.code === 1, result.stderr);
      assert.equal(result.stdout, '');
      const written = JSON.parse(fs.readFileSync(path.join(dir, target), 'utf8')) as object;
      assert.ok(Object.keys(written).length > 0);
    });
  }

  it('lists -o, --out in the help of lint and report, and hides the old name', () => {
    for (const command of ['lint', 'report']) {
      const help = runCli([command, '--help'], dir);
      assert.match(help.stdout, /-o, --out <file>/, command);
      assert.doesNotMatch(help.stdout, /--output-file/, command);
    }
  });
});
