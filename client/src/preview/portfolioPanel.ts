/**
 * The portfolio: one webview panel listing every transition with its stage, health, go-live,
 * open high risks, handovers and findings. Refreshes on `handoff/portfolioChanged`.
 */
import * as vscode from 'vscode';
import type { PortfolioResult } from '../../../server/src/protocol.js';
import type { Ctx } from '../ctx.js';
import { parsePortfolioMessage } from './messages.js';
import { renderPortfolioBody, renderPortfolioPage } from './render.js';
import { pageResources, panelIcon, webviewOptions } from './webviewResources.js';

export class PortfolioPanel implements vscode.WebviewPanelSerializer<unknown>, vscode.Disposable {
  static readonly viewType = 'handoff.portfolio';

  private panel: vscode.WebviewPanel | undefined;
  private panelDisposables: vscode.Disposable[] = [];
  private readonly disposables: vscode.Disposable[] = [];
  private readonly rendered = new vscode.EventEmitter<string>();
  private portfolio: PortfolioResult | undefined;
  private seq = 0;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;

  lastPageHtml = '';
  lastBodyHtml = '';
  readonly onDidRender = this.rendered.event;

  constructor(private readonly ctx: Ctx) {
    this.disposables.push(
      this.rendered,
      vscode.window.registerWebviewPanelSerializer(PortfolioPanel.viewType, this),
      ctx.onDidChangePortfolio(() => this.scheduleRefresh()),
      ctx.onDidChangeServerState(() => this.scheduleRefresh()),
    );
  }

  get webviewPanel(): vscode.WebviewPanel | undefined {
    return this.panel;
  }

  /** URIs of the plans on show: the only ones a message may name. */
  private knownUris(): ReadonlySet<string> {
    return new Set(this.portfolio?.plans.map((p) => p.uri) ?? []);
  }

  async show(): Promise<void> {
    if (this.panel) {
      this.panel.reveal(undefined, false);
    } else {
      const panel = vscode.window.createWebviewPanel(
        PortfolioPanel.viewType,
        'Transition portfolio',
        { viewColumn: vscode.ViewColumn.Active, preserveFocus: false },
        { ...webviewOptions(this.ctx.extension.extensionUri), enableFindWidget: true },
      );
      this.attach(panel);
    }
    await this.refresh(true);
  }

  async deserializeWebviewPanel(panel: vscode.WebviewPanel): Promise<void> {
    if (this.panel) {
      panel.dispose();
      return;
    }
    this.attach(panel);
    await this.refresh(true);
  }

  private attach(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    panel.webview.options = webviewOptions(this.ctx.extension.extensionUri);
    panel.iconPath = panelIcon(this.ctx.extension.extensionUri);
    this.panelDisposables.push(
      panel.onDidDispose(() => {
        this.panel = undefined;
        this.seq++;
        for (const d of this.panelDisposables.splice(0)) d.dispose();
      }),
      panel.webview.onDidReceiveMessage((raw: unknown) => this.onMessage(raw)),
    );
  }

  private scheduleRefresh(): void {
    if (!this.panel) return;
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = undefined;
      void this.refresh(false);
    }, 100);
  }

  async refresh(full: boolean): Promise<void> {
    const seq = ++this.seq;
    let portfolio: PortfolioResult | undefined;
    let note: string | undefined;
    try {
      portfolio = await this.ctx.requestPortfolio();
      if (!portfolio) note = 'The Handoff language server is not running. Run "Handoff: Show Output" for details.';
    } catch (err) {
      portfolio = this.portfolio;
      note = `Could not update the portfolio: ${err instanceof Error ? err.message : String(err)}`;
    }
    if (seq !== this.seq || !this.panel) return;
    this.portfolio = portfolio;
    this.lastBodyHtml = renderPortfolioBody(portfolio, note).value;
    if (full) {
      this.lastPageHtml = renderPortfolioPage(
        pageResources(this.panel.webview, this.ctx.extension.extensionUri),
        portfolio,
        note,
      );
      this.panel.webview.html = this.lastPageHtml;
    } else {
      await this.panel.webview.postMessage({ type: 'update', html: this.lastBodyHtml });
    }
    this.rendered.fire(this.lastBodyHtml);
  }

  private onMessage(raw: unknown): void {
    const message = parsePortfolioMessage(raw, this.knownUris());
    if (!message) {
      this.ctx.output.appendLine(`Portfolio: ignored an unexpected message ${JSON.stringify(raw)?.slice(0, 200)}`);
      return;
    }
    switch (message.type) {
      case 'ready':
        if (this.panel && this.lastBodyHtml)
          void this.panel.webview.postMessage({ type: 'update', html: this.lastBodyHtml });
        break;
      case 'refresh':
        void this.refresh(false);
        break;
      case 'open':
        void vscode.commands.executeCommand('handoff.revealLine', message.uri, 0);
        break;
      case 'reveal':
        void vscode.commands.executeCommand('handoff.revealLine', message.uri, message.line);
        break;
    }
  }

  dispose(): void {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.panel?.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
