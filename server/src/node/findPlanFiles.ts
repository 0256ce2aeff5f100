/**
 * Which files a run looks at. A named file is always considered; a folder is walked for
 * `**\/*.md`; anything else with glob characters is expanded as a glob. Walked and globbed files
 * are dropped when their configuration's `ignore` globs (relative to the configuration's folder)
 * or `node_modules`/`.git` match. Whether a candidate really is a plan is decided once its text
 * is read: it declares `schema: transition-plan/1`, or `matchesGlob` (its path matches the
 * configuration's `plans` globs).
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';
import { glob } from 'tinyglobby';
import { matchesGlobs } from '../engine/config.js';
import type { ConfigResolver, ResolvedConfig } from './configResolver.js';
import { pathForGlobs } from './configResolver.js';
import { comparePaths, escapesBase, isInside, relativePosix } from './paths.js';
import { onePathPerRealFile, RealPaths } from './realPaths.js';
import { contextRootFor } from './contextRoot.js';

/** Always skipped when walking, whatever the configuration says. */
export const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];

export interface PlanCandidate {
  /** Absolute native path. */
  readonly absolutePath: string;
  /** Path relative to the run's cwd, `/`-separated. */
  readonly relativePath: string;
  /** The configuration that applies to the file. */
  readonly config: ResolvedConfig;
  /** The file matches its configuration's `plans` globs (else it is a plan only if it declares the schema). */
  readonly matchesGlob: boolean;
  /** Named on the command line, rather than found by walking a folder or a glob. */
  readonly explicit: boolean;
}

export interface Discovery {
  /** Deterministic order: by relative path, code-point order. */
  readonly candidates: PlanCandidate[];
  /** Arguments naming neither an existing path nor a glob. */
  readonly missing: string[];
  /** Glob arguments that matched no file. */
  readonly unmatchedGlobs: string[];
  /** Walked files whose real path lies outside the folder walked (through a symlink), skipped. */
  readonly outside: string[];
  /**
   * With `context`, when the run names only some paths: the other Markdown files of its
   * workspace (not ignored, not a candidate under another path), from the same walk.
   */
  readonly context: PlanCandidate[];
}

export interface FindOptions {
  readonly resolver: ConfigResolver;
  /**
   * Lint files that symlinks inside a walked folder lead to outside it (`--follow-symlinks`).
   * Off by default: a pull request must not make CI read, and print, files beyond the checkout.
   */
  readonly followSymlinks?: boolean;
  /**
   * Also list the files of the run's workspace that it does not name (the cross-plan context of a
   * run limited to some paths: the working folder, or the workspace of paths named from outside
   * it, contextRoot.ts). That folder is then walked once, and folders named inside it are taken
   * from that walk rather than walked again.
   */
  readonly context?: boolean;
}

export async function findPlanFiles(paths: readonly string[], cwd: string, options: FindOptions): Promise<Discovery> {
  const { resolver } = options;
  const real = new RealPaths();
  const found = new Map<string, PlanCandidate>();
  const missing: string[] = [];
  const unmatchedGlobs: string[] = [];
  const outside: string[] = [];

  const add = (file: string, explicit: boolean): void => {
    const absolutePath = path.resolve(cwd, file);
    const previous = found.get(absolutePath);
    if (previous && (previous.explicit || !explicit)) return;
    const candidate = candidateFor(absolutePath, cwd, resolver, explicit);
    if (candidate) found.set(absolutePath, candidate);
  };

  // A run over only some paths also needs the rest of their workspace (cross-plan context,
  // contextRoot.ts): one walk of it serves both.
  const root = options.context === true ? contextRootFor(paths, cwd) : undefined;
  const rootFiles = root !== undefined ? await walk(root) : undefined;

  for (const arg of paths) {
    const target = path.resolve(cwd, arg);
    const info = await stat(target).catch(() => undefined);
    if (info?.isDirectory()) {
      const files = rootFiles && walkedWith(root!, target) ? filesUnder(rootFiles, target) : await walk(target);
      const inside = options.followSymlinks ? files : await insideFolder(target, files, real);
      const kept = new Set(inside);
      for (const file of files) if (!kept.has(file)) outside.push(relativePosix(cwd, file));
      for (const file of inside) add(file, false);
    } else if (info) {
      add(target, true);
    } else if (picomatch.scan(arg).isGlob) {
      const files = await expandGlob(arg, cwd);
      if (files.length === 0) unmatchedGlobs.push(arg);
      for (const file of files) add(file, false);
    } else {
      missing.push(arg);
    }
  }

  const candidates = await dedupeByRealPath([...found.values()], cwd, real);
  const context = rootFiles ? await contextCandidates(cwd, root!, rootFiles, candidates, resolver, real) : [];
  return { candidates, missing, unmatchedGlobs, outside, context };
}

/** A file as a run sees it: undefined when walked (not named) and ignored by its configuration. */
function candidateFor(
  absolutePath: string,
  cwd: string,
  resolver: ConfigResolver,
  explicit: boolean,
): PlanCandidate | undefined {
  const config = resolver.forFile(absolutePath);
  const forGlobs = pathForGlobs(config, absolutePath);
  if (!explicit && matchesGlobs(forGlobs, config.config.ignore)) return undefined;
  return {
    absolutePath,
    relativePath: relativePosix(cwd, absolutePath),
    config,
    matchesGlob: matchesGlobs(forGlobs, config.config.plans),
    explicit,
  };
}

/**
 * Whether the walk of `root` saw what a walk of `folder` would: the folder lies inside `root` and
 * not inside a folder every walk skips (`node_modules`, `.git`).
 */
function walkedWith(root: string, folder: string): boolean {
  const rel = relativePosix(root, folder);
  return !escapesBase(rel) && !rel.split('/').some((part) => part === 'node_modules' || part === '.git');
}

function filesUnder(files: readonly string[], folder: string): string[] {
  const prefix = folder.endsWith(path.sep) ? folder : folder + path.sep;
  return files.filter((f) => f.startsWith(prefix));
}

/**
 * The walked files of the context's `root` (inside it, not ignored) that are not candidates, one
 * path per real file, leaving out any real file the run lints under another path. Paths stay
 * relative to `cwd`, as the run's own are.
 */
async function contextCandidates(
  cwd: string,
  root: string,
  rootFiles: readonly string[],
  candidates: readonly PlanCandidate[],
  resolver: ConfigResolver,
  real: RealPaths,
): Promise<PlanCandidate[]> {
  const inRun = new Set(await real.all(candidates.map((c) => c.absolutePath)));
  const others: PlanCandidate[] = [];
  for (const file of await insideFolder(root, rootFiles, real)) {
    const candidate = candidateFor(file, cwd, resolver, false);
    if (candidate) others.push(candidate);
  }
  const deduped = await dedupeByRealPath(others, cwd, real);
  const reals = await real.all(deduped.map((c) => c.absolutePath));
  return deduped.filter((_, i) => !inRun.has(reals[i]!));
}

/** The files whose real path is inside the real path of `folder`. */
async function insideFolder(folder: string, files: readonly string[], real: RealPaths): Promise<string[]> {
  const root = await real.ofFolder(folder);
  const reals = await real.all(files);
  return files.filter((_, i) => isInside(root, reals[i]!));
}

/** Every Markdown file under a folder. Symlinks are followed; fdir stops at loops. */
function walk(folder: string): Promise<string[]> {
  return walkFiles(folder, ['**/*.md']);
}

/** Absolute paths of the files matching `patterns` under a folder, as a folder walk sees them. */
export async function walkFiles(folder: string, patterns: readonly string[]): Promise<string[]> {
  return glob([...patterns], {
    cwd: folder,
    absolute: true,
    dot: true,
    followSymbolicLinks: true,
    onlyFiles: true,
    ignore: ALWAYS_IGNORED,
    expandDirectories: false,
  });
}

async function expandGlob(pattern: string, cwd: string): Promise<string[]> {
  return glob([pattern.split(path.sep).join('/')], {
    cwd,
    absolute: true,
    dot: true,
    followSymbolicLinks: true,
    onlyFiles: true,
    ignore: ALWAYS_IGNORED,
    expandDirectories: false,
  });
}

/** One candidate per real file (see {@link onePathPerRealFile}), in path order. */
async function dedupeByRealPath(
  candidates: PlanCandidate[],
  cwd: string,
  realPaths: RealPaths,
): Promise<PlanCandidate[]> {
  const kept = new Set(
    await onePathPerRealFile(
      candidates.map((c) => c.absolutePath),
      cwd,
      realPaths,
    ),
  );
  return candidates
    .filter((c) => kept.has(c.absolutePath))
    .sort((a, b) => comparePaths(a.relativePath, b.relativePath));
}
