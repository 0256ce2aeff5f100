// Accessibility and look of the PACKAGED extension (dist/handoff.vsix) in a real VS Code
// (code-server) driven by headless Chromium, on a copy of examples/ checked as of 2026-11-25:
//
// - the Transitions tree keeps what was expanded when a plan's `stage:` is edited and the plan
//   moves to another stage group (and back);
// - the status preview and the portfolio, side by side, have no serious or critical axe-core
//   violation in the light, the dark and the high-contrast theme.
//
// Screenshots go to test-results/e2e/, and to docs/images/ (used by the README) only when
// UPDATE_DOCS_IMAGES=1, so an ordinary run never rewrites committed files.
//
// Run: npm run package && npx mocha --no-config --timeout 0 --require test/e2e/setup.mjs test/e2e/a11y.e2e.mjs
/* global document -- used inside page.waitForFunction callbacks, which run in the browser */
import { after, afterEach, before, describe, it } from 'mocha';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';

import { axeViolations, blocking, formatViolations } from './axe.mjs';
import {
  expandTreeRow,
  goToLine,
  openPackagedExtension,
  quickOpen,
  runCommand,
  shoot,
  treeRow,
  waitForEditorText,
  webviewFrameText,
} from './harness.mjs';

const PLAN = 'service-desk-planning.plan.md';
const PLAN_ID = 'TP-2026-022';

/** The themes checked: the setting's value, the workbench's and the webview body's theme class. */
const THEMES = [
  { name: 'Default Light Modern', workbench: 'vs', webview: 'vscode-light', image: 'preview-portfolio' },
  { name: 'Default Dark Modern', workbench: 'vs-dark', webview: 'vscode-dark', image: 'theme-dark' },
  {
    name: 'Default High Contrast',
    workbench: 'hc-black',
    webview: 'vscode-high-contrast',
    image: 'theme-high-contrast',
  },
];

/** The webviews checked, each found by text only it shows. */
const WEBVIEWS = [
  { name: 'status preview', shows: (t) => t.includes('Risk heat map') && t.includes('Handover readiness') },
  { name: 'portfolio', shows: (t) => t.includes('Transition portfolio') && t.includes(PLAN_ID) },
];

/**
 * The Transitions tree as rendered, in display order: [{ level, label, expanded }] (expanded is
 * true, false, or null for a leaf).
 */
async function treeRows(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('[id="workbench.view.extension.handoff"] .monaco-list-row')]
      .sort((a, b) => Number(a.dataset.index) - Number(b.dataset.index))
      .map((r) => ({
        level: Number(r.getAttribute('aria-level')),
        label: (r.querySelector('.label-name')?.textContent ?? '').replace(/\u00a0/g, ' '),
        expanded: r.hasAttribute('aria-expanded') ? r.getAttribute('aria-expanded') === 'true' : null,
      })),
  );
}

/** The plan row starting with `planId`, its stage group and the rows under it. */
function planInTree(rows, planId) {
  const at = rows.findIndex((r) => r.level === 2 && r.label.startsWith(planId));
  if (at < 0) return undefined;
  const group = rows.slice(0, at).findLast((r) => r.level === 1);
  const end = rows.findIndex((r, i) => i > at && r.level <= 2);
  return { plan: rows[at], group: group?.label, children: rows.slice(at + 1, end < 0 ? undefined : end) };
}

/**
 * Waits until the plan is shown under `toGroup` (a label prefix), not `fromGroup`, and then until
 * `settled` holds for it (at most `settleTimeout`: the rows under an expanded plan arrive by a
 * request of their own, so the plan is first drawn without them); returns planInTree's result.
 */
async function waitForPlanToMove(
  page,
  planId,
  fromGroup,
  toGroup,
  settled,
  { timeout = 60_000, settleTimeout = 15_000 } = {},
) {
  const deadline = Date.now() + timeout;
  let last;
  let movedAt;
  while (Date.now() < deadline) {
    last = planInTree(await treeRows(page), planId);
    // Typing the stage letter by letter passes through stages that are no stage ("c", "co" …):
    // the plan may visit the group of plans without one on its way; wait for where it ends up.
    const moved = !!last && last.group !== fromGroup && last.group.startsWith(toGroup);
    if (moved) {
      movedAt ??= Date.now();
      if (settled(last) || Date.now() - movedAt > settleTimeout) return last;
    } else {
      movedAt = undefined;
    }
    await page.waitForTimeout(250); // poll interval
  }
  throw new Error(`${planId} never moved from ${fromGroup} to ${toGroup}; last seen: ${JSON.stringify(last)}`);
}

/** Replaces the value of the front-matter `stage:` line of the active editor (left unsaved). */
async function setStage(page, text, stage) {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.startsWith('stage:')) + 1;
  assert.ok(line > 0, 'the plan has no stage: line');
  await goToLine(page, line, 'stage: '.length + 1);
  await page.keyboard.press('Shift+End');
  await page.keyboard.type(stage);
  await waitForEditorText(page, `stage: ${stage}`);
}

/** The name of the focused row of the quick pick, without its description. */
async function focusedPick(page) {
  return page.evaluate(() => {
    const row = document.querySelector('.quick-input-widget .monaco-list-row.focused .label-name');
    return row ? row.textContent.replace(/\u00a0/g, ' ').trim() : undefined;
  });
}

/**
 * Switches the color theme and waits until the workbench uses it: through the workspace's
 * `workbench.colorTheme` setting, else (if the setting is not picked up in time) through
 * "Preferences: Color Theme" as a user would.
 */
async function setTheme(page, workspace, theme) {
  const applied = page.locator(`.monaco-workbench.${theme.workbench}`);
  const file = path.join(workspace, '.vscode', 'settings.json');
  const settings = JSON.parse(await fs.readFile(file, 'utf8'));
  settings['workbench.colorTheme'] = theme.name;
  await fs.writeFile(file, JSON.stringify(settings, null, 2) + '\n');
  const bySetting = await applied
    .waitFor({ state: 'attached', timeout: 20_000 })
    .then(() => true)
    .catch(() => false);
  if (bySetting) return;
  await runCommand(page, 'Preferences: Color Theme');
  await page.waitForFunction(() => {
    const input = document.querySelector('.quick-input-widget .quick-input-box input');
    return !!input && input.offsetParent !== null && !input.value.startsWith('>');
  });
  await page.keyboard.type(theme.name);
  const deadline = Date.now() + 30_000;
  // "Default High Contrast" also matches "Default High Contrast Light": move to the exact name.
  for (let moves = 0; (await focusedPick(page)) !== theme.name; moves++) {
    assert.ok(Date.now() < deadline && moves < 10, `no theme named ${theme.name} in the picker`);
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
  await applied.waitFor({ state: 'attached', timeout: 60_000 });
}

/** The page boxes of the webviews (their outer iframes), null for one that is hidden. */
async function webviewBoxes(page) {
  const boxes = [];
  for (const view of WEBVIEWS) {
    const { frame } = await webviewFrameText(page, view.shows);
    const outer = await (frame.parentFrame() ?? frame).frameElement();
    boxes.push((await outer.isVisible()) ? await outer.boundingBox() : null);
  }
  return boxes;
}

/** Whether every webview is visible and no two overlap horizontally. */
function sideBySide(boxes) {
  if (!boxes.every((b) => b && b.width > 0)) return false;
  const [a, b] = boxes;
  return a.x + a.width <= b.x + 1 || b.x + b.width <= a.x + 1;
}

async function waitForSideBySide(page, timeout = 30_000) {
  const deadline = Date.now() + timeout;
  let boxes = await webviewBoxes(page);
  while (!sideBySide(boxes) && Date.now() < deadline) {
    await page.waitForTimeout(250); // poll interval
    boxes = await webviewBoxes(page);
  }
  return boxes;
}

describe('Handoff accessibility and themes in VS Code (code-server, packaged .vsix)', function () {
  let session;
  let workspace;
  let page;

  before(async function () {
    this.timeout(30 * 60 * 1000);
    session = await openPackagedExtension({
      settings: { 'files.autoSave': 'off', 'workbench.colorTheme': THEMES[0].name },
    });
    ({ workspace, page } = session);
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && page) {
      // Leave no picker open for the next test.
      await page.keyboard.press('Escape').catch(() => {});
      await shoot(page, `failure-a11y-${this.currentTest.title.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}`).catch(
        () => {},
      );
    }
  });

  after(async function () {
    this.timeout(60 * 1000);
    await session?.close();
  });

  it('keeps tree nodes expanded when the stage of a plan is edited', async function () {
    this.timeout(5 * 60 * 1000);
    await page.locator('.activitybar [aria-label="Handoff"]').first().click();
    await treeRow(page, PLAN_ID).first().waitFor({ state: 'visible', timeout: 90_000 });
    await expandTreeRow(page, PLAN_ID);
    await expandTreeRow(page, 'Risks');
    const before = planInTree(await treeRows(page), PLAN_ID);
    assert.ok(before, `${PLAN_ID} is not in the tree`);
    assert.equal(before.plan.expanded, true);
    assert.ok(
      before.children.some((r) => r.label.startsWith('Risks') && r.expanded === true),
      `Risks is not expanded under ${PLAN_ID}: ${JSON.stringify(before.children)}`,
    );

    const original = await fs.readFile(path.join(workspace, PLAN), 'utf8');
    assert.match(original, /^stage: planning$/m);
    await quickOpen(page, PLAN);
    await waitForEditorText(page, 'stage: planning');
    try {
      for (const [stage, fromGroup] of [
        ['control', before.group],
        ['planning', undefined],
      ]) {
        const from = fromGroup ?? planInTree(await treeRows(page), PLAN_ID)?.group;
        await setStage(page, original, stage);
        const after = await waitForPlanToMove(
          page,
          PLAN_ID,
          from,
          stage === 'control' ? 'Control' : 'Planning',
          (t) =>
            t.plan.expanded === true &&
            t.children.some((r) => r.label.startsWith('Risks') && r.expanded === true) &&
            t.children.some((r) => r.label.startsWith('R-02')),
        );
        assert.equal(after.plan.expanded, true, `${PLAN_ID} collapsed when its stage became ${stage}`);
        const risks = after.children.find((r) => r.label.startsWith('Risks'));
        assert.ok(risks, `no Risks row under ${PLAN_ID} after the stage became ${stage}: ${JSON.stringify(after)}`);
        assert.equal(risks.expanded, true, `Risks collapsed when the stage became ${stage}`);
        assert.ok(
          after.children.some((r) => r.label.startsWith('R-02')),
          `the risks are not listed after the stage became ${stage}`,
        );
      }
    } finally {
      // Unsaved edits would make the next test's Close All Editors ask to save.
      await runCommand(page, 'File: Revert File');
      await waitForEditorText(page, 'stage: planning');
    }
    assert.equal(await fs.readFile(path.join(workspace, PLAN), 'utf8'), original);
  });

  it('opens the status preview and the portfolio side by side', async function () {
    this.timeout(5 * 60 * 1000);
    await runCommand(page, 'View: Close All Editors');
    const panel = page.locator('#workbench\\.parts\\.panel');
    if (await panel.isVisible()) {
      await runCommand(page, 'View: Toggle Panel Visibility');
      await panel.waitFor({ state: 'hidden' });
    }
    // The portfolio first, then the plan in the same group, its preview beside it, and the plan
    // closed: the portfolio on the left, the preview on the right.
    await runCommand(page, 'Handoff: Open Portfolio');
    await webviewFrameText(page, WEBVIEWS[1].shows, { timeout: 90_000 });
    await quickOpen(page, 'payroll-cloud.plan.md');
    await waitForEditorText(page, 'title: Payroll to PeopleLine Cloud');
    await runCommand(page, 'Handoff: Open Status Preview');
    await webviewFrameText(page, WEBVIEWS[0].shows, { timeout: 90_000 });
    const planTab = page.locator('.tabs-container .tab[aria-label*="payroll-cloud.plan.md"]').first();
    await planTab.click();
    await planTab.locator('.tab-actions .action-label').first().click();
    await planTab.waitFor({ state: 'detached' });

    let boxes = await webviewBoxes(page);
    if (!sideBySide(boxes)) {
      // The portfolio's own maximized editor group hides the other group: restore the groups.
      await runCommand(page, 'View: Toggle Maximize Editor Group');
      boxes = await waitForSideBySide(page);
    }
    assert.ok(sideBySide(boxes), `the portfolio and the preview are not side by side: ${JSON.stringify(boxes)}`);
  });

  for (const theme of THEMES) {
    it(`has no serious or critical axe-core violation in the ${theme.name} theme`, async function () {
      this.timeout(5 * 60 * 1000);
      await setTheme(page, workspace, theme);
      const report = [];
      let checked = 0;
      for (const view of WEBVIEWS) {
        const { frame } = await webviewFrameText(page, view.shows, { timeout: 60_000 });
        await frame.waitForFunction((cls) => document.body.classList.contains(cls), theme.webview);
        const violations = blocking(await axeViolations(frame));
        checked++;
        if (violations.length) report.push(`${view.name}:\n${formatViolations(violations)}`);
      }
      assert.equal(checked, WEBVIEWS.length);
      await shoot(page, theme.image, { docs: true });
      assert.equal(
        report.length,
        0,
        `axe-core found serious or critical violations in ${theme.name}:\n${report.join('\n')}`,
      );
    });
  }
});
