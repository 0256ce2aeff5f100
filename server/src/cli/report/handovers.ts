/**
 * The handovers a transition's highlight lists as overdue: planned before the as-of date and not
 * accepted, each with its status as written and whether it could be read, so a status the checks
 * skip (`Accepted – 38 of 41 articles`) is never shown as if it held.
 */
import type { PlanStatus } from '../../engine/status.js';
import type { IsoDate } from '../../engine/types.js';

export interface HandoverRef {
  readonly id: string;
  readonly process: string;
  readonly planned: IsoDate | undefined;
  /** The Status as written. */
  readonly status: string;
  /** False when the Status cannot be read (unreadable-value says why). */
  readonly statusRead: boolean;
  /** Written Accepted, on a date after the as-of date: not accepted yet. */
  readonly acceptedAhead: IsoDate | undefined;
  /** The receiving owner by name. */
  readonly owner: string;
}

/** The plan's overdue handovers, in the register's order. */
export function overdueHandoversOf(status: PlanStatus): HandoverRef[] {
  return status.handovers
    .filter((h) => h.overdue)
    .map((h) => ({
      id: h.id,
      process: h.process,
      planned: h.planned,
      status: h.status,
      statusRead: h.statusRead,
      acceptedAhead: h.acceptedAhead,
      owner: h.receivingOwnerName,
    }));
}
