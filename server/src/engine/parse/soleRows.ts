/**
 * Another form of the listed names (a name without its patronymic, with its German letters
 * spelled out, with its Arabic article joined): each form names the one stakeholder it is a form
 * of, and none when two stakeholders' names take that form.
 */
import type { Row } from '../model.js';

export class SoleRows {
  private readonly rows = new Map<string, Row | undefined>();

  /** `row`'s name takes the form `key`. */
  add(key: string, row: Row): void {
    this.rows.set(key, this.rows.has(key) && this.rows.get(key) !== row ? undefined : row);
  }

  /** Whether some listed name takes the form `key` (whether one or several). */
  has(key: string): boolean {
    return this.rows.has(key);
  }

  /** The one stakeholder whose name takes the form `key`; undefined when none or several. */
  get(key: string): Row | undefined {
    return this.rows.get(key);
  }

  /** A form that also names another stakeholder as written (`byName`) names neither. */
  withdrawNamedOtherwise(byName: ReadonlyMap<string, Row>): void {
    for (const [key, row] of this.rows) if (byName.has(key) && byName.get(key) !== row) this.rows.set(key, undefined);
  }
}
