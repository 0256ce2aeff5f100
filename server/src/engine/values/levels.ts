/** Likelihood and impact (contract §3.1): 1–5, their names, their initials, the 5 × 5 matrix's scales. */
import { memoized } from '../memo.js';
import { typoOf } from '../suggest.js';
import { readAmount } from './amounts.js';
import { oneLine, read, words, type Reading } from './reading.js';

export const LEVEL_ACCEPTED =
  '1–5, Very low / Low / Medium / High / Very high, VL / L / M / H / VH, Lo / Med / Hi, Rare / Unlikely / Possible / Likely / Almost certain, Insignificant / Minor / Moderate / Major / Catastrophic';

const LEVEL_WORDS: ReadonlyMap<string, number> = new Map([
  ['1', 1],
  ['2', 2],
  ['3', 3],
  ['4', 4],
  ['5', 5],
  ['very low', 1],
  ['vl', 1],
  ['low', 2],
  ['l', 2],
  ['lo', 2],
  ['medium', 3],
  ['med', 3],
  ['m', 3],
  ['moderate', 3],
  ['high', 4],
  ['h', 4],
  ['hi', 4],
  ['very high', 5],
  ['vh', 5],
  // The likelihood and impact scales of the usual 5 × 5 risk matrix (ISO 31000, HM Government).
  ['rare', 1],
  ['unlikely', 2],
  ['possible', 3],
  ['likely', 4],
  ['almost certain', 5],
  // The same likelihood scale as some matrices name its ends.
  ['very unlikely', 1],
  ['very likely', 5],
  ['insignificant', 1],
  ['negligible', 1],
  ['minor', 2],
  ['major', 4],
  ['catastrophic', 5],
]);

const levelWords = memoized((text: string): string => words(text).replace(/-/g, ' '));

const LEVEL_NAMES = ['Very low', 'Low', 'Medium', 'High', 'Very high'];

/** A level's name: 3 is Medium. */
export function levelName(level: number): string {
  return LEVEL_NAMES[level - 1] ?? String(level);
}

/**
 * A level written both ways, as registers often print it: `3 (Medium)`, `3 - Medium`, `3 Medium`,
 * `Medium (3)`, `High - 4`. The number, and the word, in either order.
 */
const NUMBER_THEN_WORD = /^([1-5])\s*(?:\(\s*([a-z][^()]*?)\s*\)|(?:[-–—:=]\s*|(?<=\s))([a-z][^()]*?))$/i;
const WORD_THEN_NUMBER = /^([a-z][^()\d]*?)\s*(?:\(\s*([1-5])\s*\)|[-–—:=]?\s*([1-5]))$/i;

/** A likelihood or impact as 1–5, a line break a space. Canonical: the number. */
export const readLevel: (text: string) => Reading<number> = memoized((text) => readLevelOnce(oneLine(text)));

function readLevelOnce(text: string): Reading<number> {
  const w = levelWords(text);
  const n = LEVEL_WORDS.get(w) ?? WHOLE_DECIMAL_LEVEL.exec(text)?.[1];
  if (n !== undefined) return read(+n, String(n));
  const pair = readLevelPair(text.trim());
  if (pair) return pair;
  const two = twoLevels(text.trim());
  if (two) return { ok: false, accepted: LEVEL_ACCEPTED, ...two };
  const problem = levelProblem(text.trim());
  const meant = problem === undefined ? typoOf(w, LEVEL_WORDS) : undefined;
  return {
    ok: false,
    accepted: LEVEL_ACCEPTED,
    problem,
    ...(meant && { suggestion: levelName(meant.value), typo: true }),
  };
}

/** A level as a spreadsheet may write it, with zero decimals (`3.0`, `5.00`). Group 1: the level. */
const WHOLE_DECIMAL_LEVEL = /^\s*([1-5])[.,]0+\s*$/;

/** A probability (`40%`) or an amount (`£50k`) where a level goes: each organisation bands them on its own matrix. */
const PERCENT = /^\d+(?:[.,]\d+)?\s*%$/;

/** Two levels as words, with a slash, a dash or "to" between: `Med-High`, `Medium/High`, `Low to medium`. */
const TWO_LEVELS = /^([a-z][a-z ]*?)\s*(?:\/|[-–—]|\bto\b)\s*([a-z][a-z ]*)$/i;

/** Two levels as numbers, the same ways: `3-4`, `3/4`, `3 to 4`. */
const TWO_NUMBERS = /^([1-5])\s*(?:\/|[-–—]|\bto\b)\s*([1-5])$/i;

/** Two levels where one goes: the higher first (in doubt, a risk is rated the worse way), as written. */
function twoLevels(text: string): { problem: string; choices: readonly string[] } | undefined {
  const n = TWO_NUMBERS.exec(text);
  if (n && n[1] !== n[2]) {
    const [higher, lower] = +n[1]! > +n[2]! ? [n[1]!, n[2]!] : [n[2]!, n[1]!];
    return {
      problem: `"${text}" names two levels, and a level is one: write the one that holds (in doubt, the higher: ${higher}).`,
      choices: [higher, lower],
    };
  }
  const m = text.length <= LEVEL_PAIR_MAX ? TWO_LEVELS.exec(text) : null;
  const a = m ? LEVEL_WORDS.get(levelWords(m[1]!)) : undefined;
  const b = m ? LEVEL_WORDS.get(levelWords(m[2]!)) : undefined;
  if (a === undefined || b === undefined || a === b) return undefined;
  const word = (w: string): string => w.trim().charAt(0).toUpperCase() + w.trim().slice(1);
  const [higher, lower] = (a > b ? [m![1]!, m![2]!] : [m![2]!, m![1]!]).map(word) as [string, string];
  return {
    problem: `"${text}" names two levels, and a level is one: write the one that holds (in doubt, the higher: ${higher}).`,
    choices: [higher, lower],
  };
}

function levelProblem(text: string): string | undefined {
  if (PERCENT.test(text)) {
    return `"${text}" is a probability: write the level it falls in on your risk matrix (Handoff does not guess the bands).`;
  }
  // An amount with a currency or a scale: a bare number is a level out of range, not money.
  const amount = /\d/.test(text) ? readAmount(text) : undefined;
  if (amount?.ok && (amount.value.currency !== undefined || !/^[\d.,\s]+$/.test(text))) {
    return `"${text}" is an amount: write the level your risk matrix gives it (Handoff does not guess the bands).`;
  }
  return undefined;
}

/** Longer than any level written twice (`5 (Very high)`): not tried, so the patterns stay linear. */
const LEVEL_PAIR_MAX = 32;

/** `3 (Medium)` and its kin: read when the number and the word agree, reported when they do not. */
function readLevelPair(text: string): Reading<number> | undefined {
  if (text.length > LEVEL_PAIR_MAX) return undefined;
  const nw = NUMBER_THEN_WORD.exec(text);
  const wn = nw ? undefined : WORD_THEN_NUMBER.exec(text);
  const number = nw ? nw[1] : (wn?.[2] ?? wn?.[3]);
  const word = nw ? (nw[2] ?? nw[3]) : wn?.[1];
  if (number === undefined || word === undefined) return undefined;
  const byWord = LEVEL_WORDS.get(levelWords(word));
  // Only a word: `3 5` or `3 (x)` is not a level written twice.
  if (byWord === undefined || /^\d/.test(word)) return undefined;
  if (byWord === +number) return read(byWord, number);
  return {
    ok: false,
    accepted: LEVEL_ACCEPTED,
    problem: `${number} is ${levelName(+number)}, but ${word} is ${byWord}.`,
  };
}
