/**
 * HTML for the status preview and the portfolio, as pure functions of the server's data (no
 * VS Code API), so unit tests can call them. Every plan string goes through `markup`, which
 * escapes it; only our own literal markup is trusted. Nothing here judges a plan: health,
 * overdue, high and accepted all come from the server's `PlanStatus`.
 */
import type {
  FindingCounts,
  FindingView,
  HandoverView,
  MilestoneView,
  PlanResult,
  PlanStatus,
  PortfolioEntry,
  PortfolioResult,
  RiskView,
  StageProgress,
} from '../../../server/src/protocol.js';
import { countByHealth, HEALTH_GROUP_LABEL } from '../views/health.js';
import { personDisplay } from '../views/people.js';
import { fileName } from '../views/treeModel.js';
import { contentSecurityPolicy, join, markup, SafeHtml } from './html.js';

export { contentSecurityPolicy, createNonce, escapeHtml } from './html.js';

/** What a page needs from its host: the webview's CSP source and resource URIs. */
export interface PageResources {
  readonly cspSource: string;
  readonly nonce: string;
  readonly styleUri: string;
  readonly scriptUri: string;
}

type Health = NonNullable<PlanStatus['health']>;

const HEALTH_LABEL: Readonly<Record<Health, string>> = { green: 'Green', amber: 'Amber', red: 'Red' };
/** Short stage names, shared with the status bar. */
export const STAGE_LABEL: Readonly<Record<string, string>> = {
  initiation: 'Initiation',
  planning: 'Planning',
  control: 'Control',
  closure: 'Closure',
  closed: 'Closed',
};
const SEVERITY_LABEL: Readonly<Record<FindingView['severity'], string>> = {
  error: 'Error',
  warning: 'Warning',
  info: 'Info',
};

// ---------------------------------------------------------------------------------------------
// Page shell

/** The policy is built from the host's CSP source and our hex nonce; quotes in it stay literal. */
function cspAttribute(res: PageResources): SafeHtml {
  const policy = contentSecurityPolicy(res.cspSource, res.nonce);
  if (/["<>&]/.test(policy)) throw new Error(`Unexpected characters in the webview CSP source: ${res.cspSource}`);
  return new SafeHtml(policy);
}

function page(res: PageResources, kind: 'status' | 'portfolio', title: string, root: SafeHtml): string {
  return markup`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${cspAttribute(res)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${res.styleUri}">
<title>${title}</title>
</head>
<body class="handoff-${kind}">
${root}
<script nonce="${res.nonce}" src="${res.scriptUri}"></script>
</body>
</html>
`.value;
}

/** The whole status preview document for one plan (or the empty state). */
export function renderStatusPage(res: PageResources, result: PlanResult | null | undefined, note?: string): string {
  const title = result ? `Status: ${result.status.id ?? result.status.title ?? 'plan'}` : 'Plan status';
  const uri = result ? markup` data-uri="${result.uri}"` : '';
  return page(
    res,
    'status',
    title,
    markup`<main id="root" data-view="status"${uri}>${renderStatusBody(result, note)}</main>`,
  );
}

/** The whole portfolio document. */
export function renderPortfolioPage(res: PageResources, portfolio: PortfolioResult | undefined, note?: string): string {
  const root = markup`<main id="root" data-view="portfolio">${renderPortfolioBody(portfolio, note)}</main>`;
  return page(res, 'portfolio', 'Transition portfolio', root);
}

// ---------------------------------------------------------------------------------------------
// Small pieces

function healthBadge(health: Health | undefined, label = ''): SafeHtml {
  if (!health) return markup`<span class="badge health health-none">${label}Not set</span>`;
  return markup`<span class="badge health health-${health}"><span class="dot" aria-hidden="true"></span>${label}${HEALTH_LABEL[health]}</span>`;
}

function stageLabel(stage: string | undefined): string {
  return stage ? (STAGE_LABEL[stage] ?? stage) : 'No stage';
}

/** A button that asks the host to reveal a line of the plan. */
function revealButton(
  line: number,
  content: SafeHtml | string,
  opts: { uri?: string; cls?: string; label?: string } = {},
): SafeHtml {
  const key = `reveal:${opts.uri ?? ''}:${line}`;
  const uri = opts.uri ? markup` data-uri="${opts.uri}"` : '';
  const label = opts.label ? markup` aria-label="${opts.label}"` : '';
  return markup`<button type="button" class="${opts.cls ?? 'link'}" data-action="reveal" data-line="${line}"${uri} data-key="${key}"${label}>${content}</button>`;
}

function countsText(c: FindingCounts): string {
  const parts: string[] = [];
  if (c.errors) parts.push(`${c.errors} ${c.errors === 1 ? 'error' : 'errors'}`);
  if (c.warnings) parts.push(`${c.warnings} ${c.warnings === 1 ? 'warning' : 'warnings'}`);
  if (c.infos) parts.push(`${c.infos} info`);
  return parts.length ? parts.join(', ') : 'no problems';
}

function countsClass(c: FindingCounts): string {
  return c.errors ? 'sev-error' : c.warnings ? 'sev-warning' : 'sev-ok';
}

function formatMoney(value: number | undefined, currency: string | undefined): string {
  if (value === undefined) return '–';
  const n = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 }).format(value);
  return currency ? `${currency} ${n}` : n;
}

function section(id: string, title: string, content: SafeHtml, extra?: SafeHtml): SafeHtml {
  return markup`<section class="card" aria-labelledby="h-${id}"><h2 id="h-${id}">${title}${extra ?? ''}</h2>${content}</section>`;
}

function empty(text: string): SafeHtml {
  return markup`<p class="empty">${text}</p>`;
}

function noteLine(note: string | undefined): SafeHtml | '' {
  return note ? markup`<p class="note" role="status">${note}</p>` : '';
}

// ---------------------------------------------------------------------------------------------
// Status preview

const NO_PLAN =
  'Open a transition plan — a Markdown file whose front matter says schema: transition-plan/1 — to see its status here.';

export function renderStatusBody(result: PlanResult | null | undefined, note?: string): SafeHtml {
  if (!result) {
    return markup`<div class="placeholder"><h1>Plan status</h1><p>${note ?? NO_PLAN}</p></div>`;
  }
  const s = result.status;
  const findingsCount = markup` <span class="count">${countsText(result.counts)}</span>`;
  return markup`${noteLine(note)}
${renderHeader(s, result.counts)}
<div class="grid">
${section('stages', 'Stages', renderPipeline(s.stages))}
${section('findings', 'Open findings', renderFindings(result.findings), findingsCount)}
${section('risks', 'Risk heat map', renderHeatMap(s.risks, s))}
${section('milestones', 'Milestones', renderTimeline(s))}
${section('handovers', 'Handover readiness', renderHandovers(s))}
${section('budget', 'Budget', renderBudget(s))}
${renderLatestStatus(s)}
</div>`;
}

function renderHeader(s: PlanStatus, counts: FindingCounts): SafeHtml {
  const facts = [s.id, s.transitionType, s.service].filter((x): x is string => !!x);
  const showDerived = s.derivedHealth !== undefined && (s.health === undefined || s.health !== s.derivedHealth);
  return markup`<header class="plan-header">
<p class="eyebrow">${facts.join(' · ')}</p>
<h1>${s.title ?? s.id ?? 'Untitled plan'}</h1>
<p class="summary">
<span class="badge stage-badge">${stageLabel(s.stage)}</span>
${healthBadge(s.health, 'Health: ')}
${showDerived ? healthBadge(s.derivedHealth, 'Facts suggest: ') : ''}
<span class="badge ${countsClass(counts)}">${countsText(counts)}</span>
<span class="muted">as of ${s.asOf}</span>
${s.dates.goLive ? markup`<span class="muted">go-live ${s.dates.goLive}</span>` : ''}
</p>
${renderHealthReasons(s)}
</header>`;
}

/** Derived health and its reasons (contract §7), each a link to its row; the same labels as every view. */
function renderHealthReasons(s: PlanStatus, uri?: string): SafeHtml {
  const summary = s.derivedHealth
    ? markup`Facts suggest ${HEALTH_LABEL[s.derivedHealth]}${s.healthReasons.length ? '' : ': nothing beyond tolerance'}`
    : markup`Facts: not rated (${stageLabel(s.stage)})`;
  const items = s.healthReasons.map(
    (r) =>
      markup`<li class="reason reason-${r.waived ? 'waived' : r.level}">${revealButton(r.line, r.label, { uri, cls: 'finding compact' })}</li>`,
  );
  return markup`<div class="health-reasons"><p class="muted">${summary}</p>${items.length ? markup`<ul class="findings compact">${join(items)}</ul>` : ''}</div>`;
}

function stageState(st: StageProgress): { cls: string; text: string } {
  if (st.current) return { cls: 'current', text: 'Current stage' };
  if (st.done) return { cls: 'done', text: 'Done' };
  if (st.kind === 'reporting') {
    return st.present ? { cls: 'ongoing', text: 'Runs alongside' } : { cls: 'absent', text: 'Not written' };
  }
  return st.present ? { cls: 'todo', text: 'Ahead' } : { cls: 'absent', text: 'Not written' };
}

function renderPipeline(stages: readonly StageProgress[]): SafeHtml {
  const items = stages.map((st) => {
    const state = stageState(st);
    const { done, total } = st.exitCriteria;
    const title =
      st.line !== undefined
        ? revealButton(st.line, st.title, { cls: 'link stage-title' })
        : markup`<span class="stage-title">${st.title}</span>`;
    const exit =
      total > 0
        ? markup`<span class="exit">Exit criteria ${done}/${total}</span><progress max="${total}" value="${done}" aria-label="Exit criteria of ${st.title}: ${done} of ${total} met"></progress>`
        : markup`<span class="exit muted">No exit criteria</span>`;
    const current = st.current ? markup` aria-current="step"` : '';
    return markup`<li class="stage stage-${state.cls}"${current}><span class="marker" aria-hidden="true"></span>${title}<span class="state">${state.text}</span>${exit}</li>`;
  });
  return markup`<ol class="pipeline">${join(items)}</ol>`;
}

function renderFindings(findings: readonly FindingView[]): SafeHtml {
  if (!findings.length) return empty('No findings: the plan passes every rule that applies at its stage.');
  const items = findings.map((f) => {
    const content = markup`<span class="sev sev-${f.severity}">${SEVERITY_LABEL[f.severity]}</span><span class="msg">${f.message}</span><span class="where">line ${f.line + 1} · ${f.rule}</span>`;
    return markup`<li>${revealButton(f.line, content, { cls: 'finding' })}</li>`;
  });
  return markup`<ul class="findings">${join(items)}</ul>`;
}

/** Presentation bands of likelihood × impact for the heat map's colours. */
function band(score: number): number {
  return score >= 15 ? 4 : score >= 10 ? 3 : score >= 5 ? 2 : 1;
}

function renderHeatMap(risks: readonly RiskView[], s: PlanStatus): SafeHtml {
  const open = risks.filter((r) => r.open);
  const cells = new Map<string, RiskView[]>();
  const unrated: RiskView[] = [];
  for (const r of open) {
    if (r.likelihood === undefined || r.impact === undefined) {
      unrated.push(r);
      continue;
    }
    const key = `${r.likelihood}:${r.impact}`;
    cells.set(key, [...(cells.get(key) ?? []), r]);
  }
  const levels = [1, 2, 3, 4, 5];
  const rows = [...levels].reverse().map((impact) => {
    const tds = levels.map((likelihood) => {
      const here = cells.get(`${likelihood}:${impact}`) ?? [];
      const label = `Likelihood ${likelihood}, impact ${impact}: ${here.length} open ${here.length === 1 ? 'risk' : 'risks'}`;
      const chips = here.map((r) =>
        revealButton(r.line, r.id || '?', { cls: `chip${r.high ? ' high' : ''}`, label: `${r.id} ${r.risk}` }),
      );
      const cls = `band-${band(likelihood * impact)}${here.length ? ' has-risks' : ''}`;
      return markup`<td class="${cls}" aria-label="${label}"><span class="cell-count">${here.length || ''}</span>${join(chips)}</td>`;
    });
    return markup`<tr><th scope="row">${impact}</th>${join(tds)}</tr>`;
  });
  const high = open.filter((r) => r.high);
  const list = high.length
    ? markup`<ul class="risk-list">${join(
        high.map((r) => {
          const owner = r.owner ? personCell(s, r.owner) : markup`no owner`;
          const contingency = r.hasContingency ? '' : ' · no contingency';
          return markup`<li>${revealButton(r.line, r.id || '?')} <span>${r.risk}</span> <span class="muted">score ${r.score ?? '–'} · ${owner}${contingency}</span></li>`;
        }),
      )}</ul>`
    : empty('No open high risks.');
  const unratedNote = unrated.length
    ? markup`<p class="muted">${unrated.length} open ${unrated.length === 1 ? 'risk has' : 'risks have'} no likelihood or impact: ${unrated.map((r) => r.id).join(', ')}</p>`
    : '';
  const headers = join(levels.map((l) => markup`<th scope="col">${l}</th>`));
  return markup`<div class="heatmap-wrap"><table class="heatmap">
<caption>Open risks by likelihood (across) and impact (up) — ${open.length} open of ${risks.length}</caption>
<thead><tr><th scope="col"><span class="sr-only">Impact</span></th>${headers}</tr></thead>
<tbody>${join(rows)}</tbody>
</table></div>
${unratedNote}
<h3>Open high risks</h3>
${list}`;
}

// ----- milestone timeline ---------------------------------------------------------------------

const DAY_MS = 86_400_000;

function dayNumber(iso: string | undefined): number | undefined {
  if (!iso || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return undefined;
  const t = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return Number.isNaN(t) ? undefined : Math.round(t / DAY_MS);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** First-of-month ticks between two day numbers, thinned to at most ~8 labels. */
function monthTicks(from: number, to: number): { day: number; label: string }[] {
  const start = new Date(from * DAY_MS);
  let y = start.getUTCFullYear();
  let m = start.getUTCMonth() + 1;
  const ticks: { day: number; label: string }[] = [];
  for (;;) {
    if (m > 11) {
      m = 0;
      y++;
    }
    const day = Math.round(Date.UTC(y, m, 1) / DAY_MS);
    if (day > to) break;
    ticks.push({ day, label: `${MONTHS[m]} ${String(y).slice(2)}` });
    m++;
  }
  const step = Math.max(1, Math.ceil(ticks.length / 8));
  return ticks.filter((_, i) => i % step === 0);
}

function renderTimeline(s: PlanStatus): SafeHtml {
  const ms = s.milestones;
  if (!ms.length) return empty('No milestones yet.');
  const asOf = dayNumber(s.asOf);
  const goLive = dayNumber(s.dates.goLive);
  const days = ms
    .flatMap((m) => [dayNumber(m.baseline), dayNumber(m.forecast), dayNumber(m.actual)])
    .concat([asOf, goLive])
    .filter((d): d is number => d !== undefined);
  const table = renderMilestoneTable(ms);
  if (!days.length) return table;
  let min = Math.min(...days);
  let max = Math.max(...days);
  if (max - min < 30) {
    min -= 15;
    max += 15;
  }
  const pad = Math.round((max - min) * 0.04);
  min -= pad;
  max += pad;

  const width = 680;
  const left = 64;
  const right = 16;
  const top = 28;
  const rowH = 22;
  const height = top + ms.length * rowH + 12;
  const x = (d: number) => (left + ((d - min) / (max - min)) * (width - left - right)).toFixed(1);

  const ticks = monthTicks(min, max).map(
    (t) =>
      markup`<g class="tick"><line x1="${x(t.day)}" x2="${x(t.day)}" y1="${top - 6}" y2="${height - 8}"></line><text x="${x(t.day)}" y="${top - 10}" text-anchor="middle">${t.label}</text></g>`,
  );
  const marker = (d: number | undefined, cls: string, label: string) =>
    d === undefined
      ? ''
      : markup`<g class="${cls}"><line x1="${x(d)}" x2="${x(d)}" y1="${top - 4}" y2="${height - 8}"></line><text x="${x(d)}" y="${height - 1}" text-anchor="middle">${label}</text></g>`;

  const rows = ms.map((m, i) => {
    const y = top + i * rowH + rowH / 2;
    const b = dayNumber(m.baseline);
    const f = dayNumber(m.forecast);
    const a = dayNumber(m.actual);
    const state = m.done ? 'done' : m.overdue ? 'overdue' : (m.slipDays ?? 0) > 0 ? 'late' : 'ontrack';
    const parts: SafeHtml[] = [];
    if (b !== undefined && f !== undefined && b !== f) {
      parts.push(markup`<line class="slip" x1="${x(b)}" x2="${x(f)}" y1="${y}" y2="${y}"></line>`);
    }
    if (b !== undefined) {
      const cx = Number(x(b));
      parts.push(
        markup`<path class="baseline" d="M${cx} ${y - 6} L${cx + 6} ${y} L${cx} ${y + 6} L${cx - 6} ${y} Z"></path>`,
      );
    }
    if (f !== undefined) parts.push(markup`<circle class="forecast" cx="${x(f)}" cy="${y}" r="4.5"></circle>`);
    if (a !== undefined) {
      parts.push(markup`<rect class="actual" x="${Number(x(a)) - 3.5}" y="${y - 3.5}" width="7" height="7"></rect>`);
    }
    const desc = `${m.id} ${m.name}: baseline ${m.baseline ?? '–'}, forecast ${m.forecast ?? '–'}, actual ${m.actual ?? '–'}, ${m.status || 'no status'}${m.overdue ? ', overdue' : ''}`;
    return markup`<g class="ms ms-${state}"><title>${desc}</title><text class="ms-label" x="4" y="${y + 4}">${m.id}</text>${join(parts)}</g>`;
  });

  return markup`<figure class="timeline" tabindex="0">
<svg viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-labelledby="timeline-title">
<title id="timeline-title">Milestone timeline: baseline (diamond), forecast (circle) and actual (square) dates against the as-of date</title>
${join(ticks)}
${marker(goLive, 'golive', 'go-live')}
${marker(asOf, 'asof', 'as of')}
${join(rows)}
</svg>
<figcaption class="legend"><span class="lg baseline">◇ baseline</span><span class="lg forecast">● forecast</span><span class="lg actual">■ actual</span><span class="lg asof">┊ as of ${s.asOf}</span></figcaption>
</figure>
${table}`;
}

function milestoneState(m: MilestoneView): SafeHtml {
  if (m.overdue) return markup`<span class="badge sev-error">Overdue</span>`;
  if (m.done) return markup`<span class="badge sev-ok">${m.status || 'Done'}</span>`;
  if ((m.slipDays ?? 0) > 0) return markup`<span class="badge sev-warning">${m.status || 'Late'}</span>`;
  return markup`<span class="badge">${m.status || '–'}</span>`;
}

function slipText(days: number | undefined): string {
  if (days === undefined) return '–';
  return days > 0 ? `+${days}` : String(days);
}

function renderMilestoneTable(ms: readonly MilestoneView[]): SafeHtml {
  const rows = ms.map(
    (m) =>
      markup`<tr class="${m.overdue ? 'overdue' : ''}"><th scope="row">${revealButton(m.line, m.id || '?')}</th><td>${m.name}</td><td class="when">${m.baseline ?? '–'}</td><td class="when">${m.forecast ?? '–'}</td><td class="when">${m.actual ?? '–'}</td><td class="num">${slipText(m.slipDays)}</td><td>${milestoneState(m)}</td></tr>`,
  );
  return markup`<table class="data"><thead><tr><th scope="col">ID</th><th scope="col">Milestone</th><th scope="col">Baseline</th><th scope="col">Forecast</th><th scope="col">Actual</th><th scope="col">Slip (days)</th><th scope="col">Status</th></tr></thead><tbody>${join(rows)}</tbody></table>`;
}

function handoverState(h: HandoverView): SafeHtml {
  if (h.accepted) return markup`<span class="badge sev-ok">Accepted${h.acceptedOn ? ` ${h.acceptedOn}` : ''}</span>`;
  return markup`<span class="badge">${h.status || 'No status'}</span>`;
}

/** A person by name, the ID and role in its title (and read by screen readers). */
function personCell(s: PlanStatus, ref: string): SafeHtml {
  const p = personDisplay(s, ref);
  return markup`<span class="person${p.known ? '' : ' unknown'}" title="${p.detail}">${p.name}<span class="sr-only"> (${p.detail})</span></span>`;
}

function handoverProcess(h: HandoverView): SafeHtml {
  if (!h.canonicalProcess) return markup`${h.process} <span class="badge sev-warning">unknown process</span>`;
  if (h.canonicalProcess !== h.process) return markup`${h.canonicalProcess} <span class="muted">(${h.process})</span>`;
  return markup`${h.process}`;
}

function renderHandovers(s: PlanStatus): SafeHtml {
  if (!s.handovers.length) return empty('No handovers yet.');
  const sorted = [...s.handovers].sort((a, b) =>
    (a.canonicalProcess ?? a.process).localeCompare(b.canonicalProcess ?? b.process),
  );
  const rows = sorted.map((h) => {
    const owner = h.receivingOwner
      ? personCell(s, h.receivingOwner)
      : markup`<span class="badge sev-error">No receiving owner</span>`;
    return markup`<tr><th scope="row">${revealButton(h.line, h.id || '?')}</th><td>${handoverProcess(h)}</td><td>${owner}</td><td class="when">${h.planned ?? '–'}</td><td>${handoverState(h)}</td></tr>`;
  });
  return markup`<p class="progress-line"><progress max="${s.handoversTotal}" value="${s.handoversAccepted}" aria-label="Handovers accepted"></progress> ${s.handoversAccepted} of ${s.handoversTotal} accepted</p>
<table class="data"><thead><tr><th scope="col">ID</th><th scope="col">Receiving process</th><th scope="col">Receiving owner</th><th scope="col">Planned</th><th scope="col">Status</th></tr></thead><tbody>${join(rows)}</tbody></table>`;
}

function renderBudget(s: PlanStatus): SafeHtml {
  const b = s.budget;
  const approved = b.approvedLines ?? b.approved;
  const over = approved !== undefined && (b.forecast ?? 0) > approved;
  const bars: { label: string; value: number | undefined; cls: string }[] = [
    { label: 'Approved', value: approved, cls: 'approved' },
    { label: 'Actual', value: b.actual, cls: 'actual' },
    { label: 'Forecast', value: b.forecast, cls: over ? 'forecast over' : 'forecast' },
  ];
  const known = bars.filter((x) => x.value !== undefined);
  if (!known.length && b.contingency === undefined) {
    return empty('No budget in the front matter and no resource consumption yet.');
  }
  const max = Math.max(1, ...known.map((x) => x.value ?? 0), b.approved ?? 0);
  const width = 680;
  const labelW = 90;
  const valueW = 130;
  const barH = 18;
  const svgRows = bars.map((bar, i) => {
    const y = 6 + i * (barH + 10);
    const w = bar.value === undefined ? 0 : ((bar.value / max) * (width - labelW - valueW)).toFixed(1);
    return markup`<g class="bar ${bar.cls}"><text x="0" y="${y + 13}">${bar.label}</text><rect x="${labelW}" y="${y}" width="${w}" height="${barH}"></rect><text class="value" x="${width - valueW + 8}" y="${y + 13}">${formatMoney(bar.value, b.currency)}</text></g>`;
  });
  const svgH = 6 + bars.length * (barH + 10);
  const money = (v: number | undefined) => formatMoney(v, b.currency);
  return markup`<svg class="budget-chart" viewBox="0 0 ${width} ${svgH}" width="100%" role="img" aria-labelledby="budget-title"><title id="budget-title">Budget: approved ${money(approved)}, actual ${money(b.actual)}, forecast ${money(b.forecast)}</title>${join(svgRows)}</svg>
<dl class="facts">
<div><dt>Approved (front matter)</dt><dd>${money(b.approved)}</dd></div>
<div><dt>Approved by budget line</dt><dd>${money(b.approvedLines)}</dd></div>
<div><dt>Contingency</dt><dd>${money(b.contingency)}</dd></div>
<div><dt>Actual to date</dt><dd>${money(b.actual)}</dd></div>
<div><dt>Forecast at completion</dt><dd>${money(b.forecast)}</dd></div>
</dl>`;
}

function renderLatestStatus(s: PlanStatus): SafeHtml | '' {
  const e = s.latestStatus;
  if (!e) return '';
  const risks = e.risks ? markup`<p><strong>Risks and challenges:</strong> ${e.risks}</p>` : '';
  const decisions = e.decisions ? markup`<p><strong>Decisions needed:</strong> ${e.decisions}</p>` : '';
  return section(
    'latest',
    'Latest status report',
    markup`<p>${revealButton(e.line, e.date ?? 'undated')} ${healthBadge(e.health)}</p><p>${e.summary}</p>${risks}${decisions}`,
  );
}

// ---------------------------------------------------------------------------------------------
// Portfolio

const STAGE_ORDER = ['initiation', 'planning', 'control', 'closure', 'closed'];

function byStageThenId(a: PortfolioEntry, b: PortfolioEntry): number {
  const sa = STAGE_ORDER.indexOf(a.status.stage ?? '');
  const sb = STAGE_ORDER.indexOf(b.status.stage ?? '');
  return sa - sb || (a.status.id ?? a.uri).localeCompare(b.status.id ?? b.uri);
}

function portfolioRow(p: PortfolioEntry): SafeHtml {
  const s = p.status;
  const findings = p.findings.slice(0, 3).map((f) => {
    const content = markup`<span class="sev sev-${f.severity}">${SEVERITY_LABEL[f.severity]}</span> ${f.message}`;
    return markup`<li>${revealButton(f.line, content, { uri: p.uri, cls: 'finding compact' })}</li>`;
  });
  const more = p.counts.errors + p.counts.warnings + p.counts.infos - findings.length;
  const facts = renderHealthReasons(s, p.uri);
  const next = s.nextMilestone
    ? markup`<div class="muted">next: ${s.nextMilestone.id} ${s.nextMilestone.forecast ?? s.nextMilestone.baseline ?? ''}</div>`
    : '';
  const highRisks = s.openHighRisks ? markup`<span class="badge sev-warning">${s.openHighRisks}</span>` : '0';
  const findingList = findings.length ? markup`<ul class="findings compact">${join(findings)}</ul>` : '';
  const moreLine = more > 0 ? markup`<div class="muted">and ${more} more</div>` : '';
  return markup`<tr>
<th scope="row"><button type="button" class="link plan-link" data-action="open" data-uri="${p.uri}" data-key="open:${p.uri}">${s.id ?? fileName(p.uri)}</button><div class="muted">${s.title ?? ''}</div></th>
<td>${s.service ?? '–'}</td>
<td>${stageLabel(s.stage)}</td>
<td>${healthBadge(s.health)}${facts}</td>
<td class="when">${s.dates.goLive ?? '–'}${next}</td>
<td class="num">${highRisks}</td>
<td class="num">${s.handoversTotal ? `${s.handoversAccepted}/${s.handoversTotal}` : '–'}</td>
<td><span class="badge ${countsClass(p.counts)}">${countsText(p.counts)}</span>${findingList}${moreLine}</td>
</tr>`;
}

export function renderPortfolioBody(portfolio: PortfolioResult | undefined, note?: string): SafeHtml {
  if (!portfolio) {
    return markup`<div class="placeholder"><h1>Transition portfolio</h1><p>${note ?? 'Loading…'}</p></div>`;
  }
  const plans = [...portfolio.plans].sort(byStageThenId);
  const byHealth = countByHealth(plans.map((p) => p.status));
  const unrated = (['not-set', 'not-rated'] as const)
    .filter((g) => byHealth[g] > 0)
    .map((g) => markup`<span class="badge health-${g}">${byHealth[g]} ${HEALTH_GROUP_LABEL[g].toLowerCase()}</span>`);
  const header = markup`<header class="plan-header"><p class="eyebrow">Portfolio · as of ${portfolio.asOf}</p><h1>Transition portfolio</h1>
<p class="summary"><span class="badge">${plans.length} ${plans.length === 1 ? 'transition' : 'transitions'}</span>${healthBadge('green', `${byHealth.green} `)}${healthBadge('amber', `${byHealth.amber} `)}${healthBadge('red', `${byHealth.red} `)}${join(unrated)}
<button type="button" class="secondary" data-action="refresh" data-key="refresh">Refresh</button></p></header>`;
  if (!plans.length) {
    return markup`${noteLine(note)}${header}${empty('No transition plans in this workspace. Run "Handoff: New Transition Plan" to create one.')}`;
  }
  return markup`${noteLine(note)}${header}
<table class="data portfolio"><thead><tr><th scope="col">Transition</th><th scope="col">Service</th><th scope="col">Stage</th><th scope="col">Health</th><th scope="col">Go-live</th><th scope="col">Open high risks</th><th scope="col">Handovers accepted</th><th scope="col">Findings</th></tr></thead>
<tbody>${join(plans.map(portfolioRow))}</tbody></table>`;
}
