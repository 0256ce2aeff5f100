// Installs the tools Handoff is benchmarked against (bench/package.json) into bench/node_modules,
// from bench/package-lock.json. They are not devDependencies of the project: its own `npm ci`
// stays small and clean on Node 20. Runs before every `npm run bench`; a no-op when the installed
// tree already matches the lock file.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const lock = path.join(here, 'package-lock.json');
const installed = path.join(here, 'node_modules', '.package-lock.json');

const wanted = JSON.parse(readFileSync(lock, 'utf8')).packages ?? {};
const have = existsSync(installed) ? (JSON.parse(readFileSync(installed, 'utf8')).packages ?? {}) : {};
const current = Object.entries(wanted).every(([p, meta]) => !p || have[p]?.version === meta.version);

if (!current) {
  console.error('bench: installing the competitors (bench/package.json) into bench/node_modules');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: here, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error('bench: npm ci in bench/ failed; the benchmark needs network access to the npm registry');
    process.exit(r.status ?? 1);
  }
}
