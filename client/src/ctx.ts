/**
 * The extension's context: it owns the language client, the output channel and every
 * disposable, registers the command table, and re-broadcasts the server's change notifications
 * as VS Code events that survive a server restart.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
  PlanChangedNotification,
  PlanRequest,
  PortfolioChangedNotification,
  PortfolioRequest,
  NewPlanTextRequest,
  type NewPlanTextParams,
  ServerStatusNotification,
  type PlanChangedParams,
  type PlanParams,
  type PlanResult,
  type PortfolioResult,
  type ServerStatusParams,
} from '../../server/src/protocol.js';
import { WATCHED_GLOBS } from './clientOptions.js';
import { errorMessage } from './errors.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- command arguments come from VS Code untyped
export type CommandHandler = (...args: any[]) => unknown;

/** Creates the language client: the Node one (desktop) or the web worker one (browser). */
export type ClientFactory = (
  context: vscode.ExtensionContext,
  output: vscode.OutputChannel,
  watchers: vscode.FileSystemWatcher[],
) => BaseLanguageClient | Promise<BaseLanguageClient>;

export type ServerState = 'starting' | 'running' | 'stopped' | 'failed';

export class Ctx implements vscode.Disposable {
  readonly output: vscode.OutputChannel;
  private client: BaseLanguageClient | undefined;
  private clientSubscriptions: vscode.Disposable[] = [];
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly watchers: vscode.FileSystemWatcher[];
  private readonly planChanged = new vscode.EventEmitter<readonly string[]>();
  private readonly portfolioChanged = new vscode.EventEmitter<void>();
  private readonly stateChanged = new vscode.EventEmitter<ServerState>();
  private readonly statusChanged = new vscode.EventEmitter<ServerStatusParams>();
  private state: ServerState = 'stopped';
  private starting: Promise<void> | undefined;

  /** Plan URIs (as the server writes them) whose data changed. */
  readonly onDidChangePlans = this.planChanged.event;
  /** The set of plans or their portfolio data changed. */
  readonly onDidChangePortfolio = this.portfolioChanged.event;
  readonly onDidChangeServerState = this.stateChanged.event;
  /** The server's `handoff/serverStatus`: indexing progress, then ready. */
  readonly onDidChangeServerStatus = this.statusChanged.event;

  constructor(
    readonly extension: vscode.ExtensionContext,
    private readonly createClient: ClientFactory,
  ) {
    this.output = vscode.window.createOutputChannel('Handoff');
    this.watchers = WATCHED_GLOBS.map((glob) => vscode.workspace.createFileSystemWatcher(glob));
    this.subscriptions.push(
      this.output,
      ...this.watchers,
      this.planChanged,
      this.portfolioChanged,
      this.stateChanged,
      this.statusChanged,
    );
    extension.subscriptions.push(this);
  }

  get serverState(): ServerState {
    return this.state;
  }

  get languageClient(): BaseLanguageClient | undefined {
    return this.client;
  }

  /** Resolves once the current start attempt has finished (successfully or not). */
  whenStarted(): Promise<void> {
    return this.starting ?? Promise.resolve();
  }

  private setState(state: ServerState): void {
    this.state = state;
    this.stateChanged.fire(state);
  }

  start(): Promise<void> {
    this.starting ??= this.doStart().finally(() => (this.starting = undefined));
    return this.starting;
  }

  private async doStart(): Promise<void> {
    if (this.client) return;
    this.setState('starting');
    let client: BaseLanguageClient;
    try {
      client = await this.createClient(this.extension, this.output, this.watchers);
    } catch (err) {
      this.output.appendLine(`The Handoff language server could not be created: ${String(err)}`);
      this.setState('failed');
      return;
    }
    // Typed by protocol.ts: client and server share one vscode-languageserver-protocol (3.17.5).
    // The server's parameters are still checked: a notification is data from another process.
    this.clientSubscriptions.push(
      client.onNotification(PlanChangedNotification, (p: Partial<PlanChangedParams> | undefined) =>
        this.planChanged.fire(Array.isArray(p?.uris) ? p.uris.filter((u) => typeof u === 'string') : []),
      ),
      client.onNotification(PortfolioChangedNotification, () => this.portfolioChanged.fire()),
      client.onNotification(ServerStatusNotification, (p: Partial<ServerStatusParams> | undefined) => {
        const count = (n: unknown): number => (typeof n === 'number' && Number.isFinite(n) && n >= 0 ? n : 0);
        this.statusChanged.fire({
          state: p?.state === 'indexing' ? 'indexing' : 'ready',
          indexed: count(p?.indexed),
          total: count(p?.total),
        });
      }),
    );
    this.client = client;
    try {
      await client.start();
      this.setState('running');
      this.portfolioChanged.fire();
    } catch (err) {
      this.output.appendLine(`The Handoff language server failed to start: ${errorMessage(err)}`);
      this.setState('failed');
      void vscode.window
        .showErrorMessage('The Handoff language server failed to start.', 'Show Output')
        .then((pick) => pick && this.output.show(true));
    }
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    for (const d of this.clientSubscriptions.splice(0)) d.dispose();
    if (client) {
      try {
        if (client.isRunning()) await client.stop(5000);
      } catch (err) {
        this.output.appendLine(`Stopping the language server: ${errorMessage(err)}`);
      }
      await client.dispose().catch(() => undefined);
    }
    this.setState('stopped');
  }

  async restart(): Promise<void> {
    await this.whenStarted();
    await this.stop();
    await this.start();
  }

  /** Registers a table of commands; each registration is disposed with the extension. */
  registerCommands(table: Readonly<Record<string, CommandHandler>>): void {
    for (const [id, handler] of Object.entries(table)) {
      this.push(vscode.commands.registerCommand(id, handler));
    }
  }

  push(...disposables: vscode.Disposable[]): void {
    this.extension.subscriptions.push(...disposables);
  }

  private runningClient(): BaseLanguageClient | undefined {
    return this.client?.isRunning() ? this.client : undefined;
  }

  /** The plan's status and findings, or null when the document is not a plan (or no server). */
  async requestPlan(uri: vscode.Uri, token?: vscode.CancellationToken): Promise<PlanResult | null> {
    await this.whenStarted();
    const client = this.runningClient();
    if (!client) return null;
    const params: PlanParams = { uri: client.code2ProtocolConverter.asUri(uri) };
    return client.sendRequest(PlanRequest, params, token);
  }

  /** Every plan in the workspace folders; undefined when the server is not running. */
  async requestPortfolio(token?: vscode.CancellationToken): Promise<PortfolioResult | undefined> {
    await this.whenStarted();
    const client = this.runningClient();
    if (!client) return undefined;
    return client.sendRequest(PortfolioRequest, {}, token);
  }

  /** A new plan's text built by the server (folder configuration, as-of date); null without a server. */
  async requestNewPlanText(params: NewPlanTextParams): Promise<string | null> {
    await this.whenStarted();
    const client = this.runningClient();
    return client ? client.sendRequest(NewPlanTextRequest, params) : null;
  }

  dispose(): void {
    void this.stop();
    for (const d of this.subscriptions.splice(0)) d.dispose();
  }
}
