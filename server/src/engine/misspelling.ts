/**
 * Whether a phrase is a misspelling of another, word by word: the did-you-mean of a role, where a
 * near spelling of the whole (`Service Desk Manager`, `Service level manager`) may be another role
 * with another holder, and a fix writing it would hand the row to someone else.
 */
import { levenshtein, swapsNeighbours } from './suggest.js';

const words = (s: string): string[] => s.trim().toLowerCase().split(/\s+/).filter(Boolean);

/**
 * `typed` misspells `meant`: the same words but for typos, each within a third of its word's
 * length (at least one edit, two neighbours swapped being one: `Sponser`, `Chnage manager`,
 * `Service owenr`), or the same letters but for one, with a space missing or extra
 * (`Changemanager`). A different word (`Desk` for `level`, `Test` for `Tech`) or a word more or
 * less (`Service manager`) is no misspelling.
 */
export function misspells(typed: string, meant: string): boolean {
  const a = words(typed);
  const b = words(meant);
  if (a.length === 0 || b.length === 0) return false;
  if (a.length !== b.length) return levenshtein(a.join(''), b.join(''), 1) <= 1;
  let differ = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    differ++;
    const limit = Math.max(1, Math.floor(Math.max(x.length, y.length) / 3));
    if (levenshtein(x, y, limit) > limit && !swapsNeighbours(x, y)) return false;
  }
  return differ > 0;
}
