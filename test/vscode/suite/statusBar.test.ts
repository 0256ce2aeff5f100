import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, handoff, openPlan, waitFor } from './util.js';

/** True when the item shows `text`; otherwise throws what it shows, for waitFor's timeout message. */
function statusBarIs(item: vscode.StatusBarItem, text: string): true {
  assert.equal(item.text, text);
  return true;
}

describe('status bar', () => {
  after(closeAllEditors);

  it('shows the active plan: id, stage, problem count; a click opens the preview', async () => {
    const api = await handoff();
    await openPlan('service-desk-planning.plan.md');
    // The count settles once the workspace's cross-plan findings have arrived too: wait for it.
    const serviceDesk = '$(error) TP-2026-022 · Planning · 7 problems';
    await waitFor(`"${serviceDesk}" in the status bar`, () => statusBarIs(api.statusBar.item, serviceDesk));
    assert.equal((api.statusBar.item.command as vscode.Command).command, 'handoff.openPreview');
    await openPlan('payroll-cloud.plan.md');
    const payroll = '$(pass-filled) TP-2026-014 · Control · 0 problems';
    await waitFor(`"${payroll}" in the status bar`, () => statusBarIs(api.statusBar.item, payroll));
  });

  it('hides for Markdown that is not a plan', async () => {
    const api = await handoff();
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '# Notes\n' });
    await vscode.window.showTextDocument(doc);
    await waitFor('the context key to clear', () => api.activePlan.result === null);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
