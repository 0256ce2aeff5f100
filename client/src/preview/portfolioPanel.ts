/**
 * The portfolio: one webview panel listing every transition with its stage, health, go-live,
 * open high risks, handovers and finding counts, sortable and filterable in the webview.
 * Refreshes on `handoff/portfolioChanged`. It is a workspace overview, not a view of one plan, so
 * it opens full width: in the active editor group, which is maximized when the editor area is
 * split (the plan and its preview side by side), instead of squeezed beside the plan; a group
 * the user maximized already stays maximized (maximizeGroup.ts).
 * Copy as Markdown and Export CSV take the rows the user sees (filtered and sorted as in the
 * webview, or the portfolio order when it is closed).
 */
import * as vscode from 'vscode';
import type { PortfolioResult } from '../../../server/src/protocol.js';
import type { Ctx } from '../ctx.js';
import { parsePortfolioMessage, parsePortfolioView, type PortfolioWebviewMessage } from './messages.js';
import { renderPortfolioBody, renderPortfolioPage } from './portfolioPage.js';
import { DEFAULT_VIEW, portfolioRows, type PortfolioView, toCsv, toMarkdown, visibleRows } from './portfolioTable.js';
import { maximizeActiveGroup } from './maximizeGroup.js';
import { WebviewPanelHost } from './webviewPanelHost.js';
import { errorMessage } from '../errors.js';

interface PortfolioState {
  readonly view?: unknown;
}

export class PortfolioPanel implements vscode.Disposable {
  static readonly viewType = 'handoff.portfolio';

  private readonly host: WebviewPanelHost<PortfolioWebviewMessage, PortfolioState>;
  private readonly disposables: vscode.Disposable[] = [];
  private portfolio: PortfolioResult | undefined;
  private seq = 0;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  /** What opening the panel did to its editor group's size (see maximizeActiveGroup). */
  maximized: Awaited<ReturnType<typeof maximizeActiveGroup>> | undefined;
  /** The sort and filter the webview last reported. */
  private view: PortfolioView = DEFAULT_VIEW;

  readonly onDidRender: vscode.Event<string>;

  constructor(private readonly ctx: Ctx) {
    this.host = new WebviewPanelHost<PortfolioWebviewMessage, PortfolioState>({
      viewType: PortfolioPanel.viewType,
      name: 'Portfolio',
      title: 'Transition portfolio',
      ctx,
      parse: (raw) => parsePortfolioMessage(raw, this.knownUris()),
      onMessage: (m) => this.onMessage(m),
      onRestore: async (state) => {
        this.view = parsePortfolioView(state?.view) ?? DEFAULT_VIEW;
        await this.refresh(true);
      },
      onClose: () => {
        this.seq++;
        this.view = DEFAULT_VIEW;
      },
    });
    this.onDidRender = this.host.onDidRender;
    this.disposables.push(
      this.host,
      ctx.onDidChangePortfolio(() => this.scheduleRefresh()),
      ctx.onDidChangeServerState(() => this.scheduleRefresh()),
    );
  }

  get webviewPanel(): vscode.WebviewPanel | undefined {
    return this.host.panel;
  }

  get lastPageHtml(): string {
    return this.host.lastPageHtml;
  }

  get lastBodyHtml(): string {
    return this.host.lastBodyHtml;
  }

  /** The sort and filter the webview reported last. */
  get currentView(): PortfolioView {
    return this.view;
  }

  /** URIs of the plans on show: the only ones a message may name. */
  private knownUris(): ReadonlySet<string> {
    return new Set(this.portfolio?.plans.map((p) => p.uri) ?? []);
  }

  async show(): Promise<void> {
    const created = this.host.open(vscode.ViewColumn.Active, false);
    if (created) {
      this.maximized = await maximizeActiveGroup().catch((err: unknown) => {
        this.ctx.output.appendLine(`Portfolio: could not maximize its editor group: ${String(err)}`);
        return 'unknown' as const;
      });
    }
    await this.refresh(true);
  }

  deserializeWebviewPanel(panel: vscode.WebviewPanel, state: PortfolioState | undefined): Promise<void> {
    return this.host.deserializeWebviewPanel(panel, state);
  }

  private scheduleRefresh(): void {
    if (!this.host.panel) return;
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
      note = `Could not update the portfolio: ${errorMessage(err)}`;
    }
    if (seq !== this.seq || !this.host.panel) return;
    this.portfolio = portfolio;
    const body = renderPortfolioBody(portfolio, note).value;
    if (full) this.host.setPage((res) => renderPortfolioPage(res, portfolio, note), body);
    else await this.host.update(body);
  }

  /** The rows on show, or the whole portfolio in its order when the panel is closed. */
  private async rows(): Promise<{ asOf: string; rows: ReturnType<typeof portfolioRows> } | undefined> {
    const portfolio = this.host.panel && this.portfolio ? this.portfolio : await this.ctx.requestPortfolio();
    if (!portfolio) {
      void vscode.window.showWarningMessage('The Handoff language server is not running: there is no portfolio.');
      return undefined;
    }
    const view = this.host.panel ? this.view : DEFAULT_VIEW;
    return { asOf: portfolio.asOf, rows: visibleRows(portfolioRows(portfolio), view) };
  }

  /** Copies the rows on show as a Markdown table; returns the text copied. */
  async copyMarkdown(): Promise<string | undefined> {
    const data = await this.rows();
    if (!data) return undefined;
    const text = toMarkdown(data.rows, data.asOf);
    await vscode.env.clipboard.writeText(text);
    void vscode.window.setStatusBarMessage(`Copied ${data.rows.length} transitions as Markdown`, 3000);
    return text;
  }

  /**
   * Writes the rows on show as CSV to `target`, or to the file the user picks in a save dialog;
   * nothing is written when the dialog is cancelled. Returns the file written.
   */
  async exportCsv(target?: vscode.Uri): Promise<vscode.Uri | undefined> {
    const data = await this.rows();
    if (!data) return undefined;
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const uri =
      target ??
      (await vscode.window.showSaveDialog({
        title: 'Export the portfolio as CSV',
        saveLabel: 'Export',
        filters: { 'CSV (comma-separated values)': ['csv'] },
        ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, `portfolio-${data.asOf}.csv`) } : {}),
      }));
    if (!uri) return undefined;
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(toCsv(data.rows)));
    void vscode.window.setStatusBarMessage(
      `Exported ${data.rows.length} transitions to ${uri.path.split('/').pop()}`,
      3000,
    );
    return uri;
  }

  private onMessage(message: PortfolioWebviewMessage): void {
    switch (message.type) {
      case 'ready':
        void this.host.resend();
        break;
      case 'refresh':
        void this.refresh(false);
        break;
      case 'view':
        this.view = message.view;
        break;
      case 'copyMarkdown':
        void this.copyMarkdown();
        break;
      case 'exportCsv':
        void this.exportCsv();
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
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
