/**
 * Runs the BUILT `handoff` binary (`dist/cli/handoff.cjs`, made by `npm run build`) in throwaway
 * folders, the way users and CI run it: a separate process, plain `node`, real files.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fixturePath, repoRoot } from '../helpers.js';

export const BIN = path.join(repoRoot, 'dist', 'cli', 'handoff.cjs');

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Environment variables that change the CLI's behaviour and must not leak in from the caller. */
const CONTROLLED_ENV = ['NO_COLOR', 'FORCE_COLOR', 'HANDOFF_THREADS', 'CI', 'GITHUB_ACTIONS'];

export function runCli(args: readonly string[], cwd: string, env: Record<string, string> = {}, bin = BIN): CliResult {
  assert.ok(fs.existsSync(bin), `${bin} is missing: run \`npm run build\` (npm test does) first.`);
  const base: Record<string, string | undefined> = { ...process.env };
  for (const name of CONTROLLED_ENV) delete base[name];
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    env: { ...base, ...env },
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    timeout: 120_000,
  });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A file's content: text, bytes, or a file of test/fixtures/cli. */
export type FileSpec = string | Buffer | { readonly fixture: string };

export function makeTempDir(prefix = 'handoff-cli-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function removeTempDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

export function writeTree(root: string, files: Readonly<Record<string, FileSpec>>): void {
  for (const [relative, spec] of Object.entries(files)) {
    const target = path.join(root, relative);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    if (typeof spec === 'string' || Buffer.isBuffer(spec)) fs.writeFileSync(target, spec);
    else fs.copyFileSync(fixturePath('cli', spec.fixture), target);
  }
}

/**
 * A copy of the built binary without its worker script, in `dir`: a run on two threads stops
 * with an internal error, and `plans` (two clean plans, written beside it) are enough to start
 * one. Returns the copy's path and the plans' folder.
 */
export function bundleWithoutWorker(dir: string): { bin: string; plans: string } {
  const lonely = path.join(dir, 'lonely');
  fs.mkdirSync(lonely);
  fs.copyFileSync(BIN, path.join(lonely, 'handoff.cjs'));
  // Two files: with one, no worker would start (the main thread lints beside n − 1 workers), and
  // the worker is sent both before the main thread takes any.
  const clean = readCliFixture('clean.plan.md');
  const plans = path.join(dir, 'tiny');
  writeTree(plans, {
    'clean.plan.md': clean,
    'again.plan.md': clean.replace('id: TP-2026-101', 'id: TP-2026-102'),
  });
  return { bin: path.join(lonely, 'handoff.cjs'), plans };
}

export function readCliFixture(name: string): string {
  return fs.readFileSync(fixturePath('cli', name), 'utf8');
}

/**
 * A fingerprint of a folder: every entry's relative path, type, size, mtime and content hash
 * (symlinks by target, never followed), so any write, touch, creation or deletion shows.
 */
export function hashTree(root: string): string {
  const hash = createHash('sha256');
  const visit = (dir: string): void => {
    for (const name of fs.readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      const rel = path.relative(root, full);
      const info = fs.lstatSync(full);
      if (info.isSymbolicLink()) {
        hash.update(`L ${rel} -> ${fs.readlinkSync(full)}\n`);
      } else if (info.isDirectory()) {
        hash.update(`D ${rel} ${info.mode}\n`);
        visit(full);
      } else {
        const content = createHash('sha256').update(fs.readFileSync(full)).digest('hex');
        hash.update(`F ${rel} ${info.mode} ${info.size} ${info.mtimeMs} ${content}\n`);
      }
    }
  };
  visit(root);
  return hash.digest('hex');
}

/** The contract's JSON report (section 6). */
export interface JsonReport {
  version: number;
  asOf: string;
  files: {
    path: string;
    diagnostics: {
      rule: string;
      severity: string;
      message: string;
      line: number;
      column: number;
      endLine: number;
      endColumn: number;
    }[];
  }[];
  summary: { files: number; plans: number; errors: number; warnings: number; infos: number };
}

export function parseReport(stdout: string): JsonReport {
  try {
    return JSON.parse(stdout) as JsonReport;
  } catch (err) {
    throw new Error(`stdout is not JSON (${String(err)}):\n${stdout.slice(0, 2000)}`);
  }
}

/** `path  line rule` per diagnostic: enough to compare findings without depending on wording. */
export function findingKeys(report: JsonReport): string[] {
  return report.files.flatMap((f) => f.diagnostics.map((d) => `${f.path} ${d.line} ${d.rule}`));
}

/** Runs git in `dir` as a fixed author, with no system or user configuration; returns stdout. */
export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.com',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.com',
      GIT_CONFIG_NOSYSTEM: '1',
      HOME: dir,
    },
  });
}
