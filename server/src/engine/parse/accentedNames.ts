/**
 * Stakeholders' names that differ only in their accents, as Vietnamese names often do (`Nguyễn Văn
 * An` and `Nguyễn Văn Ân`, `Trần Văn Hùng` and `Trần Văn Hưng`): compared without their accents
 * (normPerson), as references are, they would be one name, and the first listed would be read for
 * both. Such a name is read only as written, accents and all; written without them (`Nguyen Van
 * An`), it could be either, and both are offered (partOfName.ts).
 */
import type { Row } from '../model.js';

/** A name as written, in small letters with one space between words: its accents kept. */
const asWritten = (name: string): string => name.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');

export class AccentedNames {
  /** The first row and the name as written of each key compared without accents. */
  private readonly first = new Map<string, { readonly row: Row; readonly written: string }>();
  /** Keys two stakeholders' names share only without their accents. */
  private readonly clashing = new Set<string>();
  /** Each name as written, to its row and key; no row when two rows write it so. */
  private readonly written = new Map<string, { readonly row: Row | undefined; readonly key: string }>();

  /** `row`'s name `name` is compared as `key` (normPerson's form). */
  add(name: string, key: string, row: Row): void {
    const written = asWritten(name);
    const known = this.first.get(key);
    if (!known) this.first.set(key, { row, written });
    else if (known.row !== row && known.written !== written) this.clashing.add(key);
    const same = this.written.get(written);
    this.written.set(written, { row: same && same.row !== row ? undefined : row, key });
  }

  /** Whether any two stakeholders' names are told apart only by their accents. */
  get any(): boolean {
    return this.clashing.size > 0;
  }

  /** Whether `key` (normPerson's form) is two stakeholders' names, told apart only by their accents. */
  clashes(key: string): boolean {
    return this.clashing.has(key);
  }

  /** The stakeholder whose name is `ref` as written, accents and all, where its accents tell it from another's. */
  get(ref: string | undefined): Row | undefined {
    const named = ref === undefined ? undefined : this.written.get(asWritten(ref));
    return named && this.clashing.has(named.key) ? named.row : undefined;
  }
}
