/**
 * `handoff lint` scenarios, in the style of markdownlint-cli2's test table: each row names the
 * files of a fresh temporary folder, the arguments, and what must come out (exit code, output
 * fragments, and for JSON the exact files, findings by rule/severity/line and summary).
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../helpers.js';
import {
  makeTempDir,
  parseReport,
  readCliFixture,
  removeTempDir,
  runCli,
  writeTree,
  type CliResult,
  type FileSpec,
  type JsonReport,
} from './harness.js';

interface ExpectedFile {
  path: string;
  /** `line severity rule`, in output order. */
  diagnostics: string[];
}

interface Scenario {
  name: string;
  args: string[];
  files: Record<string, FileSpec>;
  env?: Record<string, string>;
  exitCode: number;
  stdout?: (string | RegExp)[];
  notStdout?: (string | RegExp)[];
  stderr?: (string | RegExp)[];
  notStderr?: (string | RegExp)[];
  /** stdout must be empty (e.g. a usage error or a report written to a file). */
  emptyStdout?: boolean;
  json?: { files: ExpectedFile[]; summary: JsonReport['summary'] };
  /** Extra checks on the result and the folder. */
  check?: (result: CliResult, dir: string) => void;
}

const ASOF = ['--as-of', '2026-06-01'];
const clean = { fixture: 'clean.plan.md' };
const findings = { fixture: 'findings.plan.md' };
const warnings = { fixture: 'warnings.plan.md' };
const notes = { fixture: 'notes.md' };
const noSchema = { fixture: 'no-schema.plan.md' };

const FINDINGS_DIAGNOSTICS = [
  '24 warning stakeholder-incomplete',
  '30 error risk-without-owner',
  '31 warning risk-without-mitigation',
];
const WARNINGS_DIAGNOSTICS = ['24 warning stakeholder-incomplete', '25 warning stakeholder-incomplete'];

/** A fixture under another plan id, so that two copies do not trip duplicate-id. */
const withId = (fixture: string, id: string): string => readCliFixture(fixture).replace(/^id: .*$/m, `id: ${id}`);

const summary = (files: number, plans: number, errors: number, warnings: number, infos = 0) => ({
  files,
  plans,
  errors,
  warnings,
  infos,
});

const packageVersion = (JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string })
  .version;

const scenarios: Scenario[] = [
  // --- exit codes and both formats -------------------------------------------------------------
  {
    name: 'a clean plan exits 0 (stylish)',
    args: ['lint', ...ASOF],
    files: { 'clean.plan.md': clean },
    exitCode: 0,
    stdout: ['No problems in 1 plan.'],
  },
  {
    name: 'a clean plan exits 0 (json)',
    args: ['lint', '--format', 'json', ...ASOF],
    files: { 'clean.plan.md': clean },
    exitCode: 0,
    json: { files: [{ path: 'clean.plan.md', diagnostics: [] }], summary: summary(1, 1, 0, 0) },
  },
  {
    name: 'errors exit 1 (stylish: grouped by file, line:col severity message rule, summary line)',
    args: ['lint', ...ASOF],
    files: { 'plans/findings.plan.md': findings },
    exitCode: 1,
    stdout: [
      /^plans\/findings\.plan\.md$/m,
      // Messages wrap to 80 columns; the rule name ends the last line, or takes its own.
      /^ +24:23 +warning +Stakeholder S-04 /m,
      /^ +30:69 +error +Risk R-01 /m,
      /^ +31:\d+ +warning +/m,
      /(^ +|\S {2})stakeholder-incomplete$/m,
      /(^ +|\S {2})risk-without-owner$/m,
      /(^ +|\S {2})risk-without-mitigation$/m,
      '\u2716 3 problems (1 error, 2 warnings) in 1 plan',
    ],
    notStdout: ['\u001b['],
  },
  {
    name: 'errors exit 1 (json)',
    args: ['lint', '-f', 'json', ...ASOF],
    files: { 'plans/findings.plan.md': findings, 'clean.plan.md': clean },
    exitCode: 1,
    json: {
      files: [
        { path: 'clean.plan.md', diagnostics: [] },
        { path: 'plans/findings.plan.md', diagnostics: FINDINGS_DIAGNOSTICS },
      ],
      summary: summary(2, 2, 1, 2),
    },
  },
  {
    name: 'warnings alone exit 0',
    args: ['lint', '-f', 'json', ...ASOF],
    files: { 'warnings.plan.md': warnings },
    exitCode: 0,
    json: { files: [{ path: 'warnings.plan.md', diagnostics: WARNINGS_DIAGNOSTICS }], summary: summary(1, 1, 0, 2) },
  },
  {
    name: 'paths are relative to the cwd with / separators, and files come in path order',
    args: ['lint', 'b', 'a', '-f', 'json', ...ASOF],
    files: { 'b/z/findings.plan.md': findings, 'a/warnings.plan.md': warnings, 'a/clean.plan.md': clean },
    exitCode: 1,
    json: {
      files: [
        { path: 'a/clean.plan.md', diagnostics: [] },
        { path: 'a/warnings.plan.md', diagnostics: WARNINGS_DIAGNOSTICS },
        { path: 'b/z/findings.plan.md', diagnostics: FINDINGS_DIAGNOSTICS },
      ],
      summary: summary(3, 3, 1, 4),
    },
  },

  // --- --max-warnings -----------------------------------------------------------------------------
  {
    name: '--max-warnings below the warning count exits 1 and says why',
    args: ['lint', '--max-warnings', '1', ...ASOF],
    files: { 'warnings.plan.md': warnings },
    exitCode: 1,
    stderr: ['too many warnings: 2 (maximum: 1)'],
    stdout: ['2 problems (0 errors, 2 warnings)'],
  },
  {
    name: '--max-warnings equal to the warning count exits 0',
    args: ['lint', '--max-warnings', '2', ...ASOF],
    files: { 'warnings.plan.md': warnings },
    exitCode: 0,
    notStderr: ['too many warnings'],
  },
  {
    name: '--max-warnings 0 with JSON keeps stdout pure JSON',
    args: ['lint', '--max-warnings', '0', '-f', 'json', ...ASOF],
    files: { 'warnings.plan.md': warnings },
    exitCode: 1,
    stderr: ['too many warnings: 2 (maximum: 0)'],
    json: { files: [{ path: 'warnings.plan.md', diagnostics: WARNINGS_DIAGNOSTICS }], summary: summary(1, 1, 0, 2) },
  },
  {
    name: '--max-warnings must be a whole number',
    args: ['lint', '--max-warnings', 'many', ...ASOF],
    files: { 'warnings.plan.md': warnings },
    exitCode: 2,
    stderr: ["option '--max-warnings <n>' argument 'many' is invalid"],
    emptyStdout: true,
  },

  // --- --quiet ----------------------------------------------------------------------------------
  {
    name: '--quiet shows and counts errors only',
    args: ['lint', '--quiet', ...ASOF],
    files: { 'findings.plan.md': findings },
    exitCode: 1,
    stdout: ['risk-without-owner', '1 problem (1 error, 0 warnings) in 1 plan'],
    notStdout: ['stakeholder-incomplete', 'risk-without-mitigation'],
  },
  {
    name: '--quiet in JSON drops warnings from files and summary',
    args: ['lint', '-q', '-f', 'json', ...ASOF],
    files: { 'findings.plan.md': findings, 'warnings.plan.md': warnings },
    exitCode: 1,
    json: {
      files: [
        { path: 'findings.plan.md', diagnostics: ['30 error risk-without-owner'] },
        { path: 'warnings.plan.md', diagnostics: [] },
      ],
      summary: summary(2, 2, 1, 0),
    },
  },
  {
    name: '--quiet warnings do not count against --max-warnings',
    args: ['lint', '--quiet', '--max-warnings', '0', ...ASOF],
    files: { 'warnings.plan.md': warnings },
    exitCode: 0,
  },

  // --- --as-of and other usage errors --------------------------------------------------------------
  {
    name: '--as-of rejects a date that does not exist',
    args: ['lint', '--as-of', '2026-02-30'],
    files: { 'clean.plan.md': clean },
    exitCode: 2,
    stderr: ["option '--as-of <date>' argument '2026-02-30' is invalid", 'YYYY-MM-DD'],
    emptyStdout: true,
  },
  {
    name: '--as-of rejects another notation',
    args: ['lint', '--as-of', '01/06/2026'],
    files: { 'clean.plan.md': clean },
    exitCode: 2,
    stderr: ['is invalid'],
    emptyStdout: true,
  },
  {
    name: '--as-of rejects 29 February outside leap years and accepts it in them',
    args: ['lint', '--as-of', '2025-02-29'],
    files: { 'clean.plan.md': clean },
    exitCode: 2,
    stderr: ['is invalid'],
  },
  {
    name: '--as-of accepts a leap day',
    args: ['lint', '-f', 'json', '--as-of', '2028-02-29'],
    files: { 'clean.plan.md': clean },
    exitCode: 0,
    check: (r) => assert.equal(parseReport(r.stdout).asOf, '2028-02-29'),
  },
  {
    name: 'an unknown format is a usage error with a suggestion',
    args: ['lint', '--format', 'jsn', ...ASOF],
    files: { 'clean.plan.md': clean },
    exitCode: 2,
    // Every registered format is listed; more formats may follow the first two.
    stderr: ['Unknown format "jsn"', /Available: stylish, json[,.]/, 'Did you mean "json"?'],
    emptyStdout: true,
  },
  {
    name: 'an unknown option is a usage error',
    args: ['lint', '--fixx'],
    files: { 'clean.plan.md': clean },
    exitCode: 2,
    stderr: ["unknown option '--fixx'"],
    emptyStdout: true,
  },
  {
    name: 'an unknown command is a usage error',
    args: ['lnt'],
    files: {},
    exitCode: 2,
    stderr: ["unknown command 'lnt'", '(Did you mean lint?)'],
  },
  {
    name: 'no command prints the usage and is a usage error',
    args: [],
    files: {},
    exitCode: 2,
    stderr: ['Usage: handoff'],
  },
  {
    name: '--version prints the package version',
    args: ['--version'],
    files: {},
    exitCode: 0,
    stdout: [new RegExp(`^${packageVersion.replace(/\./g, '\\.')}\\n$`)],
  },
  {
    name: '--help lists the commands',
    args: ['--help'],
    files: {},
    exitCode: 0,
    stdout: ['Usage: handoff', 'lint [options] [paths...]', 'rules', 'init', 'Exit codes'],
  },
  {
    name: 'lint --help lists its options and hides --threads',
    args: ['lint', '--help'],
    files: {},
    exitCode: 0,
    stdout: ['--format <name>', '--as-of <date>', '--config <file>', '--max-warnings <n>', '--quiet', '--no-color'],
    notStdout: ['--threads'],
  },
  {
    name: 'a named path that does not exist exits 2; the others are still linted',
    args: ['lint', 'missing.plan.md', 'findings.plan.md', '-f', 'json', ...ASOF],
    files: { 'findings.plan.md': findings },
    exitCode: 2,
    stderr: ['missing.plan.md: no such file or directory'],
    json: { files: [{ path: 'findings.plan.md', diagnostics: FINDINGS_DIAGNOSTICS }], summary: summary(1, 1, 1, 2) },
  },

  // --- which files are plans -------------------------------------------------------------------------
  {
    name: 'Markdown that is not a plan is ignored',
    args: ['lint', '-f', 'json', ...ASOF],
    files: { 'notes.md': notes, 'docs/README.md': '# Docs\n', 'clean.plan.md': clean },
    exitCode: 0,
    json: { files: [{ path: 'clean.plan.md', diagnostics: [] }], summary: summary(3, 1, 0, 0) },
  },
  {
    name: 'a named Markdown file that is not a plan gives no output and exits 0',
    args: ['lint', 'notes.md', ...ASOF],
    files: { 'notes.md': notes },
    exitCode: 0,
    stdout: ['No plans found.'],
  },
  {
    name: 'a *.plan.md without schema gets front-matter-schema',
    args: ['lint', '-f', 'json', ...ASOF],
    files: { 'no-schema.plan.md': noSchema },
    exitCode: 1,
    json: {
      files: [{ path: 'no-schema.plan.md', diagnostics: ['1 error front-matter-schema'] }],
      summary: summary(1, 1, 1, 0),
    },
  },
  {
    name: 'a file declaring the schema is a plan whatever its name',
    args: ['lint', '-f', 'json', ...ASOF],
    files: { 'docs/transition.md': findings },
    exitCode: 1,
    json: { files: [{ path: 'docs/transition.md', diagnostics: FINDINGS_DIAGNOSTICS }], summary: summary(1, 1, 1, 2) },
  },
  {
    name: 'node_modules and .git are never walked',
    args: ['lint', '-f', 'json', ...ASOF],
    files: { 'node_modules/pkg/x.plan.md': findings, '.git/y.plan.md': findings, 'clean.plan.md': clean },
    exitCode: 0,
    json: { files: [{ path: 'clean.plan.md', diagnostics: [] }], summary: summary(1, 1, 0, 0) },
  },
  {
    name: 'a quoted glob is expanded',
    args: ['lint', 'plans/**/*.plan.md', '-f', 'json', ...ASOF],
    files: {
      'plans/q1/clean.plan.md': clean,
      'plans/q2/warnings.plan.md': warnings,
      'other/findings.plan.md': findings,
    },
    exitCode: 0,
    json: {
      files: [
        { path: 'plans/q1/clean.plan.md', diagnostics: [] },
        { path: 'plans/q2/warnings.plan.md', diagnostics: WARNINGS_DIAGNOSTICS },
      ],
      summary: summary(2, 2, 0, 2),
    },
  },
  {
    name: 'a named path that does not exist is a file not linted in SARIF, JUnit and Markdown too',
    args: ['lint', 'missing.plan.md', 'clean.plan.md', '-f', 'sarif', ...ASOF],
    files: { 'clean.plan.md': clean },
    exitCode: 2,
    check: (r) => {
      const sarif = JSON.parse(r.stdout) as {
        runs: {
          invocations: { executionSuccessful: boolean; toolExecutionNotifications?: { message: { text: string } }[] }[];
        }[];
      };
      const invocation = sarif.runs[0]!.invocations[0]!;
      assert.equal(invocation.executionSuccessful, false);
      assert.ok(
        invocation.toolExecutionNotifications?.some((n) => /no such file or directory/.test(n.message.text)),
        JSON.stringify(invocation),
      );
    },
  },
  {
    name: 'a clean run with a file not linted gets no tick in Markdown or stylish',
    args: ['lint', 'missing.plan.md', 'clean.plan.md', '-f', 'markdown', ...ASOF],
    files: { 'clean.plan.md': clean },
    exitCode: 2,
    check: (r, dir) => {
      assert.doesNotMatch(r.stdout, /✅/);
      assert.match(r.stdout, /1 file could not be linted/);
      assert.match(r.stdout, /`missing\.plan\.md`: no such file or directory/);
      const stylish = runCli(['lint', 'missing.plan.md', 'clean.plan.md', ...ASOF], dir);
      assert.equal(stylish.code, 2);
      assert.doesNotMatch(stylish.stdout, /\u2714/);
      assert.match(stylish.stdout, /No problems in 1 plan linted\./);
    },
  },
  {
    name: 'a glob that matches nothing, with nothing else to lint, exits 2',
    args: ['lint', 'plans/**/*.plna.md', ...ASOF],
    files: { 'plans/clean.plan.md': clean },
    exitCode: 2,
    stderr: ['no files match the pattern "plans/**/*.plna.md"', 'nothing was linted.'],
  },
  {
    name: 'a glob that matches nothing is reported but is not an error',
    args: ['lint', 'nothing/**/*.md', 'clean.plan.md', ...ASOF],
    files: { 'clean.plan.md': clean },
    exitCode: 0,
    stderr: ['no files match the pattern "nothing/**/*.md"'],
  },
  {
    name: 'two plans with the same id: the cross-plan rule reports both',
    args: ['lint', '-f', 'json', ...ASOF],
    files: { 'a.plan.md': clean, 'b.plan.md': clean },
    exitCode: 1,
    check: (r) => {
      const report = parseReport(r.stdout);
      for (const file of report.files) {
        assert.ok(
          file.diagnostics.some((d) => d.rule === 'duplicate-id' && d.line === 3),
          `${file.path} has no duplicate-id on its id line: ${JSON.stringify(file.diagnostics)}`,
        );
      }
    },
  },

  // --- configuration ---------------------------------------------------------------------------------
  {
    name: 'config: an unknown rule exits 2 with its position and a did-you-mean; nothing is linted',
    args: ['lint', ...ASOF],
    files: { '.handoff.yaml': 'rules:\n  risk-score-mismach: off\n', 'findings.plan.md': findings },
    exitCode: 2,
    stderr: [
      '.handoff.yaml:2:3: error: Unknown rule "risk-score-mismach". Did you mean "risk-score-mismatch"?',
      'invalid configuration',
    ],
    emptyStdout: true,
  },
  {
    name: 'config: a bad severity exits 2 with its position',
    args: ['lint', '-f', 'json', ...ASOF],
    files: { '.handoff.yaml': 'plans: ["**/*.plan.md"]\nrules:\n  status-stale: eror\n', 'clean.plan.md': clean },
    exitCode: 2,
    stderr: [/^\.handoff\.yaml:3:17: error: Invalid severity "eror" for status-stale.*Did you mean "error"\?/m],
    emptyStdout: true,
  },
  {
    name: 'config: invalid YAML exits 2 with its position',
    args: ['lint', ...ASOF],
    files: { '.handoff.yaml': 'rules:\n  status-stale: [error\n', 'clean.plan.md': clean },
    exitCode: 2,
    stderr: [/^\.handoff\.yaml:\d+:\d+: error: Invalid YAML: /m],
    emptyStdout: true,
  },
  {
    name: 'config: in CI formats an invalid configuration is also said where the format names files not linted',
    args: ['lint', '-f', 'github', ...ASOF],
    files: { '.handoff.yaml': 'rules:\n  risk-score-mismach: off\n', 'findings.plan.md': findings },
    exitCode: 2,
    stdout: [
      /^::error file=\.handoff\.yaml,line=2,col=3,title=handoff%3A invalid configuration::invalid configuration, nothing was linted: Unknown rule "risk-score-mismach"\. Did you mean "risk-score-mismatch"\? Run `handoff rules`/m,
      /^handoff: 0 errors, 0 warnings, 0 infos in 0 plans\.$/m,
    ],
    notStdout: [/findings\.plan\.md/],
    stderr: ['.handoff.yaml:2:3: error: Unknown rule "risk-score-mismach"', 'invalid configuration'],
    check: (_result, dir) => {
      for (const format of ['sarif', 'junit', 'markdown']) {
        const other = runCli(['lint', '-f', format, ...ASOF], dir);
        assert.equal(other.code, 2, format);
        assert.match(other.stdout, /invalid configuration, nothing was linted: Unknown rule/, format);
      }
    },
  },
  {
    name: 'config: errors of a configuration in a subfolder name that file',
    args: ['lint', ...ASOF],
    files: { 'team/.handoff.yml': 'high_risk_score: high\n', 'team/clean.plan.md': clean, 'clean.plan.md': clean },
    exitCode: 2,
    stderr: ['team/.handoff.yml:1:18: error: "high_risk_score" must be a number'],
  },
  {
    name: 'config: turning a rule off removes its findings',
    args: ['lint', '-f', 'json', ...ASOF],
    files: { '.handoff.yaml': 'rules:\n  stakeholder-incomplete: off\n', 'findings.plan.md': findings },
    exitCode: 1,
    json: {
      files: [
        {
          path: 'findings.plan.md',
          diagnostics: ['30 error risk-without-owner', '31 warning risk-without-mitigation'],
        },
      ],
      summary: summary(1, 1, 1, 1),
    },
  },
  {
    name: 'config: changing severities changes the exit code',
    args: ['lint', '-f', 'json', ...ASOF],
    files: {
      '.handoff.yaml': 'rules:\n  risk-without-owner: warning\n  risk-without-mitigation: { severity: info }\n',
      'findings.plan.md': findings,
    },
    exitCode: 0,
    json: {
      files: [
        {
          path: 'findings.plan.md',
          diagnostics: [
            '24 warning stakeholder-incomplete',
            '30 warning risk-without-owner',
            '31 info risk-without-mitigation',
          ],
        },
      ],
      summary: summary(1, 1, 0, 2, 1),
    },
  },
  {
    name: 'config: the nearest configuration wins',
    args: ['lint', '-f', 'json', ...ASOF],
    files: {
      '.handoff.yaml': 'rules:\n  stakeholder-incomplete: error\n',
      'team/.handoff.yaml': 'rules:\n  stakeholder-incomplete: off\n',
      'warnings.plan.md': warnings,
      'team/deep/warnings.plan.md': withId('warnings.plan.md', 'TP-2026-113'),
    },
    exitCode: 1,
    json: {
      files: [
        { path: 'team/deep/warnings.plan.md', diagnostics: [] },
        {
          path: 'warnings.plan.md',
          diagnostics: ['24 error stakeholder-incomplete', '25 error stakeholder-incomplete'],
        },
      ],
      summary: summary(2, 2, 2, 0),
    },
  },
  {
    name: 'config: --config overrides discovery',
    args: ['lint', 'plans', '--config', 'ci/strict.yaml', '-f', 'json', ...ASOF],
    files: {
      'plans/.handoff.yaml': 'rules:\n  stakeholder-incomplete: off\n',
      'ci/strict.yaml': 'rules:\n  stakeholder-incomplete: error\n',
      'plans/warnings.plan.md': warnings,
    },
    exitCode: 1,
    json: {
      files: [
        {
          path: 'plans/warnings.plan.md',
          diagnostics: ['24 error stakeholder-incomplete', '25 error stakeholder-incomplete'],
        },
      ],
      summary: summary(1, 1, 2, 0),
    },
  },
  {
    name: 'config: a --config file that does not exist exits 2',
    args: ['lint', '--config', 'nope.yaml', ...ASOF],
    files: { 'clean.plan.md': clean },
    exitCode: 2,
    stderr: ['nope.yaml:1:1: error: Cannot read the configuration: no such file.'],
    emptyStdout: true,
  },
  {
    name: 'config: ignore globs skip walked files but not named ones',
    args: ['lint', '.', 'drafts/named.plan.md', '-f', 'json', ...ASOF],
    files: {
      '.handoff.yaml': 'ignore: ["drafts/**"]\n',
      'drafts/walked.plan.md': findings,
      'drafts/named.plan.md': warnings,
      'clean.plan.md': clean,
    },
    exitCode: 0,
    json: {
      files: [
        { path: 'clean.plan.md', diagnostics: [] },
        { path: 'drafts/named.plan.md', diagnostics: WARNINGS_DIAGNOSTICS },
      ],
      summary: summary(2, 2, 0, 2),
    },
  },
  {
    name: 'config: plans globs are relative to the configuration folder',
    args: ['lint', '-f', 'json', ...ASOF],
    files: {
      'repo/.handoff.yaml': 'plans: ["transitions/*.md"]\n',
      'repo/transitions/payroll.md': noSchema,
      'repo/other/no-schema.plan.md': noSchema,
      'repo/notes.md': notes,
    },
    exitCode: 1,
    json: {
      files: [{ path: 'repo/transitions/payroll.md', diagnostics: ['1 error front-matter-schema'] }],
      summary: summary(3, 1, 1, 0),
    },
  },
  {
    name: 'config: the configuration is data only (a !!js tag is refused, never run)',
    args: ['lint', ...ASOF],
    files: { '.handoff.yaml': 'high_risk_score: !!js/function "function () { return 1 }"\n', 'clean.plan.md': clean },
    exitCode: 2,
    stderr: ['.handoff.yaml:1:'],
  },

  // --- colour and output file ------------------------------------------------------------------------
  {
    name: 'no colour when stdout is not a terminal',
    args: ['lint', ...ASOF],
    files: { 'findings.plan.md': findings },
    exitCode: 1,
    notStdout: ['\u001b['],
  },
  {
    name: 'FORCE_COLOR turns colour on',
    args: ['lint', ...ASOF],
    files: { 'findings.plan.md': findings },
    env: { FORCE_COLOR: '1' },
    exitCode: 1,
    stdout: ['\u001b[31merror', '\u001b[33mwarning'],
  },
  {
    name: '--color forces colour, even with NO_COLOR',
    args: ['lint', '--color', ...ASOF],
    files: { 'findings.plan.md': findings },
    env: { NO_COLOR: '1' },
    exitCode: 1,
    stdout: ['\u001b[31merror'],
  },
  {
    name: '--no-color wins over FORCE_COLOR',
    args: ['lint', '--no-color', ...ASOF],
    files: { 'findings.plan.md': findings },
    env: { FORCE_COLOR: '1' },
    exitCode: 1,
    notStdout: ['\u001b['],
  },
  {
    name: 'a JSON report never has colour, even with FORCE_COLOR',
    args: ['lint', '-f', 'json', ...ASOF],
    files: { 'findings.plan.md': findings },
    env: { FORCE_COLOR: '1' },
    exitCode: 1,
    notStdout: ['\u001b['],
  },
  {
    name: '-o writes the report to a file and nothing to stdout',
    args: ['lint', '-f', 'json', '-o', 'report.json', 'plans', ...ASOF],
    files: { 'plans/findings.plan.md': findings },
    exitCode: 1,
    emptyStdout: true,
    check: (_r, dir) => {
      const report = parseReport(fs.readFileSync(path.join(dir, 'report.json'), 'utf8'));
      assert.deepEqual(report.summary, summary(1, 1, 1, 2));
    },
  },

  // --- unreadable input ---------------------------------------------------------------------------
  {
    name: 'a binary x.plan.md exits 2; the other files are still linted',
    args: ['lint', '-f', 'json', ...ASOF],
    files: {
      'x.plan.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48]),
      'findings.plan.md': findings,
    },
    exitCode: 2,
    stderr: ['x.plan.md: binary file (NUL byte at offset 8)', '1 file could not be linted'],
    json: { files: [{ path: 'findings.plan.md', diagnostics: FINDINGS_DIAGNOSTICS }], summary: summary(2, 1, 1, 2) },
  },
  {
    name: 'a file that is not UTF-8 exits 2; the other files are still linted',
    args: ['lint', '-f', 'json', ...ASOF],
    files: {
      'latin1.plan.md': Buffer.concat([
        Buffer.from('---\nschema: transition-plan/1\ntitle: Caf'),
        Buffer.from([0xe9]),
        Buffer.from('\n---\n'),
      ]),
      'clean.plan.md': clean,
    },
    exitCode: 2,
    stderr: ['latin1.plan.md: not valid UTF-8 (at byte 40)'],
    json: { files: [{ path: 'clean.plan.md', diagnostics: [] }], summary: summary(2, 1, 0, 0) },
  },
];

function assertFragments(
  text: string,
  fragments: (string | RegExp)[] | undefined,
  present: boolean,
  stream: string,
): void {
  for (const f of fragments ?? []) {
    const found = typeof f === 'string' ? text.includes(f) : f.test(text);
    assert.equal(found, present, `${stream} ${present ? 'lacks' : 'has'} ${String(f)}:\n${text}`);
  }
}

describe('handoff lint scenarios (built binary)', function () {
  this.timeout(60_000);
  let dir: string;
  beforeEach(() => {
    dir = makeTempDir();
  });
  afterEach(() => removeTempDir(dir));

  for (const s of scenarios) {
    it(s.name, () => {
      writeTree(dir, s.files);
      const result = runCli(s.args, dir, s.env);
      const context = `exit ${result.code}\nstdout:\n${result.stdout}\nstderr:\n${result.stderr}`;
      assert.equal(result.code, s.exitCode, context);
      assertFragments(result.stdout, s.stdout, true, 'stdout');
      assertFragments(result.stdout, s.notStdout, false, 'stdout');
      assertFragments(result.stderr, s.stderr, true, 'stderr');
      assertFragments(result.stderr, s.notStderr, false, 'stderr');
      if (s.emptyStdout) assert.equal(result.stdout, '', context);
      if (s.json) {
        const report = parseReport(result.stdout);
        assert.equal(report.version, 1);
        assert.equal(report.asOf, s.args[s.args.indexOf('--as-of') + 1]);
        const actual = report.files.map((f) => ({
          path: f.path,
          diagnostics: f.diagnostics.map((d) => `${d.line} ${d.severity} ${d.rule}`),
        }));
        assert.deepEqual(actual, s.json.files, context);
        assert.deepEqual(report.summary, s.json.summary, context);
      }
      s.check?.(result, dir);
    });
  }
});
