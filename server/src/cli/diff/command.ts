/**
 * `handoff diff --base <rev> [--head <rev>] [paths]`: what changed in the plans between two
 * revisions, as meaning ("R-02 raised from 10 to 16", "H-02 lost its receiving owner") rather
 * than lines. Only Markdown files git reports as changed are read; both versions are linted by
 * `lintText` (the step `handoff lint` runs on each file once it is read) under the configuration
 * lint would use for the file (the working tree's nearest `.handoff.yaml`, or `--config`), and
 * `diffPlans` says what the change means.
 * Exit codes: 0 done (whatever changed), 2 usage, git or configuration error.
 */
import { access, realpath } from 'node:fs/promises';
import path from 'node:path';
import type { HandoffConfig } from '../../engine/config.js';
import { matchesGlobs } from '../../engine/config.js';
import type { PlanEngine } from '../../engine/index.js';
import { singleLine } from '../../engine/sanitize.js';
import { diffPlans, type PlanChange, type PlanSide } from '../../engine/semanticDiff.js';
import { summarizeFrontMatterOnly } from '../../engine/summary.js';
import type { IsoDate } from '../../engine/types.js';
import { ConfigResolver, pathForGlobs } from '../../node/configResolver.js';
import { comparePaths, escapesBase, isInside, relativePosix } from '../../node/paths.js';
import { decodePlanBytes, PlanReadError, readPlanFile } from '../../node/readPlanFile.js';
import type { CliIo } from '../io.js';
import { changedFiles, Git, GitError, type ChangedFile } from './git.js';
import { lintText } from '../lintFile.js';
import { DIFF_FORMATS } from './render.js';

export interface DiffCommandOptions {
  readonly base: string;
  readonly head: string | undefined;
  /** A name of `DIFF_FORMATS` (main.ts resolves the `md` alias). */
  readonly format: string;
  readonly paths: readonly string[];
  readonly asOf: IsoDate;
  readonly config: string | undefined;
}

export type PlanFileChange = 'added' | 'modified' | 'deleted' | 'renamed';

export interface PlanDiff {
  /** Relative to the working directory, `/`-separated: the head path (the base path if deleted). */
  readonly path: string;
  readonly previousPath?: string;
  readonly change: PlanFileChange;
  readonly id: string | undefined;
  readonly title: string | undefined;
  readonly changes: readonly PlanChange[];
}

export interface DiffResult {
  readonly base: { readonly ref: string; readonly object: string };
  /** Undefined `ref`: the working tree. */
  readonly head: { readonly ref: string | undefined; readonly object: string | undefined };
  readonly asOf: IsoDate;
  readonly plans: readonly PlanDiff[];
}

const isMarkdown = (p: string): boolean => /\.(md|markdown)$/i.test(p);

interface Side {
  readonly text: string;
  /** Working-directory-relative path the findings are reported under. */
  readonly displayPath: string;
  readonly config: HandoffConfig;
  readonly matchesGlob: boolean;
}

export async function runDiff(options: DiffCommandOptions, io: CliIo, engine: PlanEngine): Promise<number> {
  const cwd = path.resolve(io.cwd);
  const errorLine = (message: string): void => void io.stderr.write(`handoff: ${singleLine(message)}\n`);
  const git = new Git(cwd, io.env);

  let result: DiffResult;
  try {
    const root = await git.topLevel();
    const realRoot = await realpath(root).catch(() => root);
    const base = await git.resolve(options.base);
    const head = options.head !== undefined ? await git.resolve(options.head) : undefined;
    const resolver = new ConfigResolver({ rules: engine.rules, baseFolder: cwd, explicitConfigPath: options.config });
    const files = (await changedFiles(git, base, head, options.paths)).filter(
      (f) => isMarkdown(f.path) || (f.previousPath !== undefined && isMarkdown(f.previousPath)),
    );
    // A path named that is nowhere (a typo in CI) must not pass as "no plan changed".
    const nowhere = await pathsNamingNothing(git, root, cwd, [base, head], options.paths);
    if (nowhere.length > 0) {
      for (const p of nowhere) errorLine(`${p}: no such file or folder, in the working tree or either revision`);
      return 2;
    }

    // The configuration lint would apply to the file where it stands in the working tree.
    const sideOf = async (file: string, revision: string | undefined): Promise<Side | undefined> => {
      const absolute = path.resolve(root, file);
      const resolved = resolver.forFile(absolute);
      const forGlobs = pathForGlobs(resolved, absolute);
      if (matchesGlobs(forGlobs, resolved.config.ignore)) return undefined;
      // A symlink in the working tree may lead out of the repository (a pull request can add one
      // to any file on the machine): it is not read, as lint skips it without --follow-symlinks.
      if (revision === undefined && (await leadsOutside(realRoot, absolute))) {
        errorLine(`skipped ${relativePosix(cwd, absolute)}: a symlink leads outside the repository`);
        return undefined;
      }
      const text =
        revision === undefined ? await readPlanFile(absolute) : decodePlanBytes(await git.show(revision, file), file);
      return {
        text,
        displayPath: relativePosix(cwd, absolute),
        config: resolved.config,
        matchesGlob: matchesGlobs(forGlobs, resolved.config.plans),
      };
    };

    const broken = () => resolver.loaded().filter((c) => c.errors.length > 0);
    const linted: LintedFile[] = [];
    for (const file of files) {
      const beforePath =
        file.status === 'added' || file.status === 'copied' ? undefined : (file.previousPath ?? file.path);
      const afterPath = file.status === 'deleted' ? undefined : file.path;
      const before = beforePath !== undefined ? await sideOf(beforePath, base) : undefined;
      const after = afterPath !== undefined ? await sideOf(afterPath, head) : undefined;
      if (broken().length > 0) break;
      const planBefore = before && lintSide(engine, before, options.asOf);
      const planAfter = after && lintSide(engine, after, options.asOf);
      if (!planBefore && !planAfter) continue;
      linted.push({ file, afterPath, planBefore, planAfter });
    }
    const plans: PlanDiff[] = [];
    for (const { file, afterPath, planBefore, planAfter } of movedPlans(linted)) {
      const diff = planDiff(file, cwd, root, planBefore, planAfter);
      // An id gone (the plan removed, or its id changed): the plans that still depend on it.
      const gone = planBefore?.status.id;
      const stillNaming =
        gone !== undefined && gone !== planAfter?.status.id
          ? await dependentsAt(git, head, gone, afterPath, (p) => sideOf(p, head), engine)
          : [];
      plans.push(
        stillNaming.length > 0 ? { ...diff, changes: [...diff.changes, dependents(gone!, stillNaming)] } : diff,
      );
    }

    const invalid = broken();
    if (invalid.length > 0) {
      for (const c of invalid) {
        for (const e of c.errors)
          io.stderr.write(
            singleLine(`${relativePosix(cwd, c.path!)}:${e.line}:${e.column}: error: ${e.message}`) + '\n',
          );
      }
      errorLine('invalid configuration; nothing was compared.');
      return 2;
    }
    plans.sort((a, b) => comparePaths(a.path, b.path));
    result = {
      base: { ref: options.base, object: base },
      head: { ref: options.head, object: head },
      asOf: options.asOf,
      plans,
    };
  } catch (err) {
    if (err instanceof GitError) {
      errorLine(`git: ${err.message}`);
      return 2;
    }
    if (err instanceof PlanReadError) {
      errorLine(`${err.path}: ${err.message}`);
      return 2;
    }
    throw err;
  }

  const render = Object.hasOwn(DIFF_FORMATS, options.format) ? DIFF_FORMATS[options.format] : undefined;
  if (!render) throw new Error(`unknown diff format "${options.format}"`);
  io.stdout.write(render(result));
  return 0;
}

/** A changed file with both its sides linted: a plan on one side at least. */
interface LintedFile {
  readonly file: ChangedFile;
  readonly afterPath: string | undefined;
  readonly planBefore: PlanSide | undefined;
  readonly planAfter: PlanSide | undefined;
}

/**
 * The files, with a plan removed from one path and the plan of the same id added at another
 * paired as one plan renamed: git pairs a rename only when it is staged or committed and the
 * text stayed alike, and a plan moved is neither removed (its dependents still find its id) nor
 * new (its findings were there before).
 */
function movedPlans(files: readonly LintedFile[]): LintedFile[] {
  const idOf = (side: PlanSide | undefined) => side?.status.id;
  const added = new Map<string, LintedFile>();
  for (const f of files) {
    const id = idOf(f.planAfter);
    if (!f.planBefore && id !== undefined && !added.has(id)) added.set(id, f);
  }
  const paired = new Set<LintedFile>();
  const out: LintedFile[] = [];
  for (const f of files) {
    if (paired.has(f)) continue;
    const id = idOf(f.planBefore);
    const to = !f.planAfter && id !== undefined ? added.get(id) : undefined;
    if (!to || paired.has(to)) {
      out.push(f);
      continue;
    }
    paired.add(to);
    out.push({
      file: { status: 'renamed', path: to.file.path, previousPath: f.file.previousPath ?? f.file.path },
      afterPath: to.afterPath,
      planBefore: f.planBefore,
      planAfter: to.planAfter,
    });
  }
  return out.filter((f) => !paired.has(f));
}

/**
 * The plans at the head that still name `id` in `depends_on` (other than the one at `self`), as
 * their id, or their path when they have none. Only files that hold the id are read.
 */
async function dependentsAt(
  git: Git,
  head: string | undefined,
  id: string,
  self: string | undefined,
  read: (repoPath: string) => Promise<Side | undefined>,
  engine: PlanEngine,
): Promise<string[]> {
  const out: string[] = [];
  for (const file of await git.filesContaining(head, id)) {
    if (file === self) continue;
    const side = await read(file).catch(() => undefined);
    if (!side || !engine.isPlanText(side.text, side.matchesGlob)) continue;
    const summary = summarizeFrontMatterOnly(side.displayPath, side.text, side.config);
    if (summary.dependsOn.some((d) => d.id.toLowerCase() === id.toLowerCase()))
      out.push(summary.id ?? side.displayPath);
  }
  return out.sort(comparePaths);
}

/** The change saying which plans still depend on an id that is gone. */
function dependents(id: string, plans: readonly string[]): PlanChange {
  return {
    kind: 'dependents',
    subject: 'depends_on',
    message: `${plans.length === 1 ? 'A plan still depends' : `${plans.length} plans still depend`} on ${id}, which is gone: ${plans.join(', ')}. Change their depends_on with it.`,
    impact: 'worse',
  };
}

/**
 * The paths named (not patterns) that exist neither in the working tree nor at any of the
 * revisions (undefined: the working tree alone).
 */
async function pathsNamingNothing(
  git: Git,
  root: string,
  cwd: string,
  revisions: readonly (string | undefined)[],
  paths: readonly string[],
): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    if (/[*?[\]]/.test(p) || p.startsWith(':')) continue; // A pattern or a pathspec's magic: git's to read.
    const absolute = path.resolve(cwd, p);
    if (
      await access(absolute).then(
        () => true,
        () => false,
      )
    )
      continue;
    const repoPath = relativePosix(root, absolute);
    let found = false;
    for (const revision of revisions) {
      if (revision !== undefined && !escapesBase(repoPath) && (await git.exists(revision, repoPath))) {
        found = true;
        break;
      }
    }
    if (!found) out.push(p);
  }
  return out;
}

/** Whether `file` (which may not exist) resolves to a real path outside `realRoot`. */
async function leadsOutside(realRoot: string, file: string): Promise<boolean> {
  const real = await realpath(file).catch(() => undefined);
  return real !== undefined && !isInside(realRoot, real);
}

/** One side of a change, linted as `handoff lint` lints a file (lintFile.ts), with its status. */
function lintSide(engine: PlanEngine, side: Side, asOf: IsoDate): PlanSide | undefined {
  const task = { index: 0, absolutePath: side.displayPath, uri: side.displayPath, matchesGlob: side.matchesGlob };
  const outcome = lintText(engine, task, side.text, side.config, { asOf, withStatus: true });
  if (outcome.kind === 'failed') throw new Error(`${side.displayPath}: ${outcome.message}`);
  if (outcome.kind !== 'plan' || !outcome.status) return undefined;
  return {
    status: outcome.status,
    findings: outcome.findings,
    text: side.text,
    registerAliases: side.config.aliases.registers,
    unreadColumns: outcome.unreadColumns,
  };
}

function planDiff(
  file: ChangedFile,
  cwd: string,
  root: string,
  before: PlanSide | undefined,
  after: PlanSide | undefined,
): PlanDiff {
  const display = (p: string): string => relativePosix(cwd, path.resolve(root, p));
  const change: PlanFileChange = !before
    ? 'added'
    : !after
      ? 'deleted'
      : file.previousPath !== undefined && file.status === 'renamed'
        ? 'renamed'
        : 'modified';
  const status = (after ?? before)!.status;
  return {
    path: display(file.path),
    ...(change === 'renamed' ? { previousPath: display(file.previousPath!) } : {}),
    change,
    id: status.id,
    title: status.title,
    changes: diffPlans(before, after),
  };
}
