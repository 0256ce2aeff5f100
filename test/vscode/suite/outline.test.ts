import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, handoff, openPlan, waitFor } from './util.js';

describe('outline', () => {
  after(closeAllEditors);

  it('has one root: the Markdown outline, with no second copy from Handoff', async () => {
    await handoff();
    const editor = await openPlan('payroll-cloud.plan.md');
    const symbols = await waitFor('document symbols', async () => {
      const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
        'vscode.executeDocumentSymbolProvider',
        editor.document.uri,
      );
      return s?.length ? s : undefined;
    });
    assert.deepEqual(
      symbols.map((s) => s.name),
      [symbols[0]!.name],
      'one root',
    );
    assert.match(symbols[0]!.name, /Payroll/);
  });
});
