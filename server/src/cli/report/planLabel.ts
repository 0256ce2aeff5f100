/**
 * How the report names a plan in a heading: by its id, with its path where another plan of the
 * report shares the id, or by its path alone when it has none, so two plans are never one name.
 * Plain parts: each renderer escapes and styles them.
 */
import type { ReportRow } from './model.js';

export interface PlanLabel {
  /** The id, or undefined when the plan has none. */
  readonly id: string | undefined;
  /** The path, when the id alone does not tell the plan apart. */
  readonly path: string | undefined;
}

export function planLabels(rows: readonly ReportRow[]): (r: ReportRow) => PlanLabel {
  const seen = new Map<string, number>();
  for (const r of rows) if (r.id) seen.set(r.id, (seen.get(r.id) ?? 0) + 1);
  return (r) =>
    !r.id ? { id: undefined, path: r.path } : { id: r.id, path: seen.get(r.id)! > 1 ? r.path : undefined };
}
