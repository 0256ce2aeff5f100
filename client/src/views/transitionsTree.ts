/**
 * The "Transitions" tree: plans grouped by stage (or by health), each with its stakeholders,
 * risks, milestones, handovers and findings. The plans come from `handoff/portfolio` (their
 * overviews); a plan's registers and findings from `handoff/plan` when it is expanded. The tree
 * only arranges them. Clicking an entry reveals its line in the plan.
 */
import * as vscode from 'vscode';
import type { PlanResult, PortfolioEntry, PortfolioResult } from '../../../server/src/protocol.js';
import type { Ctx } from '../ctx.js';
import {
  CATEGORIES,
  CATEGORY_ICON,
  CATEGORY_LABEL,
  categoryCount,
  categoryDescription,
  categoryRows,
  groups,
  planModel,
  type Category,
  type Grouping,
  type Icon,
  type RowModel,
} from './treeModel.js';
import { errorMessage } from '../errors.js';

export type { Category, Grouping } from './treeModel.js';
export { planLabel } from './treeModel.js';

export type TransitionNode =
  | {
      readonly kind: 'group';
      readonly key: string;
      readonly label: string;
      readonly icon: Icon;
      readonly plans: readonly PortfolioEntry[];
    }
  | { readonly kind: 'plan'; readonly entry: PortfolioEntry }
  | {
      readonly kind: 'category';
      readonly entry: PortfolioEntry;
      readonly plan: PlanResult;
      readonly category: Category;
    }
  | { readonly kind: 'row'; readonly entry: PortfolioEntry; readonly plan: PlanResult; readonly row: RowModel };

export const GROUPING_CONTEXT_KEY = 'handoff.groupBy';
const GROUPING_STATE_KEY = 'handoff.transitions.groupBy';
export const FILTER_CONTEXT_KEY = 'handoff.transitionsFiltered';

function themeIcon(icon: Icon): vscode.ThemeIcon {
  return new vscode.ThemeIcon(icon.id, icon.color ? new vscode.ThemeColor(icon.color) : undefined);
}

export class TransitionsTreeProvider implements vscode.TreeDataProvider<TransitionNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TransitionNode | undefined | void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private portfolio: Promise<PortfolioResult | undefined> | undefined;
  /** The expanded plans' registers and findings, requested once per refresh. */
  private readonly plans = new Map<string, Promise<PlanResult | null>>();
  private grouping: Grouping;
  private filterText = '';
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  /**
   * What the user expanded or collapsed, by item id. VS Code keeps an item's state while its id
   * stays under the same parent; a plan whose `stage:` changes moves to another group and would
   * come back collapsed, so the tree remembers the choice itself.
   *
   * VS Code drops an expand or collapse event that arrives while a refresh has cleared its
   * elements, so an element whose children VS Code asks for is taken as expanded too: it asks
   * only for the children of expanded elements.
   */
  private readonly expansion = new Map<string, boolean>();
  /** The TreeView showing this tree, once `track` is called. */
  private view: vscode.TreeView<TransitionNode> | undefined;
  /** Set by the owner of the TreeView to show a message above the tree. */
  onMessage: ((message: string | undefined) => void) | undefined;

  constructor(
    private readonly ctx: Ctx,
    private readonly state: vscode.Memento,
  ) {
    this.grouping = state.get<Grouping>(GROUPING_STATE_KEY) === 'health' ? 'health' : 'stage';
    void vscode.commands.executeCommand('setContext', GROUPING_CONTEXT_KEY, this.grouping);
    this.disposables.push(
      ctx.onDidChangePortfolio(() => this.scheduleRefresh()),
      ctx.onDidChangeServerState(() => this.scheduleRefresh()),
    );
  }

  /** Follows the user's expanding and collapsing in `view`, so a refresh keeps them. */
  track(view: vscode.TreeView<TransitionNode>): void {
    this.view = view;
    this.disposables.push(
      view.onDidExpandElement((e) => this.expansion.set(this.nodeId(e.element), true)),
      view.onDidCollapseElement((e) => this.expansion.set(this.nodeId(e.element), false)),
    );
  }

  /** The stable id of a node: a plan, its categories and rows are named by the plan's URI. */
  nodeId(node: TransitionNode): string {
    switch (node.kind) {
      case 'group':
        return `group:${this.grouping}:${node.key}`;
      case 'plan':
        return `plan:${node.entry.uri}`;
      case 'category':
        return `cat:${node.entry.uri}:${node.category}`;
      case 'row':
        return `row:${node.entry.uri}:${node.row.category}:${node.row.key}`;
    }
  }

  private collapsibleState(node: TransitionNode, fallback: boolean): vscode.TreeItemCollapsibleState {
    return (this.expansion.get(this.nodeId(node)) ?? fallback)
      ? vscode.TreeItemCollapsibleState.Expanded
      : vscode.TreeItemCollapsibleState.Collapsed;
  }

  get groupBy(): Grouping {
    return this.grouping;
  }

  async setGrouping(grouping: Grouping): Promise<void> {
    this.grouping = grouping;
    await this.state.update(GROUPING_STATE_KEY, grouping);
    await vscode.commands.executeCommand('setContext', GROUPING_CONTEXT_KEY, grouping);
    this.changed.fire();
  }

  get filter(): string {
    return this.filterText;
  }

  /** Shows only plans whose id, title, service, stage, health or tags contain every word. */
  async setFilter(text: string): Promise<void> {
    this.filterText = text.trim();
    await vscode.commands.executeCommand('setContext', FILTER_CONTEXT_KEY, this.filterText !== '');
    this.changed.fire();
  }

  /** Refreshes after a burst of notifications has ended. */
  private scheduleRefresh(): void {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = undefined;
      this.refresh();
    }, 100);
  }

  /**
   * Drops the cached portfolio and redraws. While the tree is shown, the new portfolio is asked
   * for first and the tree redrawn when it arrives: VS Code forgets the tree's elements when told
   * of the change, and an expand or collapse in the time it then waits for them would be lost.
   * A hidden tree asks for nothing until it is shown (VS Code redraws it then).
   */
  refresh(): void {
    this.portfolio = undefined;
    this.plans.clear();
    if (this.view?.visible) void this.loadPortfolio().then(() => this.changed.fire());
    else this.changed.fire();
  }

  /** The current portfolio (requested once per refresh). */
  loadPortfolio(): Promise<PortfolioResult | undefined> {
    this.portfolio ??= this.ctx.requestPortfolio().then(
      (p) => {
        this.onMessage?.(
          p
            ? this.filterText
              ? `Showing transitions matching "${this.filterText}"`
              : undefined
            : 'The Handoff language server is not running. Run "Handoff: Show Output" for details.',
        );
        return p;
      },
      (err: unknown) => {
        this.onMessage?.(`Could not load the transitions: ${errorMessage(err)}`);
        this.portfolio = undefined;
        return undefined;
      },
    );
    return this.portfolio;
  }

  /** One plan's registers and findings (null when it is no longer a plan or the request failed). */
  private loadPlan(entry: PortfolioEntry): Promise<PlanResult | null> {
    let plan = this.plans.get(entry.uri);
    if (!plan) {
      plan = this.ctx.requestPlan(vscode.Uri.parse(entry.uri)).catch((err: unknown) => {
        this.onMessage?.(`Could not load ${entry.uri}: ${errorMessage(err)}`);
        this.plans.delete(entry.uri);
        return null;
      });
      this.plans.set(entry.uri, plan);
    }
    return plan;
  }

  async getChildren(node?: TransitionNode): Promise<TransitionNode[]> {
    if (!node) return this.roots();
    if (node.kind !== 'row') this.expansion.set(this.nodeId(node), true);
    switch (node.kind) {
      case 'group':
        return node.plans.map((entry) => ({ kind: 'plan', entry }));
      case 'plan': {
        const plan = await this.loadPlan(node.entry);
        if (!plan) return [];
        return CATEGORIES.filter((c) => categoryCount(plan, c) > 0).map((category) => ({
          kind: 'category',
          entry: node.entry,
          plan,
          category,
        }));
      }
      case 'category':
        return categoryRows(node.plan, node.category).map((row) => ({
          kind: 'row',
          entry: node.entry,
          plan: node.plan,
          row,
        }));
      case 'row':
        return [];
    }
  }

  private async roots(): Promise<TransitionNode[]> {
    const portfolio = await this.loadPortfolio();
    if (this.filterText) this.onMessage?.(`Showing transitions matching "${this.filterText}"`);
    // The plans the user keeps expanded are asked for now, alongside the groups, so that a refresh
    // draws them with their rows instead of collapsed until their own request returns.
    for (const entry of portfolio?.plans ?? []) {
      if (this.expansion.get(this.nodeId({ kind: 'plan', entry }))) void this.loadPlan(entry);
    }
    return groups(portfolio?.plans ?? [], this.grouping, this.filterText).map((g) => ({ kind: 'group', ...g }));
  }

  getTreeItem(node: TransitionNode): vscode.TreeItem {
    switch (node.kind) {
      case 'group': {
        const item = new vscode.TreeItem(node.label, this.collapsibleState(node, true));
        item.id = this.nodeId(node);
        item.description = String(node.plans.length);
        item.contextValue = 'handoff.group';
        item.iconPath = themeIcon(node.icon);
        item.accessibilityInformation = {
          label: `${node.label}, ${node.plans.length} ${node.plans.length === 1 ? 'transition' : 'transitions'}`,
        };
        return item;
      }
      case 'plan': {
        const { entry } = node;
        const model = planModel(entry);
        const item = new vscode.TreeItem(model.label, this.collapsibleState(node, false));
        // The plan's URI: the same whichever group the plan moves to, so its expansion is kept.
        item.id = this.nodeId(node);
        item.description = model.description;
        item.iconPath = themeIcon(model.icon);
        item.contextValue = 'handoff.plan';
        const tip = new vscode.MarkdownString();
        tip.appendMarkdown('**');
        tip.appendText(model.label);
        tip.appendMarkdown('**');
        for (const line of model.tooltip) {
          tip.appendMarkdown('\n\n');
          tip.appendText(line);
        }
        item.tooltip = tip;
        item.accessibilityInformation = { label: model.accessibilityLabel };
        item.command = { command: 'handoff.revealLine', title: 'Open Plan', arguments: [entry.uri, 0] };
        return item;
      }
      case 'category': {
        const item = new vscode.TreeItem(CATEGORY_LABEL[node.category], this.collapsibleState(node, false));
        item.id = this.nodeId(node);
        item.description = categoryDescription(node.plan, node.category);
        item.iconPath = themeIcon({ id: CATEGORY_ICON[node.category] });
        item.contextValue = `handoff.category.${node.category}`;
        return item;
      }
      case 'row': {
        const { row } = node;
        const item = new vscode.TreeItem(row.label, vscode.TreeItemCollapsibleState.None);
        item.id = this.nodeId(node);
        item.description = row.description;
        item.tooltip = row.tooltip;
        item.iconPath = themeIcon(row.icon);
        item.accessibilityInformation = { label: row.accessibilityLabel };
        item.contextValue = `handoff.row.${row.category}`;
        item.command = {
          command: 'handoff.revealLine',
          title: 'Reveal in Plan',
          arguments: [node.entry.uri, row.line],
        };
        return item;
      }
    }
  }

  dispose(): void {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
