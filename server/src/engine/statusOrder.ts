/**
 * Which Status log entry is the newest, as the log's dates tell. The log is newest first
 * (contract §4) and the rules read its first row as the current status; a later row dated after
 * it (a log written oldest first) is what status-stale and health-mismatch report, and the entry
 * views show as the latest. A numeric date that reads two ways (`06/11/2026`) is compared in both
 * readings: when they put different rows newest, the order the plan's own numeric dates show
 * (`23/10/2026` only reads day first: numericDateOrder.ts) decides; without one, the log's order
 * cannot be told, and no reading is guessed.
 */
import type { HandoffConfig } from './config.js';
import type { Plan, Row } from './model.js';
import { isSampleRow } from './placeholders.js';
import { isBeyondCadence, reportingCadence } from './reportingCadence.js';
import type { StatusEntryView, StatusLogOrderView } from './statusTypes.js';
import { numericDateCells, numericDateOrder, type DateOrder } from './numericDateOrder.js';
import type { IsoDate } from './types.js';
import { cellValue, readDate, UNREADABLE, valueText } from './values.js';

/** A row's date read day first and month first: the same date twice when it reads one way. */
type Readings = readonly [dayFirst: IsoDate, monthFirst: IsoDate];

function readDateOnce(row: Row): Readings | undefined {
  const date = cellValue(row, 'date', readDate);
  return date && date !== UNREADABLE ? [date, date] : undefined;
}

/** Also a numeric date not read because it reads two ways: both its readings. */
function readDateBothWays(row: Row): Readings | undefined {
  const once = readDateOnce(row);
  if (once) return once;
  const text = valueText(row, 'date');
  const reading = text === undefined ? undefined : readDate(text);
  if (!reading || reading.ok) return undefined;
  const day = reading.dayFirst ?? reading.monthFirst;
  const month = reading.monthFirst ?? reading.dayFirst;
  return day && month ? [day, month] : undefined;
}

/**
 * The index of the newest row in one reading: a row dated after the first row and after every
 * row before it (rows of one date keep their order), else 0. Undefined when the first row has no
 * date: nothing tells whether a later row is newer.
 */
function newestIndex(dates: readonly (Readings | undefined)[], reading: 0 | 1): number | undefined {
  let newest = dates[0]?.[reading];
  if (newest === undefined) return undefined;
  let index = 0;
  dates.forEach((d, i) => {
    const date = d?.[reading];
    if (date !== undefined && date > newest!) [index, newest] = [i, date];
  });
  return index;
}

/**
 * The newest Status log row dated after the first row, when there is one: the log is then out of
 * order (often written oldest first), and the first row, which is read as the current status, is
 * not the newest entry. Undefined when the first row's date cannot be read.
 */
export function newerStatusEntry(plan: Plan): { row: Row; date: IsoDate } | undefined {
  const rows = plan.rows('statusLog');
  const dates = rows.map(readDateOnce);
  const index = newestIndex(dates, 0);
  return index ? { row: rows[index]!, date: dates[index]![0] } : undefined;
}

/**
 * As {@link newerStatusEntry}, and in a log of numeric dates that each read two ways, the later row
 * both readings put newest (its date as written, `twoWays`); `untold` when they put different
 * rows newest.
 */
export function newerStatusEntryEitherWay(
  plan: Plan,
): { row: Row; date: string; twoWays?: true } | 'untold' | undefined {
  const newer = newerStatusEntry(plan);
  if (newer) return newer;
  const order = statusLogOrder(plan.rows('statusLog'), plan);
  if (order.order === 'untold') return 'untold';
  const row = order.order === 'out-of-order' ? order.newest : undefined;
  return row && { row, date: row.value('date') ?? `row ${row.index + 1}`, twoWays: true };
}

export interface LogOrder {
  /**
   * `newest-first`: no row is dated after the first (or the first has no date); `out-of-order`: a
   * later row is; `untold`: the readings of its numeric dates put different rows newest.
   */
  readonly order: 'newest-first' | 'out-of-order' | 'untold';
  /** The newest entry: the first row unless the log is out of order. */
  readonly newest: Row | undefined;
  /**
   * When the readings of its numeric dates disagree, the one the plan's own dates show (`order`),
   * and a date of the plan that reads only that way (`evidence`, as written).
   */
  readonly readAs?: { readonly order: DateOrder; readonly evidence: string };
}

/** The order of a Status log's rows (the rows written, in the log's order). */
export function statusLogOrder(rows: readonly Row[], plan?: Plan): LogOrder {
  const dates = rows.map(readDateBothWays);
  const dayFirst = newestIndex(dates, 0);
  const monthFirst = newestIndex(dates, 1);
  if (dayFirst === monthFirst) {
    if (!dayFirst) return { order: 'newest-first', newest: rows[0] };
    return { order: 'out-of-order', newest: rows[dayFirst] };
  }
  // Worked out only here: most logs' dates read one way, and agree.
  const shown = plan ? numericDateOrder(numericDateCells(plan)) : undefined;
  if (!shown) return { order: 'untold', newest: rows[0] };
  const readAs = { order: shown.order, evidence: shown.evidence.cell.text.trim() };
  const index = shown.order === 'day' ? dayFirst : monthFirst;
  if (!index) return { order: 'newest-first', newest: rows[0], readAs };
  return { order: 'out-of-order', newest: rows[index], readAs };
}

/** The rows of the Status log written (a template's sample is no status), and their order. */
function writtenLog(plan: Plan): { all: readonly Row[]; written: readonly Row[]; order: LogOrder } {
  const all = plan.rows('statusLog');
  const written = all.filter((r) => !isSampleRow('statusLog', r));
  return { all, written, order: statusLogOrder(written, plan) };
}

interface StaleOptions {
  readonly config: HandoffConfig;
  readonly asOf: IsoDate;
  /** status-stale judged the first row stale (a reason of derived health). */
  readonly staleReason: boolean;
}

/**
 * Whether the latest status is stale: what status-stale judged of the first row, and, in a log out
 * of order, of the newer entry shown instead by the same cadence.
 */
function latestStale(plan: Plan, order: LogOrder, opts: StaleOptions): boolean {
  if (order.order !== 'out-of-order' || !opts.staleReason || !order.newest) return opts.staleReason;
  const date = cellValue(order.newest, 'date', readDate);
  return (
    date !== undefined && date !== UNREADABLE && isBeyondCadence(date, opts.asOf, reportingCadence(plan, opts.config))
  );
}

/** Whether the latest status a view shows is stale (the tree's marker, as the preview's). */
export function isLatestStatusStale(plan: Plan, opts: StaleOptions): boolean {
  // Only a stale first row can make the latest stale: the log's order is not read otherwise.
  return opts.staleReason && latestStale(plan, writtenLog(plan).order, opts);
}

/**
 * The latest status a view shows (the newest entry written, one per row of `entries`, the log's
 * views) and what it says of the log's order.
 */
export function latestStatusOf(
  plan: Plan,
  entries: readonly StatusEntryView[],
  opts: StaleOptions,
): { latestStatus: StatusEntryView | undefined; statusLogOrder: StatusLogOrderView; statusStale: boolean } {
  const { all, written, order } = writtenLog(plan);
  const entry = (row: Row | undefined) => (row ? entries[all.indexOf(row)] : undefined);
  const first = order.order === 'newest-first' ? undefined : entry(written[0]);
  return {
    latestStatus: entry(order.newest),
    statusLogOrder: {
      order: order.order,
      latestRow: order.newest ? all.indexOf(order.newest) + 1 : undefined,
      first,
      firstStale: opts.staleReason,
      ...(order.readAs && { readAs: order.readAs }),
    },
    statusStale: latestStale(plan, order, opts),
  };
}
