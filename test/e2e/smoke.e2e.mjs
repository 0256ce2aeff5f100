// Proves the e2e harness on a plain workspace with no custom extension: code-server
// serves the real workbench, headless Chromium opens hello.md through quick open and
// the editor shows its text.
//
// Run: npx mocha --no-config --timeout 0 test/e2e/smoke.e2e.mjs
import { after, afterEach, before, describe, it } from 'mocha';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';

import {
  makeWorkspace,
  openWorkbench,
  quickOpen,
  readTools,
  screenshot,
  startCodeServer,
  waitForEditorText,
} from './harness.mjs';

const HELLO = '# Hello from the Handoff smoke test\n\nThis file was opened by quick open.\n';

describe('e2e harness smoke (code-server + Chromium, no extension)', function () {
  let tools;
  let workspace;
  let server;
  let workbench;

  before(async function () {
    this.timeout(30 * 60 * 1000); // a cold tool install takes several minutes
    tools = await readTools();
    workspace = await makeWorkspace({ 'hello.md': HELLO });
    server = await startCodeServer({ tools, workspaceFolder: workspace.dir });
    workbench = await openWorkbench({ tools, url: server.url, folder: workspace.dir });
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && workbench) {
      await screenshot(workbench.page, 'test-results/e2e/smoke-failure.png').catch(() => {});
    }
  });

  after(async function () {
    this.timeout(60 * 1000);
    await workbench?.close();
    await server?.stop();
    await workspace?.remove();
  });

  it('quick-opens hello.md and shows its text in the editor', async function () {
    this.timeout(5 * 60 * 1000);
    const { page } = workbench;
    await quickOpen(page, 'hello.md');
    const text = await waitForEditorText(page, 'Hello from the Handoff smoke test');
    assert.match(text, /This file was opened by quick open\./);
    const file = await screenshot(page, 'test-results/e2e/smoke.png');
    const { size } = await fs.stat(file);
    assert.ok(size > 10_000, `screenshot ${file} looks empty (${size} bytes)`);
  });
});
