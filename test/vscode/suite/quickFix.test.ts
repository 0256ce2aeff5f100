import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, diagnosticCode, handoff, openPlan, revertActive, waitFor } from './util.js';

describe('diagnostics and quick fixes', () => {
  after(async () => {
    await revertActive();
    await closeAllEditors();
  });

  it('publishes the findings of a plan as diagnostics', async () => {
    await handoff();
    const editor = await openPlan('service-desk-planning.plan.md');
    // Seven: the example waives PI-04's missing contact (examples/README.md lists them).
    const diagnostics = await waitFor('seven diagnostics', () => {
      const d = vscode.languages.getDiagnostics(editor.document.uri);
      return d.length === 7 && d;
    });
    const codes = diagnostics.map(diagnosticCode).sort();
    assert.deepEqual(codes, [
      'high-risk-without-contingency',
      'missing-handover-owner',
      'raci-accountability',
      'required-handover-missing',
      'risk-score-mismatch',
      'status-stale',
      'unknown-itil-process',
    ]);
    assert.equal(diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length, 3);
  });

  it('applies the risk-score-mismatch quick fix through the code action provider', async () => {
    const editor = await openPlan('service-desk-planning.plan.md');
    const uri = editor.document.uri;
    const mismatch = await waitFor('the risk-score-mismatch diagnostic', () =>
      vscode.languages.getDiagnostics(uri).find((d) => diagnosticCode(d) === 'risk-score-mismatch'),
    );
    assert.match(editor.document.lineAt(mismatch.range.start.line).text, /^\| R-03 \|/);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      uri,
      mismatch.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const fix = actions.find((a) => a.title === 'Set the score to 9');
    assert.ok(fix?.edit, `no score fix among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(fix.isPreferred, true, 'the rule marks it preferred');
    assert.equal(fix.kind?.value, vscode.CodeActionKind.QuickFix.value);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    const row = editor.document.lineAt(mismatch.range.start.line).text;
    assert.match(row, /\| 9 \|/, row);
    await waitFor('the finding to go away', () =>
      vscode.languages.getDiagnostics(uri).every((d) => diagnosticCode(d) !== 'risk-score-mismatch'),
    );
  });

  it("writes today's status entry and leaves the cursor on its summary, a snippet tab stop, which typing over repairs", async () => {
    await revertActive();
    const editor = await openPlan('service-desk-planning.plan.md');
    const uri = editor.document.uri;
    const stale = await waitFor('the status-stale diagnostic', () =>
      vscode.languages.getDiagnostics(uri).find((d) => diagnosticCode(d) === 'status-stale'),
    );
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      uri,
      stale.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const fix = actions.find((a) => a.isPreferred && a.title.startsWith('Add a status entry for '));
    assert.ok(fix?.edit && fix.command, `no status entry fix among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(!actions.some((a) => /statusLog/.test(a.title)), 'titles use user words');
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    await vscode.commands.executeCommand(fix.command.command, ...((fix.command.arguments ?? []) as unknown[]));
    const active = vscode.window.activeTextEditor!;
    assert.equal(active.document.getText(active.selection), 'Where the transition stands');
    // Left as it is, the placeholder is no report yet: the finding stays and quotes it.
    await waitFor('the finding to name the placeholder', () =>
      vscode.languages
        .getDiagnostics(uri)
        .some((d) => diagnosticCode(d) === 'status-stale' && /still reads the placeholder/.test(d.message)),
    );
    // Typed over, as the tab stop invites, the entry is written and the finding goes away.
    assert.ok(await active.edit((b) => b.replace(active.selection, 'Desk cut-over rehearsed; go-live on track')));
    await waitFor('the finding to go away', () =>
      vscode.languages.getDiagnostics(uri).every((d) => diagnosticCode(d) !== 'status-stale'),
    );
    await revertActive();
  });

  it('fixes every safe finding with source.fixAll.handoff', async () => {
    const editor = await openPlan('service-desk-planning.plan.md');
    const uri = editor.document.uri;
    await waitFor('the risk-score-mismatch diagnostic', () =>
      vscode.languages.getDiagnostics(uri).some((d) => diagnosticCode(d) === 'risk-score-mismatch'),
    );
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      uri,
      new vscode.Range(0, 0, 0, 0),
      'source.fixAll.handoff',
    );
    const all = actions.find((a) => a.kind?.value === 'source.fixAll.handoff');
    assert.ok(all?.edit, `no fix-all among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(all.edit));
    await waitFor('the score finding to go away', () =>
      vscode.languages.getDiagnostics(uri).every((d) => diagnosticCode(d) !== 'risk-score-mismatch'),
    );
    await revertActive();
  });
});
