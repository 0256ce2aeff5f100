/**
 * Front-matter keys written under a near name (`Stage`, `service-owner`, `go-live` in `dates`):
 * the known key each most likely stands for, when that key is not written as well. Such a key is
 * read as nothing, so the known key is missing; that is one mistake, reported once, where it was
 * made (front-matter-schema), and the checks that would also report the known key missing
 * (front-matter-schema's required keys, missing-core-role) leave it to that finding.
 */
import type { FmValue } from './model.js';
import { didYouMean } from './suggest.js';

/** Known key → the key written under a near name for it (the first, when several are). */
export function misspeltKeys(
  entries: ReadonlyMap<string, FmValue>,
  known: readonly string[],
  /** The known key a written one stands for: its did-you-mean unless told otherwise. */
  meant: (written: string) => string | undefined = (written) => didYouMean(written, known),
): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  const knownSet = new Set(known);
  for (const written of entries.keys()) {
    if (knownSet.has(written)) continue;
    const key = meant(written);
    if (key === undefined || entries.has(key) || out.has(key)) continue;
    out.set(key, written);
  }
  return out;
}
