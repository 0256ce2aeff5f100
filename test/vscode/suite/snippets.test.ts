/**
 * Templates as the editor offers them: stage sections as completion snippets from the language
 * server, in the plan's body and never in its front matter; table rows as contributed snippets
 * dated today.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, handoff, openPlan, revertActive, waitFor } from './util.js';

async function templatesAt(uri: vscode.Uri, position: vscode.Position): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>(
    'vscode.executeCompletionItemProvider',
    uri,
    position,
    '#',
  );
  return list.items.filter(
    (i) =>
      i.kind === vscode.CompletionItemKind.Snippet &&
      typeof i.label !== 'string' &&
      i.label.description === 'Handoff template',
  );
}

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

describe('snippets', () => {
  after(async () => {
    await revertActive();
    await closeAllEditors();
  });

  it('offers the missing stage sections at a body line start and inserts one as a snippet', async () => {
    await handoff();
    const editor = await openPlan('crm-initiation.plan.md');
    const doc = editor.document;
    const end = doc.lineAt(doc.lineCount - 1).range.end;
    await editor.edit((b) => b.insert(end, '\n\n#'));
    const at = doc.lineAt(doc.lineCount - 1).range.end;
    const items = await waitFor('the section templates', async () => {
      const found = await templatesAt(doc.uri, at);
      return found.some((i) => labelOf(i) === '## Project Control') && found;
    });
    // The plan has its Project Initiation section: it is not offered again.
    assert.ok(!items.some((i) => labelOf(i) === '## Project Initiation'));
    const control = items.find((i) => labelOf(i) === '## Project Control')!;
    const edit = control.textEdit as vscode.TextEdit | undefined;
    const range = edit?.range ?? (control.range as vscode.Range);
    const text = edit?.newText ?? (control.insertText as vscode.SnippetString).value;
    await editor.insertSnippet(new vscode.SnippetString(text), range);
    const inserted = await waitFor(
      'the inserted section',
      () => doc.getText().includes('## Project Control') && doc.getText(),
    );
    assert.match(inserted, /\n## Project Control\n\n### Resource consumption\n/);
    assert.match(inserted, /### Corrective actions\n/);
    await revertActive();
  });

  it('offers no template inside the front matter', async () => {
    const editor = await openPlan('crm-initiation.plan.md');
    const line = editor.document
      .getText()
      .split('\n')
      .findIndex((l) => l.startsWith('stage:'));
    assert.ok(line > 0);
    // A new line in the front matter starting with "#", where the body would be offered sections.
    await editor.edit((b) => b.insert(editor.document.lineAt(line).range.end, '\n#'));
    const doc = editor.document;
    await editor.edit((b) => b.insert(doc.lineAt(doc.lineCount - 1).range.end, '\n\n#'));
    // The same "#" at the end of the body is offered the sections: the server is answering.
    await waitFor(
      'templates in the body',
      async () => (await templatesAt(doc.uri, doc.lineAt(doc.lineCount - 1).range.end)).length > 0,
    );
    const items = await templatesAt(doc.uri, new vscode.Position(line + 1, 1));
    assert.deepEqual(items.map(labelOf), []);
    await revertActive();
  });

  it('inserts a risk row through the contributed snippet, dated today', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('editor.action.insertSnippet', {
      langId: 'markdown',
      name: 'Handoff: risk row',
    });
    const text = await waitFor('the inserted row', () => doc.getText().length > 0 && doc.getText());
    const now = new Date();
    const today = [now.getFullYear(), now.getMonth() + 1, now.getDate()]
      .map((n) => String(n).padStart(2, '0'))
      .join('-');
    assert.match(text, /^\| R-01 \| What could happen \| 3 \| 3 \| 9 \| S-01 \| Mitigate \|/);
    assert.ok(text.includes(`| ${today} |`), text);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
