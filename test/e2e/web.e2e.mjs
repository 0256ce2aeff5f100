// End-to-end test of the PACKAGED extension (dist/handoff.vsix) in code-server's WEB WORKER
// extension host — the host github.dev and vscode.dev use, with no Node — forced by the user
// setting `remote.extensionKind: { <id>: ["web"] }`. On a copy of examples/ it checks the
// Transitions tree, the Problems counts, a quick fix and the status preview, and that every
// diagnostic (file, rule, line) is the same as in the Node extension host.
//
// Run: npm run package && flock /work/wt/e2e.lock npx mocha --no-config --timeout 0 test/e2e/web.e2e.mjs
/* global document -- used inside page.waitForFunction callbacks, which run in the browser */
import { after, afterEach, before, describe, it } from 'mocha';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';

import {
  applyQuickFix,
  EXAMPLES_AS_OF,
  exampleWorkspace,
  normalizeText,
  openPackagedExtension,
  openProblems,
  quickOpen,
  readTools,
  REPO_ROOT,
  runCommand,
  screenshot,
  treeRow,
  UPDATE_DOCS_IMAGES,
  waitForEditorText,
  waitForProblemTotals,
  webviewFrameText,
} from './harness.mjs';

const RESULTS = 'test-results/e2e';
const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
const EXTENSION_ID = `${manifest.publisher}.${manifest.name}`;
/** Tall enough that the Problems panel renders every marker row of the examples (no virtualised rows). */
const VIEWPORT = { width: 1440, height: 2000 };

/**
 * Every Handoff marker in the Problems panel as `file rule line`, sorted. File rows head their
 * markers; a marker row reads `message handoff rule [Ln x, Col y]`.
 */
async function problemRows(page) {
  const rows = await page
    .locator('.markers-panel .monaco-list-row')
    .evaluateAll((els) => els.map((el) => ({ text: el.innerText.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ') })));
  const out = [];
  let file = '';
  for (const row of rows) {
    // A marker row ends `… handoff <rule> [Ln x, Col y]` (the source and code are separate elements).
    const marker = /\bhandoff\s*\(?\s*([a-z0-9-]+)\s*\)?\s*\[\s*Ln (\d+), Col \d+\s*\]/.exec(row.text);
    if (marker) out.push(`${file} ${marker[1]} ${marker[2]}`);
    else if (!row.text.includes('[Ln')) file = /[\w.-]+\.(md|ya?ml)/.exec(row.text)?.[0] ?? row.text;
  }
  return out.sort();
}

/** Opens the examples in a fresh code-server; `web` forces the browser entry. */
function openHost(tools, workspace, { web }) {
  const settings = { 'files.autoSave': 'off' };
  if (web) settings['remote.extensionKind'] = { [EXTENSION_ID]: ['web'] };
  return openPackagedExtension({ tools, workspace, settings, viewport: VIEWPORT });
}

/** Opens a plan and the Problems panel, waits for the examples' totals, and reads every marker. */
async function collectDiagnostics(page) {
  await quickOpen(page, 'service-desk-planning.plan.md');
  await waitForEditorText(page, 'schema: transition-plan/1');
  await openProblems(page);
  // examples/README.md: service desk 3 errors + 5 warnings, the CRM plan 2 warnings, the fax plan 1 error.
  await waitForProblemTotals(page, 4, 7, 90_000);
  // The panel draws its rows after the status bar counts: read until the markers are all there.
  const deadline = Date.now() + 60_000;
  let rows = [];
  while (Date.now() < deadline) {
    rows = await problemRows(page);
    if (rows.length >= 11) return rows;
    await page.waitForTimeout(250); // poll interval
  }
  const raw = await page.locator('.markers-panel').first().innerText();
  throw new Error(`the Problems panel shows ${rows.length} Handoff markers:\n${raw}`);
}

describe('Handoff in the web worker extension host (code-server, packaged .vsix)', function () {
  let tools;
  let workspace;
  let nodeDiagnostics;
  let host;
  let page;

  before(async function () {
    this.timeout(30 * 60 * 1000);
    assert.ok(manifest.browser, 'package.json has a browser entry');
    tools = await readTools();
    workspace = await exampleWorkspace(EXAMPLES_AS_OF, { prefix: 'handoff-e2e-web-' });
    // The reference: the same workspace in the Node extension host.
    const nodeHost = await openHost(tools, workspace, { web: false });
    try {
      nodeDiagnostics = await collectDiagnostics(nodeHost.page);
    } finally {
      await nodeHost.close();
    }
    host = await openHost(tools, workspace, { web: true });
    page = host.page;
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && page) {
      const name = this.currentTest.title.replace(/[^a-z0-9]+/gi, '-').slice(0, 60);
      await screenshot(page, `${RESULTS}/web-failure-${name}.png`).catch(() => {});
    }
  });

  after(async function () {
    this.timeout(60 * 1000);
    await host?.close();
    if (workspace) await fs.rm(path.dirname(workspace), { recursive: true, force: true });
  });

  it('reports the same diagnostics (file, rule, line) as the Node extension host', async function () {
    this.timeout(5 * 60 * 1000);
    const web = await collectDiagnostics(page);
    assert.ok(nodeDiagnostics.length >= 11, `the Node host listed ${nodeDiagnostics.join('; ')}`);
    assert.deepEqual(web, nodeDiagnostics);
  });

  it('runs its language server in a web worker', async function () {
    this.timeout(3 * 60 * 1000);
    await runCommand(page, 'Handoff: Show Output');
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('#workbench\\.parts\\.panel .monaco-editor .view-lines')].some((el) =>
          el.textContent.replace(/\u00a0/g, ' ').includes('language server in a web worker'),
        ),
      undefined,
      { timeout: 60_000 },
    );
    await runCommand(page, 'Focus on Problems View');
  });

  it('lists the plans in the Transitions tree', async function () {
    this.timeout(3 * 60 * 1000);
    await page.locator('.activitybar [aria-label="Handoff"]').first().click();
    for (const id of ['TP-2026-009', 'TP-2026-014', 'TP-2026-022', 'TP-2026-031']) {
      await treeRow(page, id).first().waitFor({ state: 'visible' });
    }
    const groups = await page
      .locator('[id="workbench.view.extension.handoff"] .monaco-list-row[aria-level="1"] .label-name')
      .allInnerTexts();
    assert.deepEqual(groups.map(normalizeText), ['Initiation', 'Planning', 'Control', 'Closed']);
    const desk = normalizeText(await treeRow(page, 'TP-2026-022').first().innerText());
    assert.match(desk, /7 problems/);
  });

  it('applies a quick fix', async function () {
    this.timeout(3 * 60 * 1000);
    await quickOpen(page, 'service-desk-planning.plan.md');
    await waitForEditorText(page, /\| 3 \| 3 \| 6 \| S-11 \|/);
    const text = await fs.readFile(path.join(workspace, 'service-desk-planning.plan.md'), 'utf8');
    const line = text.split('\n').findIndex((l) => l.startsWith('| R-03 |')) + 1;
    const column = text.split('\n')[line - 1].indexOf('| 6 |') + 3;
    await page.keyboard.press('F1');
    await page.keyboard.press('Backspace');
    await page.keyboard.type(`:${line}:${column}`);
    await page.waitForFunction(
      (l) => document.querySelector('.quick-input-widget .monaco-list-row')?.textContent.includes(`line ${l}`),
      line,
    );
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    // The finding is there before the menu is asked for.
    await waitForProblemTotals(page, 4, 7);
    await applyQuickFix(page, 'Set the score to 9');
    await waitForEditorText(page, /\| 3 \| 3 \| 9 \| S-11 \|/);
    await waitForProblemTotals(page, 4, 6);
    await runCommand(page, 'File: Revert File');
    await waitForProblemTotals(page, 4, 7);
  });

  it('renders the status preview', async function () {
    this.timeout(3 * 60 * 1000);
    await runCommand(page, 'View: Close All Editors');
    await quickOpen(page, 'payroll-cloud.plan.md');
    await waitForEditorText(page, 'title: Payroll to PeopleLine Cloud');
    await runCommand(page, 'Handoff: Open Status Preview');
    const { text } = await webviewFrameText(
      page,
      (t) => t.includes('Payroll to PeopleLine Cloud') && t.includes('Risk heat map'),
      { timeout: 60_000 },
    );
    assert.match(text, /0 of 6 accepted/);
    await page.setViewportSize({ width: 1440, height: 900 });
    if (UPDATE_DOCS_IMAGES) await screenshot(page, 'docs/images/web.png');
    await screenshot(page, `${RESULTS}/web.png`);
  });
});
