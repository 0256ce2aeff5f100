/**
 * `handoff diff` on dates as the plan writes them. Go-live compared (ISO, or a form with one
 * reading: `19 Apr 2027`, said to be read so); and a table's date in a form Handoff does not read
 * (`19/04/2027`, `07/12/2026`) that changed, which no fact and no finding would show (its
 * `unreadable-value` finding is the same one, reworded): compared where it has one reading, else
 * said as changed and not compared. Never "no change" for a date that moved.
 */
import type { Add, ChangeImpact, PlanSide } from './semanticDiff.js';
import type { PlanStatus, UnreadableValueView } from './statusTypes.js';
import { daysBetween } from './isoDate.js';
import { decisionRecorded } from './diffBaselines.js';
import { normalizeDate } from './rules/frontMatterFixes.js';
import { registerSpec, type RegisterKind } from './schema.js';
import { VALUE_COLUMNS } from './valueCells.js';
import { readDate } from './values.js';
import type { IsoDate } from './types.js';
import { dayCount } from './text.js';

/** The day a date written in another form stands for, when it has exactly one reading. */
function oneReading(text: string): IsoDate | undefined {
  const read = normalizeDate(text);
  if (read?.safe) return read.iso;
  // Day and month the same (`02/02/2027`): either order reads the same day.
  const r = readDate(text);
  return !r.ok && r.dayFirst !== undefined && r.dayFirst === r.monthFirst ? r.dayFirst : undefined;
}

/** Why a date written in another form is not compared: it reads two ways, or not as a date. */
function notCompared(text: string): string {
  const r = readDate(text);
  return !r.ok && r.dayFirst && r.monthFirst
    ? `${text} reads two ways (${r.dayFirst} or ${r.monthFirst})`
    : `${text} is not a date Handoff reads`;
}

/** `go_live` as the front matter writes it: read when ISO, else as written (`datesWritten`). */
function writtenGoLive(side: PlanSide): { text: string; iso: boolean; day: IsoDate | undefined } | undefined {
  const iso = side.status.dates.goLive;
  if (iso) return { text: iso, iso: true, day: iso };
  const text = side.status.datesWritten.goLive;
  return text === undefined ? undefined : { text, iso: false, day: oneReading(text) };
}

export function diffGoLive(before: PlanSide, after: PlanSide, add: Add): void {
  const was = writtenGoLive(before);
  const now = writtenGoLive(after);
  if (was?.text === now?.text) return;
  if (!was || !now) {
    add(
      'go-live',
      'dates.go_live',
      `Go-live changed from ${was?.text ?? 'none'} to ${now?.text ?? 'none'}.`,
      now ? 'neutral' : 'worse',
    );
    return;
  }
  if (was.day && now.day) {
    if (was.day === now.day) return; // Written another way: the same day.
    const d = daysBetween(was.day, now.day);
    const read =
      was.iso && now.iso
        ? ''
        : `, read as ${was.day} → ${now.day}: go_live is not written as an ISO date, so the checks that need it skip it`;
    // A slip the change records the decision for (an Exception covering the schedule) is still a
    // slip, and worse; the reviewer is told which decision to read.
    const decision =
      d > 0 ? decisionRecorded(before.status, after.status, { kind: 'schedule', milestone: undefined }) : undefined;
    const decided = decision ? `, as decided in ${decision.id}` : '';
    const message =
      d > 0
        ? `Go-live slipped ${dayCount(d)} (${was.text} → ${now.text}${read})${decided}.`
        : `Go-live brought forward ${dayCount(-d)} (${was.text} → ${now.text}${read}).`;
    add('go-live', 'dates.go_live', message, d > 0 ? 'worse' : 'better');
    return;
  }
  add(
    'go-live',
    'dates.go_live',
    `Go-live changed from ${was.text} to ${now.text}, not compared: ${notCompared(was.day ? now.text : was.text)}. Write go_live as an ISO date (YYYY-MM-DD).`,
    was.day && !now.day ? 'worse' : 'neutral',
  );
}

/** The date columns that are the schedule: a later date is worse; an earlier one better, but for a baseline. */
const SCHEDULE: Readonly<Record<string, Readonly<Record<string, 'baseline' | 'date'>>>> = {
  milestones: { baseline: 'baseline', rebaseline: 'baseline', forecast: 'date', actual: 'date' },
  handovers: { planned: 'date' },
};

function impactOf(u: UnreadableValueView, d: number): ChangeImpact {
  const schedule = SCHEDULE[u.register]?.[u.column];
  if (!schedule) return 'neutral';
  return d > 0 ? 'worse' : schedule === 'date' ? 'better' : 'neutral';
}

const isDate = (u: UnreadableValueView): boolean =>
  u.id !== undefined && VALUE_COLUMNS[u.register]?.[u.column] === 'date';
const cellKey = (u: UnreadableValueView): string => `${u.register}\u0000${u.column}\u0000${u.id}`;

/**
 * The dates a row holds that the diff compares when one side does not read them: the milestones'
 * Forecast and Actual and the handovers' Planned and Accepted on, as the other side reads them.
 */
const READ_DATE: Readonly<
  Record<string, Readonly<Record<string, (s: PlanStatus, id: string) => IsoDate | undefined>>>
> = {
  milestones: {
    forecast: (s, id) => s.milestones.find((m) => m.id === id)?.forecast,
    actual: (s, id) => s.milestones.find((m) => m.id === id)?.actual,
  },
  handovers: {
    planned: (s, id) => s.handovers.find((h) => h.id === id)?.planned,
    acceptedOn: (s, id) => s.handovers.find((h) => h.id === id)?.acceptedOn,
  },
};

/**
 * Whether the milestone's Forecast or Actual is one `before` does not read and `after` does: the
 * date `before` is reached by was a stand-in (its Baseline), so the two are not a move
 * (`diffUnreadDates` compares the cell itself).
 */
export function reachedDateNowRead(before: PlanStatus, after: PlanStatus, id: string): boolean {
  return before.unreadableValues.some(
    (u) =>
      u.register === 'milestones' &&
      u.id === id &&
      (u.column === 'forecast' || u.column === 'actual') &&
      READ_DATE.milestones![u.column]!(after, id) !== undefined,
  );
}

/** How a table's date cell is named in a message (`M-08 Forecast`). */
function cellName(u: UnreadableValueView): string {
  const header = registerSpec(u.register as RegisterKind).columns.find((c) => c.key === u.column)?.header ?? u.column;
  return `${u.id} ${header}`;
}

/**
 * A table's dates that changed where either side does not read them (`unreadable-value`'s
 * cells): compared when the text not read has one reading, else said as changed.
 */
export function diffUnreadDates(b: PlanStatus, a: PlanStatus, add: Add): void {
  const before = new Map(b.unreadableValues.filter(isDate).map((u) => [cellKey(u), u]));
  const after = new Set(a.unreadableValues.filter(isDate).map(cellKey));
  for (const u of a.unreadableValues) {
    if (!isDate(u)) continue;
    const old = before.get(cellKey(u));
    if (old) bothUnread(old, u, add);
    else {
      const was = READ_DATE[u.register]?.[u.column]?.(b, u.id!);
      if (was) halfRead(u, { text: was, iso: was }, { text: u.text, iso: oneReading(u.text) }, add);
    }
  }
  for (const u of before.values()) {
    if (after.has(cellKey(u))) continue;
    const now = READ_DATE[u.register]?.[u.column]?.(a, u.id!);
    if (now) halfRead(u, { text: u.text, iso: oneReading(u.text) }, { text: now, iso: now }, add);
  }
}

/** A date cell neither side reads, whose text changed. */
function bothUnread(old: UnreadableValueView, u: UnreadableValueView, add: Add): void {
  if (old.text === u.text) return;
  const cell = cellName(u);
  const [was, now] = [oneReading(old.text), oneReading(u.text)];
  if (was && now) {
    if (was === now) return; // Written another way: the same day.
    const d = daysBetween(was, now);
    add(
      'unread-date-changed',
      u.id!,
      `${cell} moved ${dayCount(Math.abs(d))} ${d > 0 ? 'later' : 'earlier'} (${old.text} → ${u.text}, read as ${was} → ${now}: not written as ISO dates, so the checks that need them skip them).`,
      impactOf(u, d),
    );
    return;
  }
  add(
    'unread-date-changed',
    u.id!,
    `${cell} changed from ${old.text} to ${u.text}, not compared: ${notCompared(was ? u.text : old.text)}. Write it as an ISO date (YYYY-MM-DD).`,
    'neutral',
  );
}

/**
 * A date cell one side reads (an ISO date) and the other does not: a move when the text not read
 * has one reading and it is another day; the same day written another way is no change (its
 * `unreadable-value` finding, introduced or fixed, says the rest).
 */
function halfRead(
  u: UnreadableValueView,
  was: { readonly text: string; readonly iso: IsoDate | undefined },
  now: { readonly text: string; readonly iso: IsoDate | undefined },
  add: Add,
): void {
  const cell = cellName(u);
  const nowUnread = now.iso !== now.text;
  const unread = nowUnread ? now.text : was.text;
  if (was.iso && now.iso) {
    if (was.iso === now.iso) return;
    const d = daysBetween(was.iso, now.iso);
    const read = nowUnread
      ? `read as ${now.iso}: not written as an ISO date, so the checks that need it skip it`
      : `the old date read as ${was.iso}`;
    add(
      'unread-date-changed',
      u.id!,
      `${cell} moved ${dayCount(Math.abs(d))} ${d > 0 ? 'later' : 'earlier'} (${was.text} → ${now.text}, ${read}).`,
      impactOf(u, d),
    );
    return;
  }
  add(
    'unread-date-changed',
    u.id!,
    `${cell} changed from ${was.text} to ${now.text}, not compared: ${notCompared(unread)}.${nowUnread ? ' Write it as an ISO date (YYYY-MM-DD).' : ''}`,
    'neutral',
  );
}
