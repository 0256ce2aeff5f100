import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, handoff, openPlan, waitFor } from './util.js';

describe('status bar', () => {
  after(closeAllEditors);

  it('shows the active plan: id, stage, problem count; a click opens the preview', async () => {
    const api = await handoff();
    await openPlan('service-desk-planning.plan.md');
    await waitFor('the service desk plan in the status bar', () => api.statusBar.item.text.includes('TP-2026-022'));
    assert.equal(api.statusBar.item.text, '$(error) TP-2026-022 · Planning · 8 problems');
    assert.equal((api.statusBar.item.command as vscode.Command).command, 'handoff.openPreview');
    await openPlan('payroll-cloud.plan.md');
    await waitFor('the payroll plan in the status bar', () => api.statusBar.item.text.includes('TP-2026-014'));
    assert.equal(api.statusBar.item.text, '$(pass-filled) TP-2026-014 · Control · 0 problems');
  });

  it('hides for Markdown that is not a plan', async () => {
    const api = await handoff();
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '# Notes\n' });
    await vscode.window.showTextDocument(doc);
    await waitFor('the context key to clear', () => api.activePlan.result === null);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
