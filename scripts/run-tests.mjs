// `npm test`: every test phase in order — build, the mocha suites, the packaged extension, the
// end-to-end tools, the end-to-end suites — stopping at the first that fails, and closing with
// the time each phase took, so a slow phase is visible in any log.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** @type {{ name: string, cmd: string, args: string[] }[]} */
const phases = [
  { name: 'build', cmd: npm, args: ['run', 'build'] },
  { name: 'unit tests (mocha)', cmd: bin('mocha'), args: [] },
  { name: 'package (.vsix)', cmd: npm, args: ['run', 'package:vsix'] },
  { name: 'e2e tools', cmd: 'bash', args: ['scripts/e2e-tools.sh'], quietStdout: true },
  {
    name: 'e2e suites (code-server)',
    cmd: bin('mocha'),
    args: ['--no-config', '--timeout', '0', '--require', 'test/e2e/setup.mjs', 'test/e2e/*.e2e.mjs'],
  },
];

function run({ cmd, args, quietStdout }) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      cwd: root,
      stdio: ['ignore', quietStdout ? 'ignore' : 'inherit', 'inherit'],
    });
    child.on('error', (err) => {
      console.error(`cannot start ${cmd}: ${err.message}`);
      resolve(127);
    });
    child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const times = [];
let status = 0;
for (const phase of phases) {
  console.log(`\n=== ${phase.name}`);
  const started = Date.now();
  status = await run(phase);
  times.push({ name: phase.name, ms: Date.now() - started, status });
  if (status !== 0) {
    console.error(`\n${phase.name} failed (exit ${status}); the phases after it did not run.`);
    break;
  }
}

console.log('\nphase times:');
for (const t of times) console.log(`  ${t.name.padEnd(28)} ${seconds(t.ms).padStart(9)}${t.status ? '  FAILED' : ''}`);
process.exitCode = status;
