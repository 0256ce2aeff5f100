import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, handoff, waitFor } from './util.js';

describe('snippets', () => {
  after(closeAllEditors);

  it('inserts a stage section through the contributed Markdown snippet', async () => {
    await handoff();
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('editor.action.insertSnippet', {
      langId: 'markdown',
      name: 'Handoff: Project Control section',
    });
    const text = await waitFor('the inserted section', () => doc.getText().length > 0 && doc.getText());
    assert.match(text, /^## Project Control\n\n### Resource consumption\n/);
    assert.match(
      text,
      /### Issues\n\n\| ID \| Issue \| Owner \| Status \|\n\| --- \| --- \| --- \| --- \|\n\| I-01 \| What happened \| S-01 \| Open \|/,
    );
    assert.match(text, /### Corrective actions\n/);
    assert.match(text, /### Exit criteria\n\n- \[ \] Criterion$/);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('inserts a risk row with its placeholders', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('editor.action.insertSnippet', {
      langId: 'markdown',
      name: 'Handoff: risk row',
    });
    const text = await waitFor('the inserted row', () => doc.getText().length > 0 && doc.getText());
    assert.match(text, /^\| R-01 \| What could happen \| 3 \| 3 \| 9 \| S-01 \| Mitigate \|/);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
