/**
 * Which files a run looks at. A named file is always considered; a folder is walked for
 * `**\/*.md`; anything else with glob characters is expanded as a glob. Walked and globbed files
 * are dropped when their configuration's `ignore` globs (relative to the configuration's folder)
 * or `node_modules`/`.git` match. Whether a candidate really is a plan is decided once its text
 * is read: it declares `schema: transition-plan/1`, or `matchesGlob` (its path matches the
 * configuration's `plans` globs).
 */
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';
import { glob } from 'tinyglobby';
import { matchesGlobs } from '../engine/config.js';
import type { ConfigResolver, ResolvedConfig } from './configResolver.js';
import { pathForGlobs } from './configResolver.js';
import { comparePaths, escapesBase, relativePosix } from './paths.js';

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
}

export interface FindOptions {
  readonly resolver: ConfigResolver;
  /**
   * Lint files that symlinks inside a walked folder lead to outside it (`--follow-symlinks`).
   * Off by default: a pull request must not make CI read, and print, files beyond the checkout.
   */
  readonly followSymlinks?: boolean;
}

export async function findPlanFiles(paths: readonly string[], cwd: string, options: FindOptions): Promise<Discovery> {
  const { resolver } = options;
  const found = new Map<string, PlanCandidate>();
  const missing: string[] = [];
  const unmatchedGlobs: string[] = [];
  const outside: string[] = [];

  const add = (file: string, explicit: boolean): void => {
    const absolutePath = path.resolve(cwd, file);
    const config = resolver.forFile(absolutePath);
    const forGlobs = pathForGlobs(config, absolutePath);
    if (!explicit && matchesGlobs(forGlobs, config.config.ignore)) return;
    const previous = found.get(absolutePath);
    if (previous && (previous.explicit || !explicit)) return;
    found.set(absolutePath, {
      absolutePath,
      relativePath: relativePosix(cwd, absolutePath),
      config,
      matchesGlob: matchesGlobs(forGlobs, config.config.plans),
      explicit,
    });
  };

  for (const arg of paths) {
    const target = path.resolve(cwd, arg);
    const info = await stat(target).catch(() => undefined);
    if (info?.isDirectory()) {
      const files = await walk(target);
      const inside = options.followSymlinks ? files : await insideFolder(target, files);
      for (const file of files) if (!inside.includes(file)) outside.push(relativePosix(cwd, file));
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

  return { candidates: await dedupeByRealPath([...found.values()], cwd), missing, unmatchedGlobs, outside };
}

/** The files whose real path is inside the real path of `folder`. */
async function insideFolder(folder: string, files: readonly string[]): Promise<string[]> {
  const root = await realpath(folder).catch(() => folder);
  const out: string[] = [];
  for (const file of files) {
    const real = await realpath(file).catch(() => file);
    if (!escapesBase(relativePosix(root, real))) out.push(file);
  }
  return out;
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

/**
 * A plan reached through a symlinked folder (or a symlink loop) would otherwise be linted twice
 * and report its own id as a duplicate. Keep one path per real file: the one that involves no
 * symlink if there is one, else the shortest, else the first in path order.
 */
async function dedupeByRealPath(candidates: PlanCandidate[], cwd: string): Promise<PlanCandidate[]> {
  const realCwd = await realpath(cwd).catch(() => cwd);
  const byReal = new Map<string, { candidate: PlanCandidate; rank: [number, number, string] }>();
  for (const candidate of candidates) {
    const real = await realpath(candidate.absolutePath).catch(() => candidate.absolutePath);
    const direct = relativePosix(realCwd, real) === candidate.relativePath;
    const rank: [number, number, string] = [
      direct ? 0 : 1,
      candidate.relativePath.split('/').length,
      candidate.relativePath,
    ];
    const previous = byReal.get(real);
    if (!previous || compareRanks(rank, previous.rank) < 0) byReal.set(real, { candidate, rank });
  }
  return [...byReal.values()].map((v) => v.candidate).sort((a, b) => comparePaths(a.relativePath, b.relativePath));
}

function compareRanks(a: [number, number, string], b: [number, number, string]): number {
  return a[0] - b[0] || a[1] - b[1] || comparePaths(a[2], b[2]);
}
