/**
 * The status preview: one webview panel beside the editor that shows the active plan's status
 * and follows the active plan. It updates as you type (the server's `handoff/planChanged`),
 * survives a window reload (its host's serializer), and treats every webview message as untrusted.
 */
import * as vscode from 'vscode';
import type { PlanResult } from '../../../server/src/protocol.js';
import { isMarkdown } from '../activePlan.js';
import type { Ctx } from '../ctx.js';
import { parseStatusMessage, type StatusWebviewMessage } from './messages.js';
import { renderStatusBody, renderStatusPage } from './statusPage.js';
import { WebviewPanelHost } from './webviewPanelHost.js';
import { errorMessage } from '../errors.js';

interface PreviewState {
  readonly uri?: string;
}

export class StatusPreview implements vscode.Disposable {
  static readonly viewType = 'handoff.statusPreview';

  private readonly host: WebviewPanelHost<StatusWebviewMessage, PreviewState>;
  private readonly disposables: vscode.Disposable[] = [];
  private uri: vscode.Uri | undefined;
  private result: PlanResult | null | undefined;
  private note: string | undefined;
  private seq = 0;

  /** Fires with the body markup after each render or update. */
  readonly onDidRender: vscode.Event<string>;

  constructor(private readonly ctx: Ctx) {
    this.host = new WebviewPanelHost<StatusWebviewMessage, PreviewState>({
      viewType: StatusPreview.viewType,
      name: 'Status preview',
      title: 'Plan status',
      ctx,
      parse: parseStatusMessage,
      onMessage: (m) => this.onMessage(m),
      onRestore: async (state) => {
        this.uri = typeof state?.uri === 'string' ? vscode.Uri.parse(state.uri) : undefined;
        await this.refresh(true);
      },
      onClose: () => this.seq++,
    });
    this.onDidRender = this.host.onDidRender;
    this.disposables.push(
      this.host,
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

  private get panel(): vscode.WebviewPanel | undefined {
    return this.host.panel;
  }

  get webviewPanel(): vscode.WebviewPanel | undefined {
    return this.host.panel;
  }

  /** The last full page and body markup (for tests and diagnostics). */
  get lastPageHtml(): string {
    return this.host.lastPageHtml;
  }

  get lastBodyHtml(): string {
    return this.host.lastBodyHtml;
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
    this.host.open(vscode.ViewColumn.Beside, true);
    this.uri = target;
    await this.refresh(true);
  }

  /** Restores a panel after a reload (the serializer's entry point). */
  deserializeWebviewPanel(panel: vscode.WebviewPanel, state: PreviewState | undefined): Promise<void> {
    return this.host.deserializeWebviewPanel(panel, state);
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
        note = `Could not update the status: ${errorMessage(err)}`;
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
    this.host.title = this.title();
    const body = renderStatusBody(this.result, this.note).value;
    this.host.setPage((res) => renderStatusPage(res, this.result, this.note), body);
  }

  /** Sends the current body to the webview, which swaps it in without a reload. */
  private async post(): Promise<void> {
    if (!this.panel) return;
    this.host.title = this.title();
    const uri = this.result?.uri ?? this.uri?.toString();
    await this.host.update(renderStatusBody(this.result, this.note).value, uri);
  }

  private onMessage(message: StatusWebviewMessage): void {
    if (message.type === 'ready') {
      // The webview (re)loaded, e.g. after being hidden: bring it up to date.
      void this.post();
    } else if (message.type === 'reveal' && this.uri) {
      void vscode.commands.executeCommand('handoff.revealLine', this.uri.toString(), message.line);
    }
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
