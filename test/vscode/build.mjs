// Bundles the extension-host suites (test/vscode/suite/*.ts) to CommonJS in out/test-vscode/suite,
// where both launchers load them: @vscode/test-electron (test/vscode/runTest.mjs) and the
// test-harness extension inside code-server (test/e2e/vscode-suites.e2e.mjs). `vscode` and
// `mocha` stay external: the extension host provides the first, the repository's node_modules
// the second. Type-checks the suites first (tsc -p test/vscode).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SUITES_OUT = path.join(REPO_ROOT, 'out', 'test-vscode', 'suite');
export const SUITES_ENTRY = path.join(SUITES_OUT, 'index.cjs');

export async function buildSuites({ typecheck = true } = {}) {
  if (typecheck) {
    const tsc = path.join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    const r = spawnSync(process.execPath, [tsc, '-p', path.join(REPO_ROOT, 'test', 'vscode')], { stdio: 'inherit' });
    if (r.status !== 0) throw new Error('the extension-host suites do not type-check');
  }
  const dir = path.join(REPO_ROOT, 'test', 'vscode', 'suite');
  const entryPoints = readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.join(dir, f));
  rmSync(SUITES_OUT, { recursive: true, force: true });
  await build({
    entryPoints,
    outdir: SUITES_OUT,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    mainFields: ['module', 'main'],
    logLevel: 'warning',
  });
  return SUITES_ENTRY;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildSuites({ typecheck: !process.argv.includes('--no-typecheck') });
  console.log(`built ${path.relative(REPO_ROOT, SUITES_OUT)}`);
}
