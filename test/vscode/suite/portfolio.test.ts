import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, folder, handoff, openPlan, waitFor } from './util.js';

const CSV_HEADER =
  'ID,Title,Service,Stage,Health,Go-live,Next milestone,Open high risks,Handovers accepted,Handovers total,Errors,Warnings,Info';

async function planCount(): Promise<number> {
  const api = await handoff();
  return waitFor('the portfolio', async () => (await api.ctx.requestPortfolio())?.plans.length);
}

async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

describe('portfolio', () => {
  const csvUri = (name: string) => vscode.Uri.joinPath(folder('extra').uri, name);

  after(async () => {
    const api = await handoff();
    api.portfolio.webviewPanel?.dispose();
    api.preview.webviewPanel?.dispose();
    await closeAllEditors();
    for (const name of ['all.csv', 'restored.csv']) {
      await vscode.workspace.fs.delete(csvUri(name)).then(undefined, () => undefined);
    }
  });

  it('opens full width in its own editor, not squeezed beside the plan and its preview', async () => {
    const api = await handoff();
    await closeAllEditors();
    await openPlan('payroll-cloud.plan.md');
    await vscode.commands.executeCommand('handoff.openPreview');
    await waitFor('the preview beside the plan', () => {
      const p = api.preview.webviewPanel;
      return p?.visible && p.viewColumn === vscode.ViewColumn.Two && p;
    });
    await openPlan('payroll-cloud.plan.md');
    await vscode.commands.executeCommand('handoff.openPortfolio');
    const panel = await waitFor('the portfolio panel', () => api.portfolio.webviewPanel);
    await waitFor('the portfolio rows', () => api.portfolio.lastBodyHtml.includes('TP-2026-014'));
    assert.equal(panel.active, true, 'the portfolio has focus');
    assert.equal(panel.viewColumn, vscode.ViewColumn.One, 'it opened in the active group');
    // The editor area was split (plan | preview): its group was maximized, so it has the full width.
    assert.equal(api.portfolio.maximized, 'maximized', 'the portfolio maximized its editor group');
    // Opening it again reveals the same panel in place (no second panel, no toggling back).
    await vscode.commands.executeCommand('handoff.openPortfolio');
    assert.equal(api.portfolio.webviewPanel, panel);
    assert.equal(panel.viewColumn, vscode.ViewColumn.One);
  });

  it('leaves a group that is already maximized as it is', async () => {
    const api = await handoff();
    api.portfolio.webviewPanel?.dispose();
    await closeAllEditors();
    await openPlan('payroll-cloud.plan.md');
    await vscode.commands.executeCommand('handoff.openPreview');
    await waitFor('the preview beside the plan', () => api.preview.webviewPanel?.visible === true);
    const layout = () => vscode.commands.executeCommand<{ groups: { size: number }[] }>('vscode.getEditorLayout');
    const split = await layout();
    // The user maximizes the plan's group: it takes the whole area, the preview's group is hidden.
    await openPlan('payroll-cloud.plan.md');
    await vscode.commands.executeCommand('workbench.action.toggleMaximizeEditorGroup');
    const maximized = await waitFor('the maximized layout', async () => {
      const l = await layout();
      return JSON.stringify(l) !== JSON.stringify(split) && l;
    });
    await vscode.commands.executeCommand('handoff.openPortfolio');
    await waitFor('the portfolio rows', () => api.portfolio.lastBodyHtml.includes('TP-2026-014'));
    assert.equal(api.portfolio.maximized, 'already');
    assert.deepEqual(await layout(), maximized, 'the group is still maximized');
  });

  it('renders counts, sort buttons and a filter box, with a strict CSP', async () => {
    const api = await handoff();
    await vscode.commands.executeCommand('handoff.openPortfolio');
    const html = await waitFor('the portfolio page', () => {
      const h = api.portfolio.lastPageHtml;
      return h.includes('TP-2026-014') && h;
    });
    assert.match(html, /script-src 'nonce-[0-9a-f]+'/);
    assert.match(html, /<button type="button" class="sort" data-action="sort" data-col="errors"/);
    assert.match(html, /<input type="search" id="portfolio-filter"/);
    assert.doesNotMatch(html, /class="finding"/, 'no finding sentences');
  });

  it('copies the rows as a Markdown table', async () => {
    const n = await planCount();
    const text = await vscode.commands.executeCommand<string>('handoff.copyPortfolioMarkdown');
    // Reading the clipboard back needs a permission the browser of the code-server run does not
    // grant (the read never settles there); desktop VS Code reads it.
    const back = await Promise.race([
      vscode.env.clipboard.readText(),
      new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 2000)),
    ]);
    if (back !== undefined) assert.equal(back, text);
    const rows = text.split('\n').filter((l) => l.startsWith('| '));
    assert.equal(rows.length, n + 2, 'a header, the alignment row and one row per plan');
    assert.match(rows[1]!, /^\| --- \| --- \|/);
    assert.ok(rows[0]!.startsWith('| ID | Title | Service | Stage | Health |'));
    assert.ok(text.includes('| TP-2026-014 | Payroll to PeopleLine Cloud |'));
  });

  it('exports CSV to the file given, one line per plan', async () => {
    const n = await planCount();
    const written = await vscode.commands.executeCommand<vscode.Uri>('handoff.exportPortfolioCsv', csvUri('all.csv'));
    assert.equal(written?.toString(), csvUri('all.csv').toString());
    const lines = (await readText(csvUri('all.csv'))).split('\r\n');
    assert.equal(lines[0], CSV_HEADER);
    assert.equal(lines.length, n + 2, 'header, one line per plan, final CRLF');
  });

  it('restores its sort and filter from the webview state and exports just those rows', async () => {
    const api = await handoff();
    api.portfolio.webviewPanel?.dispose();
    const restored = vscode.window.createWebviewPanel(
      'handoff.portfolio',
      'Transition portfolio',
      vscode.ViewColumn.One,
    );
    const view = { sort: 'id', direction: 'descending', filter: 'initiation tp-2026' };
    await api.portfolio.deserializeWebviewPanel(restored, { view });
    assert.equal(api.portfolio.webviewPanel, restored);
    assert.deepEqual(api.portfolio.currentView, view);
    await waitFor('the restored portfolio', () => restored.webview.html.includes('TP-2026-031'));
    await vscode.commands.executeCommand('handoff.exportPortfolioCsv', csvUri('restored.csv'));
    const ids = (await readText(csvUri('restored.csv')))
      .split('\r\n')
      .slice(1, -1)
      .map((l) => l.split(',')[0]);
    // Both plans in initiation (the CRM example and its copy), highest id first.
    assert.deepEqual(ids, ['TP-2026-077', 'TP-2026-031']);
    // A second restored panel is refused: the portfolio is a singleton.
    const extra = vscode.window.createWebviewPanel('handoff.portfolio', 'Transition portfolio', vscode.ViewColumn.One);
    let disposed = false;
    extra.onDidDispose(() => (disposed = true));
    await api.portfolio.deserializeWebviewPanel(extra, { view });
    assert.equal(disposed, true);
    // A malformed saved state falls back to the portfolio order.
    restored.dispose();
    const again = vscode.window.createWebviewPanel('handoff.portfolio', 'Transition portfolio', vscode.ViewColumn.One);
    await api.portfolio.deserializeWebviewPanel(again, { view: { sort: 'constructor', direction: 'up' } });
    assert.deepEqual(api.portfolio.currentView, { direction: 'ascending', filter: '' });
  });
});
