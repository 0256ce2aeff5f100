/**
 * The Handoff extension: starts the language server and shows what it computes — a tree of
 * transitions, a status preview, a portfolio and a status bar item. It reads no plan itself.
 * Shared by the desktop entry (`extension.ts`) and the web entry (`browserExtension.ts`).
 */
import * as vscode from 'vscode';
import { ActivePlan } from './activePlan.js';
import { commandTable } from './commands.js';
import { Ctx, type ClientFactory } from './ctx.js';
import { PortfolioPanel } from './preview/portfolioPanel.js';
import { StatusPreview } from './preview/statusPreview.js';
import { ServerStatusItem } from './serverStatus.js';
import { PlanStatusBar } from './views/statusBar.js';
import { TransitionsTreeProvider } from './views/transitionsTree.js';

export const TRANSITIONS_VIEW_ID = 'handoff.transitions';

/** What `activate` returns: the live parts, for the extension-host tests. */
export interface HandoffApi {
  readonly ctx: Ctx;
  readonly tree: TransitionsTreeProvider;
  readonly treeView: vscode.TreeView<unknown>;
  readonly preview: StatusPreview;
  readonly portfolio: PortfolioPanel;
  readonly activePlan: ActivePlan;
  readonly statusBar: PlanStatusBar;
  /** Resolves once the language server has started (or failed to). */
  readonly ready: Promise<void>;
}

let current: Ctx | undefined;

/** Activation for both hosts; only the way the language client is made differs. */
export function activateHandoff(context: vscode.ExtensionContext, createClient: ClientFactory): HandoffApi {
  const ctx = new Ctx(context, createClient);
  current = ctx;

  const tree = new TransitionsTreeProvider(ctx, context.workspaceState);
  const treeView = vscode.window.createTreeView(TRANSITIONS_VIEW_ID, { treeDataProvider: tree, showCollapseAll: true });
  tree.track(treeView);
  tree.onMessage = (message) => (treeView.message = message);
  const preview = new StatusPreview(ctx);
  const portfolio = new PortfolioPanel(ctx);
  const activePlan = new ActivePlan(ctx);
  const statusBar = new PlanStatusBar(activePlan);
  ctx.push(tree, treeView, preview, portfolio, activePlan, statusBar, new ServerStatusItem(ctx));

  ctx.registerCommands(commandTable({ ctx, tree, preview, portfolio }));

  // Settings reach the server through `synchronize.configurationSection` (and its own
  // workspace/configuration requests); the client needs no handler of its own.
  const ready = ctx.start();
  return { ctx, tree, treeView, preview, portfolio, activePlan, statusBar, ready };
}

export function deactivateHandoff(): Promise<void> | undefined {
  const ctx = current;
  current = undefined;
  return ctx?.stop();
}
