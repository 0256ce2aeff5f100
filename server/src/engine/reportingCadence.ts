/**
 * The reporting cadence a plan's status is judged against, and when an entry is older than it:
 * what status-stale reports and what views mark as stale, stated once.
 */
import type { HandoffConfig } from './config.js';
import { daysBetween } from './isoDate.js';
import type { Plan } from './model.js';
import type { IsoDate } from './types.js';

/**
 * Days between status reports: front-matter `reporting_cadence_days`, else status-stale's
 * `cadence_days` option, else the configuration's `reporting_cadence_days` (14).
 */
export function reportingCadence(plan: Plan, config: HandoffConfig): number {
  const option = config.rules['status-stale']?.options['cadence_days'];
  return (
    plan.meta.reportingCadenceDays ??
    (typeof option === 'number' && Number.isInteger(option) && option >= 1 ? option : config.reportingCadenceDays)
  );
}

/** An entry dated `date` is stale on `asOf` when it is older than the cadence. */
export function isBeyondCadence(date: IsoDate, asOf: IsoDate, cadence: number): boolean {
  return daysBetween(date, asOf) > cadence;
}
