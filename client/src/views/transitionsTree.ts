/**
 * The "Transitions" tree: plans grouped by stage (or by health), each with its stakeholders,
 * risks, milestones, handovers and findings. All data comes from `handoff/portfolio`; the
 * tree only arranges it. Clicking an entry reveals its line in the plan.
 */
import * as vscode from 'vscode';
import type {
  FindingView,
  HandoverView,
  MilestoneView,
  PortfolioEntry,
  PortfolioResult,
  RiskView,
  StakeholderView,
} from '../../../server/src/protocol.js';
import type { Ctx } from '../ctx.js';
import { healthTooltipLines } from './healthText.js';

export type Grouping = 'stage' | 'health';
export type Category = 'stakeholders' | 'risks' | 'milestones' | 'handovers' | 'findings';

export type TransitionNode =
  | { readonly kind: 'group'; readonly key: string; readonly label: string; readonly plans: readonly PortfolioEntry[] }
  | { readonly kind: 'plan'; readonly entry: PortfolioEntry }
  | { readonly kind: 'category'; readonly entry: PortfolioEntry; readonly category: Category }
  | {
      readonly kind: 'row';
      readonly entry: PortfolioEntry;
      readonly category: Category;
      readonly key: string;
      readonly label: string;
      readonly description: string;
      readonly tooltip: string;
      readonly line: number;
      readonly icon: vscode.ThemeIcon;
    };

export const GROUPING_CONTEXT_KEY = 'handoff.groupBy';
const GROUPING_STATE_KEY = 'handoff.transitions.groupBy';

const STAGES = [
  ['initiation', 'Initiation'],
  ['planning', 'Planning and coordination'],
  ['control', 'Control'],
  ['closure', 'Closure'],
  ['closed', 'Closed'],
] as const;
const HEALTHS = [
  ['red', 'Red'],
  ['amber', 'Amber'],
  ['green', 'Green'],
] as const;
const HEALTH_COLOR: Readonly<Record<string, string>> = {
  green: 'charts.green',
  amber: 'charts.yellow',
  red: 'charts.red',
};
const CATEGORY_LABEL: Readonly<Record<Category, string>> = {
  stakeholders: 'Stakeholders',
  risks: 'Risks',
  milestones: 'Milestones',
  handovers: 'Handovers',
  findings: 'Findings',
};
const CATEGORY_ICON: Readonly<Record<Category, string>> = {
  stakeholders: 'organization',
  risks: 'flame',
  milestones: 'milestone',
  handovers: 'arrow-swap',
  findings: 'checklist',
};

function colored(icon: string, color?: string): vscode.ThemeIcon {
  return new vscode.ThemeIcon(icon, color ? new vscode.ThemeColor(color) : undefined);
}

export function planHealth(entry: PortfolioEntry): 'green' | 'amber' | 'red' | undefined {
  return entry.status.health ?? entry.status.derivedHealth;
}

export function problemCount(entry: PortfolioEntry): number {
  return entry.counts.errors + entry.counts.warnings + entry.counts.infos;
}

function fileName(uri: string): string {
  return decodeURIComponent(uri.split('/').pop() ?? uri);
}

export function planLabel(entry: PortfolioEntry): string {
  const s = entry.status;
  return [s.id ?? fileName(entry.uri), s.title].filter(Boolean).join(' ');
}

function problemsText(n: number): string {
  return n === 0 ? 'no problems' : `${n} ${n === 1 ? 'problem' : 'problems'}`;
}

function stakeholderRow(entry: PortfolioEntry, s: StakeholderView): TransitionNode {
  return {
    kind: 'row',
    entry,
    category: 'stakeholders',
    key: `${s.id}@${s.line}`,
    label: [s.id, s.name].filter(Boolean).join(' '),
    description: s.role,
    tooltip: [s.role, s.responsibility].filter(Boolean).join(' — '),
    line: s.line,
    icon: colored('person'),
  };
}

function riskRow(entry: PortfolioEntry, r: RiskView): TransitionNode {
  const icon = !r.open
    ? colored('pass', 'disabledForeground')
    : r.high
      ? colored('flame', 'charts.red')
      : colored('warning', 'charts.yellow');
  const facts = [
    r.score !== undefined ? `score ${r.score}` : 'no score',
    r.status || 'no status',
    r.owner || 'no owner',
    r.high && r.open && !r.hasContingency ? 'no contingency' : '',
  ].filter(Boolean);
  return {
    kind: 'row',
    entry,
    category: 'risks',
    key: `${r.id}@${r.line}`,
    label: [r.id, r.risk].filter(Boolean).join(' '),
    description: facts.join(' · '),
    tooltip: `${r.risk}\nLikelihood ${r.likelihood ?? '?'} × impact ${r.impact ?? '?'}${r.high ? ' (high)' : ''}`,
    line: r.line,
    icon,
  };
}

function milestoneRow(entry: PortfolioEntry, m: MilestoneView, isNext: boolean): TransitionNode {
  const date = m.forecast ?? m.baseline;
  const state = m.overdue ? 'overdue' : m.done ? m.status || 'done' : isNext ? 'next' : m.status;
  const icon = m.overdue
    ? colored('clock', 'charts.red')
    : m.done
      ? colored('pass', 'charts.green')
      : isNext
        ? colored('arrow-right', 'charts.blue')
        : colored('milestone');
  return {
    kind: 'row',
    entry,
    category: 'milestones',
    key: `${m.id}@${m.line}`,
    label: [m.id, m.name].filter(Boolean).join(' '),
    description: [
      state,
      m.done ? (m.actual ?? date) : date,
      m.slipDays ? `slip ${m.slipDays > 0 ? '+' : ''}${m.slipDays}d` : '',
    ]
      .filter(Boolean)
      .join(' · '),
    tooltip: `Baseline ${m.baseline ?? '–'}, forecast ${m.forecast ?? '–'}, actual ${m.actual ?? '–'}; owner ${m.owner || '–'}`,
    line: m.line,
    icon,
  };
}

function handoverRow(entry: PortfolioEntry, h: HandoverView): TransitionNode {
  const icon = h.accepted
    ? colored('pass-filled', 'charts.green')
    : !h.receivingOwner
      ? colored('warning', 'charts.red')
      : colored('circle-large-outline');
  return {
    kind: 'row',
    entry,
    category: 'handovers',
    key: `${h.id}@${h.line}`,
    label: [h.id, h.canonicalProcess ?? h.process].filter(Boolean).join(' '),
    description: [
      h.receivingOwner || 'no receiving owner',
      h.accepted ? `accepted${h.acceptedOn ? ` ${h.acceptedOn}` : ''}` : h.status || 'not accepted',
    ].join(' · '),
    tooltip: `${h.process} → ${h.receivingOwner || 'no receiving owner'}; planned ${h.planned ?? '–'}`,
    line: h.line,
    icon,
  };
}

const SEVERITY_ICON: Readonly<Record<FindingView['severity'], vscode.ThemeIcon>> = {
  error: colored('error', 'problemsErrorIcon.foreground'),
  warning: colored('warning', 'problemsWarningIcon.foreground'),
  info: colored('info', 'problemsInfoIcon.foreground'),
};

function findingRow(entry: PortfolioEntry, f: FindingView, i: number): TransitionNode {
  return {
    kind: 'row',
    entry,
    category: 'findings',
    key: `${f.rule}@${f.line}:${f.character}#${i}`,
    label: f.message,
    description: `line ${f.line + 1} · ${f.rule}`,
    tooltip: `${f.severity}: ${f.message} (${f.rule})`,
    line: f.line,
    icon: SEVERITY_ICON[f.severity],
  };
}

/** The rows of one category, in the order the tree shows them. */
export function categoryRows(entry: PortfolioEntry, category: Category): TransitionNode[] {
  const s = entry.status;
  switch (category) {
    case 'stakeholders':
      return s.stakeholders.map((x) => stakeholderRow(entry, x));
    case 'risks':
      // The server sorts high open risks first, then by score.
      return s.risks.map((x) => riskRow(entry, x));
    case 'milestones':
      // The server sorts overdue first, then open milestones by date (the next one first).
      return s.milestones.map((x) =>
        milestoneRow(entry, x, x === s.nextMilestone || (!!s.nextMilestone && x.line === s.nextMilestone.line)),
      );
    case 'handovers':
      return s.handovers.map((x) => handoverRow(entry, x));
    case 'findings':
      return entry.findings.map((f, i) => findingRow(entry, f, i));
  }
}

function categoryDescription(entry: PortfolioEntry, category: Category): string {
  const s = entry.status;
  switch (category) {
    case 'stakeholders':
      return String(s.stakeholders.length);
    case 'risks':
      return `${s.risks.filter((r) => r.open).length} open${s.openHighRisks ? `, ${s.openHighRisks} high` : ''}`;
    case 'milestones':
      return `${s.milestones.length}${s.overdueMilestones ? `, ${s.overdueMilestones} overdue` : ''}`;
    case 'handovers':
      return `${s.handoversAccepted}/${s.handoversTotal} accepted`;
    case 'findings':
      return problemsText(problemCount(entry));
  }
}

function categoryCount(entry: PortfolioEntry, category: Category): number {
  const s = entry.status;
  return category === 'findings' ? entry.findings.length : s[category].length;
}

export class TransitionsTreeProvider implements vscode.TreeDataProvider<TransitionNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TransitionNode | undefined | void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private portfolio: Promise<PortfolioResult | undefined> | undefined;
  private grouping: Grouping;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
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

  get groupBy(): Grouping {
    return this.grouping;
  }

  async setGrouping(grouping: Grouping): Promise<void> {
    this.grouping = grouping;
    await this.state.update(GROUPING_STATE_KEY, grouping);
    await vscode.commands.executeCommand('setContext', GROUPING_CONTEXT_KEY, grouping);
    this.changed.fire();
  }

  /** Drops the cached portfolio and redraws (coalescing bursts of notifications). */
  private scheduleRefresh(): void {
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = undefined;
      this.refresh();
    }, 100);
  }

  refresh(): void {
    this.portfolio = undefined;
    this.changed.fire();
  }

  /** The current portfolio (requested once per refresh). */
  loadPortfolio(): Promise<PortfolioResult | undefined> {
    this.portfolio ??= this.ctx.requestPortfolio().then(
      (p) => {
        this.onMessage?.(
          p ? undefined : 'The Handoff language server is not running. Run "Handoff: Show Output" for details.',
        );
        return p;
      },
      (err: unknown) => {
        this.onMessage?.(`Could not load the transitions: ${err instanceof Error ? err.message : String(err)}`);
        this.portfolio = undefined;
        return undefined;
      },
    );
    return this.portfolio;
  }

  async getChildren(node?: TransitionNode): Promise<TransitionNode[]> {
    if (!node) return this.roots();
    switch (node.kind) {
      case 'group':
        return node.plans.map((entry) => ({ kind: 'plan', entry }));
      case 'plan': {
        const cats: Category[] = ['stakeholders', 'risks', 'milestones', 'handovers', 'findings'];
        return cats
          .filter((c) => categoryCount(node.entry, c) > 0)
          .map((category) => ({ kind: 'category', entry: node.entry, category }));
      }
      case 'category':
        return categoryRows(node.entry, node.category);
      case 'row':
        return [];
    }
  }

  private async roots(): Promise<TransitionNode[]> {
    const portfolio = await this.loadPortfolio();
    const plans = [...(portfolio?.plans ?? [])].sort((a, b) => planLabel(a).localeCompare(planLabel(b)));
    if (!plans.length) return [];
    const groups: TransitionNode[] = [];
    if (this.grouping === 'stage') {
      for (const [key, label] of STAGES) {
        const here = plans.filter((p) => p.status.stage === key);
        if (here.length) groups.push({ kind: 'group', key, label, plans: here });
      }
      const noStage = plans.filter((p) => !STAGES.some(([k]) => k === p.status.stage));
      if (noStage.length) groups.push({ kind: 'group', key: 'none', label: 'No stage', plans: noStage });
    } else {
      for (const [key, label] of HEALTHS) {
        const here = plans.filter((p) => planHealth(p) === key);
        if (here.length) groups.push({ kind: 'group', key, label, plans: here });
      }
      // No health reported and none derived (initiation, closed): not rated, but still listed.
      const unrated = plans.filter((p) => planHealth(p) === undefined);
      if (unrated.length) groups.push({ kind: 'group', key: 'none', label: 'Not rated', plans: unrated });
    }
    return groups;
  }

  getTreeItem(node: TransitionNode): vscode.TreeItem {
    switch (node.kind) {
      case 'group': {
        const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
        item.id = `group:${this.grouping}:${node.key}`;
        item.description = String(node.plans.length);
        item.contextValue = 'handoff.group';
        item.iconPath =
          this.grouping === 'health' ? colored('circle-filled', HEALTH_COLOR[node.key]) : colored('symbol-namespace');
        return item;
      }
      case 'plan': {
        const { entry } = node;
        const s = entry.status;
        const health = planHealth(entry);
        const n = problemCount(entry);
        const item = new vscode.TreeItem(planLabel(entry), vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `plan:${entry.uri}`;
        item.description = problemsText(n);
        item.iconPath = colored(s.health ? 'circle-filled' : 'circle-outline', health && HEALTH_COLOR[health]);
        item.contextValue = 'handoff.plan';
        const tip = new vscode.MarkdownString();
        tip.appendMarkdown('**');
        tip.appendText(planLabel(entry));
        tip.appendMarkdown('**\n\n');
        tip.appendText(
          `Service: ${s.service ?? '–'} · stage: ${s.stage ?? 'not set'} · health: ${s.health ?? 'not set'}`,
        );
        tip.appendMarkdown('\n\n');
        tip.appendText(healthTooltipLines(s).join('\n'));
        tip.appendMarkdown('\n\n');
        tip.appendText(
          `Go-live ${s.dates.goLive ?? '–'} · ${s.openHighRisks} open high risks · ${s.handoversAccepted}/${s.handoversTotal} handovers accepted · ${entry.counts.errors} errors, ${entry.counts.warnings} warnings`,
        );
        item.tooltip = tip;
        item.accessibilityInformation = {
          label: `${planLabel(entry)}, stage ${s.stage ?? 'not set'}, health ${health}, ${problemsText(n)}`,
        };
        item.command = { command: 'handoff.revealLine', title: 'Open Plan', arguments: [entry.uri, 0] };
        return item;
      }
      case 'category': {
        const item = new vscode.TreeItem(CATEGORY_LABEL[node.category], vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `cat:${node.entry.uri}:${node.category}`;
        item.description = categoryDescription(node.entry, node.category);
        item.iconPath = colored(CATEGORY_ICON[node.category]);
        item.contextValue = `handoff.category.${node.category}`;
        return item;
      }
      case 'row': {
        const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
        item.id = `row:${node.entry.uri}:${node.category}:${node.key}`;
        item.description = node.description;
        item.tooltip = node.tooltip;
        item.iconPath = node.icon;
        item.contextValue = `handoff.row.${node.category}`;
        item.command = {
          command: 'handoff.revealLine',
          title: 'Reveal in Plan',
          arguments: [node.entry.uri, node.line],
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
