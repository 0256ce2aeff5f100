#!/usr/bin/env node
/**
 * Soak test (not part of `npm test`): 10,000 edits to one open plan through the built server,
 * then the server's RSS before and after. Memory must stay flat: nothing may accumulate per
 * edit (no cache keyed by document text, no growing maps of versions or timers).
 *
 *   npm run build && node test/lsp/soak.mjs [--edits 10000] [--debounce 0]
 *
 * Every 100th edit waits for its diagnostics (so the server really lints, and the client does
 * not run thousands of versions ahead); the others are sent back to back, as fast typing does.
 * RSS is sampled every 10 % of the run: V8 grows its heap to a working size during the first
 * thousands of edits, after which it must stay flat. Exits 1 if RSS grew by more than 20 % over
 * the second half of the run (a leak grows linearly with edits; heap sizing does not).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const arg = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const EDITS = arg('--edits', 10_000);
const DEBOUNCE = arg('--debounce', 0);

function rssMB(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
}

const dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'handoff-soak-')));
const file = path.join(dir, 'soak.plan.md');
let text = readFileSync(path.join(root, 'examples', 'payroll-cloud.plan.md'), 'utf8');
writeFileSync(file, text);
const uri = pathToFileURL(file).href;

const child = spawn(process.execPath, [path.join(root, 'dist', 'server', 'server.cjs'), '--stdio'], {
  stdio: ['pipe', 'pipe', 'inherit'],
});
const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
const waiters = new Map();
connection.onNotification('textDocument/publishDiagnostics', (p) => {
  const w = waiters.get(p.version);
  if (p.uri === uri && w) {
    waiters.delete(p.version);
    w();
  }
});
connection.listen();
const until = (version) => new Promise((resolve) => waiters.set(version, resolve));

await connection.sendRequest('initialize', {
  processId: process.pid,
  rootUri: pathToFileURL(dir).href,
  workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'soak' }],
  capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } } },
  initializationOptions: { asOf: '2026-11-25', debounceMs: DEBOUNCE },
});
await connection.sendNotification('initialized', {});
let version = 1;
const opened = until(1);
await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
await opened;

// The edit: type a character into a risk's mitigation, then delete it again (text stays realistic).
const anchor = text.indexOf('| R-01 |') + '| R-01 | '.length;
const position = () => {
  const before = text.slice(0, anchor);
  return { line: before.split('\n').length - 1, character: anchor - before.lastIndexOf('\n') - 1 };
};

async function edit(i) {
  version++;
  const start = position();
  const typing = i % 2 === 0;
  const change = typing
    ? { range: { start, end: start }, text: 'x' }
    : { range: { start, end: { line: start.line, character: start.character + 1 } }, text: '' };
  text = typing ? text.slice(0, anchor) + 'x' + text.slice(anchor) : text.slice(0, anchor) + text.slice(anchor + 1);
  const wait = version % 100 === 0 ? until(version) : undefined;
  await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
  if (wait) await wait;
}

for (let i = 0; i < 500; i++) await edit(i);
await new Promise((r) => setTimeout(r, 1000));
const before = rssMB(child.pid);
const samples = [];
const t0 = performance.now();
for (let i = 0; i < EDITS; i++) {
  await edit(i);
  if ((i + 1) % Math.ceil(EDITS / 10) === 0) samples.push(rssMB(child.pid));
}
const elapsed = performance.now() - t0;
await new Promise((r) => setTimeout(r, 2000));
// A last request proves the server still answers.
await connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
const after = rssMB(child.pid);

console.log(`${EDITS} edits in ${(elapsed / 1000).toFixed(1)} s`);
console.log(`RSS after warm-up: ${before.toFixed(1)} MB`);
console.log(`RSS every 10 %: ${samples.map((m) => m.toFixed(0)).join(', ')} MB`);
console.log(`RSS after ${EDITS} edits: ${after.toFixed(1)} MB (${after >= before ? '+' : ''}${(after - before).toFixed(1)} MB)`);
const half = samples[Math.floor(samples.length / 2) - 1] ?? before;
const growth = (Math.max(after, samples.at(-1) ?? after) - half) / half;
console.log(`growth over the second half: ${(growth * 100).toFixed(1)} %`);

await Promise.race([connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 3000))]);
await connection.sendNotification('exit');
setTimeout(() => child.kill('SIGKILL'), 2000).unref();
connection.dispose();
rmSync(dir, { recursive: true, force: true });
process.exitCode = growth > 0.2 ? 1 : 0;
