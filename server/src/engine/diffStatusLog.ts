/**
 * `handoff diff` on the Status log: a status reported, that is a newest entry the change adds (a
 * weekly update written at the top of the log), said once, neutral, with its date, health and
 * summary as the report's latest status shows them. A historic row edited, or one added below
 * the newest, is no status reported; a health move is diffHeader.ts's. A newest entry written below
 * the first row (appended to a log read newest first) is said to be so: the checks still read the
 * first row as the current status.
 */
import type { Add } from './semanticDiff.js';
import type { PlanStatus, StatusEntryView } from './statusTypes.js';
import { entryDate } from './statusOrderText.js';
import { clipText, notRead } from './text.js';
import { healthShown } from './values.js';
import { oneLine } from './values/reading.js';

/** An entry as the log dates it: its date, or its Date cell as written when it could not be read. */
const dateKey = (e: StatusEntryView): string => e.date ?? e.dateWritten ?? '';

export function diffStatusLog(b: PlanStatus, a: PlanStatus, add: Add): void {
  const s = a.latestStatus;
  // The newest entry at the head, dated as no entry of the base is: written by the change.
  if (!s || b.statusLog.some((e) => dateKey(e) === dateKey(s))) return;
  const health = s.health
    ? healthShown(s.health)
    : s.healthWritten
      ? `health ${notRead(`"${s.healthWritten}"`)}`
      : 'no health';
  const summary = s.summary ? ` — ${clipText(oneLine(s.summary), 80)}` : '';
  const reported = `Status reported ${entryDate(s)}: ${health}${summary}`;
  const order = a.statusLogOrder;
  if (order.order !== 'out-of-order' || !order.first) {
    add('status-reported', entryDate(s), reported, 'neutral');
    return;
  }
  // Written below the first row (appended, as to a log kept oldest first): the checks still read
  // the first row as the current status, so the report the change adds is not the one they see.
  const first = `${entryDate(order.first)}, ${order.first.health ? healthShown(order.first.health) : 'no health'}`;
  const message = `${reported}. It is written at row ${order.latestRow}, below older entries: the Status log is read newest first, so the checks still read its first row (${first}) as the current status. Move the new entry to the top.`;
  add('status-reported', entryDate(s), message, b.statusLogOrder.order === 'out-of-order' ? 'neutral' : 'worse');
}
