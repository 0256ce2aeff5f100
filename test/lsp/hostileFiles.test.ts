/**
 * Issue 12: the language server (built, over stdio) reads closed files only when they are regular
 * files. A named pipe would block the read until a writer came, `/dev/zero` would never end; a
 * workspace holding them (as `x.plan.md`, as `.handoff.yaml`, found by the walk or announced by
 * the file watcher) is indexed, and the server goes on answering and linting.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Hover } from 'vscode-languageserver-protocol';
import { fixturePath } from '../helpers.js';
import { fileUri, LspClient } from './client.js';

const findings = fs.readFileSync(fixturePath('cli', 'findings.plan.md'), 'utf8');
const clean = fs.readFileSync(fixturePath('cli', 'clean.plan.md'), 'utf8');
/** More pipes than libuv has threads (4): one blocked open or read each would stall every later read. */
const PIPES = Array.from({ length: 6 }, (_, i) => `pipe${i}.plan.md`);

describe('language server: pipes and devices in the workspace', function () {
  this.timeout(120_000);
  let root: string;
  let client: LspClient | undefined;

  before(function () {
    if (process.platform === 'win32' || !fs.existsSync('/dev/zero')) this.skip();
    root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'handoff-lsp-fifo-')));
    fs.mkdirSync(path.join(root, 'sub'));
    fs.writeFileSync(path.join(root, 'a.plan.md'), findings);
    fs.writeFileSync(path.join(root, 'sub', 'b.plan.md'), findings.replace(/^id: .*$/m, 'id: TP-2026-998'));
    for (const fifo of [...PIPES, path.join('sub', '.handoff.yaml')]) {
      assert.equal(spawnSync('mkfifo', [path.join(root, fifo)]).status, 0, 'mkfifo failed');
    }
    fs.symlinkSync('/dev/zero', path.join(root, 'zero.plan.md'));
  });

  after(async () => {
    await client?.stop();
    if (root) fs.rmSync(root, { recursive: true, force: true });
  });

  it('never opens them: the folder is indexed, watcher events for them pass, the server keeps linting', async () => {
    const a = fileUri(path.join(root, 'a.plan.md'));
    const b = fileUri(path.join(root, 'sub', 'b.plan.md'));
    client = await LspClient.start({ folders: [root], initializationOptions: { asOf: '2026-06-01', debounceMs: 0 } });
    const first = await client.diagnosticsFor(a, (d) => d.length > 0, 60_000);
    await client.diagnosticsFor(b, () => true, 60_000);

    // The watcher announces the pipe and the device; then a real change must still be linted.
    client.notify('workspace/didChangeWatchedFiles', {
      changes: [...PIPES, 'zero.plan.md', path.join('sub', '.handoff.yaml')].map((f) => ({
        uri: fileUri(path.join(root, f)),
        type: 1,
      })),
    });
    fs.writeFileSync(path.join(root, 'a.plan.md'), clean);
    const changed = client.nextDiagnostics(a, (d) => d.length !== first.length, 60_000);
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: a, type: 2 }] });
    await changed;

    client.open(a, clean);
    const hover = await client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri: a },
      position: { line: 1, character: 2 },
    });
    assert.ok(hover === null || typeof hover === 'object');
    // Neither the pipe nor the device was read as a plan.
    for (const f of [...PIPES, 'zero.plan.md']) {
      const published = client.diagnostics.get(fileUri(path.join(root, f)));
      assert.ok(!published || published.diagnostics.length === 0, `${f}: ${JSON.stringify(published)}`);
    }
  });
});
