/**
 * The portfolio report as one self-contained HTML page: inline CSS, inline SVG charts, no script
 * and no external resource (a Content-Security-Policy says so to the browser too), printable on
 * A4/Letter. Every string that comes from a plan is escaped where it is written.
 */
import type { Health, IsoDate } from '../../engine/types.js';
import {
  budgetPhrase,
  entryDate,
  errorsPhrase,
  goLiveCell,
  handoverStatus,
  latestStatusMark,
  lateness,
  logOrderPhrase,
  peopleParts,
  readinessPhrase,
  schedulePhrase,
  unmetCriteria,
} from './highlight.js';
import { closureFacts, overdueFact, type Fact } from '../../engine/closureText.js';
import {
  awaitsBoard,
  derivedHealthText,
  filesNotReadText,
  healthGaps,
  overdueCounts,
  reportedHealthText,
  toleranceBreaches,
  BEYOND_TOLERANCE,
  UNDER_EXCEPTION,
  type ToleranceBreach,
} from './headline.js';
import { beyondCostTolerance } from '../../engine/budgetText.js';
import { dependencyMermaid } from './mermaid.js';
import { dependencyConcern, STAGE_KEYS, type MilestoneRef, type Report, type ReportRow } from './model.js';
import { escapeHtml } from '../../engine/sanitize.js';
import { waiverExpiryText } from '../../engine/health.js';
import type { WaiverStanding } from '../../engine/waiverStanding.js';
import { healthChart, heatMapChart, stageChart, timelineChart } from './svg.js';
import { CSS } from './htmlStyle.js';
import { planLabels, type PlanLabel } from './planLabel.js';
import { notRead, plural } from '../../engine/text.js';
import { dateShown } from '../../engine/isoDate.js';
import { healthName, readStatus } from '../../engine/values.js';

const esc = (value: string | undefined): string => (value ? escapeHtml(value) : '–');
/** A status cell's text, its line breaks (`\n`) as `<br>`. */
const escLines = (value: string | undefined): string => (value ? value.split('\n').map(escapeHtml).join('<br>') : '–');

/** A health read, else as written and marked not read, else "none". */
function healthBadge(value: Health | undefined, written?: string): string {
  if (!value && written) return `<span class="health none">${escapeHtml(notRead(written))}</span>`;
  return `<span class="health ${value ?? 'none'}">${healthName(value)}</span>`;
}

function milestone(m: MilestoneRef | undefined): string {
  if (!m) return '–';
  return `${esc(m.id)} ${esc(m.name)}${m.due ? ` <span class="muted">(${escapeHtml(m.due)})</span>` : ''}`;
}

/** An overdue milestone in a highlight, with how late it is. */
const lateMilestone = (m: MilestoneRef, asOf: IsoDate): string =>
  `${esc(m.id)} ${esc(m.name)} <span class="muted">(${escapeHtml(lateness(m.due, asOf))})</span>`;

/** "stale" and the like after the latest status's date, or nothing. */
function statusMark(r: ReportRow, asOf: IsoDate): string {
  const mark = latestStatusMark(r, asOf);
  return mark ? ` <b class="sev-error">${escapeHtml(mark)}</b>` : '';
}

function findingsCell(row: ReportRow): string {
  const { error, warning, info } = row.findings;
  if (error + warning + info === 0) return '<span class="muted">none</span>';
  const parts = [`<span class="sev-error">${error} E</span>`, `<span class="sev-warning">${warning} W</span>`];
  if (info > 0) parts.push(`${info} I`);
  return parts.join(' · ');
}

function handoversCell(row: ReportRow): string {
  const { accepted, total, missingReceivingOwners } = row.handovers;
  if (total === 0) return '–';
  const open = missingReceivingOwners.filter((m) => !m.waived).map((m) => esc(m.id));
  const waived = missingReceivingOwners.filter((m) => m.waived).map((m) => esc(m.id));
  const missing =
    (open.length ? `<br><span class="sev-error">no receiving owner: ${open.join(', ')}</span>` : '') +
    (waived.length ? `<br><span class="muted">no receiving owner, waived: ${waived.join(', ')}</span>` : '');
  return `${accepted} / ${total}${missing}`;
}

/**
 * A waiver that silences nothing, marked: `expired`, or `not in force` with why in short beneath
 * (the findings' whole messages in the mark's tooltip).
 */
function waiverMark(w: WaiverStanding): string {
  if (w.expired) return ' <b class="sev-error">expired</b>';
  if (w.inForce) return '';
  if (w.notInForce.length === 0) return ' <b class="sev-error">not in force</b>';
  const title = escapeHtml(w.notInForce.map((p) => p.message).join(' '));
  const why = w.notInForce.map((p) => escapeHtml(p.text)).join(' ');
  return ` <b class="sev-error" title="${title}">not in force</b><br><span class="muted why">${why}</span>`;
}

/** Beneath the latest status: what it says of the Status log's order, when it is not newest first. */
function logOrderHtml(r: ReportRow): string {
  const order = logOrderPhrase(r);
  return order ? `<br><span class="sev-warning"><b>Log order:</b> ${escapeHtml(order)}</span>` : '';
}

function rowHtml(r: ReportRow): string {
  const cells = [
    `${esc(r.id)}<br><code class="muted">${escapeHtml(r.path)}</code>`,
    esc(r.title),
    esc(r.service),
    esc(r.stage),
    `${healthBadge(r.health, r.healthWritten)} ${r.derivedHealth ? healthBadge(r.derivedHealth) : '<span class="health none">not rated</span>'}`,
    esc(goLiveCell(r)),
    milestone(r.nextMilestone),
    r.overdueMilestones.length ? r.overdueMilestones.map(milestone).join('<br>') : '–',
    r.openHighRisks.length
      ? r.openHighRisks
          .map(
            (k) =>
              `${esc(k.id)}${k.score !== undefined ? ` (${k.score})` : ''} <span class="muted">${esc(k.risk)}</span> ${person(k.owner, k.ownerId)}`,
          )
          .join('<br>')
      : '–',
    handoversCell(r),
    findingsCell(r),
  ];
  return `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
}

/** A fact of a highlight as a term and its description, a part a line, each escaped. */
function factHtml(f: Fact): string {
  return `<dt>${escapeHtml(f.label)}</dt><dd${f.warn ? ' class="sev-warning"' : ''}>${f.parts.map((p) => escapeHtml(p)).join('<br>')}</dd>`;
}

/** "2 reasons" after the derived health badge; nothing when there is none or the plan is not rated. */
function reasonCount(r: ReportRow): string {
  const n = r.healthReasons.filter((x) => !x.waived).length;
  return r.derivedHealth && n ? ` <b>${plural(n, 'reason')}</b>` : '';
}

/** A person by name, with the stakeholder ID in a tooltip. */
function person(name: string | undefined, id: string | undefined): string {
  if (!name) return '–';
  return id ? `<span class="person" title="${escapeHtml(id)}">${escapeHtml(name)}</span>` : escapeHtml(name);
}

/** A plan by its id, its path beside it where another plan shares the id (alone without one). */
function planName(label: PlanLabel): string {
  const path = label.path !== undefined ? `<code>${escapeHtml(label.path)}</code>` : '';
  return label.id === undefined ? path : `${esc(label.id)}${path ? ` ${path}` : ''}`;
}

/** A plan's heading: its name (`planName`) and title. */
function planHeading(label: PlanLabel, title: string | undefined): string {
  return `<h3>${planName(label)} ${esc(title)}</h3>`;
}

/** A decision's Type read as Exception (`Exception report` too), as the control rules read it. */
function isException(type: string): boolean {
  const read = readStatus('decisionType', type);
  return read.ok && read.value === 'Exception';
}

/** The Budget line beyond tolerance: an error, or a warning when an approved Exception covers it. */
function budgetClass(b: ReportRow['budget']): string {
  if (!beyondCostTolerance(b)) return '';
  return b.exception !== undefined ? ' class="sev-warning"' : ' class="sev-error"';
}

/** One transition's highlight: health and why, go-live readiness, budget, decisions, what is late, waivers. */
function highlightHtml(r: ReportRow, asOf: IsoDate, label: PlanLabel): string {
  const out: string[] = ['<article class="highlight">', planHeading(label, r.title)];
  const people = peopleParts(r).map((p) => escapeHtml(p));
  out.push(
    `<p>Stage <b>${esc(r.stage)}</b> · reported ${healthBadge(r.health, r.healthWritten)} · derived ${r.derivedHealth ? healthBadge(r.derivedHealth) : '<span class="health none">not rated</span>'}${reasonCount(r)}${people.length ? ` · <span class="muted">${people.join(', ')}</span>` : ''}</p>`,
  );
  if (r.healthReasons.length) {
    out.push('<ul class="reasons">');
    for (const reason of r.healthReasons)
      out.push(`<li class="reason ${reason.waived ? 'waived' : reason.level}">${escapeHtml(reason.label)}</li>`);
    out.push('</ul>');
  }
  out.push('<dl class="facts">');
  const errors = errorsPhrase(r);
  if (errors) out.push(`<dt>Errors</dt><dd class="sev-error">${escapeHtml(errors)}</dd>`);
  out.push(`<dt>Go-live and readiness</dt><dd>${escapeHtml(readinessPhrase(r, asOf))}`);
  const unmet = unmetCriteria(r);
  if (unmet.length && r.stage === 'control')
    out.push(`<br><span class="muted">not met: ${unmet.map((u) => escapeHtml(u)).join('; ')}</span>`);
  out.push('</dd>');
  const budget = budgetPhrase(r);
  if (budget) out.push(`<dt>Budget</dt><dd${budgetClass(r.budget)}>${escapeHtml(budget)}</dd>`);
  const schedule = schedulePhrase(r);
  const slipClass = r.scheduleBreaches.some(awaitsBoard) ? 'sev-error' : 'sev-warning';
  if (schedule) out.push(`<dt>Schedule</dt><dd class="${slipClass}">${escapeHtml(schedule)}</dd>`);
  out.push(...closureFacts(r.closure).map(factHtml));
  if (r.overdueMilestones.length)
    out.push(
      `<dt>Overdue milestones</dt><dd class="sev-warning">${r.overdueMilestones.map((m) => lateMilestone(m, asOf)).join('<br>')}</dd>`,
    );
  if (r.overdueHandovers.length)
    out.push(
      `<dt>Overdue handovers</dt><dd class="sev-warning">${r.overdueHandovers.map((h) => `${esc(h.id)} ${esc(h.process)} <span class="muted">(${escapeHtml(lateness(h.planned, asOf, 'planned'))}, ${esc(handoverStatus(h))}, ${esc(h.owner)})</span>`).join('<br>')}</dd>`,
    );
  const overdue = overdueFact(r.overdueItems);
  if (overdue) out.push(factHtml(overdue));
  if (r.openHighRisks.length)
    out.push(
      `<dt>Open high risks</dt><dd>${r.openHighRisks.map((k) => `${esc(k.id)} ${esc(k.risk)} <span class="muted">(score ${k.score ?? '–'}, ${k.contingency ? 'contingency planned' : 'no contingency'})</span> owner ${person(k.owner, k.ownerId)}`).join('<br>')}</dd>`,
    );
  if (r.openIssues.length)
    out.push(
      `<dt>Open issues</dt><dd>${r.openIssues.map((i) => `${esc(i.id)} ${esc(i.issue)} <span class="muted">(${esc(i.status || 'Open')}, owner ${esc(i.owner)})</span>`).join('<br>')}</dd>`,
    );
  const s = r.latestStatus;
  out.push(
    `<dt>Latest status</dt><dd>${s ? `${esc(entryDate(s))}${statusMark(r, asOf)} ${healthBadge(s.health, s.healthWritten)} ${escLines(s.summary)}` : 'none'}${logOrderHtml(r)}</dd>`,
  );
  out.push('</dl>');
  if (r.decisions.length) {
    out.push(
      '<table class="decisions"><caption>Exceptions and decisions</caption><thead><tr><th>ID</th><th>Type</th><th>Decision</th><th>Approved by</th><th>Date</th><th>Status</th><th>Covers</th></tr></thead><tbody>',
      ...r.decisions.map(
        (d) =>
          `<tr${isException(d.type) ? ' class="exception"' : ''}><td>${esc(d.id)}</td><td>${esc(d.type)}</td><td>${esc(d.decision)}</td><td>${person(d.approvedBy, d.approvedById)}</td><td>${esc(dateShown(d.date, d.dateWritten))}</td><td>${esc(d.status)}</td><td>${esc(d.covers)}</td></tr>`,
      ),
      '</tbody></table>',
    );
  }
  if (r.waivers.length) {
    out.push(
      '<table class="waivers"><caption>Waived findings</caption><thead><tr><th>Rule</th><th>Target</th><th>Reason</th><th>Approved by</th><th>Expires</th></tr></thead><tbody>',
      ...r.waivers.map(
        (w) =>
          `<tr><td><code>${escapeHtml(w.rule)}</code></td><td>${esc(w.target)}</td><td>${esc(w.reason)}</td><td>${person(w.approvedBy, w.approvedById)}</td><td>${escapeHtml(waiverExpiryText(w))}${waiverMark(w)}</td></tr>`,
      ),
      '</tbody></table>',
    );
  }
  out.push('</article>');
  return out.join('\n');
}

/** The page, in pieces (a row, a highlight…), so a large portfolio's page is never whole in memory. */
export function* renderReportHtml(report: Report): Generator<string, void, undefined> {
  for (const piece of htmlPieces(report)) yield `${piece}\n`;
}

/** The page's lines and blocks, in order. */
function* htmlPieces(report: Report): Generator<string, void, undefined> {
  const t = report.totals;
  const asOf = escapeHtml(report.asOf);
  const overdue = overdueCounts(report.rows);
  const filesNotRead = filesNotReadText(report);
  yield* [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>Transition portfolio — as of ${asOf}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>Transition portfolio</h1>`,
    `<div class="muted">As of ${asOf} · ${plural(t.plans, 'plan')}</div>`,
    '</header>',
    '<section class="cards">',
    `<div class="card">Plans<b>${t.plans}</b></div>`,
    `<div class="card">Open high risks<b>${t.openHighRisks}</b></div>`,
    `<div class="card">Overdue milestones<b>${t.overdueMilestones}</b></div>`,
    `<div class="card">Overdue handovers<b>${overdue.handovers}</b></div>`,
    `<div class="card">Overdue actions and issues<b>${overdue.actionsAndIssues}</b></div>`,
    `<div class="card">Handovers accepted<b>${t.handoversAccepted} / ${t.handoversTotal}</b></div>`,
    `<div class="card">Findings<b><span class="sev-error">${t.findings.error} E</span> · <span class="sev-warning">${t.findings.warning} W</span>${t.findings.info ? ` · ${t.findings.info} I` : ''}</b></div>`,
    ...(filesNotRead ? [`<div class="card sev-error">Files not read<b>${report.fileErrors.length}</b></div>`] : []),
    '</section>',
    ...headlineHtml(report),
    '<section class="charts">',
    `<figure><figcaption>Stage</figcaption>${stageChart(t)}</figure>`,
    `<figure><figcaption>Health</figcaption>${healthChart(t)}</figure>`,
    `<figure><figcaption>Open risks by likelihood and impact</figcaption>${heatMapChart(t)}${notPlaced(t.risksNotPlaced)}</figure>`,
  ];
  const timeline = timelineChart(report.rows, report.asOf);
  if (timeline) {
    const note =
      timeline.shown < timeline.total
        ? `<div class="muted">The ${timeline.shown} of ${timeline.total} dated plans with the earliest go-live.</div>`
        : '';
    const legend = `<div class="legend muted"><span class="dot done"></span>done<span class="dot overdue"></span>overdue<span class="dot upcoming"></span>upcoming · ◇ go-live · dashed line: as-of date</div>`;
    yield `<figure class="wide"><figcaption>Milestone timeline</figcaption>${timeline.svg}${legend}${note}</figure>`;
  }
  yield '</section>';

  yield '<h2>Transitions</h2>';
  if (report.rows.length === 0) yield '<p>No plans found.</p>';
  else {
    yield* [
      '<table>',
      '<thead><tr><th>ID</th><th>Title</th><th>Service</th><th>Stage</th><th>Health<br><span class="muted">reported, derived</span></th><th>Go-live</th><th>Next milestone</th><th>Overdue milestones</th><th>Open high risks</th><th>Handovers accepted</th><th>Findings</th></tr></thead>',
      '<tbody>',
    ];
    for (const r of report.rows) yield rowHtml(r);
    yield* ['</tbody>', '</table>'];
  }

  yield '<h2>Highlights</h2>';
  if (report.rows.length === 0) yield '<p>No plans found.</p>';
  const label = planLabels(report.rows);
  for (const r of report.rows) yield highlightHtml(r, report.asOf, label(r));

  yield '<h2>Risks and challenges</h2>';
  const withRisks = report.rows.filter((r) => r.latestStatus && (r.latestStatus.risks || r.latestStatus.decisions));
  if (withRisks.length === 0)
    yield '<p class="muted">No status entry reports risks, challenges or decisions needed.</p>';
  for (const r of withRisks) {
    const s = r.latestStatus!;
    yield* [
      '<div class="risk">',
      planHeading(label(r), r.title),
      `<p><span class="muted">Latest status ${esc(entryDate(s))}</span>${statusMark(r, report.asOf)} ${healthBadge(s.health, s.healthWritten)} ${escLines(s.summary)}</p>`,
      '<ul>',
      ...(s.risks ? [`<li><b>Risks and challenges:</b> ${escLines(s.risks)}</li>`] : []),
      ...(s.decisions ? [`<li><b>Decisions needed:</b> ${escLines(s.decisions)}</li>`] : []),
      '</ul>',
      '</div>',
    ];
  }

  yield '<h2>Cross-plan dependencies</h2>';
  const graph = dependencyMermaid(report.rows, report.edges);
  if (!graph) yield '<p class="muted">No plan depends on another.</p>';
  else {
    const titles = new Map(report.rows.filter((r) => r.id).map((r) => [r.id!, r.title]));
    yield '<table><thead><tr><th>Transition</th><th>Waits for</th><th>Concern</th></tr></thead><tbody>';
    for (const e of report.edges) {
      const target = titles.has(e.to)
        ? `${esc(e.to)} ${esc(titles.get(e.to))}`
        : `${esc(e.to)} <span class="muted">(not in this report)</span>`;
      const concern = dependencyConcern(report.rows, e);
      yield `<tr><td>${esc(e.from)} ${esc(titles.get(e.from))}</td><td>${target}</td><td${concern ? ' class="sev-warning"' : ''}>${concern ? escapeHtml(concern) : ''}</td></tr>`;
    }
    yield '</tbody></table>';
    yield* ['<details><summary>Mermaid source</summary>', `<pre>${escapeHtml(graph)}</pre>`, '</details>'];
  }

  if (report.fileErrors.length > 0) {
    yield* ['<h2>Files not read</h2>', '<ul>'];
    for (const e of report.fileErrors) yield `<li><code>${escapeHtml(e.path)}</code>: ${escapeHtml(e.message)}</li>`;
    yield '</ul>';
  }

  const stages = STAGE_KEYS.filter((s) => t.byStage[s] > 0)
    .map((s) => `${s} ${t.byStage[s]}`)
    .join(', ');
  yield `<footer class="muted"><p>Generated by handoff report as of ${asOf}. Stages: ${escapeHtml(stages || 'none')}.</p></footer>`;
  yield* ['</body>', '</html>'];
}

/** Under the heat map: the open risks it leaves out, so it never shows less exposure than there is. */
function notPlaced(n: number): string {
  if (n === 0) return '';
  return `<p class="muted">${n} open risk${n === 1 ? ' is' : 's are'} not placed: ${n === 1 ? 'its' : 'their'} likelihood or impact is missing or cannot be read.</p>`;
}

/** Beneath the cards: health over the plans (which are not rated), files not read, and the plans reported better than derived. */
function headlineHtml(report: Report): string[] {
  const t = report.totals;
  const filesNotRead = filesNotReadText(report);
  const gaps = healthGaps(report.rows);
  const label = planLabels(report.rows);
  const { outside, under } = toleranceBreaches(report.rows);
  const breaches = (cls: string, head: string, b: ToleranceBreach[]): string[] =>
    b.length
      ? [
          `<p class="${cls}"><b>${head}:</b> ${b.map((x) => `${planName(label(x.row))} <span class="muted">(${escapeHtml(x.what)})</span>`).join(', ')}</p>`,
        ]
      : [];
  return [
    `<p>Reported health: ${escapeHtml(reportedHealthText(t))}. Derived health: ${escapeHtml(derivedHealthText(t))}.</p>`,
    ...(filesNotRead ? [`<p class="sev-error">${escapeHtml(filesNotRead)}.</p>`] : []),
    ...breaches('sev-error', BEYOND_TOLERANCE, outside),
    ...breaches('sev-warning', UNDER_EXCEPTION, under),
    ...(gaps.length
      ? [
          `<p class="sev-warning"><b>Reported health better than derived:</b> ${gaps.map((r) => `${planName(label(r))} <span class="muted">(${escapeHtml(`${healthName(r.health)}, derived ${healthName(r.derivedHealth)}`)})</span>`).join(', ')}</p>`,
        ]
      : []),
  ];
}
