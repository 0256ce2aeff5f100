/**
 * `handoff lint --fix` / `--fix-dry-run`: applies every safe fix (deterministic, no placeholder)
 * to the plans of a run before they are linted, and says what it changed. A file is rewritten
 * atomically (a temporary file in the same folder, renamed over it) with its BOM, line endings and
 * mode kept; a plan reached through a symlink is written at its real path, and only when that
 * path lies inside the folder the run started in or a path the run was given. Running it twice changes nothing the second time.
 */
import { lstatSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { structuredPatch } from 'diff';
import { fixAll, type AppliedFix } from '../engine/fix.js';
import type { PlanEngine } from '../engine/index.js';
import { escapeControls, singleLine } from '../engine/sanitize.js';
import type { IsoDate } from '../engine/types.js';
import { ConfigResolver } from '../node/configResolver.js';
import { findPlanFiles } from '../node/findPlanFiles.js';
import { PlanReadError, readPlanFileSync } from '../node/readPlanFile.js';
import { replaceFileSync } from '../node/replaceFile.js';
import type { CliIo } from './io.js';

export interface FixOptions {
  readonly paths: readonly string[];
  readonly asOf: IsoDate;
  readonly config: string | undefined;
  /** Print the diff instead of writing. */
  readonly dryRun: boolean;
}

export interface FixedFile {
  readonly path: string;
  readonly applied: readonly AppliedFix[];
}

const BOM = '\uFEFF';

/** Whether `child` is `root` or inside it. */
function inside(root: string, child: string): boolean {
  const rel = path.relative(root, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * The folders a run may write in: the one it started in and each path it was given (a file or a
 * folder named outside it is the user's own choice), at their real paths. A path given as a
 * symlink adds nothing: what a symlink leads to is written only when it lies inside one of these.
 */
function fixRoots(cwd: string, paths: readonly string[]): string[] {
  const roots = [realpathSync(cwd)];
  for (const p of paths) {
    const absolute = path.resolve(cwd, p);
    try {
      if (!lstatSync(absolute).isSymbolicLink()) roots.push(realpathSync(absolute));
    } catch {
      // Not there: lint reports it.
    }
  }
  return roots;
}

/**
 * A unified diff of two texts, a hunk for each place that changed with three lines of context
 * (jsdiff), so a reviewer sees that nothing between two fixes moved.
 */
export function unifiedDiff(file: string, before: string, after: string): string {
  const patch = structuredPatch(file, file, before, after, '', '', { context: 3 });
  // Plan text shown in a terminal: its control characters as visible escapes (sanitize.ts).
  const show = (line: string): string => line[0]! + escapeControls(line.slice(1).replace(/\r$/, ''));
  const out = [`--- a/${singleLine(file)}`, `+++ b/${singleLine(file)}`];
  for (const h of patch.hunks) {
    out.push(`@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@`, ...h.lines.map(show));
  }
  return out.join('\n') + '\n';
}

/**
 * Fixes the plans the paths name and returns what it changed. With an invalid configuration it
 * does nothing (lint reports the configuration next); a file it cannot read is left to lint to
 * report, one it cannot write is reported on stderr and left as it was.
 */
export async function runFix(options: FixOptions, io: CliIo, engine: PlanEngine): Promise<FixedFile[]> {
  const cwd = path.resolve(io.cwd);
  const roots = fixRoots(cwd, options.paths);
  const resolver = new ConfigResolver({ rules: engine.rules, baseFolder: cwd, explicitConfigPath: options.config });
  const discovery = await findPlanFiles(options.paths.length ? options.paths : ['.'], cwd, { resolver });
  if (resolver.loaded().some((c) => c.errors.length > 0)) return [];
  const fixed: FixedFile[] = [];
  for (const candidate of discovery.candidates) {
    const shown = candidate.relativePath;
    const named = singleLine(shown);
    let real: string;
    try {
      real = realpathSync(candidate.absolutePath);
    } catch {
      continue;
    }
    if (!roots.some((root) => inside(root, real))) {
      io.stderr.write(`handoff: ${named}: not fixed: it is a symlink to a file outside the folders named\n`);
      continue;
    }
    let text: string;
    try {
      text = readPlanFileSync(real);
    } catch (err) {
      if (err instanceof PlanReadError) continue; // lint reports it
      throw err;
    }
    const lintOptions = { config: candidate.config.config, asOf: options.asOf, matchesGlob: candidate.matchesGlob };
    if (!engine.lintDocument(shown, text, lintOptions).isPlan) continue;
    const result = fixAll(text, (t) => engine.lintDocument(shown, t, lintOptions).findings);
    if (result.text === text) continue;
    const hadBom = readFileSync(real).subarray(0, 3).equals(Buffer.from(BOM, 'utf8'));
    if (options.dryRun) {
      io.stdout.write(unifiedDiff(shown, text, result.text));
    } else {
      try {
        replaceFileSync(real, (hadBom ? BOM : '') + result.text, 'fix');
      } catch (err) {
        io.stderr.write(`handoff: ${named}: could not write the fixes (${singleLine((err as Error).message)})\n`);
        continue;
      }
      for (const a of result.applied)
        io.stderr.write(`${named}:${a.line + 1}: fixed ${a.rule}: ${singleLine(a.title)}\n`);
    }
    fixed.push({ path: shown, applied: result.applied });
  }
  return fixed;
}
