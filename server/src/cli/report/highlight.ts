/**
 * The per-transition highlight a steering group reads (PRINCE2 Highlight Report): what each line
 * says, as plain strings and numbers, computed once for the Markdown and the HTML renderers. No
 * escaping here: each renderer escapes every plan string where it writes it.
 */
import { formatAmount } from '../../engine/control.js';
import { HEALTH_NAMES } from '../../engine/values.js';
import type { Health, IsoDate } from '../../engine/types.js';
import { clipText, dayCount, notYetGiven, plural } from '../../engine/text.js';
import { dateShown, daysBetween } from '../../engine/isoDate.js';
import type { HandoverRef, ReportRow } from './model.js';
import { logOrderText } from '../../engine/statusOrderText.js';
import { varianceText } from '../../engine/budgetText.js';
import { criterionWhy, goLiveReadinessPhrase, otherRowsNotMetParts } from '../../engine/readinessText.js';

export { entryDate } from '../../engine/statusOrderText.js';

export const HEALTH_WORD: Readonly<Record<Health, string>> = HEALTH_NAMES;

/** "Green (2 reasons)", "Not rated (closed)": derived health in one phrase. */
export function derivedPhrase(r: ReportRow): string {
  if (!r.derivedHealth) return `not rated (${r.stage ?? 'no stage'})`;
  const counted = r.healthReasons.filter((x) => !x.waived).length;
  return counted ? `${HEALTH_WORD[r.derivedHealth]}, ${plural(counted, 'reason')}` : HEALTH_WORD[r.derivedHealth];
}

/**
 * One budget line: approved, actual, forecast, variance against tolerance (and the approved
 * Exception that covers a forecast beyond it); undefined when there are no figures. A figure the
 * lines' unreadable amounts leave uncomputed says so, and where.
 */
export function budgetPhrase(r: ReportRow): string | undefined {
  const b = r.budget;
  const approved = b.approved ?? b.approvedLines;
  const unread = b.unreadAmounts;
  if (approved === undefined && b.actual === undefined && b.forecast === undefined && unread.length === 0)
    return undefined;
  const cur = b.currency ? `${b.currency} ` : '';
  // Each figure, and the columns whose unreadable amounts leave it uncomputed (a line's Forecast, else its Actual).
  const figures = [
    { name: 'approved', value: approved, columns: ['approved'] },
    { name: 'actual', value: b.actual, columns: ['actual'] },
    { name: 'forecast', value: b.forecast, columns: ['forecast', 'actual'] },
  ];
  const uncomputed = figures.filter((f) => f.value === undefined && unread.some((u) => f.columns.includes(u.column)));
  const parts: string[] = [];
  for (const f of figures) {
    if (f === uncomputed[0])
      parts.push(
        notComputed(
          uncomputed.map((u) => u.name),
          unread,
        ),
      );
    else if (!uncomputed.includes(f))
      parts.push(`${f.name} ${f.value !== undefined ? cur + formatAmount(f.value) : '–'}`);
  }
  const variance = varianceText(b);
  if (variance) parts.push(variance);
  // Beyond tolerance, but the board accepted it: say so where the overspend is said.
  if (b.exception !== undefined) parts.push(`under exception${b.exception ? ` ${b.exception}` : ''}`);
  if (b.contingency !== undefined) parts.push(`contingency ${cur}${formatAmount(b.contingency)}`);
  return parts.join(' · ');
}

/**
 * The milestones forecast beyond the schedule tolerance, each with how far and the approved
 * Exception that covers it, or that none does: "beyond the 10-day tolerance: M-02 ExpressRoute
 * circuit live (forecast 14 days after baseline, no approved exception)". Undefined when none is.
 */
export function schedulePhrase(r: ReportRow): string | undefined {
  const b = r.scheduleBreaches;
  if (b.length === 0) return undefined;
  const each = b.map(
    (m) =>
      `${[m.id, m.name].filter(Boolean).join(' ')} (forecast ${dayCount(m.slipDays)} after baseline, ${m.exception !== undefined ? `under exception${m.exception ? ` ${m.exception}` : ''}` : m.waived ? 'waived' : 'no approved exception'})`,
  );
  return `beyond the ${b[0]!.toleranceDays}-day tolerance: ${each.join('; ')}`;
}

/** "forecast not computed: 3 amounts not read, in Resource consumption rows 2–3". */
function notComputed(names: readonly string[], unread: ReportRow['budget']['unreadAmounts']): string {
  const rows = [...new Set(unread.map((u) => u.row))].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < rows.length; i++) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === rows[j]! + 1) j++;
    runs.push(j > i ? `${rows[i]}–${rows[j]}` : `${rows[i]}`);
    i = j;
  }
  const amounts = `${plural(unread.length, 'amount')} not read`;
  return `${names.join(' and ')} not computed: ${amounts}, in Resource consumption ${rows.length === 1 ? 'row' : 'rows'} ${runs.join(', ')}`;
}

/** Go-live and readiness in one phrase, as of `asOf` (`engine/readinessText.ts`, as the preview says it). */
export function readinessPhrase(r: ReportRow, asOf: IsoDate): string {
  return goLiveReadinessPhrase(r.readiness, { stage: r.stage, goLive: r.goLive, goLiveWritten: r.goLiveWritten, asOf });
}

/** How late an overdue milestone or handover is: "due 2026-11-27, 54 days overdue". */
export function lateness(date: IsoDate | undefined, asOf: IsoDate, word = 'due'): string {
  return date ? `${word} ${date}, ${dayCount(daysBetween(date, asOf))} overdue` : `${word} –`;
}

/**
 * An overdue handover's status as written; one that cannot be read (`Accepted – 38 of 41
 * articles`, which the checks skip) is quoted and marked, never passed off as a status.
 */
export function handoverStatus(h: HandoverRef): string {
  if (h.acceptedAhead) return notYetGiven(clipText(h.status, 40), h.acceptedAhead);
  return h.statusRead ? h.status : `status "${clipText(h.status, 40)}" not read`;
}

/**
 * What the latest status's date needs said beside it: dated after the as-of date (a report drafted
 * ahead, or a year mistyped: it is not yet the status, and the newest entry by then may be stale),
 * or stale. Undefined when neither.
 */
export function latestStatusMark(r: ReportRow, asOf: IsoDate): string | undefined {
  const date = r.latestStatus?.date;
  if (date && date > asOf) return `dated after ${asOf}${r.statusStale ? '; the newest entry by then is stale' : ''}`;
  return r.statusStale ? 'stale' : undefined;
}

/**
 * The readiness criteria not met, as "Criterion (no)": `partial`, `no row` when no row names it,
 * `Met empty`, or the Met cell as written when it could not be read (unreadable-value says why);
 * then the other rows naming one that are not met, by ID ("GR-06 Change authorised (no)").
 */
export function unmetCriteria(r: ReportRow): string[] {
  return [
    ...r.readiness.criteria.filter((c) => c.met !== 'yes').map((c) => `${c.criterion} (${criterionWhy(c)})`),
    ...otherRowsNotMetParts(r.readiness),
  ];
}

/** The accountable people by name: "sponsor Helen Marsh", "service owner …", "project manager …". */
export function peopleParts(r: ReportRow): string[] {
  const { sponsor, serviceOwner, projectManager } = r.people;
  return [
    sponsor ? `sponsor ${sponsor}` : '',
    serviceOwner ? `service owner ${serviceOwner}` : '',
    projectManager ? `project manager ${projectManager}` : '',
  ].filter(Boolean);
}

/** The plan's errors in one phrase: "2 errors: missing-register (line 111): No Go-live readiness register; …". */
export function errorsPhrase(r: ReportRow): string | undefined {
  const n = r.findings.error;
  if (n === 0) return undefined;
  const shown = r.errors.map((e) => `${e.rule} (line ${e.line + 1}): ${e.text}`).join('; ');
  const more = n > r.errors.length ? `; ${n - r.errors.length} more (handoff lint ${r.path})` : '';
  return `${plural(n, 'error')}: ${shown}${more}`;
}

/** The go-live date for a table cell: as written, marked, when it could not be read. */
export function goLiveCell(r: ReportRow): string | undefined {
  return dateShown(r.goLive, r.goLiveWritten);
}

/** What the latest status shown says of the Status log's order, when it is not newest first. */
export function logOrderPhrase(r: ReportRow): string | undefined {
  return logOrderText(r.logOrder, r.latestStatus);
}
