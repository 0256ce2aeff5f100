/**
 * The status preview page for one plan: header with health and counts, stage pipeline, open
 * findings, risk heat map, milestones, handovers, go-live readiness, closure (and overdue actions),
 * budget and the latest status report. Nothing
 * here judges a plan: health, overdue, high and accepted all come from the server's `PlanStatus`.
 */
import { riskBand, stageLabel } from '../../../server/src/engine/domain.js';
import { entryDate, logOrderText } from '../../../server/src/engine/statusOrderText.js';
import { dateShown } from '../../../server/src/engine/isoDate.js';
import { acceptancePhrase } from '../../../server/src/engine/readinessText.js';
import type {
  FindingCounts,
  FindingView,
  HandoverView,
  PlanResult,
  PlanStatus,
  RiskView,
  StageProgress,
} from '../../../server/src/protocol.js';
import { join, markup, type SafeHtml } from './html.js';
import { renderTimeline } from './timeline.js';
import { renderReadiness } from './readiness.js';
import { renderClosure } from './closure.js';
import {
  countsClass,
  countsText,
  empty,
  healthBadge,
  noteLine,
  page,
  type PageResources,
  personCell,
  renderHealthReasons,
  revealButton,
  section,
  SEVERITY_LABEL,
} from './widgets.js';

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

function formatMoney(value: number | undefined, currency: string | undefined): string {
  if (value === undefined) return '–';
  const n = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 }).format(value);
  return currency ? `${currency} ${n}` : n;
}

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
${renderReadiness(s)}
${renderClosure(s)}
${section('budget', 'Budget', renderBudget(s))}
${renderLatestStatus(s)}
</div>`;
}

function renderHeader(s: PlanStatus, counts: FindingCounts): SafeHtml {
  const facts = [s.id, s.transitionType, s.service].filter((x): x is string => !!x);
  const showDerived = s.derivedHealth !== undefined && (s.health === undefined || s.health !== s.derivedHealth);
  const goLive = dateShown(s.dates.goLive, s.datesWritten.goLive);
  return markup`<header class="plan-header">
<p class="eyebrow">${facts.join(' · ')}</p>
<h1>${s.title ?? s.id ?? 'Untitled plan'}</h1>
<p class="summary">
<span class="badge stage-badge">${stageLabel(s.stage)}</span>
${healthBadge(s.health, 'Health: ', s.healthWritten)}
${showDerived ? healthBadge(s.derivedHealth, 'Facts suggest: ') : ''}
<span class="badge ${countsClass(counts)}">${countsText(counts)}</span>
<span class="muted">as of ${s.asOf}</span>
${goLive ? markup`<span class="muted">go-live ${goLive}</span>` : ''}
</p>
${renderHealthReasons(s)}
</header>`;
}

/** Derived health and its reasons (contract §7), each a link to its row; the same labels as every view. */
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
      const cls = `band-${riskBand(likelihood * impact, s.highRiskScore)}${here.length ? ' has-risks' : ''}`;
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

function handoverState(h: HandoverView): SafeHtml {
  const acceptance = acceptancePhrase(h);
  if (acceptance) return markup`<span class="badge ${h.accepted ? 'sev-ok' : 'sev-warning'}">${acceptance}</span>`;
  return markup`<span class="badge">${h.status || 'No status'}</span>`;
}

/** A person by name, the ID and role in its title (and read by screen readers). */
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
  return markup`<div class="chart-wrap" tabindex="0" role="region" aria-label="Budget chart"><svg class="budget-chart" viewBox="0 0 ${width} ${svgH}" width="100%" role="img" aria-labelledby="budget-title"><title id="budget-title">Budget: approved ${money(approved)}, actual ${money(b.actual)}, forecast ${money(b.forecast)}</title>${join(svgRows)}</svg></div>
<dl class="facts">
<div><dt>Approved (front matter)</dt><dd>${money(b.approved)}</dd></div>
<div><dt>Approved by budget line</dt><dd>${money(b.approvedLines)}</dd></div>
<div><dt>Contingency</dt><dd>${money(b.contingency)}</dd></div>
<div><dt>Actual to date</dt><dd>${money(b.actual)}</dd></div>
<div><dt>Forecast at completion</dt><dd>${money(b.forecast)}</dd></div>
${b.exception !== undefined ? markup`<div><dt>Beyond tolerance</dt><dd>under exception ${b.exception || '(no ID)'}</dd></div>` : ''}
</dl>`;
}

function renderLatestStatus(s: PlanStatus): SafeHtml | '' {
  const e = s.latestStatus;
  if (!e) return '';
  // The cells' line breaks (`<br>`) come as `\n`: class "lines" shows them.
  const risks = e.risks ? markup`<p class="lines"><strong>Risks and challenges:</strong> ${e.risks}</p>` : '';
  const decisions = e.decisions ? markup`<p class="lines"><strong>Decisions needed:</strong> ${e.decisions}</p>` : '';
  // A log not newest first: the newest entry is shown, and the first row, which the checks read, is named.
  const order = logOrderText(s.statusLogOrder, e);
  const orderNote = order ? markup`<p class="sev-warning"><strong>Log order:</strong> ${order}</p>` : '';
  return section(
    'latest',
    'Latest status report',
    markup`<p>${revealButton(e.line, entryDate(e))} ${healthBadge(e.health, '', e.healthWritten)}</p>${orderNote}<p class="lines">${e.summary}</p>${risks}${decisions}`,
  );
}
