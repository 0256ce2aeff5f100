/**
 * The portfolio report as Markdown (GitHub-flavoured: tables, a Mermaid block), for a wiki page,
 * a pull request or a job summary. Plan text is escaped like the lint Markdown format, so a
 * title cannot break the table, inject HTML or mention anyone.
 */
import type { Health, IsoDate } from '../../engine/types.js';
import { escapeMarkdownText } from '../../engine/sanitize.js';
import { healthName, healthShown } from '../../engine/values.js';
import { codeSpan } from '../formatters/markdown.js';
import { planLabels } from './planLabel.js';
import {
  budgetPhrase,
  entryDate,
  peopleParts,
  derivedPhrase,
  errorsPhrase,
  goLiveCell,
  handoverStatus,
  latestStatusMark,
  lateness,
  logOrderPhrase,
  readinessPhrase,
  schedulePhrase,
  unmetCriteria,
} from './highlight.js';
import { closureFacts, overdueFact, type Fact } from '../../engine/closureText.js';
import {
  BEYOND_TOLERANCE,
  derivedHealthText,
  filesNotReadText,
  healthGaps,
  overdueCounts,
  reportedHealthText,
  toleranceBreaches,
  UNDER_EXCEPTION,
  type ToleranceBreach,
} from './headline.js';
import { dependencyMermaid } from './mermaid.js';
import { dependencyConcern, STAGE_KEYS, type MilestoneRef, type Report, type ReportRow } from './model.js';
import { waiverExpiryText } from '../../engine/health.js';
import type { WaiverStanding } from '../../engine/waiverStanding.js';
import { notRead, plural } from '../../engine/text.js';
import { dateShown } from '../../engine/isoDate.js';

/** A health read, else as written and marked not read, else a dash. */
const health = (value: Health | undefined, written?: string): string =>
  value ? healthShown(value) : written ? escapeMarkdownText(notRead(written)) : '–';

const text = (value: string | undefined): string => (value ? escapeMarkdownText(value) : '–');
/** A status cell's text, its line breaks (`\n`) as `<br>`, as the plan wrote them. */
const lines = (value: string | undefined): string =>
  value ? value.split('\n').map(escapeMarkdownText).join('<br>') : '–';
const code = codeSpan;

/** A fact of a highlight on one line, its parts escaped. */
const fact = (f: Fact): string => `- **${f.label}:** ${f.parts.map(text).join('; ')}`;

function milestone(m: MilestoneRef | undefined): string {
  if (!m) return '–';
  return `${text(m.id)} ${text(m.name)}${m.due ? ` (${m.due})` : ''}`;
}

/** An overdue milestone in a highlight, with how late it is. */
const lateMilestone = (m: MilestoneRef, asOf: IsoDate): string =>
  `${text(m.id)} ${text(m.name)} (${lateness(m.due, asOf)})`;

/** " **(stale)**" and the like after the latest status's date, or nothing. */
function statusMark(r: ReportRow, asOf: IsoDate): string {
  const mark = latestStatusMark(r, asOf);
  return mark ? ` **(${text(mark)})**` : '';
}

function findings(row: ReportRow): string {
  const { error, warning, info } = row.findings;
  if (error + warning + info === 0) return '✅ none';
  const parts = [`${error} E`, `${warning} W`];
  if (info > 0) parts.push(`${info} I`);
  return parts.join(' · ');
}

/** A waiver that silences nothing, marked: `expired`, or `not in force` with why in short beneath. */
function waiverMark(w: WaiverStanding): string {
  if (w.expired) return ' **(expired)**';
  if (w.inForce) return '';
  const why = w.notInForce.map((p) => text(p.text)).join(' ');
  return ` **(not in force)**${why ? `<br>${why}` : ''}`;
}

function handovers(row: ReportRow): string {
  const { accepted, total, missingReceivingOwners } = row.handovers;
  if (total === 0) return '–';
  const open = missingReceivingOwners.filter((m) => !m.waived).map((m) => text(m.id));
  const waived = missingReceivingOwners.filter((m) => m.waived).map((m) => text(m.id));
  const missing =
    (open.length ? `; no receiving owner: ${open.join(', ')}` : '') +
    (waived.length ? `; no receiving owner, waived: ${waived.join(', ')}` : '');
  return `${accepted} / ${total}${missing}`;
}

/** A plan as the report names it (`planLabels`): its id, its path in code where the id does not tell it apart. */
function planNames(rows: readonly ReportRow[]): (r: ReportRow) => string {
  const label = planLabels(rows);
  return (r) => {
    const { id, path } = label(r);
    return id === undefined ? code(path!) : path !== undefined ? `${text(id)} (${code(path)})` : text(id);
  };
}

function row(r: ReportRow, name: (r: ReportRow) => string): string {
  const cells = [
    name(r),
    text(r.title),
    text(r.service),
    r.stage ?? '–',
    `${health(r.health, r.healthWritten)} / ${r.derivedHealth ? health(r.derivedHealth) : 'not rated'}`,
    text(goLiveCell(r)),
    milestone(r.nextMilestone),
    r.overdueMilestones.length ? r.overdueMilestones.map(milestone).join('; ') : '–',
    r.openHighRisks.length
      ? r.openHighRisks
          .map((k) => `${text(k.id)}${k.score !== undefined ? ` (${k.score})` : ''} ${text(k.owner)}`)
          .join(', ')
      : '–',
    handovers(r),
    findings(r),
  ];
  return `| ${cells.join(' | ')} |`;
}

/** One transition's highlight: health and why, go-live readiness, budget, decisions, what is late, waivers. */
function highlight(r: ReportRow, name: (r: ReportRow) => string, asOf: IsoDate): string[] {
  const out: string[] = [`### ${name(r)} ${text(r.title)}`, ''];
  const people = peopleParts(r).map((p) => text(p));
  out.push(
    `Stage **${r.stage ?? '–'}** · reported ${health(r.health, r.healthWritten)} · derived **${derivedPhrase(r)}**${people.length ? ` · ${people.join(', ')}` : ''}`,
    '',
  );
  if (r.healthReasons.length) {
    out.push('Why derived health says so:', '');
    for (const reason of r.healthReasons) out.push(`- ${text(reason.label)}`);
    out.push('');
  }
  const budget = budgetPhrase(r);
  const errors = errorsPhrase(r);
  if (errors) out.push(`- **Errors:** ${text(errors)}`);
  out.push(`- **Go-live and readiness:** ${text(readinessPhrase(r, asOf))}`);
  const unmet = unmetCriteria(r);
  if (unmet.length && r.stage === 'control') out.push(`  - not met: ${unmet.map(text).join('; ')}`);
  if (budget) out.push(`- **Budget:** ${text(budget)}`);
  const schedule = schedulePhrase(r);
  if (schedule) out.push(`- **Schedule:** ${text(schedule)}`);
  out.push(...closureFacts(r.closure).map(fact));
  if (r.overdueMilestones.length)
    out.push(`- **Overdue milestones:** ${r.overdueMilestones.map((m) => lateMilestone(m, asOf)).join('; ')}`);
  if (r.overdueHandovers.length)
    out.push(
      `- **Overdue handovers:** ${r.overdueHandovers.map((h) => `${text(h.id)} ${text(h.process)} (${lateness(h.planned, asOf, 'planned')}, ${text(handoverStatus(h))}, ${text(h.owner)})`).join('; ')}`,
    );
  const overdue = overdueFact(r.overdueItems);
  if (overdue) out.push(fact(overdue));
  if (r.openHighRisks.length)
    out.push(
      `- **Open high risks:** ${r.openHighRisks.map((k) => `${text(k.id)} ${text(k.risk)} (score ${k.score ?? '–'}, owner ${text(k.owner)}, ${k.contingency ? 'contingency planned' : 'no contingency'})`).join('; ')}`,
    );
  if (r.openIssues.length)
    out.push(
      `- **Open issues:** ${r.openIssues.map((i) => `${text(i.id)} ${text(i.issue)} (${text(i.status || 'Open')}, owner ${text(i.owner)})`).join('; ')}`,
    );
  const s = r.latestStatus;
  out.push(
    s
      ? `- **Latest status:** ${text(entryDate(s))}${statusMark(r, asOf)}, ${health(s.health, s.healthWritten)}. ${lines(s.summary)}`
      : '- **Latest status:** none',
  );
  const order = logOrderPhrase(r);
  if (order) out.push(`  - **Log order:** ${text(order)}`);
  out.push('');
  if (r.decisions.length) {
    out.push(
      '| Decision | Type | Decision text | Approved by | Date | Status | Covers |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      ...r.decisions.map(
        (d) =>
          `| ${text(d.id)} | ${text(d.type)} | ${text(d.decision)} | ${text(d.approvedBy)} | ${text(dateShown(d.date, d.dateWritten))} | ${text(d.status)} | ${text(d.covers)} |`,
      ),
      '',
    );
  }
  if (r.waivers.length) {
    out.push(
      '| Waived rule | Target | Reason | Approved by | Expires |',
      '| --- | --- | --- | --- | --- |',
      ...r.waivers.map(
        (w) =>
          `| ${code(w.rule)} | ${text(w.target)} | ${text(w.reason)} | ${text(w.approvedBy)} | ${text(waiverExpiryText(w))}${waiverMark(w)} |`,
      ),
      '',
    );
  }
  return out;
}

/** The report, in pieces (a row, a highlight…), so a large portfolio's report is never whole in memory. */
export function* renderReportMarkdown(report: Report): Generator<string, void, undefined> {
  let first = true;
  for (const line of markdownLines(report)) {
    yield first ? line : `\n${line}`;
    first = false;
  }
}

/** The report's lines, in order. */
function* markdownLines(report: Report): Generator<string, void, undefined> {
  const name = planNames(report.rows);
  const t = report.totals;
  yield* [`# Transition portfolio — as of ${report.asOf}`, ''];
  const stages = STAGE_KEYS.filter((s) => t.byStage[s] > 0).map((s) => `${s} ${t.byStage[s]}`);
  const overdue = overdueCounts(report.rows);
  const filesNotRead = filesNotReadText(report);
  const gaps = healthGaps(report.rows);
  const { outside, under } = toleranceBreaches(report.rows);
  const breaches = (head: string, b: ToleranceBreach[]): string[] =>
    b.length
      ? [`${head}: **${plural(b.length, 'plan')}**: ${b.map((x) => `${name(x.row)} (${text(x.what)})`).join(', ')}`, '']
      : [];
  yield* [
    `**${plural(t.plans, 'plan')}** · stages: ${stages.join(', ') || 'none'} · reported health: ${reportedHealthText(t)} · derived health: ${derivedHealthText(t)}`,
    '',
    ...(filesNotRead ? [`**${text(filesNotRead)}.**`, ''] : []),
    `Open high risks: **${t.openHighRisks}**${t.risksNotPlaced ? ` (${plural(t.risksNotPlaced, 'open risk')} not rated: likelihood or impact missing or unreadable)` : ''} · overdue milestones: **${t.overdueMilestones}** · overdue handovers: **${overdue.handovers}** · overdue actions and issues: **${overdue.actionsAndIssues}** · handovers accepted: **${t.handoversAccepted} / ${t.handoversTotal}** · findings: **${plural(t.findings.error, 'error')}, ${plural(t.findings.warning, 'warning')}, ${t.findings.info} info**`,
    '',
    ...breaches(BEYOND_TOLERANCE, outside),
    ...breaches(UNDER_EXCEPTION, under),
    ...(gaps.length
      ? [
          `Reported health better than derived: **${plural(gaps.length, 'plan')}**: ${gaps.map((r) => `${name(r)} (${healthName(r.health)}, derived ${healthName(r.derivedHealth)})`).join(', ')}`,
          '',
        ]
      : []),
    '## Transitions',
    '',
  ];
  if (report.rows.length === 0) yield* ['No plans found.', ''];
  else {
    yield* [
      '| ID | Title | Service | Stage | Health (reported / derived) | Go-live | Next milestone | Overdue milestones | Open high risks | Handovers accepted | Findings |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ];
    for (const r of report.rows) yield row(r, name);
    yield '';
  }

  yield* ['## Highlights', ''];
  if (report.rows.length === 0) yield* ['No plans found.', ''];
  for (const r of report.rows) yield* highlight(r, name, report.asOf);

  const withRisks = report.rows.filter((r) => r.latestStatus && (r.latestStatus.risks || r.latestStatus.decisions));
  yield* ['## Risks and challenges', ''];
  if (withRisks.length === 0) yield* ['No status entry reports risks, challenges or decisions needed.', ''];
  for (const r of withRisks) {
    const s = r.latestStatus!;
    yield* [`### ${name(r)} ${text(r.title)}`, ''];
    yield* [
      `Latest status: ${text(entryDate(s))}${statusMark(r, report.asOf)}, ${health(s.health, s.healthWritten)}. ${lines(s.summary)}`,
      '',
    ];
    if (s.risks) yield `- **Risks and challenges:** ${lines(s.risks)}`;
    if (s.decisions) yield `- **Decisions needed:** ${lines(s.decisions)}`;
    yield '';
  }

  yield* ['## Cross-plan dependencies', ''];
  const graph = dependencyMermaid(report.rows, report.edges);
  if (!graph) yield* ['No plan depends on another.', ''];
  else {
    yield* ['An arrow points from a transition to the one that waits for it.', '', '```mermaid', graph, '```', ''];
    const concerns = report.edges.flatMap((e) => dependencyConcern(report.rows, e) ?? []);
    if (concerns.length) yield* ['**Waiting on trouble:**', '', ...concerns.map((c) => `- ${text(c)}`), ''];
    if (report.unknownDependencies.length) {
      yield* [`Not in this report: ${report.unknownDependencies.map(text).join(', ')}.`, ''];
    }
  }

  if (report.fileErrors.length > 0) {
    yield* ['## Files not read', ''];
    for (const e of report.fileErrors) yield `- ${code(e.path)}: ${text(e.message)}`;
    yield '';
  }
}
