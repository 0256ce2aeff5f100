/**
 * Stakeholders' names that differ only in their accents, as Vietnamese names often do (`Nguyễn Văn
 * An` and `Nguyễn Văn Ân`, `Trần Văn Hùng` and `Trần Văn Hưng`): compared without their accents
 * (normPerson), as references are, they would be one name, and the first listed would be read for
 * both. Such a name is read only as written, accents and all; written without them (`Nguyen Van
 * An`), it could be either, and both are offered (partOfName.ts).
 *
 * Almost no plan has two names that one key compares alike, so a name is only remembered as it is
 * given; the written forms are worked out, once, for the keys given twice.
 */
import type { Row } from '../model.js';

/** A name as written, in small letters with one space between words: its accents kept. */
const asWritten = (name: string): string => name.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');

interface Named {
  readonly key: string;
  readonly name: string;
  readonly row: Row;
}

export class AccentedNames {
  /** The first name given for each key compared without accents (normPerson's form). */
  private readonly first = new Map<string, Named>();
  /** The names given for a key after its first. */
  private readonly later: Named[] = [];
  private settled:
    | {
        /** Keys two stakeholders' names share only without their accents. */
        readonly clashing: ReadonlySet<string>;
        /** Each clashing name as written, to its row and key; no row when two rows write it so. */
        readonly written: ReadonlyMap<string, { readonly row: Row | undefined; readonly key: string }>;
      }
    | undefined;

  /** `row`'s name `name` is compared as `key` (normPerson's form). */
  add(name: string, key: string, row: Row): void {
    this.settled = undefined;
    if (!this.first.has(key)) this.first.set(key, { key, name, row });
    else this.later.push({ key, name, row });
  }

  /** Whether any two stakeholders' names are told apart only by their accents. */
  get any(): boolean {
    return this.settle().clashing.size > 0;
  }

  /** Whether `key` (normPerson's form) is two stakeholders' names, told apart only by their accents. */
  clashes(key: string): boolean {
    return this.later.length > 0 && this.settle().clashing.has(key);
  }

  /** The stakeholder whose name is `ref` as written, accents and all, where its accents tell it from another's. */
  get(ref: string | undefined): Row | undefined {
    const { clashing, written } = this.settle();
    if (clashing.size === 0 || ref === undefined) return undefined;
    const named = written.get(asWritten(ref));
    return named && clashing.has(named.key) ? named.row : undefined;
  }

  private settle(): NonNullable<AccentedNames['settled']> {
    if (this.settled) return this.settled;
    const clashing = new Set<string>();
    for (const n of this.later) {
      const first = this.first.get(n.key)!;
      if (first.row !== n.row && asWritten(first.name) !== asWritten(n.name)) clashing.add(n.key);
    }
    const written = new Map<string, { row: Row | undefined; key: string }>();
    const named = [...this.first.values(), ...this.later].filter((n) => clashing.has(n.key));
    for (const n of named) {
      const w = asWritten(n.name);
      const same = written.get(w);
      written.set(w, { row: same && same.row !== n.row ? undefined : n.row, key: n.key });
    }
    this.settled = { clashing, written };
    return this.settled;
  }
}
