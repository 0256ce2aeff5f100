/**
 * What the Transitions tree shows, as plain data (no `vscode`): groups, plans, categories and
 * rows with short labels (ID + title), details in the description and tooltip, an accessible
 * label that always names the ID, an icon, and a key that stays the same while the plan is
 * edited (so expansion survives refreshes). `transitionsTree.ts` only turns these into TreeItems.
 * Each row builder is one function, so views can add facts (derived health reasons) in one place.
 */
import type {
  FindingView,
  HandoverView,
  MilestoneView,
  PlanResult,
  PlanStatus,
  PortfolioEntry,
  RiskView,
  StakeholderView,
} from '../../../server/src/protocol.js';
import { comparePlans, STAGE_LABEL, stageLabel, type PlanOrderKey } from '../../../server/src/engine/domain.js';
import { STAGES, type Stage } from '../../../server/src/engine/types.js';
import { dateShown } from '../../../server/src/engine/isoDate.js';
import { acceptancePhrase } from '../../../server/src/engine/readinessText.js';
import {
  HEALTH_COLOR,
  HEALTH_GROUP_LABEL,
  HEALTH_GROUPS,
  healthGroup,
  healthIcon,
  healthText,
  isUnratedGroup,
  problemTotal,
} from './health.js';
import { healthTooltipLines } from './healthText.js';
import { personDisplay, personWithId } from './people.js';

export type Grouping = 'stage' | 'health';
export type Category = 'stakeholders' | 'risks' | 'milestones' | 'handovers' | 'findings';
export const CATEGORIES: readonly Category[] = ['stakeholders', 'risks', 'milestones', 'handovers', 'findings'];

export interface Icon {
  /** A codicon id. */
  readonly id: string;
  /** A theme colour id. */
  readonly color?: string;
}

export interface RowModel {
  readonly category: Category;
  /** Stable while the plan is edited: the row's ID and its occurrence, never a line number. */
  readonly key: string;
  readonly label: string;
  readonly description: string;
  readonly tooltip: string;
  readonly accessibilityLabel: string;
  readonly line: number;
  readonly icon: Icon;
}

export interface GroupModel {
  readonly key: string;
  readonly label: string;
  readonly icon: Icon;
  readonly plans: readonly PortfolioEntry[];
}

/** An icon that means each stage. */
const STAGE_ICON: Readonly<Record<Stage, string>> = {
  initiation: 'rocket',
  planning: 'list-ordered',
  control: 'dashboard',
  closure: 'pass',
  closed: 'archive',
};

/** Stage groups in lifecycle order, each with the stage's label and icon. */
export const STAGE_GROUPS: readonly { key: Stage; label: string; icon: string }[] = STAGES.map((key) => ({
  key,
  label: STAGE_LABEL[key],
  icon: STAGE_ICON[key],
}));

export const CATEGORY_LABEL: Readonly<Record<Category, string>> = {
  stakeholders: 'Stakeholders',
  risks: 'Risks',
  milestones: 'Milestones',
  handovers: 'Handovers',
  findings: 'Findings',
};

export const CATEGORY_ICON: Readonly<Record<Category, string>> = {
  stakeholders: 'organization',
  risks: 'flame',
  milestones: 'milestone',
  handovers: 'arrow-swap',
  findings: 'checklist',
};

/** The last path segment of a URI, decoded. */
export function fileName(uri: string): string {
  const last = uri.split('/').pop() ?? uri;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

export function planLabel(entry: PortfolioEntry): string {
  const s = entry.overview;
  return [s.id ?? fileName(entry.uri), s.title].filter(Boolean).join(' ');
}

export function problemsText(n: number): string {
  return n === 0 ? 'no problems' : `${n} ${n === 1 ? 'problem' : 'problems'}`;
}

/** Keys for rows of one category: the row's ID (else its label), numbered when it repeats. */
function keyer(): (id: string) => string {
  const seen = new Map<string, number>();
  return (id) => {
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    return n === 1 ? id : `${id}#${n}`;
  };
}

/** Whether a plan matches a filter text: its id, title, service, stage, health or tags. */
export function matchesFilter(entry: PortfolioEntry, filter: string): boolean {
  const f = filter.trim().toLowerCase();
  if (!f) return true;
  const s = entry.overview;
  const hay = [planLabel(entry), s.service, s.stage, HEALTH_GROUP_LABEL[healthGroup(s)], ...s.tags, fileName(entry.uri)]
    .filter(Boolean)
    .join('\n')
    .toLowerCase();
  return f.split(/\s+/).every((word) => hay.includes(word));
}

function orderKey(entry: PortfolioEntry): PlanOrderKey {
  return { stage: entry.overview.stage, id: entry.overview.id, key: entry.uri };
}

/**
 * The top level: plans by stage (lifecycle order) or by health (worst first, then unrated); in
 * each group the plans stand in the portfolio order (stage, then plan id), as on every other view.
 */
export function groups(plans: readonly PortfolioEntry[], grouping: Grouping, filter = ''): GroupModel[] {
  const shown = plans.filter((p) => matchesFilter(p, filter)).sort((a, b) => comparePlans(orderKey(a), orderKey(b)));
  const out: GroupModel[] = [];
  if (grouping === 'stage') {
    for (const g of STAGE_GROUPS) {
      const here = shown.filter((p) => p.overview.stage === g.key);
      if (here.length) out.push({ key: g.key, label: g.label, icon: { id: g.icon }, plans: here });
    }
    const none = shown.filter((p) => !STAGE_GROUPS.some((g) => g.key === p.overview.stage));
    if (none.length) out.push({ key: 'none', label: stageLabel(undefined), icon: { id: 'question' }, plans: none });
  } else {
    for (const g of HEALTH_GROUPS) {
      const here = shown.filter((p) => healthGroup(p.overview) === g);
      const icon = { id: isUnratedGroup(g) ? 'circle-outline' : 'circle-filled', color: HEALTH_COLOR[g] };
      if (here.length) out.push({ key: g, label: HEALTH_GROUP_LABEL[g], icon, plans: here });
    }
  }
  return out;
}

export interface PlanModel {
  readonly label: string;
  readonly description: string;
  /** Lines of the tooltip (plain text). */
  readonly tooltip: readonly string[];
  readonly accessibilityLabel: string;
  readonly icon: Icon;
}

export function planModel(entry: PortfolioEntry): PlanModel {
  const s = entry.overview;
  const group = healthGroup(s);
  const n = problemTotal(entry.counts);
  const health = healthText(s);
  const people = [
    s.sponsor ? `Sponsor: ${personWithId(s, s.sponsor)}` : '',
    s.serviceOwner ? `Service owner: ${personWithId(s, s.serviceOwner)}` : '',
    s.projectManager ? `Project manager: ${personWithId(s, s.projectManager)}` : '',
  ].filter(Boolean);
  return {
    label: planLabel(entry),
    description: problemsText(n),
    tooltip: [
      `Service: ${s.service ?? '–'} · stage: ${s.stage ?? 'not set'} · health: ${health}`,
      ...healthTooltipLines(s),
      `Go-live ${dateShown(s.dates.goLive, s.datesWritten.goLive) ?? '–'} · ${s.openHighRisks} open high risks · ${s.handoversAccepted}/${s.handoversTotal} handovers accepted · ${entry.counts.errors} errors, ${entry.counts.warnings} warnings`,
      ...people,
    ],
    accessibilityLabel: `${planLabel(entry)}, stage ${s.stage ?? 'not set'}, health ${health}, ${problemsText(n)}`,
    icon: { id: healthIcon(group, entry.counts), color: HEALTH_COLOR[group] },
  };
}

function stakeholderRow(s: StakeholderView, key: string): RowModel {
  return {
    category: 'stakeholders',
    key,
    label: s.name || s.id,
    description: [s.role, s.id].filter(Boolean).join(' · '),
    tooltip: [`${s.name || s.id}${s.id ? ` (${s.id})` : ''}`, s.role, s.responsibility].filter(Boolean).join('\n'),
    accessibilityLabel: [s.name, s.id, s.role].filter(Boolean).join(', '),
    line: s.line,
    icon: { id: 'person' },
  };
}

/** The score as shown: the plan's own Score, and the computed one beside it when they differ. */
export function scoreText(r: Pick<RiskView, 'score' | 'writtenScore'>): string {
  if (r.writtenScore !== undefined && r.score !== undefined && r.writtenScore !== r.score)
    return `score ${r.writtenScore} (L×I = ${r.score})`;
  const shown = r.writtenScore ?? r.score;
  return shown !== undefined ? `score ${shown}` : 'no score';
}

function riskRow(s: PlanStatus, r: RiskView, key: string): RowModel {
  const icon: Icon = !r.open
    ? { id: 'pass', color: 'disabledForeground' }
    : r.high
      ? { id: 'flame', color: 'charts.red' }
      : { id: 'warning', color: 'charts.yellow' };
  const mismatch = r.writtenScore !== undefined && r.score !== undefined && r.writtenScore !== r.score;
  const owner = r.owner ? personDisplay(s, r.owner).name : 'no owner';
  const facts = [
    mismatch ? `${scoreText(r)} ⚠` : scoreText(r),
    r.status || 'no status',
    owner,
    r.high && r.open && !r.hasContingency ? 'no contingency' : '',
  ].filter(Boolean);
  const id = r.id || 'Risk';
  return {
    category: 'risks',
    key,
    label: [r.id, r.risk].filter(Boolean).join(' '),
    description: facts.join(' · '),
    tooltip: [
      `${id}: ${r.risk}`,
      `Likelihood ${r.likelihood ?? '?'} × impact ${r.impact ?? '?'}${r.high ? ' (high)' : ''}; ${scoreText(r)}${mismatch ? ' — the Score cell disagrees with likelihood × impact' : ''}`,
      `Owner: ${r.owner ? personWithId(s, r.owner) : 'none'} · status ${r.status || '–'}`,
    ].join('\n'),
    accessibilityLabel: `Risk ${id}, ${r.risk}, ${facts.join(', ')}`,
    line: r.line,
    icon,
  };
}

/** A milestone is late when its forecast slips past its baseline or its status says At risk. */
export function milestoneState(m: MilestoneView, isNext: boolean): { text: string; icon: Icon } {
  const atRisk = /\bat risk\b|\blate\b|\bdelayed\b/i.test(m.status);
  const slip = m.slipDays && m.slipDays > 0 ? m.slipDays : undefined;
  if (m.overdue) return { text: 'overdue', icon: { id: 'clock', color: 'charts.red' } };
  if (m.done) return { text: m.status || 'done', icon: { id: 'pass', color: 'charts.green' } };
  if (slip !== undefined || atRisk) {
    const text = [isNext ? 'next' : '', slip !== undefined ? `late +${slip}d` : '', atRisk ? m.status : '']
      .filter(Boolean)
      .join(', ');
    return { text, icon: { id: 'warning', color: 'charts.yellow' } };
  }
  if (isNext) return { text: 'next', icon: { id: 'arrow-right', color: 'charts.blue' } };
  return { text: m.status, icon: { id: 'milestone' } };
}

function milestoneRow(s: PlanStatus, m: MilestoneView, isNext: boolean, key: string): RowModel {
  const date = m.forecast ?? m.baseline;
  const state = milestoneState(m, isNext);
  const description = [state.text, m.done ? (m.actual ?? date) : date].filter(Boolean).join(' · ');
  return {
    category: 'milestones',
    key,
    label: [m.id, m.name].filter(Boolean).join(' '),
    description,
    tooltip: [
      `${m.id || 'Milestone'}: ${m.name}`,
      `Baseline ${m.baseline ?? '–'}, forecast ${m.forecast ?? '–'}, actual ${m.actual ?? '–'}${m.slipDays ? ` (slip ${m.slipDays > 0 ? '+' : ''}${m.slipDays} days)` : ''}`,
      `Owner: ${m.owner ? personWithId(s, m.owner) : '–'} · status ${m.status || '–'}`,
    ].join('\n'),
    accessibilityLabel: `Milestone ${m.id || ''}, ${m.name}, ${description}`,
    line: m.line,
    icon: state.icon,
  };
}

function handoverRow(s: PlanStatus, h: HandoverView, key: string): RowModel {
  const icon: Icon = h.accepted
    ? { id: 'pass-filled', color: 'charts.green' }
    : !h.receivingOwner
      ? { id: 'warning', color: 'charts.red' }
      : { id: 'circle-large-outline' };
  const owner = h.receivingOwner ? personDisplay(s, h.receivingOwner).name : 'no receiving owner';
  const state = acceptancePhrase(h) ?? (h.status || 'not accepted');
  return {
    category: 'handovers',
    key,
    label: [h.id, h.canonicalProcess ?? h.process].filter(Boolean).join(' '),
    description: [owner, state].join(' · '),
    tooltip: [
      `${h.id || 'Handover'}: ${h.process}`,
      `Receiving owner: ${h.receivingOwner ? personWithId(s, h.receivingOwner) : 'none'}`,
      `Planned ${h.planned ?? '–'} · ${state}`,
    ].join('\n'),
    accessibilityLabel: `Handover ${h.id || ''} to ${h.canonicalProcess ?? h.process}, ${owner}, ${state}`,
    line: h.line,
    icon,
  };
}

const SEVERITY_ICON: Readonly<Record<FindingView['severity'], Icon>> = {
  error: { id: 'error', color: 'problemsErrorIcon.foreground' },
  warning: { id: 'warning', color: 'problemsWarningIcon.foreground' },
  info: { id: 'info', color: 'problemsInfoIcon.foreground' },
};

/** A finding's short label: its message up to the first colon (what is wrong, not what to do). */
export function findingLabel(message: string): string {
  const at = message.indexOf(': ');
  const head = at > 0 ? message.slice(0, at) : message;
  return head.length > 80 ? `${head.slice(0, 79)}…` : head;
}

function findingRow(f: FindingView, key: string): RowModel {
  return {
    category: 'findings',
    key,
    label: findingLabel(f.message),
    description: `line ${f.line + 1} · ${f.rule}`,
    tooltip: `${f.severity}: ${f.message} (${f.rule}, line ${f.line + 1})`,
    accessibilityLabel: `${f.severity}, line ${f.line + 1}: ${f.message}`,
    line: f.line,
    icon: SEVERITY_ICON[f.severity],
  };
}

/** The rows of one category, in the order the tree shows them. */
export function categoryRows(entry: PlanResult, category: Category): RowModel[] {
  const s = entry.status;
  const key = keyer();
  switch (category) {
    case 'stakeholders':
      return s.stakeholders.map((x) => stakeholderRow(x, key(x.id || x.name)));
    case 'risks':
      // The server sorts high open risks first, then by score.
      return s.risks.map((x) => riskRow(s, x, key(x.id || x.risk)));
    case 'milestones':
      // The server sorts overdue first, then open milestones by date (the next one first).
      return s.milestones.map((x) =>
        milestoneRow(
          s,
          x,
          x === s.nextMilestone || (!!s.nextMilestone && x.line === s.nextMilestone.line),
          key(x.id || x.name),
        ),
      );
    case 'handovers':
      return s.handovers.map((x) => handoverRow(s, x, key(x.id || x.process)));
    case 'findings':
      return entry.findings.map((f) => findingRow(f, key(`${f.rule}:${f.message}`)));
  }
}

export function categoryDescription(entry: PlanResult, category: Category): string {
  const s = entry.status;
  switch (category) {
    case 'stakeholders':
      return String(s.stakeholders.length);
    case 'risks':
      return `${s.risks.filter((r) => r.open).length} open${s.openHighRisks ? `, ${s.openHighRisks} high` : ''}`;
    case 'milestones': {
      const late = s.milestones.filter((m) => !m.overdue && milestoneState(m, false).icon.id === 'warning').length;
      return [
        String(s.milestones.length),
        s.overdueMilestones ? `${s.overdueMilestones} overdue` : '',
        late ? `${late} late` : '',
      ]
        .filter(Boolean)
        .join(', ');
    }
    case 'handovers':
      return `${s.handoversAccepted}/${s.handoversTotal} accepted`;
    case 'findings':
      return problemsText(problemTotal(entry.counts));
  }
}

export function categoryCount(entry: PlanResult, category: Category): number {
  return category === 'findings' ? entry.findings.length : entry.status[category].length;
}
