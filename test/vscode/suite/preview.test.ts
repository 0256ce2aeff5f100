import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, folder, handoff, openPlan, revertActive, waitFor } from './util.js';

const HOSTILE_TITLE = `<img src=x onerror="alert(1)"><script>alert('title')</script>`;

function hostilePlan(): string {
  return [
    '---',
    'schema: transition-plan/1',
    'id: TP-2026-666',
    `title: ${JSON.stringify(HOSTILE_TITLE)}`,
    `service: "</h1><iframe src='https://evil.example'></iframe>"`,
    'transition_type: new',
    'stage: initiation',
    'sponsor: S-01',
    'service_owner: S-01',
    'project_manager: S-01',
    '---',
    '',
    '# Hostile',
    '',
    '## Project Initiation',
    '',
    '### Stakeholders',
    '',
    '| ID | Name | Role |',
    '| --- | --- | --- |',
    '| S-01 | <b onmouseover=alert(2)>Eve</b> | Sponsor |',
    '',
    '### Risks',
    '',
    '| ID | Risk | Likelihood | Impact | Owner | Mitigation | Status |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    `| R-01 | <script>alert('risk')</script> | 5 | 5 | S-01 | None | Open |`,
    '',
  ].join('\n');
}

function cspOf(html: string): { policy: string; nonce: string } {
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html);
  assert.ok(meta, 'no CSP meta tag');
  const nonce = /script-src 'nonce-([0-9a-f]+)'/.exec(meta[1]!);
  assert.ok(nonce, `no nonce in ${meta[1]}`);
  return { policy: meta[1]!, nonce: nonce[1]! };
}

describe('status preview', () => {
  const hostileUri = () => vscode.Uri.joinPath(folder('extra').uri, 'hostile.plan.md');

  after(async () => {
    (await handoff()).preview.webviewPanel?.dispose();
    await closeAllEditors();
    await vscode.workspace.fs.delete(hostileUri()).then(undefined, () => undefined);
  });

  it('opens beside the plan with a strict CSP and a nonce on its script', async () => {
    const api = await handoff();
    api.preview.webviewPanel?.dispose();
    await openPlan('payroll-cloud.plan.md');
    await vscode.commands.executeCommand('handoff.openPreview');
    const panel = await waitFor('the preview panel', () => api.preview.webviewPanel);
    await waitFor('the payroll status', () => api.preview.lastPageHtml.includes('Payroll to PeopleLine Cloud'));
    const html = panel.webview.html;
    assert.equal(html, api.preview.lastPageHtml);
    const { policy, nonce } = cspOf(html);
    assert.equal(
      policy,
      `default-src 'none'; style-src ${panel.webview.cspSource}; script-src 'nonce-${nonce}'; img-src ${panel.webview.cspSource} data:;`,
    );
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    assert.equal(scripts.length, 1);
    assert.ok(scripts[0]!.includes(`nonce="${nonce}"`));
    assert.equal(panel.title, 'Status: TP-2026-014');
    await waitFor('the panel beside the plan', () => panel.viewColumn === vscode.ViewColumn.Two);
    const roots = panel.webview.options.localResourceRoots?.map((u) => u.path.split('/').slice(-2).join('/'));
    assert.deepEqual(roots, ['client/media', 'dist/client']);
  });

  it('renders with a fresh nonce each time', async () => {
    const api = await handoff();
    const first = cspOf(api.preview.lastPageHtml).nonce;
    await vscode.commands.executeCommand('handoff.openPreview');
    await waitFor('a new render', () => cspOf(api.preview.lastPageHtml).nonce !== first);
  });

  it('updates as the plan is edited, without saving', async () => {
    const api = await handoff();
    const editor = await openPlan('payroll-cloud.plan.md');
    const line = editor.document
      .getText()
      .split('\n')
      .findIndex((l) => l.startsWith('title: '));
    await editor.edit((b) =>
      b.replace(editor.document.lineAt(line).range, 'title: Payroll to PeopleLine Cloud (edited)'),
    );
    await waitFor('the edited title in the preview', () =>
      api.preview.lastBodyHtml.includes('Payroll to PeopleLine Cloud (edited)'),
    );
    await revertActive();
    await waitFor('the original title again', () => !api.preview.lastBodyHtml.includes('(edited)'));
  });

  it('restores a panel through its serializer, keeping one preview', async () => {
    const api = await handoff();
    api.preview.webviewPanel?.dispose();
    const restored = vscode.window.createWebviewPanel('handoff.statusPreview', 'Plan status', vscode.ViewColumn.Two);
    const payroll = vscode.Uri.joinPath(folder('examples').uri, 'payroll-cloud.plan.md');
    await api.preview.deserializeWebviewPanel(restored, { uri: payroll.toString() });
    assert.equal(api.preview.webviewPanel, restored);
    assert.equal(restored.webview.options.enableScripts, true);
    await waitFor('the restored plan', () => restored.webview.html.includes('Payroll to PeopleLine Cloud'));
    // A second restored panel of the same type is refused: the preview is a singleton.
    const extra = vscode.window.createWebviewPanel('handoff.statusPreview', 'Plan status', vscode.ViewColumn.Two);
    let disposed = false;
    extra.onDidDispose(() => (disposed = true));
    await api.preview.deserializeWebviewPanel(extra, { uri: payroll.toString() });
    assert.equal(disposed, true);
    assert.equal(api.preview.webviewPanel, restored);
  });

  it('escapes a hostile title, service, name and risk', async () => {
    const api = await handoff();
    await vscode.workspace.fs.writeFile(hostileUri(), new TextEncoder().encode(hostilePlan()));
    const doc = await vscode.workspace.openTextDocument(hostileUri());
    await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
    await vscode.commands.executeCommand('handoff.openPreview', hostileUri());
    const html = await waitFor('the hostile plan in the preview', () => {
      const h = api.preview.webviewPanel?.webview.html ?? '';
      return h.includes('TP-2026-666') && h;
    });
    assert.ok(
      html.includes(
        '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;',
      ),
    );
    assert.ok(!html.includes('<img'), 'no <img> element');
    assert.ok(!html.includes('<iframe'), 'no <iframe> element');
    assert.ok(!/<script>alert/.test(html), 'no inline script');
    assert.equal((html.match(/<script\b/g) ?? []).length, 1);
  });
});
