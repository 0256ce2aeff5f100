/**
 * Bounds on one finding, so that output grows linearly with input: a finding that names other
 * places (the other plans sharing an id, the other rows of a cycle) names a few and counts the
 * rest, and carries at most a few related locations. A message quoting a huge cell is cut.
 */

/** Related locations one finding carries. */
export const MAX_RELATED = 10;
/** Items one message lists by name before "and N more". */
export const MAX_LISTED = 5;
/** Characters of one message. */
export const MAX_MESSAGE_CHARS = 2000;

/** The first `max` of `items` (the first `max` others than `except`), without copying the rest. */
export function firstOthers<T>(items: readonly T[], except: T, max: number): T[] {
  const out: T[] = [];
  for (const item of items) {
    if (out.length === max) break;
    if (item !== except) out.push(item);
  }
  return out;
}

/** "a, b and c", or "a, b, c, d, e and 995 more" when `total` exceeds the names given. */
export function listWithMore(names: readonly string[], total: number): string {
  const shown = names.slice(0, MAX_LISTED);
  const rest = total - shown.length;
  if (rest > 0) return `${shown.join(', ')} and ${rest} more`;
  if (shown.length < 2) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/** Characters of a quoted value a message keeps, when the message is too long. */
const MAX_QUOTED_CHARS = 200;
/** A quoted value longer than MAX_QUOTED_CHARS. Group 1: the characters it keeps. */
const LONG_QUOTE = new RegExp(`"([^"]{${MAX_QUOTED_CHARS}})[^"]+"`, 'g');

/**
 * `message` within {@link MAX_MESSAGE_CHARS}, keeping what it says: a long quoted value in it (a
 * huge cell) is shortened first, and then, if it is still too long, its middle is cut, so the
 * subject at its start and what to do at its end both stay.
 */
export function capMessage(message: string): string {
  if (message.length <= MAX_MESSAGE_CHARS) return message;
  const quotesCut = message.replace(LONG_QUOTE, (_, kept: string) => `"${kept}…"`);
  if (quotesCut.length <= MAX_MESSAGE_CHARS) return quotesCut;
  const half = (MAX_MESSAGE_CHARS - 3) / 2;
  return `${quotesCut.slice(0, Math.ceil(half))} … ${quotesCut.slice(quotesCut.length - Math.floor(half))}`;
}
