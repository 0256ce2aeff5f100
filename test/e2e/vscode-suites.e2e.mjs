// Runs the extension-host suites (test/vscode/suite/*.ts, the ones `npm run test:vscode` runs
// in desktop VS Code) inside code-server: the PACKAGED extension (dist/handoff.vsix) is installed
// with a small test-harness extension beside it, whose activation runs the suites and writes a
// JSON result that this launcher reads. So no suite exists that this machine never runs.
//
// Run: npm run package && npx mocha --no-config --timeout 0 test/e2e/vscode-suites.e2e.mjs
import { after, before, describe, it } from 'mocha';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { buildSuites, REPO_ROOT } from '../vscode/build.mjs';
import { createTestWorkspace } from '../vscode/workspace.mjs';
import { openWorkbench, readTools, screenshot, startCodeServer, VSIX } from './harness.mjs';

const RESULT_COPY = path.join(REPO_ROOT, 'test-results', 'e2e', 'vscode-suites.json');

/** Waits for the harness's result file, failing early if code-server dies. */
async function waitForResult(file, server, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (existsSync(file)) return JSON.parse(await fs.readFile(file, 'utf8'));
    await new Promise((r) => setTimeout(r, 250)); // poll interval for a file another process writes
  }
  throw new Error(`no result from the test harness within ${timeoutMs} ms\n--- code-server log ---\n${server.log()}`);
}

describe('extension-host suites inside code-server (packaged extension + test harness)', function () {
  let tools;
  let ws;
  let harnessDir;
  let server;
  let workbench;
  let result;

  before(async function () {
    this.timeout(30 * 60 * 1000);
    assert.ok(existsSync(VSIX), `${VSIX} is missing: run npm run package first`);
    const suitesEntry = await buildSuites();
    tools = await readTools();
    ws = await createTestWorkspace();
    harnessDir = await fs.mkdtemp(path.join(os.tmpdir(), 'handoff-harness-'));
    const resultFile = path.join(harnessDir, 'result.json');
    await fs.cp(path.join(REPO_ROOT, 'test', 'vscode', 'harness-extension'), path.join(harnessDir, 'ext'), {
      recursive: true,
    });
    await fs.writeFile(
      path.join(harnessDir, 'ext', 'harness-config.json'),
      JSON.stringify({ suitesEntry, resultFile, grep: process.env.HANDOFF_VSCODE_GREP }),
    );
    server = await startCodeServer({
      tools,
      vsixPaths: [VSIX],
      extensionDirs: [path.join(harnessDir, 'ext')],
    });
    // The extension host starts when a window connects.
    workbench = await openWorkbench({ tools, url: server.url, workspaceFile: ws.workspaceFile });
    result = await waitForResult(resultFile, server, 10 * 60 * 1000);
    await fs.mkdir(path.dirname(RESULT_COPY), { recursive: true });
    await fs.writeFile(RESULT_COPY, JSON.stringify(result, null, 2));
  });

  after(async function () {
    this.timeout(60 * 1000);
    if (workbench && (!result || result.failures)) {
      await screenshot(workbench.page, 'test-results/e2e/vscode-suites-failure.png').catch(() => {});
    }
    await workbench?.close();
    await server?.stop();
    if (ws) await fs.rm(ws.dir, { recursive: true, force: true });
    if (harnessDir) await fs.rm(harnessDir, { recursive: true, force: true });
  });

  it('every extension-host test passes', function () {
    for (const t of result.tests) {
      const mark = t.state === 'passed' ? '✔' : t.state === 'failed' ? '✖' : '-';
      console.log(`      ${mark} ${t.title}${t.state === 'failed' ? `\n${t.error}` : ''}`);
    }
    assert.equal(result.error, undefined, result.error);
    assert.ok(result.passes >= 20, `only ${result.passes} tests ran`);
    assert.equal(result.failures, 0, `${result.failures} extension-host tests failed (see above)`);
  });
});
