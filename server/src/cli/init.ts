/**
 * `handoff init [dir]`: a starter `.handoff.yaml` and `transition.plan.md`. Existing files are
 * never overwritten (files are created with the `wx` flag, so not even a race can clobber one).
 * Without `--id`, the plan takes the next free id of the year among the plans it joins (plan ids
 * are unique across a workspace: `duplicate-id`).
 *
 * No `.handoff.yaml` is written where one in a folder above already applies: the plan joins that
 * project and keeps its configuration.
 *
 * Exit codes: 0 when the files were written or already existed (skipped files are listed, and a
 * second run says there was nothing to do), 2 when a file could not be written.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_CONFIG } from '../engine/config.js';
import type { PlanEngine } from '../engine/index.js';
import { singleLine } from '../engine/sanitize.js';
import { nextPlanId, planTemplate } from '../engine/templates.js';
import { todayIso } from '../engine/isoDate.js';
import { ConfigResolver } from '../node/configResolver.js';
import { findPlanFiles } from '../node/findPlanFiles.js';
import { relativePosix } from '../node/paths.js';
import { contextSummaries } from './crossPlan.js';
import type { CliIo } from './io.js';
import { errorMessage } from '../engine/errors.js';

/** A YAML flow list of strings: `["a", "b"]`. */
function flowList(items: readonly string[]): string {
  return `[${items.map((i) => JSON.stringify(i)).join(', ')}]`;
}

/** The starter configuration: the defaults written out, so a team sees what it may change. */
export const STARTER_CONFIG = `# Handoff configuration. The nearest .handoff.yaml in a plan's folder or above applies.
# Run \`handoff rules\` for every rule, its default severity and the stage it starts at.

# Files that are plans besides those that declare \`schema: transition-plan/1\`.
plans: ${flowList(DEFAULT_CONFIG.plans)}

# Never linted when a folder is walked (relative to this file's folder).
ignore: ${flowList(DEFAULT_CONFIG.ignore)}

# Change a rule's severity or turn it off: off | info | warning | error.
rules: {}
#  risk-score-mismatch: warning
#  status-stale: { severity: error, cadence_days: 7 }

# A risk is high from this score (Likelihood x Impact, 1-25).
high_risk_score: ${DEFAULT_CONFIG.highRiskScore}

# Manage by exception: cost and schedule slippage allowed before a plan must act.
tolerances: { cost_pct: ${DEFAULT_CONFIG.tolerances.costPct}, schedule_days: ${DEFAULT_CONFIG.tolerances.scheduleDays} }

# Days after which the newest status report is stale (a plan's front matter may override it).
reporting_cadence_days: ${DEFAULT_CONFIG.reportingCadenceDays}
`;

export interface InitOptions {
  readonly dir: string;
  /** The plan's id (already validated); default the next free one of the year ({@link idsInUse}). */
  readonly id?: string;
  readonly title: string;
  readonly service: string;
  /** The day the plan is written (default today, UTC): its sample rows are dated from it. */
  readonly asOf?: string;
}

/**
 * The plan ids already used where the new plan goes: in the plans under the folder of the nearest
 * `.handoff.yaml` at or above `dir` (the project the plan joins), else under `dir`. They are found
 * and read as a lint of that folder finds and reads them (its `ignore` globs, no symlink out of
 * it, the size cap, the front matter only); a file that cannot be read, or is no plan, is skipped.
 */
async function idsInUse(
  dir: string,
  cwd: string,
  engine: PlanEngine,
  resolver: ConfigResolver,
): Promise<{ ids: string[]; root: string }> {
  const nearest = resolver.forFolder(dir);
  const root = nearest.path === undefined ? dir : nearest.folder;
  try {
    const { candidates } = await findPlanFiles([root], cwd, { resolver });
    return { ids: contextSummaries(candidates, engine).flatMap((s) => (s.id ? [s.id] : [])), root };
  } catch {
    return { ids: [], root }; // A folder that cannot be walked holds no plan init can see.
  }
}

export async function runInit(options: InitOptions, io: CliIo, engine: PlanEngine): Promise<number> {
  const cwd = path.resolve(io.cwd);
  const dir = path.resolve(cwd, options.dir);
  const asOf = options.asOf ?? todayIso();
  const year = Number(asOf.slice(0, 4));
  // Chosen before anything is written (the new .handoff.yaml would make `dir` the root), and only
  // when the plan will be written: a second run has no plan to name.
  const resolver = new ConfigResolver({ rules: engine.rules, baseFolder: cwd });
  // A configuration above `dir` already applies to it: a starter one here would replace it for
  // the new plan (the nearest applies), so the project's settings would silently not.
  const above = resolver.forFolder(dir).path;
  const inherited = above !== undefined && path.dirname(above) !== dir ? above : undefined;
  let chosen: { id: string; root: string } | undefined;
  if (options.id === undefined && !existsSync(path.join(dir, 'transition.plan.md'))) {
    const { ids, root } = await idsInUse(dir, cwd, engine, resolver);
    chosen = { id: nextPlanId(ids, year), root };
  }
  const id = options.id ?? chosen?.id ?? nextPlanId([], year);
  try {
    await mkdir(dir, { recursive: true });
  } catch (err) {
    io.stderr.write(`handoff: ${singleLine(`cannot create ${options.dir}: ${errorMessage(err)}`)}\n`);
    return 2;
  }
  const files = [
    { name: '.handoff.yaml', text: STARTER_CONFIG },
    {
      name: 'transition.plan.md',
      text: planTemplate({ id, title: options.title, service: options.service }, { asOf }),
    },
  ];
  let written = 0;
  let failed = false;
  for (const file of files) {
    const target = path.join(dir, file.name);
    const shown = singleLine(relativePosix(cwd, target));
    if (inherited && file.name === '.handoff.yaml') {
      const applies = singleLine(relativePosix(cwd, inherited));
      io.stdout.write(`not created ${shown}: ${applies} applies here already, and the plan keeps it\n`);
      continue;
    }
    try {
      await writeFile(target, file.text, { encoding: 'utf8', flag: 'wx' });
      written++;
      io.stdout.write(`created ${shown}\n`);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') {
        io.stdout.write(`skipped ${shown}: it already exists and was left unchanged\n`);
      } else {
        failed = true;
        io.stderr.write(`handoff: cannot write ${shown}: ${singleLine(errorMessage(err))}\n`);
      }
    }
  }
  if (failed) return 2;
  if (written === 0) {
    io.stdout.write(
      `\nNothing to do: ${inherited ? 'the plan already exists' : 'every file already exists'}, and none was changed.\n`,
    );
    return 0;
  }
  const idNote = chosen
    ? ` (its id, ${chosen.id}, is the next free one of the plans under ${singleLine(relativePosix(cwd, chosen.root))})`
    : '';
  io.stdout.write(
    `\nNext: fill in the plan${idNote}, then run \`handoff lint ${singleLine(relativePosix(cwd, dir))}\`.\n`,
  );
  return 0;
}
