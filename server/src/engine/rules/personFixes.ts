/**
 * The fixes that write a person in place of a reference: one per stakeholder who may be meant,
 * written as the plan writes people (`personRef`), or one per name to keep of several written.
 */
import type { Plan, Row } from '../model.js';
import { personRef } from '../personStyle.js';
import { personDisplay } from '../references.js';
import type { Fix, Range } from '../types.js';
import { replace } from './util.js';

/**
 * One fix per person, each writing that person (as the plan writes people: `personRef`) in place
 * of the reference: "Set owner to …" where the field is named, else "Replace with …".
 */
export function replaceWithEach(
  plan: Plan,
  rows: readonly Row[],
  range: Range,
  write: (text: string) => string,
  field?: string,
): Fix[] | undefined {
  if (rows.length === 0) return undefined;
  return rows.map((row) => {
    const ref = personRef(plan, row);
    const title = field ? `Set ${field} to ${personDisplay(row)}` : `Replace with ${personDisplay(row)}`;
    return { title, edits: [replace(range, write(ref))] };
  });
}

/** One fix per name, each writing only that name where several were (`write` quotes it where needed). */
export function keepOnly(names: readonly string[], range: Range, write: (text: string) => string = (t) => t): Fix[] {
  return names.map((n) => ({ title: `Keep only "${n}"`, edits: [replace(range, write(n))] }));
}
