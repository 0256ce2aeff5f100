// `npm run start`: builds and packages the extension, installs it into a real VS Code
// (code-server, from scripts/e2e-tools.sh) and serves a copy of the example plans on a localhost
// address, printed below. Open it in a browser; Ctrl-C stops the server and removes the copy.
//
// Options: --no-package (reuse dist/handoff.vsix), --folder <dir> (serve that folder instead of
// a copy of examples/; edits then go to its files).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readTools, startCodeServer } from '../test/e2e/harness.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const vsix = path.join(root, 'dist', 'handoff.vsix');
const args = process.argv.slice(2);
const folderArg = args.includes('--folder') ? args[args.indexOf('--folder') + 1] : undefined;

if (!args.includes('--no-package') || !existsSync(vsix)) {
  const r = spawnSync('npm', ['run', 'package'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const tools = await readTools();
let copy;
let folder = folderArg ? path.resolve(folderArg) : undefined;
if (!folder) {
  copy = await fs.mkdtemp(path.join(os.tmpdir(), 'handoff-examples-'));
  await fs.cp(path.join(root, 'examples'), copy, { recursive: true });
  // The examples' findings are documented as of this date (examples/README.md).
  await fs.mkdir(path.join(copy, '.vscode'));
  await fs.writeFile(
    path.join(copy, '.vscode', 'settings.json'),
    JSON.stringify({ 'handoff.asOf': '2026-11-25' }, null, 2),
  );
  folder = copy;
}

const server = await startCodeServer({
  tools,
  vsixPaths: [vsix],
  workspaceFolder: folder,
  settings: { 'workbench.startupEditor': 'none' },
});

console.log('\nHandoff is running in VS Code (code-server) at:');
console.log(`\n  ${server.url}/?folder=${encodeURI(folder)}\n`);
console.log(copy ? `Serving a copy of examples/ in ${copy} (removed on exit).` : `Serving ${folder}.`);
console.log('Press Ctrl-C to stop.');

let stopping = false;
async function shutdown() {
  if (stopping) return;
  stopping = true;
  await server.stop();
  if (copy) await fs.rm(copy, { recursive: true, force: true });
  process.exit(0);
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
