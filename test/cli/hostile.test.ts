/**
 * Hostile and odd inputs against the built binary: nothing in a plan may run code, blow up memory
 * or the stack, hang the walk, or change a file; odd encodings and line ends must not move
 * findings.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { matchesGlobs } from '../../server/src/engine/config.js';
import { createPlanEngine } from '../../server/src/engine/index.js';
import { parsePlan } from '../../server/src/engine/parse/index.js';
import {
  hashTree,
  makeTempDir,
  parseReport,
  readCliFixture,
  removeTempDir,
  runCli,
  writeTree,
  type CliResult,
  type JsonReport,
} from './harness.js';

const ASOF = ['--as-of', '2026-06-01'];
const cleanPlan = readCliFixture('clean.plan.md');
const findingsPlan = readCliFixture('findings.plan.md');
/** The clean plan's body, after its front matter. */
const cleanBody = cleanPlan.slice(cleanPlan.indexOf('\n---\n') + 5);

function withFrontMatter(frontMatter: string, body = cleanBody): string {
  return `${frontMatter}\n${body}`;
}

function timed(run: () => CliResult): { result: CliResult; ms: number } {
  const start = performance.now();
  const result = run();
  return { result, ms: performance.now() - start };
}

function rulesOf(report: JsonReport, file: string): string[] {
  const entry = report.files.find((f) => f.path === file);
  assert.ok(entry, `${file} is not in the report: ${JSON.stringify(report.files.map((f) => f.path))}`);
  return entry.diagnostics.map((d) => d.rule);
}

describe('hostile inputs (built binary)', function () {
  this.timeout(120_000);
  let dir: string;
  beforeEach(() => {
    dir = makeTempDir('handoff-hostile-');
  });
  afterEach(() => removeTempDir(dir));

  it('---js front matter is refused, never run', () => {
    const marker = path.join(dir, 'MARKER');
    const code = `require('fs').writeFileSync(${JSON.stringify(marker)}, 'ran'); module.exports = { schema: 'transition-plan/1' };`;
    writeTree(dir, {
      'evil.plan.md': withFrontMatter(`---js\n${code}\n---`),
      'evil2.plan.md': withFrontMatter(
        `---javascript\n({ x: require('fs').writeFileSync(${JSON.stringify(marker)}, 'ran') })\n---`,
      ),
      'evil3.plan.md': withFrontMatter(
        `---\nschema: transition-plan/1\nid: !!js/function "function () { require('fs').writeFileSync(${JSON.stringify(marker)}, 'ran') }"\n---`,
      ),
    });
    const result = runCli(['lint', '-f', 'json', ...ASOF], dir);
    assert.equal(fs.existsSync(marker), false, 'front matter code ran');
    assert.equal(result.code, 1, result.stderr);
    const report = parseReport(result.stdout);
    assert.ok(rulesOf(report, 'evil.plan.md').includes('front-matter-syntax'));
    assert.ok(rulesOf(report, 'evil2.plan.md').includes('front-matter-syntax'));
    assert.ok(rulesOf(report, 'evil3.plan.md').some((r) => r.startsWith('front-matter-')));
  });

  it('a YAML alias bomb is bounded', () => {
    const levels = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
    for (let i = 1; i < 10; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(', ')}]`);
    }
    writeTree(dir, {
      'bomb.plan.md': withFrontMatter(`---\nschema: transition-plan/1\n${levels.join('\n')}\n---`),
      'clean.plan.md': cleanPlan,
    });
    const { result, ms } = timed(() => runCli(['lint', '-f', 'json', ...ASOF], dir));
    assert.ok(ms < 30_000, `took ${ms} ms`);
    assert.equal(result.code, 1, result.stderr);
    const report = parseReport(result.stdout);
    assert.ok(rulesOf(report, 'bomb.plan.md').includes('front-matter-syntax'), JSON.stringify(report.files[0]));
    assert.deepEqual(rulesOf(report, 'clean.plan.md'), []);
  });

  it('__proto__ and constructor keys neither pollute nor crash', () => {
    const frontMatter = [
      '---',
      'schema: transition-plan/1',
      'id: TP-2026-201',
      'title: Prototype keys',
      'service: Expense claims',
      'transition_type: new',
      'stage: initiation',
      'sponsor: S-01',
      'service_owner: S-02',
      'project_manager: S-03',
      '__proto__: { polluted: yes, stage: closed }',
      'constructor: { prototype: { polluted: yes } }',
      'dates: { __proto__: { polluted: yes } }',
      '---',
    ].join('\n');
    const text = withFrontMatter(frontMatter);
    writeTree(dir, { 'proto.plan.md': text });
    const result = runCli(['lint', '-f', 'json', ...ASOF], dir);
    assert.ok(result.code === 0 || result.code === 1, `exit ${result.code}: ${result.stderr}`);
    const rules = rulesOf(parseReport(result.stdout), 'proto.plan.md');
    // Read as initiation (its declared stage), not as "closed" smuggled in through __proto__.
    assert.ok(!rules.includes('missing-sign-off') && !rules.includes('missing-lessons-learned'), rules.join(', '));

    // The same text in this process must leave Object.prototype alone.
    const engine = createPlanEngine();
    const lint = engine.lintDocument('proto.plan.md', text, { asOf: '2026-06-01', matchesGlob: true });
    assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
    assert.equal(lint.plan?.meta.stage, 'initiation');
  });

  it('10,000 nested [ in front matter give a syntax finding, not a stack overflow', () => {
    writeTree(dir, {
      'deep.plan.md': withFrontMatter(
        `---\nschema: transition-plan/1\ntags: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n---`,
      ),
      'clean.plan.md': cleanPlan,
    });
    const { result, ms } = timed(() => runCli(['lint', '-f', 'json', ...ASOF], dir));
    assert.ok(ms < 30_000, `took ${ms} ms`);
    assert.equal(result.code, 1, result.stderr);
    const report = parseReport(result.stdout);
    assert.ok(rulesOf(report, 'deep.plan.md').includes('front-matter-syntax'));
    assert.deepEqual(rulesOf(report, 'clean.plan.md'), []);
  });

  it('a 20,000-row table is linted in bounded time', () => {
    const rows = Array.from(
      { length: 20_000 },
      (_, i) =>
        `| R-${String(i + 1).padStart(5, '0')} | Risk ${i + 1} | 1 | 2 | 2 | S-03 | Mitigate | Watch it | Ignore it | Open |`,
    );
    const big = cleanPlan.replace(/^\| R-01 .*$/m, rows.join('\n'));
    writeTree(dir, { 'big.plan.md': big });
    const { result, ms } = timed(() => runCli(['lint', '-f', 'json', ...ASOF], dir));
    assert.ok(ms < 60_000, `took ${ms} ms`);
    assert.equal(result.code, 0, result.stdout.slice(0, 2000) + result.stderr);
    assert.deepEqual(parseReport(result.stdout).summary, { files: 1, plans: 1, errors: 0, warnings: 0, infos: 0 });
  });

  it('10,000 nested > blockquotes do not crash, and are reported as too deep', () => {
    const quote = `${'>'.repeat(10_000)} deep\n`;
    writeTree(dir, { 'quotes.plan.md': cleanPlan.replace('## Project Initiation', `${quote}\n## Project Initiation`) });
    const { result, ms } = timed(() => runCli(['lint', '-f', 'json', ...ASOF], dir));
    assert.ok(ms < 60_000, `took ${ms} ms`);
    assert.equal(result.code, 0, result.stderr);
    // Past 16 levels the quote markers are read as typed (markupLimits.ts), and the line says so.
    assert.deepEqual(rulesOf(parseReport(result.stdout), 'quotes.plan.md'), ['markup-too-complex']);
  });

  it('a binary x.plan.md and an invalid-UTF-8 file exit 2, the other files are still linted', () => {
    writeTree(dir, {
      'x.plan.md': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00]),
      'bad.plan.md': Buffer.concat([
        Buffer.from(findingsPlan.slice(0, 40)),
        Buffer.from([0xc3, 0x28]),
        Buffer.from('\n'),
      ]),
      'findings.plan.md': findingsPlan,
    });
    const result = runCli(['lint', '-f', 'json', ...ASOF], dir);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /x\.plan\.md: binary file/);
    assert.match(result.stderr, /bad\.plan\.md: not valid UTF-8 \(at byte 40\)/);
    const report = parseReport(result.stdout);
    assert.deepEqual(
      report.files.map((f) => f.path),
      ['findings.plan.md'],
    );
    assert.equal(report.summary.files, 3);
  });

  it('CRLF, BOM and BOM+CRLF variants give the same findings at the same positions as LF', () => {
    const crlf = findingsPlan.replace(/\n/g, '\r\n');
    writeTree(dir, {
      'lf.plan.md': findingsPlan.replace(/^id: .*$/m, 'id: TP-2026-301'),
      'crlf.plan.md': crlf.replace(/^id: .*$/m, 'id: TP-2026-302'),
      'bom.plan.md': '\uFEFF' + findingsPlan.replace(/^id: .*$/m, 'id: TP-2026-303'),
      'bomcrlf.plan.md': '\uFEFF' + crlf.replace(/^id: .*$/m, 'id: TP-2026-304'),
    });
    const report = parseReport(runCli(['lint', '-f', 'json', ...ASOF], dir).stdout);
    const positions = (file: string) =>
      report.files
        .find((f) => f.path === file)!
        .diagnostics.map((d) => `${d.rule} ${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.message}`);
    const lf = positions('lf.plan.md');
    assert.equal(lf.length, 3);
    for (const variant of ['crlf.plan.md', 'bom.plan.md', 'bomcrlf.plan.md'])
      assert.deepEqual(positions(variant), lf, variant);
  });

  it('a symlink loop in a linted folder neither hangs nor lints a plan twice', function () {
    if (process.platform === 'win32') this.skip();
    writeTree(dir, { 'plans/a/findings.plan.md': findingsPlan, 'plans/clean.plan.md': cleanPlan });
    fs.symlinkSync('..', path.join(dir, 'plans/a/up'));
    fs.symlinkSync('.', path.join(dir, 'plans/self'));
    fs.symlinkSync('loop', path.join(dir, 'plans/loop'));
    const { result, ms } = timed(() => runCli(['lint', 'plans', '-f', 'json', ...ASOF], dir));
    assert.ok(ms < 30_000, `took ${ms} ms`);
    const report = parseReport(result.stdout);
    assert.deepEqual(
      report.files.map((f) => f.path),
      ['plans/a/findings.plan.md', 'plans/clean.plan.md'],
    );
    assert.ok(!report.files.some((f) => f.diagnostics.some((d) => d.rule === 'duplicate-id')));
    assert.equal(result.code, 1, result.stderr);
  });

  it('lint never modifies a file, whatever it meets', () => {
    writeTree(dir, {
      '.handoff.yaml': 'rules:\n  risk-score-mismatch: error\n',
      'a/findings.plan.md': findingsPlan,
      'a/no-schema.plan.md': readCliFixture('no-schema.plan.md'),
      'b/clean.plan.md': cleanPlan,
      'b/notes.md': readCliFixture('notes.md'),
      'b/binary.plan.md': Buffer.from([0, 1, 2, 3]),
      'c/crlf.plan.md': findingsPlan.replace(/\n/g, '\r\n').replace(/^id: .*$/m, 'id: TP-2026-401'),
    });
    if (process.platform !== 'win32') fs.symlinkSync('..', path.join(dir, 'c/up'));
    const before = hashTree(dir);
    for (const args of [
      ['lint'],
      ['lint', '-f', 'json'],
      ['lint', '--quiet', 'a', 'b/clean.plan.md'],
      ['lint', '--threads', '2'],
    ]) {
      runCli([...args, ...ASOF], dir);
      assert.equal(hashTree(dir), before, `handoff ${args.join(' ')} changed the tree`);
    }
  });
});

/** A risk row whose Risk cell is `cell`; the other cells are plain. */
function riskRow(id: string, cell: string): string {
  return `| ${id} | ${cell} | 2 | 3 | 6 | S-03 | Mitigate | Book test days | Test with the team | Open |`;
}

/** The clean plan with extra risk rows after R-01. */
function withRiskRows(...rows: string[]): string {
  return cleanPlan.replace(/^(\| R-01 .*)$/m, (row) => [row, ...rows].join('\n'));
}

describe('issue 12: hostile input is bounded (built binary)', function () {
  this.timeout(120_000);
  let dir: string;
  beforeEach(() => {
    dir = makeTempDir('handoff-hostile12-');
  });
  afterEach(() => removeTempDir(dir));

  it('8,000 nested * and 3,000 nested images in cells: no stack overflow, read as typed, reported', () => {
    const stars = `${'*'.repeat(8000)}a${'*'.repeat(8000)}`;
    const images = `${'![a'.repeat(3000)}${'](u)'.repeat(3000)}`;
    const text = withRiskRows(riskRow('R-02', stars), riskRow('R-03', images));
    writeTree(dir, { 'nested.plan.md': text });
    const result = runCli(['lint', '-f', 'json', ...ASOF], dir);
    assert.doesNotMatch(result.stderr, /internal error/);
    assert.equal(result.code, 0, result.stderr);
    const report = parseReport(result.stdout);
    const lines = report.files[0]!.diagnostics.filter((d) => d.rule === 'markup-too-complex').map((d) => d.line);
    const rowLine = text.split('\n').findIndex((l) => l.startsWith('| R-02')) + 1;
    assert.deepEqual(lines, [rowLine, rowLine + 1]);

    const lint = createPlanEngine().lintDocument('nested.plan.md', text, { asOf: '2026-06-01', matchesGlob: true });
    const risks = lint.plan!.rows('risks');
    assert.equal(risks[1]!.value('risk'), stars);
    assert.equal(risks[2]!.value('risk'), images);
  });
});

describe('issue 12: hostile configuration (built binary)', function () {
  this.timeout(120_000);
  let dir: string;
  beforeEach(() => {
    dir = makeTempDir('handoff-hostile12-');
  });
  afterEach(() => removeTempDir(dir));

  it('a backtracking glob is a positioned config error, not a hang', () => {
    writeTree(dir, {
      '.handoff.yaml': 'plans:\n  - "**/*.plan.md"\n  - "*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b"\n',
      [`${'a'.repeat(40)}.md`]: 'plain notes\n',
      'clean.plan.md': cleanPlan,
    });
    const result = runCli(['lint', ...ASOF], dir);
    assert.equal(result.code, 2, result.stderr);
    assert.match(result.stderr, /\.handoff\.yaml:3:5: error: "plans": .*15 `\*` wildcards; the limit is 3/);
  });

  it('a 65,536-character glob and a config nested 50,000 deep are config errors, not internal errors', () => {
    for (const config of [
      `plans: ["${'a'.repeat(65_537)}"]\n`,
      `rules: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n`,
    ]) {
      writeTree(dir, { '.handoff.yaml': config, 'clean.plan.md': cleanPlan });
      const result = runCli(['lint', ...ASOF], dir);
      assert.equal(result.code, 2, result.stderr);
      assert.doesNotMatch(result.stderr, /internal error|\n {4}at /);
      assert.match(result.stderr, /\.handoff\.yaml:1:\d+: error: .*(65537 characters long|nested 50000 levels deep)/);
    }
  });

  it('a refused glob from editor settings never matches (and never runs)', () => {
    const name = `${'a'.repeat(40)}.md`;
    assert.equal(matchesGlobs(name, ['*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b']), false);
    assert.equal(matchesGlobs(name, ['*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b', '*.md']), true);
  });
});

describe('issue 12: hostile files and outputs (built binary)', function () {
  this.timeout(120_000);
  let dir: string;
  beforeEach(() => {
    dir = makeTempDir('handoff-hostile12-');
  });
  afterEach(() => removeTempDir(dir));

  it('a named pipe given explicitly is "not a regular file", the run goes on and exits 2', function () {
    if (process.platform === 'win32') this.skip();
    writeTree(dir, { 'clean.plan.md': cleanPlan });
    assert.equal(spawnSync('mkfifo', [path.join(dir, 'x.plan.md')]).status, 0, 'mkfifo failed');
    const lint = runCli(['lint', 'x.plan.md', 'clean.plan.md', '-f', 'json', ...ASOF], dir);
    assert.equal(lint.code, 2, lint.stderr);
    assert.match(lint.stderr, /x\.plan\.md: not a regular file/);
    assert.deepEqual(
      parseReport(lint.stdout).files.map((f) => f.path),
      ['clean.plan.md'],
    );
    const report = runCli(['report', 'x.plan.md', 'clean.plan.md', ...ASOF], dir);
    assert.equal(report.code, 2, report.stderr);
    assert.match(report.stderr, /x\.plan\.md: not a regular file/);
  });

  it('a named pipe as .handoff.yaml is a configuration problem, not a hang', function () {
    if (process.platform === 'win32') this.skip();
    writeTree(dir, { 'clean.plan.md': cleanPlan });
    assert.equal(spawnSync('mkfifo', [path.join(dir, '.handoff.yaml')]).status, 0, 'mkfifo failed');
    const result = runCli(['lint', ...ASOF], dir);
    assert.equal(result.code, 2, result.stderr);
    assert.match(result.stderr, /not a regular file/);
  });

  it('UTF-16 is named as such, and a NUL after the first 8 KB is still binary', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(cleanPlan, 'utf16le')]);
    const lateNul = `${cleanPlan}\n<!-- ${'x'.repeat(9000)} -->\n\u0000\n`;
    writeTree(dir, {
      'wide.plan.md': utf16,
      'bare.plan.md': Buffer.from(cleanPlan, 'utf16le'),
      'late.plan.md': lateNul,
    });
    const result = runCli(['lint', ...ASOF], dir);
    assert.equal(result.code, 2, result.stderr);
    assert.match(result.stderr, /wide\.plan\.md: UTF-16 text, not UTF-8/);
    assert.match(result.stderr, /bare\.plan\.md: UTF-16 text, not UTF-8/);
    assert.match(result.stderr, /late\.plan\.md: binary file \(NUL byte at offset \d{4,}\)/);
  });

  it('lint -o never overwrites a plan it lints', () => {
    writeTree(dir, { 'a.plan.md': cleanPlan, 'notes/b.md': cleanPlan.replace(/^id: .*$/m, 'id: TP-2026-777') });
    const before = hashTree(dir);
    for (const out of ['a.plan.md', 'notes/b.md']) {
      const result = runCli(['lint', '.', '-o', out, ...ASOF], dir);
      assert.equal(result.code, 2, result.stderr);
      assert.match(result.stderr, /refusing to write the output to/);
      assert.equal(hashTree(dir), before, `lint -o ${out} changed the tree`);
    }
    assert.equal(runCli(['lint', '-o', 'out.txt', ...ASOF], dir).code, 0);
    assert.ok(fs.existsSync(path.join(dir, 'out.txt')));
  });

  it('the GitHub job summary is capped', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 150; i++) {
      files[`p${i}.plan.md`] = findingsPlan
        .replace(/^id: .*$/m, `id: TP-2026-${String(i).padStart(3, '0')}`)
        .replace(/^title: .*$/m, `title: ${'Long title '.repeat(30)}`);
    }
    writeTree(dir, files);
    const summary = path.join(dir, 'summary.md');
    fs.writeFileSync(summary, 'x'.repeat(1024 * 1024 - 4096));
    const result = runCli(['lint', '-f', 'github', ...ASOF], dir, { GITHUB_STEP_SUMMARY: summary });
    assert.equal(result.code, 1, result.stderr);
    const size = fs.statSync(summary).size;
    assert.ok(size <= 1024 * 1024, `summary is ${size} bytes`);
    assert.match(fs.readFileSync(summary, 'utf8'), /more lines? left out: the job summary is limited to 1024 KB/);
  });
});

/** What a hostile plan may put in a cell or a title: terminal and Actions-log injections, links. */
const INJECTION =
  '\u001b[2J\u001b]0;owned\u0007\u2714 No problems\u001b[8m \u009b31m https://evil.example/x www.evil.example \u202eevil';
/** Control sequences that must reach no output (colour codes of our own aside). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('issue 12: every human-facing output is sanitised (built binary)', function () {
  this.timeout(120_000);
  let dir: string;
  const file = 'evil\u001b[2J\nname.plan.md';
  before(function () {
    if (process.platform === 'win32') this.skip();
    dir = makeTempDir('handoff-hostile12-');
    const plan = cleanPlan
      .replace(/^title: .*$/m, 'title: "\\e[2J\\a evil title https://evil.example/t"')
      .replace(/^(\| R-01 \| .*? \| 2 \| 3 \| 6 \| )S-03 \|/m, `$1S-9 ${INJECTION} |`);
    writeTree(dir, { [file]: plan });
  });
  after(() => dir && removeTempDir(dir));

  const outputs: [string, string[], Record<string, string>?][] = [
    ['stylish', ['lint', '--no-color']],
    ['stylish in colour', ['lint', '--color']],
    ['github', ['lint', '-f', 'github']],
    ['markdown', ['lint', '-f', 'markdown']],
    ['junit', ['lint', '-f', 'junit']],
    ['report md', ['report']],
    ['report html', ['report', '-f', 'html']],
  ];
  for (const [name, args] of outputs) {
    it(`${name}: no control character, the file name on one line, no bare link`, () => {
      const result = runCli([...args, ...ASOF], dir);
      assert.ok(result.code === 0 || result.code === 1, result.stderr);
      const out = result.stdout;
      assert.match(out, /evil/, 'the hostile text is not in the output at all');
      // eslint-disable-next-line no-control-regex -- our own colour codes
      const own = name.endsWith('colour') ? out.replace(/\u001b\[\d+m/g, '') : out;
      assert.doesNotMatch(own, CONTROL, JSON.stringify(own.match(CONTROL)));
      assert.doesNotMatch(result.stderr, CONTROL);
      // (HTML folds line breaks into spaces: only line-based formats must keep a name on one line.)
      if (name !== 'report html') {
        assert.ok(
          !out.split('\n').some((l) => l.startsWith('name.plan.md')),
          'a newline in the file name split a line',
        );
      }
      if (name.includes('markdown') || name === 'report md') {
        assert.doesNotMatch(out, /(?:https?:\/\/|www\.)evil\.example/, 'a bare URL would be linked');
      }
    });
  }

  it('the GitHub job summary too', () => {
    const summary = path.join(dir, 'summary.md');
    runCli(['lint', '-f', 'github', ...ASOF], dir, { GITHUB_STEP_SUMMARY: summary });
    const text = fs.readFileSync(summary, 'utf8');
    fs.rmSync(summary);
    assert.match(text, /evil/);
    assert.doesNotMatch(text, CONTROL);
    assert.doesNotMatch(text, /(?:https?:\/\/|www\.)evil\.example/);
  });
});

describe('issue 12: findings are bounded', () => {
  it('N plans sharing one id give N findings of bounded size, with the full count in the message', () => {
    const engine = createPlanEngine();
    const n = 400;
    const summaries = Array.from({ length: n }, (_, i) => {
      const result = engine.lintDocument(`plans/p${i}.plan.md`, cleanPlan, { asOf: '2026-06-01', matchesGlob: true });
      return result.summary!;
    });
    const findings = engine.lintWorkspace(summaries).filter((f) => f.rule === 'duplicate-id');
    assert.equal(findings.length, n);
    for (const f of findings) {
      assert.ok((f.related?.length ?? 0) <= 10, `${f.related?.length} related locations`);
      assert.ok(f.message.length < 600, `message of ${f.message.length} characters`);
      assert.match(f.message, new RegExp(`and ${n - 1 - 5} more`));
    }
    // Twice the plans, about twice the output (not four times).
    const size = (count: number): number =>
      JSON.stringify(engine.lintWorkspace(summaries.slice(0, count)).filter((f) => f.rule === 'duplicate-id')).length;
    assert.ok(size(400) < 2.2 * size(200), `${size(200)} → ${size(400)} bytes`);
  });
});

describe('issue 12: line endings', () => {
  const engine = createPlanEngine();
  const lint = (text: string) =>
    engine
      .lintDocument('x.plan.md', text, { asOf: '2026-06-01', matchesGlob: true })
      .findings.map((f) => `${f.rule} ${JSON.stringify(f.range)} ${f.message}`);

  it('a plan with lone CR line ends gives the findings of its LF twin, at the same positions', () => {
    const lf = lint(findingsPlan);
    assert.equal(lf.length, 3);
    assert.deepEqual(lint(findingsPlan.replace(/\n/g, '\r')), lf);
    assert.deepEqual(lint(cleanPlan.replace(/\n/g, '\r')), []);
  });

  it('a stray CR in a register header reads as a line end in the scanner and in micromark alike', () => {
    const variants = [
      ['| ID | Name | Role |', '| ID | Name | Role |\r'],
      ['| S-01 |', '| S-01\r|'],
      ['| ID | Name | Role |', '| ID | Name |\r| Role |'],
    ];
    for (const [from, to] of variants) {
      const stray = cleanPlan.replace(from!, to!);
      const scanned = engine.parse('x.plan.md', stray);
      const parsed = parsePlan('x.plan.md', stray, { forceMicromark: true });
      const headers = (p: typeof scanned) =>
        p.registers.map((r) => `${r.kind}: ${r.table?.headers.map((h) => h.text).join(',')} / ${r.table?.rows.length}`);
      assert.deepEqual(headers(scanned), headers(parsed), JSON.stringify(to));
    }
  });

  it('no range ends past its line, CRLF YAML errors included', () => {
    const text = findingsPlan.replace('stage: initiation', 'stage: [initiation').replace(/\n/g, '\r\n');
    const result = engine.lintDocument('x.plan.md', text, { asOf: '2026-06-01', matchesGlob: true });
    const lines = text.split('\r\n');
    assert.ok(result.findings.some((f) => f.rule === 'front-matter-syntax'));
    for (const f of result.findings) {
      for (const p of [f.range.start, f.range.end]) {
        assert.ok(p.character <= lines[p.line]!.length, `${f.rule} ${JSON.stringify(f.range)} past its line`);
      }
    }
  });
});

describe('issue 12: symlinks out of the linted folder (built binary)', function () {
  this.timeout(120_000);
  let dir: string;
  beforeEach(function () {
    if (process.platform === 'win32') this.skip();
    dir = makeTempDir('handoff-hostile12-');
    writeTree(dir, {
      'outside/secret.plan.md': cleanPlan
        .replace(/^id: .*$/m, 'id: TP-2026-999')
        .replace(/^title: .*$/m, 'title: Secret'),
      'repo/clean.plan.md': cleanPlan,
    });
    fs.symlinkSync('../outside', path.join(dir, 'repo/link'));
  });
  afterEach(() => dir && removeTempDir(dir));

  it('are skipped with a notice unless --follow-symlinks', () => {
    const repo = path.join(dir, 'repo');
    const lint = runCli(['lint', '-f', 'json', ...ASOF], repo);
    assert.equal(lint.code, 0, lint.stderr);
    assert.deepEqual(
      parseReport(lint.stdout).files.map((f) => f.path),
      ['clean.plan.md'],
    );
    assert.match(lint.stderr, /skipped link\/secret\.plan\.md: a symlink leads outside/);
    const report = runCli(['report', ...ASOF], repo);
    assert.doesNotMatch(report.stdout, /Secret|TP-2026-999/);
    assert.match(report.stderr, /skipped link\/secret\.plan\.md/);

    const followed = runCli(['lint', '-f', 'json', '--follow-symlinks', ...ASOF], repo);
    assert.deepEqual(
      parseReport(followed.stdout).files.map((f) => f.path),
      ['clean.plan.md', 'link/secret.plan.md'],
    );
    assert.match(runCli(['report', '--follow-symlinks', ...ASOF], repo).stdout, /Secret/);
  });
});
