import { optional, rowLabel } from './util.js';
import type { Rule, RuleContext } from '../rule.js';
import { registerSpec } from '../schema.js';
import { addDays, daysBetween } from '../isoDate.js';
import { cellValue, HEALTH_NAMES, readDate, UNREADABLE } from '../values.js';
import { insertFirstRow, rowText, statusLogOrderFix } from '../fixes.js';
import type { Plan, Row } from '../model.js';
import { stageIndex, type Fix, type IsoDate } from '../types.js';
import { newestStatusEntry, newestWrittenEntry } from '../rowFacts.js';
import { newerStatusEntry } from '../statusOrder.js';
import { isBeyondCadence, reportingCadence } from '../reportingCadence.js';
import { columnPrompt, isSampleRow } from '../placeholders.js';

const SUMMARY = columnPrompt('statusLog', 'summary');

/** A new first Status log row dated the as-of date, with the newest entry's health as written. */
function currentEntryFix(plan: Plan, newest: Row, asOf: IsoDate): Fix | undefined {
  const table = plan.register('statusLog')?.table;
  if (!table) return undefined;
  // The newest entry's rating as written, else the front matter's (an entry with none is reported).
  const declared = plan.meta.health;
  const health = newest.value('health') ?? (declared ? HEALTH_NAMES[declared] : '');
  const edit = insertFirstRow(plan, table, rowText(table, { date: asOf, health, summary: SUMMARY }));
  return {
    title: `Add a status entry for ${asOf}`,
    edits: [edit],
    isPreferred: true,
    stops: [{ edit: 0, offset: edit.newText.indexOf(SUMMARY), length: SUMMARY.length }],
  };
}

/** Staleness in words: how old, against which cadence, and when the next report was due. */
function staleness(date: IsoDate, asOf: IsoDate, cadence: number): { text: string; overdue: boolean } | undefined {
  if (!isBeyondCadence(date, asOf, cadence)) return undefined;
  const age = daysBetween(date, asOf);
  const overdue = age > 2 * cadence;
  return {
    overdue,
    text: `${age} days old, ${overdue ? 'more than twice ' : 'beyond '}the ${cadence}-day reporting cadence (next report was due ${addDays(date, cadence)})`,
  };
}

/**
 * A newest entry dated after the as-of date (a report drafted ahead, or a year mistyped: 2026-12-31
 * for 2025-12-31): how current the status is comes from the newest entry dated by the as-of date.
 * Reported only when that one is stale: a report drafted for the next board is no finding.
 */
function reportFutureEntry(ctx: RuleContext, row: Row, date: IsoDate, cadence: number): void {
  let last: IsoDate | undefined;
  for (const r of ctx.plan.rows('statusLog')) {
    const d = cellValue(r, 'date', readDate);
    if (d && d !== UNREADABLE && d <= ctx.asOf && !isSampleRow('statusLog', r)) {
      last = d;
      break;
    }
  }
  const stale = last && staleness(last, ctx.asOf, cadence);
  if (!stale) return;
  ctx.report({
    range: row.cell('date')?.range ?? row.range,
    target: 'statusLog',
    severity: stale.overdue ? 'error' : undefined,
    fixes: optional(currentEntryFix(ctx.plan, row, ctx.asOf)),
    message: `The newest status entry is dated ${date}, after ${ctx.asOf}, and the newest entry dated by then (${last}) is ${stale.text}: correct the first entry's date if it is mistyped, or add a current entry at the top of the Status log.`,
  });
}

/**
 * A newest entry that is still a template's sample: no report yet. How stale the status is comes
 * from the newest entry written (its severity too), so leaving the sample does not soften the
 * finding. A log of samples only is missing-status-report's one finding where that rule applies.
 */
function reportPlaceholderEntry(ctx: RuleContext, row: Row, date: IsoDate, cadence: number): void {
  const written = newestWrittenEntry(ctx.plan);
  const requiredFrom = registerSpec('statusLog').requiredFrom;
  if (!written && requiredFrom && stageIndex(ctx.stage) >= stageIndex(requiredFrom)) return;
  const read = written ? cellValue(written, 'date', readDate) : undefined;
  const writtenDate = read === UNREADABLE ? undefined : read;
  const stale = writtenDate ? staleness(writtenDate, ctx.asOf, cadence) : undefined;
  const last = !written
    ? ' No entry of the Status log is written yet.'
    : stale
      ? ` The newest entry written (${writtenDate}) is ${stale.text}.`
      : '';
  ctx.report({
    range: row.cell('summary')?.range ?? row.range,
    target: 'statusLog',
    severity: stale?.overdue ? 'error' : undefined,
    message: `The newest status entry (${date}) still reads the placeholder "${row.value('summary') ?? SUMMARY}": write where the transition stands, or remove the entry.${last}`,
  });
}

export const statusStale = {
  name: 'status-stale',
  severity: 'warning',
  stage: 'planning',
  fixable: 'sometimes',
  description:
    "Fires when the newest Status log entry (its first row: the log is newest first) is older than the reporting cadence: front-matter `reporting_cadence_days`, else the rule option `cadence_days`, else the configuration's `reporting_cadence_days` (14). Older than twice the cadence it is an error. Closed plans are not checked. When a later row is dated after the first (a log written oldest first), the finding says so and its fix sorts the log newest first. A newest entry with no date (empty, or `TBC`) is reported too: how current the status is cannot be told, and no older row stands in. So is a newest entry whose Summary still holds the placeholder a template or fix wrote (`Where the transition stands`): it is no report yet. A newest entry dated after the as-of date (a year mistyped) is reported when the newest entry dated by the as-of date is stale.",
  docs: 'Reporting and Communication keeps stakeholders informed at an agreed rhythm; a status log that has gone quiet means decisions are being taken on old information. Add a new dated entry at the top of the Status log with the current health and summary. If the agreed rhythm is slower, set `reporting_cadence_days` in the front matter.',
  options: {
    cadence_days: {
      type: 'integer',
      minimum: 1,
      description: 'Days after which the newest status entry is stale, unless the plan sets `reporting_cadence_days`.',
    },
  },
  check(ctx) {
    // A closed transition has stopped reporting on purpose; its last entry is the closure report.
    if (ctx.stage === 'closed') return;
    const newest = newestStatusEntry(ctx.plan);
    if (!newest) return;
    // An undated newest entry: how current the log is cannot be told, and no older row stands in.
    const dateCell = newest.row.cell('date');
    if (newest.date === undefined && dateCell) {
      ctx.report({
        range: dateCell.empty && dateCell.text.trim() === '' ? newest.row.range : dateCell.range,
        target: 'statusLog',
        message: `The newest status entry (${rowLabel(newest.row)} of the Status log) has no date, so how current the status is cannot be told: write the date it was reported.`,
      });
      return;
    }
    // An unreadable date is unreadable-value's finding; no older row stands in for it.
    if (!newest.date || newest.date === UNREADABLE) return;
    const cadence = reportingCadence(ctx.plan, ctx.config);
    // An entry added for the author to write (by a template or this rule's fix) is no report yet.
    if (isSampleRow('statusLog', newest.row)) {
      reportPlaceholderEntry(ctx, newest.row, newest.date, cadence);
      return;
    }
    if (newest.date > ctx.asOf) {
      reportFutureEntry(ctx, newest.row, newest.date, cadence);
      return;
    }
    const staleBy = staleness(newest.date, ctx.asOf, cadence);
    if (!staleBy) return;
    const stale = staleBy.text;
    const range = newest.row.cell('date')?.range ?? newest.row.range;
    const severity = staleBy.overdue ? 'error' : undefined;
    // A log written oldest first: its first row is not the newest entry, and the fix is the order.
    const newer = newerStatusEntry(ctx.plan);
    if (newer) {
      ctx.report({
        range,
        target: 'statusLog',
        severity,
        fixes: optional(statusLogOrderFix(ctx.plan, newer.row)),
        message:
          `The first status entry (${newest.date}), read as the current one, is ${stale}, but ${newer.date} (row ${newer.row.index + 1}) is newer: ` +
          'the Status log is read newest first, so put the newest entry at the top.',
      });
      return;
    }
    const fix = currentEntryFix(ctx.plan, newest.row, ctx.asOf);
    ctx.report({
      range,
      target: 'statusLog',
      severity,
      fixes: fix ? [fix] : undefined,
      message: `The newest status entry (${newest.date}) is ${stale}: add a current entry at the top of the Status log.`,
    });
  },
} satisfies Rule;
