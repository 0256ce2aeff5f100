import type { Rule } from '../rule.js';
import { cellValue, HEALTH_ACCEPTED, HEALTH_NAMES, readHealth, UNREADABLE } from '../values.js';
import { newestStatusEntry } from '../rowFacts.js';
import { newerStatusEntryEitherWay } from '../statusOrder.js';
import { cellIsWritten, setCell, statusLogOrderFix } from '../fixes.js';
import { isSampleRow } from '../placeholders.js';
import type { Cell, Plan } from '../model.js';
import type { Fix } from '../types.js';
import { daysBetween } from '../isoDate.js';
import { optional, replace } from './util.js';

export const healthMismatch = {
  name: 'health-mismatch',
  severity: 'error',
  stage: 'planning',
  fixable: 'sometimes',
  description: `Fires when the front-matter \`health\` differs from the Health of the newest Status log entry (its first row: the log is newest first; ${HEALTH_ACCEPTED}, case-insensitive). When a later row is dated after the first (a log written oldest first), the finding says so and its fix sorts the log newest first instead of copying the health of the first row.`,
  docs: "The front-matter health is what portfolio views and reports show; the Status log is where it is reported and explained. When they disagree, one of them misleads stakeholders. A newest entry with no Health is reported too (a warning): the front matter's rating cannot be checked against it, and a fix (not preferred) writes the front matter's rating there. The quick fix copies the newest status entry's health into the front matter; if the front matter is right, add a status entry that says so. `--fix` and Fix all copy it only from a current entry: not one dated after the as-of date, nor one older than the reporting cadence (the message then says which). A log written oldest first is reported as such, with the fix that puts the newest entry at the top; with numeric dates that read two ways (`04/05/2026`), when both readings put the same later row newest (that fix is then not preferred: write the dates as ISO first), and when they put different rows newest nothing tells which rating is current, so nothing is said.",
  check(ctx) {
    const { plan } = ctx;
    const value = plan.frontMatter.entries.get('health');
    const declared = plan.meta.health;
    if (!value || !declared) return;
    const newest = newestStatusEntry(plan);
    if (!newest) return;
    const reported = cellValue(newest.row, 'health', readHealth);
    const when =
      newest.date !== UNREADABLE && newest.date
        ? newest.date
        : (newest.row.value('date') ?? `row ${newest.row.index + 1}`);
    if (reported === undefined) {
      // An entry with no rating: the front matter's cannot be checked (a template's sample is
      // status-stale's to report).
      const cell = newest.row.cell('health');
      if (!cell || isSampleRow('statusLog', newest.row)) return;
      const rating = HEALTH_NAMES[declared];
      const fix = healthCellFix(plan, cell, rating);
      ctx.report({
        range: cell.text.trim() !== '' ? cell.range : newest.row.range,
        target: 'health',
        severity: 'warning',
        message: `The newest status entry (${when}) has no Health, so the plan's health (${declared}) cannot be checked against the status reported: write the entry's rating (Green, Amber or Red).`,
        fixes: fix ? [fix] : undefined,
      });
      return;
    }
    if (reported === UNREADABLE || reported === declared) return;
    const healthCell = newest.row.cell('health')?.range ?? newest.row.range;
    // A log written oldest first: its first row is not the newest entry, and the fix is the order
    // (numeric dates compared in both readings). When the readings disagree on which entry is
    // newest, nothing tells which rating is current, and its dates are reported unreadable.
    const newer = newerStatusEntryEitherWay(plan);
    if (newer === 'untold') return;
    if (newer) {
      const orderFix = statusLogOrderFix(plan, newer.row);
      ctx.report({
        range: value.range,
        target: 'health',
        message: `Front-matter health is ${declared} but the first status entry (${when}), read as the current one, reports ${reported}, and ${newer.date} (row ${newer.row.index + 1}) is newer: the Status log is read newest first, so put the newest entry at the top.`,
        related: [{ range: healthCell, message: `First status entry (${when}): ${reported}` }],
        // Dates that read two ways are for their author to write as ISO first (unreadable-value).
        fixes: optional(orderFix && newer.twoWays ? { ...orderFix, isPreferred: false } : orderFix),
      });
      return;
    }
    // Copying the entry's health is safe only from a current entry: not one dated after the as-of
    // date, nor one older than the reporting cadence, whose rating the front matter may well
    // have moved on from.
    const date = newest.date !== UNREADABLE ? newest.date : undefined;
    const cadence = plan.meta.reportingCadenceDays ?? ctx.config.reportingCadenceDays;
    const current = date !== undefined && date <= ctx.asOf && daysBetween(date, ctx.asOf) <= cadence;
    const why =
      date === undefined
        ? ''
        : date > ctx.asOf
          ? ` That entry is dated after ${ctx.asOf}.`
          : current
            ? ''
            : ` That entry is ${daysBetween(date, ctx.asOf)} days old: check which rating holds today.`;
    ctx.report({
      range: value.range,
      target: 'health',
      message: `Front-matter health is ${declared} but the newest status entry (${when}) reports ${reported}: make them agree, by updating the front matter or by adding a current status entry.${why}`,
      related: [{ range: healthCell, message: `Newest status entry (${when}): ${reported}` }],
      fixes: [
        {
          title: `Set health to ${reported}`,
          edits: [replace(value.range, reported)],
          isPreferred: true,
          ...(current ? { safe: true } : {}),
        },
      ],
    });
  },
} satisfies Rule;

/** Writes the front matter's rating into the entry's empty Health cell: offered, not preferred (it may not be the rating reported). */
function healthCellFix(plan: Plan, cell: Cell, rating: string): Fix | undefined {
  if (!cellIsWritten(plan, cell)) return undefined;
  return { title: `Set the entry's Health to ${rating}`, edits: [setCell(plan, cell, rating)] };
}
