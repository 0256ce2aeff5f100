/**
 * Did-you-mean: the edit distance and the suggestions messages make from it (a typo of a word, of
 * an ID).
 */

/** The edit distance between two strings; above `max`, any number over it. */
export function levenshtein(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (cur[j]! < rowMin) rowMin = cur[j]!;
    }
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/**
 * The closest candidate to `input`, if it is close enough to be a plausible typo
 * (case-insensitive; distance at most a third of the longer word, and at least 1).
 */
export function didYouMean(input: string, candidates: Iterable<string>): string | undefined {
  const needle = input.trim().toLowerCase();
  if (!needle) return undefined;
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    const c = candidate.toLowerCase();
    const limit = Math.max(1, Math.floor(Math.max(c.length, needle.length) / 3));
    const d = levenshtein(needle, c, limit);
    if (d <= limit && d < bestScore) {
      best = candidate;
      bestScore = d;
    }
  }
  return best;
}

/**
 * The one ID `input` is a typo of: one character wrong, missing or extra, or two neighbours
 * swapped (`TP-2026-019` for TP-2026-091). Undefined when none is, or when several are: `M-07`
 * is as near M-01 as M-06, and an ID guessed among several names another row.
 */
export function didYouMeanId(input: string, candidates: Iterable<string>): string | undefined {
  const needle = input.trim().toLowerCase();
  if (!needle) return undefined;
  let found: string | undefined;
  for (const candidate of candidates) {
    const c = candidate.toLowerCase();
    if (c === needle || !(levenshtein(needle, c, 1) <= 1 || swapsNeighbours(needle, c))) continue;
    if (found !== undefined && found.toLowerCase() !== c) return undefined;
    found = candidate;
  }
  return found;
}

/** Whether `b` is `a` with two neighbouring characters swapped. */
export function swapsNeighbours(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** Formats a did-you-mean tail for messages. */
export function suggestionText(suggestion: string | undefined): string {
  return suggestion ? ` Did you mean "${suggestion}"?` : '';
}

/**
 * The one value among spellings that `typed` is a typo of: one letter wrong, missing or extra
 * (`Hgh`, `Propsed`), or two neighbours swapped (`Opne`, `Not strated`); never two edits, which
 * would make `Significant` a typo of `Insignificant`. Spellings and `typed` are compared as given
 * (the caller normalises both). Undefined when none is near, or when spellings of two different
 * values are; words under three letters are never guessed at.
 */
export function typoOf<V>(
  typed: string,
  spellings: Iterable<readonly [spelling: string, value: V]>,
): { readonly spelling: string; readonly value: V } | undefined {
  if (typed.length < 3) return undefined;
  let found: { spelling: string; value: V } | undefined;
  for (const [spelling, value] of spellings) {
    if (spelling.length < 3 || spelling === typed) continue;
    if (levenshtein(typed, spelling, 1) > 1 && !swapsNeighbours(typed, spelling)) continue;
    if (found && found.value !== value) return undefined;
    found ??= { spelling, value };
  }
  return found;
}
