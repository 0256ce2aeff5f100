/**
 * Front-matter keys written under a near name (`Stage`, `service-owner`, `go-live` in `dates`):
 * the known key each most likely stands for, when that key is not written as well. Such a key is
 * read as nothing, so the known key is missing; that is one mistake, reported once, where it was
 * made (front-matter-schema), and the checks that would also report the known key missing
 * (front-matter-schema's required keys, missing-core-role) leave it to that finding.
 */
import type { FmValue } from './model.js';
import { didYouMean } from './text.js';

export interface MisspeltKey {
  /** The key as written. */
  readonly written: string;
  readonly value: FmValue;
}

/** Known key → the entry written under a near name (the first, when several are). */
export function misspeltKeys(
  entries: ReadonlyMap<string, FmValue>,
  known: readonly string[],
): ReadonlyMap<string, MisspeltKey> {
  const out = new Map<string, MisspeltKey>();
  const knownSet = new Set(known);
  for (const [written, value] of entries) {
    if (knownSet.has(written)) continue;
    const key = didYouMean(written, known);
    if (key === undefined || entries.has(key) || out.has(key)) continue;
    out.set(key, { written, value });
  }
  return out;
}
