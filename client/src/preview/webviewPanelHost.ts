/**
 * One webview panel of a kind (the status preview, the portfolio): creates or reveals it with
 * narrow resource roots and scripts only under a fresh nonce, restores it after a reload through
 * its serializer (keeping one panel), checks every message from it against the kind's validator
 * before the owner sees it, sends full pages or in-place body updates, and disposes what it
 * registered. The owner decides what to render and when.
 */
import * as vscode from 'vscode';
import type { Ctx } from '../ctx.js';
import type { PageResources } from './widgets.js';
import { pageResources, panelIcon, webviewOptions } from './webviewResources.js';

export interface WebviewPanelHostOptions<M, S> {
  readonly viewType: string;
  /** Shown in the log when a message is refused. */
  readonly name: string;
  readonly title: string;
  /** The extension (for its URI) and the output channel (for refused messages). */
  readonly ctx: Pick<Ctx, 'extension' | 'output'>;
  /** The validator: a message it refuses is logged and dropped. */
  readonly parse: (raw: unknown) => M | undefined;
  readonly onMessage: (message: M) => void;
  /** Called after a restored panel is attached, with the state its webview saved. */
  readonly onRestore: (state: S | undefined) => Promise<void>;
  /** Called when the panel closes (by the user or by `dispose`). */
  readonly onClose?: () => void;
}

export class WebviewPanelHost<M, S = unknown> implements vscode.WebviewPanelSerializer<S>, vscode.Disposable {
  private current: vscode.WebviewPanel | undefined;
  private readonly panelDisposables: vscode.Disposable[] = [];
  private readonly disposables: vscode.Disposable[] = [];
  private readonly rendered = new vscode.EventEmitter<string>();

  /** The last full page and body markup (for tests and diagnostics). */
  lastPageHtml = '';
  lastBodyHtml = '';
  /** Fires with the body markup after each page or update. */
  readonly onDidRender = this.rendered.event;

  constructor(private readonly opts: WebviewPanelHostOptions<M, S>) {
    this.disposables.push(this.rendered, vscode.window.registerWebviewPanelSerializer(opts.viewType, this));
  }

  private get extensionUri(): vscode.Uri {
    return this.opts.ctx.extension.extensionUri;
  }

  get panel(): vscode.WebviewPanel | undefined {
    return this.current;
  }

  /** Reveals the panel, or creates it in `column`; true when it was created. */
  open(column: vscode.ViewColumn, preserveFocus: boolean): boolean {
    if (this.current) {
      this.current.reveal(this.current.viewColumn, preserveFocus);
      return false;
    }
    const panel = vscode.window.createWebviewPanel(
      this.opts.viewType,
      this.opts.title,
      { viewColumn: column, preserveFocus },
      { ...webviewOptions(this.extensionUri), enableFindWidget: true },
    );
    this.attach(panel);
    return true;
  }

  async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: S | undefined): Promise<void> {
    if (this.current) {
      // A second restored panel would break the singleton; keep the first.
      panel.dispose();
      return;
    }
    this.attach(panel);
    await this.opts.onRestore(state);
  }

  private attach(panel: vscode.WebviewPanel): void {
    this.current = panel;
    panel.webview.options = webviewOptions(this.extensionUri);
    panel.iconPath = panelIcon(this.extensionUri);
    this.panelDisposables.push(
      panel.onDidDispose(() => this.detach()),
      panel.webview.onDidReceiveMessage((raw: unknown) => {
        const message = this.opts.parse(raw);
        if (message === undefined) {
          this.opts.ctx.output.appendLine(
            `${this.opts.name}: ignored an unexpected message ${JSON.stringify(raw)?.slice(0, 200)}`,
          );
          return;
        }
        this.opts.onMessage(message);
      }),
    );
  }

  private detach(): void {
    if (!this.current) return;
    this.current = undefined;
    for (const d of this.panelDisposables.splice(0)) d.dispose();
    this.opts.onClose?.();
  }

  set title(title: string) {
    if (this.current) this.current.title = title;
  }

  /** Loads a whole new page (fresh nonce); `body` is what it shows, for `lastBodyHtml`. */
  setPage(render: (res: PageResources) => string, body: string): void {
    const panel = this.current;
    if (!panel) return;
    this.lastPageHtml = render(pageResources(panel.webview, this.extensionUri));
    this.lastBodyHtml = body;
    panel.webview.html = this.lastPageHtml;
    this.rendered.fire(body);
  }

  /** Sends a new body, which the webview swaps in without a reload. */
  async update(body: string, uri?: string): Promise<void> {
    const panel = this.current;
    if (!panel) return;
    this.lastBodyHtml = body;
    await panel.webview.postMessage(uri ? { type: 'update', html: body, uri } : { type: 'update', html: body });
    this.rendered.fire(body);
  }

  /** Sends the last body again (after the webview says it is ready). */
  async resend(uri?: string): Promise<void> {
    if (this.lastBodyHtml) await this.update(this.lastBodyHtml, uri);
  }

  dispose(): void {
    this.current?.dispose();
    this.detach();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
