/**
 * The status preview: one webview panel beside the editor that shows the active plan's status
 * and follows the active plan. It updates as you type (the server's `handoff/planChanged`),
 * survives a window reload (serializer), and treats every webview message as untrusted.
 */
import * as vscode from 'vscode';
import type { PlanResult } from '../../../server/src/protocol.js';
import { isMarkdown } from '../activePlan.js';
import type { Ctx } from '../ctx.js';
import { parseStatusMessage } from './messages.js';
import { renderStatusBody, renderStatusPage } from './render.js';
import { pageResources, panelIcon, webviewOptions } from './webviewResources.js';

interface PreviewState {
  readonly uri?: string;
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export class StatusPreview implements vscode.WebviewPanelSerializer<PreviewState>, vscode.Disposable {
  static readonly viewType = 'handoff.statusPreview';

  private panel: vscode.WebviewPanel | undefined;
  private panelDisposables: vscode.Disposable[] = [];
  private readonly disposables: vscode.Disposable[] = [];
  private readonly rendered = new vscode.EventEmitter<string>();
  private uri: vscode.Uri | undefined;
  private result: PlanResult | null | undefined;
  private note: string | undefined;
  private seq = 0;

  /** The last full page and body markup (for tests and diagnostics). */
  lastPageHtml = '';
  lastBodyHtml = '';
  /** Fires with the body markup after each render or update. */
  readonly onDidRender = this.rendered.event;

  constructor(private readonly ctx: Ctx) {
    this.disposables.push(
      this.rendered,
      vscode.window.registerWebviewPanelSerializer(StatusPreview.viewType, this),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (this.panel && editor && isMarkdown(editor.document)) void this.follow(editor.document.uri);
      }),
      ctx.onDidChangePlans((uris) => {
        if (this.panel && this.uri && uris.includes(this.uri.toString())) void this.refresh(false);
      }),
      ctx.onDidChangeServerState((state) => {
        if (this.panel && (state === 'running' || state === 'failed')) void this.refresh(false);
      }),
    );
  }

  get webviewPanel(): vscode.WebviewPanel | undefined {
    return this.panel;
  }

  get planUri(): vscode.Uri | undefined {
    return this.uri;
  }

  get planResult(): PlanResult | null | undefined {
    return this.result;
  }

  /** Opens (or reveals) the preview for `uri`, default the active Markdown editor's document. */
  async show(uri?: vscode.Uri): Promise<void> {
    const active = vscode.window.activeTextEditor?.document;
    const target = uri ?? (active && isMarkdown(active) ? active.uri : this.uri);
    if (this.panel) {
      this.panel.reveal(undefined, true);
    } else {
      const panel = vscode.window.createWebviewPanel(
        StatusPreview.viewType,
        'Plan status',
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        { ...webviewOptions(this.ctx.extension.extensionUri), enableFindWidget: true },
      );
      this.attach(panel);
    }
    this.uri = target;
    await this.refresh(true);
  }

  async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: PreviewState | undefined): Promise<void> {
    if (this.panel) {
      // A second restored panel would break the singleton; keep the first.
      panel.dispose();
      return;
    }
    this.attach(panel);
    this.uri = typeof state?.uri === 'string' ? vscode.Uri.parse(state.uri) : undefined;
    await this.refresh(true);
  }

  private attach(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    panel.webview.options = webviewOptions(this.ctx.extension.extensionUri);
    panel.iconPath = panelIcon(this.ctx.extension.extensionUri);
    this.panelDisposables.push(
      panel.onDidDispose(() => this.detach()),
      panel.webview.onDidReceiveMessage((raw: unknown) => this.onMessage(raw)),
    );
  }

  private detach(): void {
    this.panel = undefined;
    this.seq++;
    for (const d of this.panelDisposables.splice(0)) d.dispose();
  }

  /** Switches to another document if the server says it is a plan; other Markdown is ignored. */
  private async follow(uri: vscode.Uri): Promise<void> {
    if (this.uri?.toString() === uri.toString()) return;
    const seq = ++this.seq;
    let result: PlanResult | null;
    try {
      result = await this.ctx.requestPlan(uri);
    } catch {
      return;
    }
    if (seq !== this.seq || !this.panel || !result) return;
    this.uri = uri;
    this.result = result;
    this.note = undefined;
    await this.post();
  }

  /** Re-requests the plan and renders it: a new page (`full`) or an in-place update. */
  async refresh(full: boolean): Promise<void> {
    const seq = ++this.seq;
    let result: PlanResult | null | undefined;
    let note: string | undefined;
    if (this.uri) {
      try {
        result = await this.ctx.requestPlan(this.uri);
        if (result === null) {
          note =
            this.ctx.serverState === 'running'
              ? `${decodeURIComponent(this.uri.path.split('/').pop() ?? '')} is not a transition plan: its front matter has no "schema: transition-plan/1" and its name matches no plan glob.`
              : 'The Handoff language server is not running. Run "Handoff: Show Output" for details.';
        }
      } catch (err) {
        // Keep the last good status visible and say why it may be stale.
        result = this.result;
        note = `Could not update the status: ${errorText(err)}`;
      }
    }
    if (seq !== this.seq || !this.panel) return;
    this.result = result;
    this.note = note;
    if (full) this.renderPage();
    else await this.post();
  }

  private title(): string {
    const s = this.result?.status;
    return s ? `Status: ${s.id ?? s.title ?? 'plan'}` : 'Plan status';
  }

  private renderPage(): void {
    if (!this.panel) return;
    const page = renderStatusPage(
      pageResources(this.panel.webview, this.ctx.extension.extensionUri),
      this.result,
      this.note,
    );
    this.panel.title = this.title();
    this.lastPageHtml = page;
    this.lastBodyHtml = renderStatusBody(this.result, this.note).value;
    this.panel.webview.html = page;
    this.rendered.fire(this.lastBodyHtml);
  }

  /** Sends the current body to the webview, which swaps it in without a reload. */
  private async post(): Promise<void> {
    if (!this.panel) return;
    this.panel.title = this.title();
    this.lastBodyHtml = renderStatusBody(this.result, this.note).value;
    const uri = this.result?.uri ?? this.uri?.toString();
    await this.panel.webview.postMessage(
      uri ? { type: 'update', html: this.lastBodyHtml, uri } : { type: 'update', html: this.lastBodyHtml },
    );
    this.rendered.fire(this.lastBodyHtml);
  }

  private onMessage(raw: unknown): void {
    const message = parseStatusMessage(raw);
    if (!message) {
      this.ctx.output.appendLine(`Status preview: ignored an unexpected message ${JSON.stringify(raw)?.slice(0, 200)}`);
      return;
    }
    if (message.type === 'ready') {
      // The webview (re)loaded, e.g. after being hidden: bring it up to date.
      void this.post();
    } else if (message.type === 'reveal' && this.uri) {
      void vscode.commands.executeCommand('handoff.revealLine', this.uri.toString(), message.line);
    }
  }

  dispose(): void {
    this.panel?.dispose();
    this.detach();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
