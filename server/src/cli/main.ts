/**
 * The `handoff` command line. `main` takes its whole world through `io` and returns the exit
 * code: 0 clean, 1 findings (errors, or more warnings than `--max-warnings`), 2 usage error,
 * invalid configuration, unreadable input or a missing path.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { createPlanEngine } from '../engine/index.js';
import { planIdProblem } from '../engine/domain.js';
import { didYouMean, suggestionText } from '../engine/suggest.js';
import { isIsoDate, todayIso } from '../engine/isoDate.js';
import { colors, useColor } from './color.js';
import { DEFAULT_FORMAT, formatterNames, outputFormat } from './formatters/index.js';
import { runDiff } from './diff/command.js';
import { DIFF_FORMATS } from './diff/render.js';
import { FORMAT_ALIASES, resolveFormatName } from './formatNames.js';
import { runInit } from './init.js';
import { withSafeStderr, type CliIo } from './io.js';
import { runFix } from './fix.js';
import { runLint } from './lint.js';
import { REPORT_FORMATS, runReport } from './report/command.js';
import { formatRulesJson, formatRulesTable } from './rules.js';
import { VERSION } from './version.js';
import { errorDetail } from '../engine/errors.js';

export type { CliIo, CliWriter } from './io.js';

const RULE_FORMATS = ['stylish', 'json'];
/** One name for "write the output to a file" in every command that writes one. */
const OUT_FLAGS = '-o, --out <file>';

function parseAsOf(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !isIsoDate(value)) {
    throw new InvalidArgumentError('Expected a real calendar date written YYYY-MM-DD, e.g. 2026-05-20.');
  }
  return value;
}

function parsePlanId(value: string): string {
  const problem = planIdProblem(value);
  if (problem) throw new InvalidArgumentError(problem);
  return value.trim();
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('Expected a whole number of 0 or more.');
  return Number(value);
}

function parseThreads(value: string): number {
  if (!/^[1-9]\d*$/.test(value)) throw new InvalidArgumentError('Expected a whole number of 1 or more.');
  return Number(value);
}

function choice(names: readonly string[], what: string) {
  return (value: string): string => {
    if (names.includes(value)) return value;
    const resolved = what === 'format' ? resolveFormatName(value, names) : undefined;
    if (resolved !== undefined) return resolved;
    throw new InvalidArgumentError(
      `Unknown ${what} "${value}". Available: ${names.join(', ')}.${suggestionText(didYouMean(value, names))}`,
    );
  };
}

/** `-f, --format` for a command whose formats are `names` (aliases such as `md` accepted). */
function formatOption(names: readonly string[], defaultName: string): Option {
  const aliases = Object.entries(FORMAT_ALIASES)
    .filter(([, target]) => names.includes(target))
    .map(([alias, target]) => `${alias} = ${target}`);
  const help = `output format: ${names.join(', ')}${aliases.length ? ` (also ${aliases.join(', ')})` : ''}`;
  return new Option('-f, --format <name>', help).argParser(choice(names, 'format')).default(defaultName);
}

interface ReportFlags {
  format: string;
  out?: string;
  asOf?: string;
  config?: string;
  followSymlinks?: boolean;
  threads?: number;
}

interface LintFlags {
  format: string;
  asOf?: string;
  config?: string;
  maxWarnings?: number;
  quiet?: boolean;
  color?: boolean;
  out?: string;
  /** The 0.1 name of --out, still accepted. */
  outputFile?: string;
  followSymlinks?: boolean;
  threads?: number;
  fix?: boolean;
  fixDryRun?: boolean;
}

export async function main(unsafeIo: CliIo): Promise<number> {
  const io = withSafeStderr(unsafeIo);
  const engine = createPlanEngine({ logger: { error: (m) => void io.stderr.write(`handoff: ${m}\n`) } });
  let exitCode = 0;

  /**
   * The threads that lint a run that reads plans (the main thread among them): `--threads`, else HANDOFF_THREADS, else
   * undefined (by file count); null after reporting an invalid HANDOFF_THREADS (exit 2).
   */
  const threadsOf = (flag: number | undefined): number | undefined | null => {
    const fromEnv = io.env['HANDOFF_THREADS'];
    if (flag !== undefined || !fromEnv) return flag;
    if (/^[1-9]\d*$/.test(fromEnv)) return Number(fromEnv);
    io.stderr.write(`handoff: HANDOFF_THREADS must be a whole number of 1 or more, not "${fromEnv}".\n`);
    exitCode = 2;
    return null;
  };

  const program = new Command('handoff')
    .description('Lint ITIL service transition plans written as Markdown with YAML front matter.')
    .version(VERSION, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s),
    })
    .showSuggestionAfterError(true)
    .showHelpAfterError('(add --help for usage)')
    .addHelpText(
      'after',
      '\nExit codes: 0 no errors, 1 errors or too many warnings, 2 usage error, invalid configuration or unreadable input.\nDates: rules about time (stale status, overdue milestones and reviews) compare against today (UTC) unless --as-of is given.',
    );

  program
    .command('lint')
    .description('check plans (default: the current folder)')
    .argument('[paths...]', 'files, folders or globs (default: .)')
    .addOption(formatOption(formatterNames(), DEFAULT_FORMAT))
    .addOption(
      new Option('--as-of <date>', 'date time-dependent rules compare against (default: today, UTC)').argParser(
        parseAsOf,
      ),
    )
    .option('-c, --config <file>', 'use this configuration file instead of the nearest .handoff.yaml')
    .addOption(
      new Option('--max-warnings <n>', 'exit with 1 when there are more warnings than this').argParser(parseCount),
    )
    .option('-q, --quiet', 'report errors only (warnings are neither shown nor counted)')
    .option('--color', 'force colours')
    .option('--no-color', 'disable colours (also NO_COLOR; FORCE_COLOR forces them)')
    .option(OUT_FLAGS, 'write the findings to this file (never a plan) instead of stdout')
    .addOption(new Option('--output-file <file>', 'the former name of --out').hideHelp())
    .option('--follow-symlinks', 'also lint files that symlinks in a folder lead to outside it')
    .addOption(
      new Option('--threads <n>', 'threads that lint, the main thread among them (1 = main thread only)')
        .argParser(parseThreads)
        .hideHelp(),
    )
    .option('--fix', 'apply the safe fixes (deterministic, no placeholder) before linting, and list them on stderr')
    .option('--fix-dry-run', 'print the diff the safe fixes would make and exit (1 when there is something to fix)')
    .action(async (paths: string[], flags: LintFlags) => {
      if (flags.fix || flags.fixDryRun) {
        const fixOptions = { paths, asOf: flags.asOf ?? todayIso(), config: flags.config, dryRun: !!flags.fixDryRun };
        const fixed = await runFix(fixOptions, io, engine);
        if (flags.fixDryRun) {
          exitCode = fixed.length > 0 ? 1 : 0;
          return;
        }
      }
      const format = outputFormat(flags.format)!;
      const threads = threadsOf(flags.threads);
      if (threads === null) return;
      exitCode = await runLint(
        {
          paths,
          outputFormat: format,
          asOf: flags.asOf ?? todayIso(),
          config: flags.config,
          maxWarnings: flags.maxWarnings,
          quiet: flags.quiet ?? false,
          color: flags.color,
          outputFile: flags.out ?? flags.outputFile,
          followSymlinks: flags.followSymlinks ?? false,
          threads,
        },
        io,
        engine,
      );
    });

  program
    .command('rules')
    .description('list every rule with its default severity, first stage and description')
    .addOption(
      new Option('-f, --format <name>', 'stylish or json').argParser(choice(RULE_FORMATS, 'format')).default('stylish'),
    )
    .option('--color', 'force colours')
    .option('--no-color', 'disable colours')
    .action((flags: { format: string; color?: boolean }) => {
      io.stdout.write(
        flags.format === 'json'
          ? formatRulesJson(engine.rules)
          : formatRulesTable(engine.rules, useColor(flags.color, io.env, io.isTTY ?? false)),
      );
      exitCode = 0;
    });

  program
    .command('init')
    .description('write a starter .handoff.yaml and transition.plan.md (never overwrites)')
    .argument('[dir]', 'folder to write them in', '.')
    .addOption(
      new Option(
        '--id <id>',
        'plan id (default: the next TP-<year>-NNN free among the plans under the nearest .handoff.yaml, or the folder)',
      ).argParser(parsePlanId),
    )
    .option('--title <title>', 'plan title', 'New service transition')
    .option('--service <name>', 'service being transitioned', 'New service')
    .addHelpText(
      'after',
      '\nExit codes: 0 the files were written or already existed (an existing file is never overwritten), 2 a file could not be written or an option is invalid (such as an --id that is no plan id).',
    )
    .action(async (dir: string, flags: { id?: string; title: string; service: string }) => {
      exitCode = await runInit({ dir, id: flags.id, title: flags.title, service: flags.service }, io, engine);
    });

  program
    .command('report')
    .description('write the portfolio report of the plans: one row per transition, risks, dependencies, charts')
    .argument('[paths...]', 'files, folders or globs (default: .)')
    .addOption(formatOption(Object.keys(REPORT_FORMATS), 'markdown'))
    .option(OUT_FLAGS, 'write the report to this file (never a plan) instead of stdout')
    .addOption(new Option('--as-of <date>', 'date the report is as of (default: today, UTC)').argParser(parseAsOf))
    .option('-c, --config <file>', 'use this configuration file instead of the nearest .handoff.yaml')
    .option('--follow-symlinks', 'also read files that symlinks in a folder lead to outside it')
    .addOption(
      new Option('--threads <n>', 'threads that lint, the main thread among them (1 = main thread only)')
        .argParser(parseThreads)
        .hideHelp(),
    )
    .action(async (paths: string[], flags: ReportFlags) => {
      const threads = threadsOf(flags.threads);
      if (threads === null) return;
      exitCode = await runReport(
        {
          paths,
          format: flags.format,
          out: flags.out,
          asOf: flags.asOf ?? todayIso(),
          config: flags.config,
          followSymlinks: flags.followSymlinks ?? false,
          threads,
        },
        io,
        engine,
      );
    });

  program
    .command('diff')
    .description('what a change between two git revisions means for each plan it touches')
    .argument('[paths...]', 'limit to these files or folders (git pathspecs; default: .)')
    .requiredOption('--base <rev>', 'the revision to compare from (branch, tag, commit, HEAD~1 …)')
    .option('--head <rev>', 'the revision to compare to (default: the working tree)')
    .addOption(formatOption(Object.keys(DIFF_FORMATS), 'markdown'))
    .addOption(
      new Option('--as-of <date>', 'date time-dependent rules compare against (default: today, UTC)').argParser(
        parseAsOf,
      ),
    )
    .option('-c, --config <file>', 'use this configuration file instead of the nearest .handoff.yaml')
    .action(
      async (
        paths: string[],
        flags: { base: string; head?: string; format: string; asOf?: string; config?: string },
      ) => {
        exitCode = await runDiff(
          {
            base: flags.base,
            head: flags.head,
            format: flags.format,
            paths,
            asOf: flags.asOf ?? todayIso(),
            config: flags.config,
          },
          io,
          engine,
        );
      },
    );

  try {
    await program.parseAsync([...io.argv], { from: 'user' });
    return exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version') return 0;
      // `handoff` alone prints the help (on stderr) and is a usage error.
      return 2;
    }
    const c = colors(false);
    io.stderr.write(c.red(`handoff: internal error: ${errorDetail(err)}\n`));
    return 2;
  }
}
