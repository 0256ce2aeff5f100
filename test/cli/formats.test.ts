/**
 * The CI formats of `handoff lint --format …`, checked the way their consumers read them: GitHub's
 * workflow-command parsing (with hostile plan text), Microsoft's SARIF validator, a JUnit XML
 * parser, reviewdog's UTF-8 columns, GitLab's Code Quality fields and GFM table structure.
 * Every check compares against the `--format json` findings of the same files.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type * as Sarif from 'sarif';
import { escapeControls } from '../../server/src/engine/sanitize.js';
import { repoRoot } from '../helpers.js';
import {
  makeTempDir,
  parseReport,
  readCliFixture,
  removeTempDir,
  runCli as runBuiltCli,
  type JsonReport,
} from './harness.js';

/**
 * The CI variables these formats read are cleared unless a test sets them, so the suite gives the
 * same results inside a GitHub or GitLab job as on a laptop.
 */
const CI_PATH_ENV = { GITHUB_WORKSPACE: '', GITHUB_STEP_SUMMARY: '', CI_PROJECT_DIR: '' };
const runCli = (args: readonly string[], cwd: string, env: Record<string, string> = {}) =>
  runBuiltCli(args, cwd, { ...CI_PATH_ENV, ...env });

const ASOF = ['--as-of', '2026-11-25'];

/** A plan whose findings carry text meant to break out of each format. */
function hostilePlan(): string {
  return readCliFixture('clean.plan.md')
    .replace('id: TP-2026-101', 'id: TP-2026-666')
    .replace('stage: initiation', 'stage: "initiation\\n::error file=evil.md,line=1::pwned %0A, a:b\\r\\n::warning::x"')
    .replace(
      '| S-03 | Mei Tan | Project manager | Runs the transition |',
      '| S-03 | Mei Tan | Project manager | Runs the transition |\n' +
        '| S-04 | Eve ::error file=x::y %25 %0A, k:v <script>alert(1)</script> "><img src=x onerror=alert(1)> @octocat #1 a\\|b \u0007 | | x |',
    );
}

/** The examples with their configuration, plus hostile plans under awkward names. */
function makeWorkspace(): string {
  const dir = makeTempDir('handoff-formats-');
  fs.cpSync(path.join(repoRoot, 'examples'), path.join(dir, 'examples'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'odd'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'odd', 'evil,name:x.plan.md'), hostilePlan());
  fs.writeFileSync(
    path.join(dir, 'odd', 'with space é.plan.md'),
    hostilePlan().replace('id: TP-2026-666', 'id: TP-2026-667'),
  );
  return dir;
}

function lintJson(dir: string, extra: string[] = []): JsonReport {
  return parseReport(runCli(['lint', '.', '--format', 'json', ...ASOF, ...extra], dir).stdout);
}

function allDiagnostics(report: JsonReport) {
  return report.files.flatMap((f) => f.diagnostics.map((d) => ({ ...d, path: f.path })));
}

describe('lint --format github', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => (dir = makeWorkspace()));
  after(() => removeTempDir(dir));

  /** What the Actions runner does with a value: the inverse of @actions/core's escaping. */
  const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
  const unescapeProperty = (s: string) =>
    s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');

  it('writes one well-formed command per finding and nothing else that starts a command', () => {
    const result = runCli(['lint', '.', '--format', 'github', ...ASOF], dir);
    assert.equal(result.code, 1, result.stderr);
    const expected = allDiagnostics(lintJson(dir));
    const lines = result.stdout.split('\n');
    const commands = lines.filter((l) => l.startsWith('::'));
    assert.equal(commands.length, expected.length);
    // No line may carry a second command: a line starts one command, or none.
    for (const line of lines) assert.ok(!line.includes('\r'), 'no raw carriage return');
    assert.ok(
      lines.every((l) => l.startsWith('::') || l === '' || l.startsWith('handoff: ')),
      'only commands and the summary line',
    );

    const parsed = commands.map((line) => {
      const m = /^::(error|warning|notice) ([^:]*)::(.*)$/.exec(line);
      assert.ok(m, `malformed command: ${line}`);
      const props = Object.fromEntries(
        m[2]!.split(',').map((p) => {
          const eq = p.indexOf('=');
          return [p.slice(0, eq), unescapeProperty(p.slice(eq + 1))];
        }),
      );
      return { kind: m[1]!, props, message: unescapeData(m[3]!) };
    });
    for (const [i, d] of expected.entries()) {
      const c = parsed[i]!;
      assert.equal(c.kind, { error: 'error', warning: 'warning', info: 'notice' }[d.severity]);
      assert.equal(c.props['file'], d.path);
      assert.equal(Number(c.props['line']), d.line);
      assert.equal(Number(c.props['endLine']), d.endLine);
      if (d.line === d.endLine) {
        assert.equal(Number(c.props['col']), d.column);
        assert.equal(Number(c.props['endColumn']), d.endColumn);
      }
      assert.equal(c.props['title'], `handoff ${d.rule}`);
      // Exactly, except control characters (BEL, ESC…), which reach the log as visible escapes.
      assert.equal(c.message, escapeControls(d.message, true), 'the message survives the round trip');
      assert.deepEqual(Object.keys(c.props).slice(0, 3), ['file', 'line', 'endLine']);
    }
    // The hostile values really were there, escaped.
    const stageCommand = commands.find(
      (l) => l.includes('front-matter-schema') && l.includes('evil,'.replace(',', '%2C')),
    );
    assert.ok(stageCommand, 'the comma in the file name is escaped in the file property');
    assert.match(stageCommand, /%0A::error file=evil\.md,line=1::pwned %250A, a:b%0D%0A::warning::x/);
  });

  it('appends a Markdown job summary to $GITHUB_STEP_SUMMARY, keeping what was there', () => {
    const summaryFile = path.join(dir, 'step-summary.md');
    fs.writeFileSync(summaryFile, '# earlier step\n');
    runCli(['lint', '.', '--format', 'github', ...ASOF], dir, { GITHUB_STEP_SUMMARY: summaryFile });
    const once = fs.readFileSync(summaryFile, 'utf8');
    assert.ok(once.startsWith('# earlier step\n## Handoff lint'));
    const expected = allDiagnostics(lintJson(dir));
    const rows = once.split('\n').filter((l) => /^\| `/.test(l));
    assert.equal(rows.length, expected.length, 'every finding is in the summary, not just 10 per kind');
    assert.ok(!once.includes('<script>') && !once.includes('<img'), 'plan HTML is escaped');
    assert.ok(!/(^|[^;])@octocat/.test(once), 'no @-mention');
    runCli(['lint', '.', '--format', 'github', ...ASOF], dir, { GITHUB_STEP_SUMMARY: summaryFile });
    assert.equal(fs.readFileSync(summaryFile, 'utf8'), once + once.slice('# earlier step\n'.length));
    fs.rmSync(summaryFile);
  });

  it('writes no summary when $GITHUB_STEP_SUMMARY is unset, nor for other formats', () => {
    const summaryFile = path.join(dir, 'not-written.md');
    runCli(['lint', '.', '--format', 'github', ...ASOF], dir);
    runCli(['lint', '.', '--format', 'stylish', ...ASOF], dir, { GITHUB_STEP_SUMMARY: summaryFile });
    assert.ok(!fs.existsSync(summaryFile));
  });

  it('names files relative to $GITHUB_WORKSPACE when handoff runs in a subfolder', () => {
    const result = runCli(['lint', '.', '--format', 'github', ...ASOF], path.join(dir, 'examples'), {
      GITHUB_WORKSPACE: dir,
    });
    assert.match(result.stdout, /^::error file=examples\/legacy-fax-retire\.plan\.md,line=203,/m);
  });

  it('names files in the job summary as the annotations name them', () => {
    const summaryFile = path.join(dir, 'summary-in-subfolder.md');
    runCli(['lint', '.', '--format', 'github', ...ASOF], path.join(dir, 'examples'), {
      GITHUB_WORKSPACE: dir,
      GITHUB_STEP_SUMMARY: summaryFile,
    });
    const summary = fs.readFileSync(summaryFile, 'utf8');
    assert.match(summary, /^\| `examples\/legacy-fax-retire\.plan\.md` \| 203 \|/m);
    assert.doesNotMatch(summary, /^\| `legacy-fax-retire\.plan\.md`/m);
  });
});

describe('lint --format sarif', function () {
  this.timeout(180_000);
  let dir: string;
  let log: Sarif.Log;
  before(() => {
    dir = makeWorkspace();
    const result = runCli(['lint', '.', '--format', 'sarif', '-o', 'handoff.sarif', ...ASOF], dir);
    assert.equal(result.code, 1, result.stderr);
    log = JSON.parse(fs.readFileSync(path.join(dir, 'handoff.sarif'), 'utf8')) as Sarif.Log;
  });
  after(() => removeTempDir(dir));

  const multitool = path.join(repoRoot, 'node_modules', '@microsoft', 'sarif-multitool', 'bin.js');

  /** Runs Microsoft's validator; returns its own results (SARIF too): rule ids and levels. */
  function validate(file: string): { ruleId: string; level: string; text: string }[] {
    const out = `${file}.validation.sarif`;
    fs.rmSync(out, { force: true });
    const run = spawnSync(process.execPath, [multitool, 'validate', file, '--output', out], {
      encoding: 'utf8',
      timeout: 150_000,
      // The multitool is a self-contained .NET app: without libicu it needs invariant globalization.
      env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1', DOTNET_CLI_TELEMETRY_OPTOUT: '1' },
    });
    assert.ok(fs.existsSync(out), `the validator wrote no log: ${run.stdout}\n${run.stderr}`);
    const report = JSON.parse(fs.readFileSync(out, 'utf8')) as Sarif.Log;
    return (report.runs[0]?.results ?? []).map((r) => ({
      ruleId: r.ruleId ?? '',
      level: r.level ?? 'warning',
      text: r.message.text ?? JSON.stringify(r.message.arguments),
    }));
  }

  it('passes the SARIF multitool validator with no errors (and the validator does catch a broken log)', () => {
    const file = path.join(dir, 'handoff.sarif');
    const problems = validate(file);
    assert.deepEqual(
      problems.filter((p) => p.level === 'error'),
      [],
    );
    const broken = structuredClone(log);
    broken.runs[0]!.results![0]!.ruleIndex = 999;
    broken.runs[0]!.results![0]!.locations![0]!.physicalLocation!.region!.startLine = 0;
    fs.writeFileSync(path.join(dir, 'broken.sarif'), JSON.stringify(broken));
    const errors = validate(path.join(dir, 'broken.sarif')).filter((p) => p.level === 'error');
    assert.ok(errors.length >= 2, `expected the validator to reject a broken log, got ${JSON.stringify(errors)}`);
  });

  it('describes the tool and every rule', () => {
    const driver = log.runs[0]!.tool.driver;
    const rules = JSON.parse(runCli(['rules', '--format', 'json'], dir).stdout) as { name: string; severity: string }[];
    assert.equal(driver.name, 'handoff');
    assert.match(driver.version ?? '', /^\d+\.\d+\.\d+/);
    assert.match(driver.informationUri ?? '', /^https:\/\//);
    assert.deepEqual(
      driver.rules!.map((r) => r.id),
      rules.map((r) => r.name),
    );
    for (const [i, r] of driver.rules!.entries()) {
      assert.ok(r.shortDescription?.text && r.fullDescription?.text && r.name);
      assert.equal(r.helpUri, `https://github.com/handoff-itil/handoff/blob/main/docs/rules.md#${r.id}`);
      assert.equal(
        r.defaultConfiguration?.level,
        { error: 'error', warning: 'warning', info: 'note' }[rules[i]!.severity],
      );
    }
  });

  it('has one result per finding, with rule index, level and a %SRCROOT%-relative location', () => {
    const expected = allDiagnostics(lintJson(dir));
    const results = log.runs[0]!.results!;
    assert.equal(results.length, expected.length);
    const rules = log.runs[0]!.tool.driver.rules!;
    for (const [i, d] of expected.entries()) {
      const r = results[i]!;
      assert.equal(r.ruleId, d.rule);
      assert.equal(rules[r.ruleIndex!]!.id, d.rule);
      assert.equal(r.level, { error: 'error', warning: 'warning', info: 'note' }[d.severity]);
      assert.equal(r.message.text, d.message);
      const location = r.locations![0]!.physicalLocation!;
      assert.equal(location.artifactLocation!.uriBaseId, '%SRCROOT%');
      assert.equal(decodeURIComponent(location.artifactLocation!.uri!), d.path);
      assert.deepEqual(location.region, {
        startLine: d.line,
        startColumn: d.column,
        endLine: d.endLine,
        endColumn: d.endColumn,
      });
    }
    assert.ok(
      results.some((r) => r.locations![0]!.physicalLocation!.artifactLocation!.uri === 'odd/evil%2Cname%3Ax.plan.md'),
    );
  });

  it('carries the quick fix of risk-score-mismatch as a replacement', () => {
    const r = log.runs[0]!.results!.find((x) => x.ruleId === 'risk-score-mismatch')!;
    const replacement = r.fixes![0]!.artifactChanges[0]!.replacements[0]!;
    assert.equal(replacement.insertedContent!.text, '9');
    assert.deepEqual(replacement.deletedRegion, { startLine: 56, startColumn: 94, endLine: 56, endColumn: 95 });
  });

  it('fingerprints are unique and survive lines moving, but change when the finding does', () => {
    const prints = (l: Sarif.Log) => l.runs[0]!.results!.map((r) => r.partialFingerprints!['handoffFindingHash/v2']!);
    const first = prints(log);
    assert.equal(new Set(first).size, first.length);
    const moved = makeTempDir('handoff-sarif-moved-');
    try {
      fs.cpSync(path.join(repoRoot, 'examples'), moved, { recursive: true });
      const file = path.join(moved, 'service-desk-planning.plan.md');
      // Three lines more before every finding: line numbers shift, findings do not change.
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('\n# ', '\n<!-- a -->\n\n<!-- b -->\n# '));
      const before = prints(
        JSON.parse(runCli(['lint', '.', '--format', 'sarif', ...ASOF], path.join(dir, 'examples')).stdout) as Sarif.Log,
      );
      const afterLog = JSON.parse(runCli(['lint', '.', '--format', 'sarif', ...ASOF], moved).stdout) as Sarif.Log;
      assert.deepEqual(prints(afterLog), before);
      const lines = afterLog.runs[0]!.results!.map((r) => r.locations![0]!.physicalLocation!.region!.startLine);
      assert.ok(lines.includes(59), 'R-03 moved from line 56 to 59');
      // Another cell of the row edited (R-03's review date, R-02's mitigation): the same findings.
      fs.writeFileSync(
        file,
        fs
          .readFileSync(file, 'utf8')
          .replace('| Open | 2026-12-18 |', '| Open | 2027-01-08 |')
          .replace('Super-user in every shift;', 'Super-user in every shift, two on Mondays;'),
      );
      const edited = prints(JSON.parse(runCli(['lint', '.', '--format', 'sarif', ...ASOF], moved).stdout) as Sarif.Log);
      assert.deepEqual(edited, before);
      // A different finding on the same row (another risk score) gets another fingerprint.
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('| 3 | 3 | 6 |', '| 3 | 3 | 7 |'));
      const changed = prints(
        JSON.parse(runCli(['lint', '.', '--format', 'sarif', ...ASOF], moved).stdout) as Sarif.Log,
      );
      assert.equal(changed.filter((p) => !before.includes(p)).length, 1);
    } finally {
      removeTempDir(moved);
    }
  });

  it('is deterministic (no timestamps)', () => {
    const again = runCli(['lint', '.', '--format', 'sarif', ...ASOF], dir).stdout;
    assert.equal(again, fs.readFileSync(path.join(dir, 'handoff.sarif'), 'utf8'));
    assert.ok(!/"\w*(Time|time)\w*"/.test(again));
  });
});

describe('lint --format junit', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => (dir = makeWorkspace()));
  after(() => removeTempDir(dir));

  interface Case {
    '@_name': string;
    '@_classname': string;
    failure?: { '#text': string; '@_message': string };
    'system-out'?: string;
  }
  interface Suite {
    '@_name': string;
    '@_tests': string;
    '@_failures': string;
    testcase: Case[];
  }

  it('is valid XML with one suite per plan, one case per applied rule, failures for errors', () => {
    const result = runCli(['lint', '.', '--format', 'junit', ...ASOF], dir);
    assert.equal(result.code, 1);
    assert.equal(XMLValidator.validate(result.stdout), true);
    const xml = new XMLParser({
      ignoreAttributes: false,
      isArray: (name) => ['testsuite', 'testcase'].includes(name),
    }).parse(result.stdout) as { testsuites: { '@_tests': string; '@_failures': string; testsuite: Suite[] } };
    const report = lintJson(dir);
    const suites = xml.testsuites.testsuite;
    assert.deepEqual(
      suites.map((s) => s['@_name']),
      report.files.map((f) => f.path),
    );

    const rules = JSON.parse(runCli(['rules', '--format', 'json'], dir).stdout) as { name: string; stage: string }[];
    const stages = ['initiation', 'planning', 'control', 'closure', 'closed'];
    const appliesAt = (stage: string) =>
      rules.filter((r) => r.stage === 'always' || stages.indexOf(r.stage) <= stages.indexOf(stage));

    let failures = 0;
    let tests = 0;
    for (const [i, suite] of suites.entries()) {
      const file = report.files[i]!;
      const errorRules = new Set(file.diagnostics.filter((d) => d.severity === 'error').map((d) => d.rule));
      const failed = suite.testcase.filter((c) => c.failure);
      assert.deepEqual(new Set(failed.map((c) => c['@_name'])), errorRules, file.path);
      assert.equal(Number(suite['@_failures']), errorRules.size);
      assert.equal(Number(suite['@_tests']), suite.testcase.length);
      // Warnings pass, listed in system-out.
      for (const d of file.diagnostics.filter((x) => x.severity === 'warning')) {
        const c = suite.testcase.find((x) => x['@_name'] === d.rule)!;
        assert.ok(c['system-out']?.includes(`${d.line}:${d.column} warning`), `${d.rule} in system-out`);
      }
      failures += failed.length;
      tests += suite.testcase.length;
    }
    assert.equal(Number(xml.testsuites['@_failures']), failures);
    assert.equal(Number(xml.testsuites['@_tests']), tests);

    // A plan at control (all configured rules on, none turned off in examples/.handoff.yaml).
    const payroll = suites.find((s) => s['@_name'] === 'examples/payroll-cloud.plan.md')!;
    assert.deepEqual(
      payroll.testcase.map((c) => c['@_name']),
      appliesAt('control').map((r) => r.name),
    );
    assert.ok(
      payroll.testcase.every((c) => !c.failure && !c['system-out']),
      'the clean example passes every case',
    );
  });

  it('escapes hostile plan text, control characters included', () => {
    const result = runCli(['lint', 'odd', '--format', 'junit', ...ASOF], dir);
    assert.equal(XMLValidator.validate(result.stdout), true);
    assert.ok(!result.stdout.includes('<script>') && !result.stdout.includes('\u0007'));
    // The name is quoted after its row's ID, its parentheses as commas (`withNote`): escaped all the same.
    assert.ok(result.stdout.includes('&lt;script&gt;alert') && result.stdout.includes('&lt;/script&gt;'));
  });
});

describe('lint --format rdjson', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => (dir = makeWorkspace()));
  after(() => removeTempDir(dir));

  interface RdDiagnostic {
    message: string;
    severity: string;
    location: {
      path: string;
      range: { start: { line: number; column: number }; end: { line: number; column: number } };
    };
    code: { value: string; url: string };
    suggestions?: { range: RdDiagnostic['location']['range']; text: string }[];
  }

  it('lists every finding with reviewdog severities, rule codes and suggestions from the preferred fix', () => {
    const out = JSON.parse(runCli(['lint', '.', '--format', 'rdjson', ...ASOF], dir).stdout) as {
      source: { name: string; url: string };
      severity: string;
      diagnostics: RdDiagnostic[];
    };
    assert.equal(out.source.name, 'handoff');
    assert.equal(out.severity, 'ERROR');
    const expected = allDiagnostics(lintJson(dir));
    assert.equal(out.diagnostics.length, expected.length);
    for (const [i, d] of expected.entries()) {
      const r = out.diagnostics[i]!;
      assert.equal(r.location.path, d.path);
      assert.equal(r.severity, d.severity.toUpperCase());
      assert.equal(r.code.value, d.rule);
      assert.equal(r.location.range.start.line, d.line);
    }
    const fix = out.diagnostics.find((d) => d.code.value === 'risk-score-mismatch')!;
    assert.deepEqual(fix.suggestions, [
      { range: { start: { line: 56, column: 94 }, end: { line: 56, column: 95 } }, text: '9' },
    ]);
  });

  it('suggests only a preferred fix: a guess, even the only fix, is no suggestion', () => {
    const work = makeTempDir('handoff-rdjson-guess-');
    try {
      const plan = fs.readFileSync(path.join(repoRoot, 'examples/service-desk-planning.plan.md'), 'utf8');
      const noClose = plan.replace(/^ {2}close: .*\n/m, '');
      assert.notEqual(noClose, plan);
      fs.writeFileSync(path.join(work, 'p.plan.md'), noClose);
      const rd = (
        JSON.parse(runCli(['lint', '.', '--format', 'rdjson', ...ASOF], work).stdout) as { diagnostics: RdDiagnostic[] }
      ).diagnostics.find((d) => d.message.includes('has no close'));
      assert.ok(rd, 'the missing close date is reported');
      // Its one fix writes a date 30 days after go-live, titled as a guess: no suggested change.
      assert.equal(rd.suggestions, undefined);
    } finally {
      removeTempDir(work);
    }
  });

  it('counts columns in UTF-8 bytes, as the format requires', () => {
    const work = makeTempDir('handoff-rdjson-');
    try {
      // Multi-byte text before the Score cell: 'é' is 2 bytes, '𐐀' 4 bytes (2 UTF-16 units).
      const plan = readCliFixture('clean.plan.md').replace(
        '| R-01 | Finance staff are not available for testing | 2 | 3 | 6 |',
        '| R-01 | Café staff 𐐀 are not available | 2 | 3 | 7 |',
      );
      fs.writeFileSync(path.join(work, 'u.plan.md'), plan);
      const json = allDiagnostics(lintJson(work)).find((d) => d.rule === 'risk-score-mismatch')!;
      const rd = (
        JSON.parse(runCli(['lint', '.', '--format', 'rdjson', ...ASOF], work).stdout) as { diagnostics: RdDiagnostic[] }
      ).diagnostics.find((d) => d.code.value === 'risk-score-mismatch')!;
      const line = plan.split('\n')[json.line - 1]!;
      const bytes = (utf16Column: number) => Buffer.byteLength(line.slice(0, utf16Column - 1), 'utf8') + 1;
      assert.equal(rd.location.range.start.column, bytes(json.column));
      assert.equal(
        rd.location.range.start.column,
        json.column + 1 + 2,
        'é adds one byte, 𐐀 two more than its UTF-16 units',
      );
      assert.equal(rd.suggestions![0]!.text, '6');
      assert.equal(rd.suggestions![0]!.range.start.column, bytes(json.column));
    } finally {
      removeTempDir(work);
    }
  });
});

describe('lint --format gitlab', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => (dir = makeWorkspace()));
  after(() => removeTempDir(dir));

  it('is a Code Quality array with GitLab severities, unique fingerprints and project-relative paths', () => {
    const issues = JSON.parse(
      runCli(['lint', '.', '--format', 'gitlab', ...ASOF], path.join(dir, 'examples'), { CI_PROJECT_DIR: dir }).stdout,
    ) as {
      description: string;
      check_name: string;
      fingerprint: string;
      severity: string;
      location: { path: string; lines: { begin: number } };
    }[];
    const expected = allDiagnostics(lintJson(path.join(dir, 'examples')));
    assert.equal(issues.length, expected.length);
    for (const [i, d] of expected.entries()) {
      const issue = issues[i]!;
      assert.equal(issue.check_name, d.rule);
      assert.ok(issue.description.startsWith(d.message));
      assert.equal(issue.severity, { error: 'major', warning: 'minor', info: 'info' }[d.severity]);
      assert.equal(issue.location.path, `examples/${d.path}`);
      assert.equal(issue.location.lines.begin, d.line);
      assert.match(issue.fingerprint, /^[0-9a-f]{64}(:\d+)?$/);
    }
    assert.equal(new Set(issues.map((i) => i.fingerprint)).size, issues.length);
  });
});

describe('lint --format markdown', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => (dir = makeWorkspace()));
  after(() => removeTempDir(dir));

  it('is a GFM table with one row per finding, totals, and plan text that cannot break out', () => {
    const out = runCli(['lint', '.', '--format', 'markdown', ...ASOF], dir).stdout;
    const report = lintJson(dir);
    const expected = allDiagnostics(report);
    const rows = out.split('\n').filter((l) => l.startsWith('| `'));
    assert.equal(rows.length, expected.length);
    const s = report.summary;
    assert.ok(out.includes(`**${s.errors} errors, ${s.warnings} warnings in ${s.plans} plans (as of 2026-11-25)**`));
    for (const [i, row] of rows.entries()) {
      // Five cells: splitting on unescaped pipes gives the empty edges plus five.
      const cells = row.split(/(?<!\\)\|/);
      assert.equal(cells.length, 7, row);
      assert.equal(cells[2]!.trim(), String(expected[i]!.line));
      assert.ok(cells[4]!.includes(`[${expected[i]!.rule}](https://`));
    }
    assert.ok(!out.includes('<script') && !out.includes('<img') && !/(^|[^;])@octocat/.test(out));
    assert.ok(out.includes('&lt;script&gt;alert') && out.includes('&lt;/script&gt;'));
  });

  it('fits a pull-request comment: rows stop under 65,536 characters, saying how many are not shown', () => {
    const big = makeTempDir('handoff-markdown-limit-');
    try {
      const example = fs.readFileSync(path.join(repoRoot, 'examples', 'payroll-cloud.plan.md'), 'utf8');
      const row = '| Parallel runs and variance sign-off | I | A/R | C | I | C | - | R |';
      assert.ok(example.includes(row));
      // 400 activities, each with a long name and two Accountable stakeholders: 400 long findings.
      const rows = Array.from(
        { length: 400 },
        (_, i) => `| Activity ${i} ${'detail '.repeat(60)}| A | A | C | I | C | - | R |`,
      );
      fs.writeFileSync(path.join(big, 'big.plan.md'), example.replace(row, rows.join('\n')));
      const result = runCli(['lint', '.', '--format', 'markdown', '--as-of', '2026-12-04'], big);
      assert.equal(result.code, 1);
      assert.ok(result.stdout.length <= 65_536, `${result.stdout.length} characters`);
      assert.match(
        result.stdout,
        /…and \d+ more findings not shown \(a pull-request comment holds 65,536 characters\)/,
      );
      assert.match(result.stdout, /<summary>Findings by rule<\/summary>/);
      assert.match(result.stdout, /\| \[raci-accountability\]\([^)]*\) \| 400 \|/);
    } finally {
      removeTempDir(big);
    }
  });
});
