/**
 * What views say of a Status log that is not newest first (`statusOrder.ts` tells), and how they
 * show an entry's date: the same words in the report, the preview and any other view. Plain
 * text: each view escapes it where it writes it.
 */
import type { StatusEntryView, StatusLogOrderView } from './statusTypes.js';
import { healthName } from './values/healthNames.js';

type EntryDate = Pick<StatusEntryView, 'date' | 'dateWritten'>;

/** A status entry's date as views show it: as written, marked, when it could not be read (`06/11/2026`). */
export function entryDate(e: EntryDate): string {
  return e.date ?? (e.dateWritten ? `${e.dateWritten} (date not read)` : 'undated');
}

/**
 * What a view says beneath the latest status when the log is not newest first: the row shown, and
 * the first row, which the checks read as the current status. Undefined when the log reads newest
 * first. Plain text: each view escapes it.
 */
export function logOrderText(
  o: Pick<StatusLogOrderView, 'order' | 'latestRow' | 'firstStale' | 'readAs'> & {
    readonly first: (EntryDate & Pick<StatusEntryView, 'health'>) | undefined;
  },
  latest: EntryDate | undefined,
): string | undefined {
  if (o.order === 'newest-first') return undefined;
  if (o.order === 'untold')
    return "the Status log's order could not be told: its dates, read day first and month first, put different rows newest, so its first row is shown";
  const first = o.first
    ? `; its first row, which the checks read as the current status, is ${entryDate(o.first)}${o.firstStale ? ' (stale)' : ''}, ${o.first.health ? healthName(o.first.health) : 'no health'}`
    : '';
  const either = o.readAs
    ? `, reading its numeric dates ${o.readAs.order} first as the plan writes them ("${o.readAs.evidence}" reads only so),`
    : latest?.dateWritten || o.first?.dateWritten
      ? ', by either reading of its numeric dates,'
      : '';
  return `the Status log is not newest first: the newest entry${either} is row ${o.latestRow}, shown here${first}`;
}
