// End-to-end tests of the PACKAGED extension (dist/handoff.vsix) in a real VS Code (code-server)
// driven by headless Chromium, on a copy of examples/ checked as of 2026-11-25: diagnostics in the
// Problems panel, a quick fix, the Transitions tree, the status preview and its live update, the
// portfolio, a section template, and Restricted Mode. Screenshots of the tree, the preview and the
// portfolio go to test-results/e2e/, and to docs/images/ (used by the README) when UPDATE_DOCS_IMAGES=1.
//
// Every step waits on a DOM condition (a row, a frame's text, an editor line), never a fixed time.
//
// Run: npm run package && npx mocha --no-config --timeout 0 test/e2e/extension.e2e.mjs
/* global document -- used inside page.waitForFunction callbacks, which run in the browser */
import { after, afterEach, before, describe, it } from 'mocha';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';

import {
  applyQuickFix,
  expandTreeRow,
  goToLine,
  normalizeText,
  openPackagedExtension,
  openProblems,
  quickOpen,
  runCommand,
  shoot,
  treeRow,
  waitForEditorText,
  waitForProblemTotals,
  waitForProblemCounts,
  waitForProblemsText,
  webviewFrameText,
} from './harness.mjs';

/** The `Ln x, Col y` status bar text. */
async function cursorPosition(page) {
  return page.evaluate(() => {
    for (const el of document.querySelectorAll('#workbench\\.parts\\.statusbar .statusbar-item')) {
      const m = /Ln (\d+), Col (\d+)/.exec(el.textContent.replace(/\u00a0/g, ' '));
      if (m) return { line: Number(m[1]), column: Number(m[2]) };
    }
    return undefined;
  });
}

/** The 1-based column where the text of cell `header` starts in the row beginning with `rowStart`. */
function cellColumn(text, rowStart, header) {
  const lines = text.split('\n');
  const rowIndex = lines.findIndex((l) => l.startsWith(rowStart));
  let headerIndex = rowIndex;
  while (headerIndex > 0 && lines[headerIndex - 1].startsWith('|')) headerIndex--;
  const headers = lines[headerIndex].split('|').map((c) => c.trim());
  const cellIndex = headers.indexOf(header);
  const row = lines[rowIndex];
  let pos = -1;
  for (let i = 0; i < cellIndex; i++) pos = row.indexOf('|', pos + 1);
  const start = pos + 1 + (row.slice(pos + 1).length - row.slice(pos + 1).trimStart().length);
  return { line: rowIndex + 1, column: start + 1 };
}

describe('Handoff extension in VS Code (code-server, packaged .vsix)', function () {
  let session;
  let workspace;
  let page;

  before(async function () {
    this.timeout(30 * 60 * 1000);
    // Edits are reverted after each test, so nothing may save them behind our back.
    session = await openPackagedExtension({ settings: { 'files.autoSave': 'off' } });
    ({ workspace, page } = session);
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && page) {
      await shoot(page, `failure-${this.currentTest.title.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}`).catch(() => {});
    }
  });

  after(async function () {
    this.timeout(60 * 1000);
    await session?.close();
  });

  it('shows the plan findings in the Problems panel', async function () {
    this.timeout(3 * 60 * 1000);
    await quickOpen(page, 'service-desk-planning.plan.md');
    await waitForEditorText(page, 'schema: transition-plan/1');
    await openProblems(page);
    // The server checks the whole workspace: service desk 3 errors + 4 warnings, the CRM plan 2
    // warnings, the fax plan 1 error + 1 warning (examples/README.md). Rows are virtualised, so count the
    // markers through the Problems panel's own badge and the status bar, and read visible rows.
    await waitForProblemTotals(page, 4, 7, 90_000);
    const counts = await waitForProblemCounts(page, (c) => c.errors >= 1 && c.warnings >= 1);
    assert.ok(counts.panel);
    const panelText = await waitForProblemsText(page, (t) => /service-desk-planning\.plan\.md/.test(t));
    assert.match(panelText, /service-desk-planning\.plan\.md/);
    assert.match(panelText, /raci-accountability|high-risk-without-contingency|risk-score-mismatch/);
  });

  it('applies a quick fix from the editor', async function () {
    this.timeout(3 * 60 * 1000);
    await quickOpen(page, 'service-desk-planning.plan.md');
    const text = await fs.readFile(path.join(workspace, 'service-desk-planning.plan.md'), 'utf8');
    const score = cellColumn(text, '| R-03 |', 'Score');
    await goToLine(page, score.line, score.column);
    await waitForEditorText(page, /\| 3 \| 3 \| 6 \| S-11 \|/);
    // The finding is there before the menu is asked for.
    await waitForProblemTotals(page, 4, 7);
    await applyQuickFix(page, 'Set the score to 9');
    await waitForEditorText(page, /\| 3 \| 3 \| 9 \| S-11 \|/);
    // The finding goes away: 7 warnings become 6.
    await waitForProblemTotals(page, 4, 6);
    await runCommand(page, 'File: Revert File');
    await waitForEditorText(page, /\| 3 \| 3 \| 6 \| S-11 \|/);
    await waitForProblemTotals(page, 4, 7);
  });

  it('lists the plans in the Transitions tree and reveals a row on click', async function () {
    this.timeout(3 * 60 * 1000);
    await page.locator('.activitybar [aria-label="Handoff"]').first().click();
    for (const id of ['TP-2026-009', 'TP-2026-014', 'TP-2026-022', 'TP-2026-031']) {
      await treeRow(page, id).first().waitFor({ state: 'visible' });
    }
    const groups = await page
      .locator('[id="workbench.view.extension.handoff"] .monaco-list-row[aria-level="1"] .label-name')
      .allInnerTexts();
    assert.deepEqual(groups.map(normalizeText), ['Initiation', 'Planning', 'Control', 'Closed']);
    // The tree follows the server's portfolioChanged (at most every 250 ms, then a 100 ms
    // debounce), so it can show the previous test's quick fix for a moment after the Problems
    // panel has the revert: wait for the count, then check the row as it is.
    await treeRow(page, 'TP-2026-022')
      .filter({ hasText: '7 problems' })
      .first()
      .waitFor({ state: 'visible', timeout: 15_000 })
      .catch(() => {});
    const desk = normalizeText(await treeRow(page, 'TP-2026-022').first().innerText());
    assert.match(desk, /Service desk tool replacement \(Beacon ITSM\)/);
    assert.match(desk, /7 problems/);

    await expandTreeRow(page, 'TP-2026-022');
    await expandTreeRow(page, 'Risks');
    const r02 = treeRow(page, 'R-02').first();
    await r02.waitFor({ state: 'visible' });
    await shoot(page, 'tree', { docs: true });
    await r02.click();
    await page
      .locator('.tabs-container .tab.active[aria-label*="service-desk-planning.plan.md"]')
      .waitFor({ state: 'visible' });
    await page.waitForFunction(() =>
      [...document.querySelectorAll('#workbench\\.parts\\.statusbar .statusbar-item')].some((el) =>
        el.textContent.includes('Ln 55,'),
      ),
    );
    assert.equal((await cursorPosition(page))?.line, 55);
  });

  it('renders the status preview and updates it as the plan is edited', async function () {
    this.timeout(3 * 60 * 1000);
    await runCommand(page, 'View: Close All Editors');
    await quickOpen(page, 'payroll-cloud.plan.md');
    await waitForEditorText(page, 'title: Payroll to PeopleLine Cloud');
    await runCommand(page, 'Handoff: Open Status Preview');
    const { text } = await webviewFrameText(
      page,
      (t) =>
        t.includes('Payroll to PeopleLine Cloud') && t.includes('Risk heat map') && t.includes('Handover readiness'),
      { timeout: 60_000 },
    );
    assert.match(text, /TP-2026-014 · change · Payroll/i);
    assert.match(text, /Project Control\s*Current stage/);
    assert.match(text, /0 of 6 accepted/);
    assert.match(text, /GBP 477,000/);
    // Hide the Problems panel so the screenshot shows more of the preview.
    const panel = page.locator('#workbench\\.parts\\.panel');
    if (await panel.isVisible()) {
      await runCommand(page, 'View: Toggle Panel Visibility');
      await panel.waitFor({ state: 'hidden' });
    }
    await shoot(page, 'preview', { docs: true });

    // The preview opened beside the editor without taking focus: type into the plan.
    await goToLine(page, 4, 1);
    await page.keyboard.press('End');
    await page.keyboard.type(' (edited)');
    await webviewFrameText(page, (t) => t.includes('Payroll to PeopleLine Cloud (edited)'), { timeout: 30_000 });
    await runCommand(page, 'File: Revert File');
    const { frame } = await webviewFrameText(
      page,
      (t) => t.includes('Payroll to PeopleLine Cloud') && !t.includes('(edited)'),
    );

    // A risk in the heat map is a button that reveals its row in the plan.
    const planText = await fs.readFile(path.join(workspace, 'payroll-cloud.plan.md'), 'utf8');
    const r01Line = planText.split('\n').findIndex((l) => l.startsWith('| R-01 |')) + 1;
    await frame.locator('.heatmap button[data-action="reveal"]', { hasText: 'R-01' }).click();
    await page.waitForFunction(
      (line) =>
        [...document.querySelectorAll('#workbench\\.parts\\.statusbar .statusbar-item')].some((el) =>
          el.textContent.replace(/\u00a0/g, ' ').includes(`Ln ${line},`),
        ),
      r01Line,
    );
  });

  it('opens the portfolio of all transitions', async function () {
    this.timeout(3 * 60 * 1000);
    await runCommand(page, 'View: Close All Editors');
    await runCommand(page, 'Handoff: Open Portfolio');
    const { text } = await webviewFrameText(
      page,
      (t) =>
        t.includes('Transition portfolio') &&
        ['TP-2026-009', 'TP-2026-014', 'TP-2026-022', 'TP-2026-031'].every((id) => t.includes(id)),
      { timeout: 60_000 },
    );
    assert.match(text, /4 transitions/);
    // Totals in the header; per plan, counts in their own columns (service desk: 3 errors, 4 warnings).
    assert.match(text, /4 errors, 7 warnings, 0 info/);
    assert.match(text, /TP-2026-022[^]*?\t0\/6\t3\t4\t0/);
    await shoot(page, 'portfolio', { docs: true });
  });

  it('inserts a stage section from the completion typed after "#"', async function () {
    this.timeout(3 * 60 * 1000);
    await runCommand(page, 'View: Close All Editors');
    await quickOpen(page, 'crm-initiation.plan.md');
    await waitForEditorText(page, 'schema: transition-plan/1');
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    // "#" at the start of a body line asks the language server for the sections the plan lacks.
    await page.keyboard.type('#');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('.suggest-widget .monaco-list-row')].some((r) =>
        r.textContent.includes('## Project Control'),
      ),
    );
    for (let i = 0; i < 20; i++) {
      const focused = await page.evaluate(
        () => document.querySelector('.suggest-widget .monaco-list-row.focused')?.textContent ?? '',
      );
      if (focused.includes('## Project Control')) break;
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Enter');
    await waitForEditorText(page, '## Project Control');
    await waitForEditorText(page, '### Resource consumption');
    await page.keyboard.press('Escape');
    await runCommand(page, 'File: Revert File');
  });
});

describe('Handoff extension in Restricted Mode (workspace not trusted)', function () {
  let session;
  let workbench;

  before(async function () {
    this.timeout(30 * 60 * 1000);
    session = await openPackagedExtension({ trust: true });
    ({ workbench } = session);
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && workbench) {
      await shoot(workbench.page, 'failure-restricted-mode').catch(() => {});
    }
  });

  after(async function () {
    this.timeout(60 * 1000);
    await session?.close();
  });

  it('still reports diagnostics when the workspace is not trusted', async function () {
    this.timeout(3 * 60 * 1000);
    const { page } = workbench;
    // Depending on the version, VS Code asks (a modal) or opens the folder restricted at once.
    const dontTrust = page.getByRole('button', { name: /No, I don.t trust the authors/ });
    const restricted = page.locator('#workbench\\.parts\\.statusbar .statusbar-item', { hasText: 'Restricted Mode' });
    await dontTrust.or(restricted).first().waitFor({ state: 'visible' });
    if (await dontTrust.isVisible()) await dontTrust.click();
    await restricted.first().waitFor({ state: 'visible' });
    await quickOpen(page, 'service-desk-planning.plan.md');
    await openProblems(page);
    await waitForProblemTotals(page, 4, 7, 90_000);
    const counts = await waitForProblemCounts(page, (c) => c.errors >= 1);
    assert.ok(counts.errors >= 1);
    await shoot(page, 'restricted-mode');
  });
});
