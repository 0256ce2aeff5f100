/**
 * What every value reader of `values/` returns, and what they share: the comparison form of
 * words, and a value followed by a note (`Closed (2026-07-10)`).
 */
import type { IsoDate } from '../types.js';
import { memoized } from '../memo.js';

export type Reading<T> =
  | {
      readonly ok: true;
      readonly value: T;
      readonly canonical: string;
      /**
       * A value that reads otherwise in another language (`15 listopada 2027`: November in Polish,
       * October in Croatian, values/monthLanguage.ts; `0,25 mil EUR`: a thousand in Spain, a
       * million in Croatia, values/scales.ts): its reading in each language that reads it so, and
       * where the plan shows none of them (`inPlanLanguage`).
       */
      readonly twoWay?: { readonly byLanguage: ReadonlyMap<string, Reading<T>>; readonly otherwise: Reading<T> };
    }
  | {
      readonly ok: false;
      /** The accepted forms, as a sentence fragment for messages. */
      readonly accepted: string;
      /** Why this text is not one of them, when there is more to say than "not accepted". */
      readonly problem?: string;
      /** The canonical form of the only plausible reading, for a quick fix. */
      readonly suggestion?: string;
      /**
       * The suggestion is the word the text is a typo of (`Opne`: Open), a guess the author
       * confirms: its quick fix is offered, not preferred.
       */
      readonly typo?: boolean;
      /** What the text may mean, when it is one of several (a quick fix each, none preferred). */
      readonly choices?: readonly string[];
      /** What each choice reads the text as, for its fix's title (`the amount in full`). */
      readonly choiceNotes?: readonly string[];
      /** The column's header, not the cell, is why it is not read (a unit note in another currency). */
      readonly byHeader?: boolean;
      /** What holds until the value is rewritten, when it is more than the row being skipped. */
      readonly until?: string;
      /**
       * The cell says its value is not there yet, in words its column reads as empty (a review's
       * Result `Pending`, statusWords.ts NOT_YET_WORDS): no value, as an empty cell, and nothing to report.
       */
      readonly notYet?: true;
      /**
       * A numeric date such as `03/04/2026`: its day-first and month-first readings, each when it
       * is a real date (a plan's other dates may show which order it writes: `numericDateOrder.ts`).
       */
      readonly dayFirst?: IsoDate;
      readonly monthFirst?: IsoDate;
      /**
       * An amount grouped with one point (`€90.000`): written with the point read as a thousands
       * separator (`90000`), and as a decimal point (`90`) only where a thousandth may be meant (a
       * column in thousands, no currency, or one with three decimals). The plan's other amounts
       * may show which (`amountGrouping.ts`).
       */
      readonly pointThousands?: string;
      readonly pointDecimal?: string;
    };

export const read = <T>(value: T, canonical: string): Reading<T> => ({ ok: true, value, canonical });

/**
 * A reading in the language its plan shows (model.ts `Row.dateLanguage`, asked of `row` only for
 * such a reading): a value that reads otherwise in another language (`twoWay`) is its reading in
 * that language, and its reading otherwise (asked, or as before) where the plan shows none of them.
 */
export function inPlanLanguage<T>(r: Reading<T>, row: { readonly dateLanguage?: string | undefined }): Reading<T> {
  if (!r.ok || !r.twoWay) return r;
  const language = row.dateLanguage;
  return (language === undefined ? undefined : r.twoWay.byLanguage.get(language)) ?? r.twoWay.otherwise;
}

/** Lower case, single spaces, surrounding punctuation removed: how words are compared. */
export const words = memoized((text: string): string =>
  text
    .toLowerCase()
    .replace(/[\s_]+/g, ' ')
    .replace(/^[^\p{L}\p{N}]+|(?<![^\p{L}\p{N}])[^\p{L}\p{N}]+$/gu, '')
    .trim(),
);

/**
 * A cell's text with its line breaks read as spaces. Readers are given a cell's line breaks as
 * `\n` (values.ts `valueText`): a word on the first line is read with the lines after it as its
 * note (`readWithNote`); everything else reads a break as a space, as the cell's text does.
 */
export function oneLine(text: string): string {
  return text.includes('\n') ? text.replace(/\n/g, ' ') : text;
}

/** A word on a cell's first line, a note on the lines after it: `Closed<br>Accepted by S-12`. Group 1 and 2. */
const NOTE_ON_NEXT_LINE = /^([^\n]*\S)\s*\n\s*(\S[\s\S]*)$/;

/** A note in parentheses after a value: `Closed (2026-07-10)`. Group 1 is the value, 2 the note. */
export const NOTE_IN_PARENTHESES = /^([^()]*?\S)\s*\(([^()]*)\)$/;
/** A note after a spaced dash: `Done – see M-04`. Not for dates, where a dash makes a range. */
const NOTE_AFTER_DASH = /^(.*?\S)\s+[-–—]\s+(\S.*)$/s;
/**
 * A note starting with "by", "on", "with" or "to" after a status word: `Approved by the board`,
 * `Accepted on 12 Dec`, `Transferred to Problem Management`.
 */
const NOTE_AFTER_WORD = /^(.*?\S)\s+((?:by|on|with|to)\s+\S.*)$/is;

/**
 * A note that changes what the word says (`Done (partial)`, `Accepted (conditionally)`, `Done to
 * 80%`), or leaves it in doubt (`Yes - to be confirmed`, `Accepted (apart from runbooks)`,
 * `Signed off (bar KB articles)`, `Done (mostly)`, `Approved (?)`).
 */
const QUALIFYING_NOTE = new RegExp(
  [
    // Anywhere in the note: it changes or doubts the word.
    String.raw`\b(?:partial(?:ly)?|partly|not|pending|awaiting|except(?:ing)?|exceptions?|condition(?:al|ally|s)?|subject|but|unless|provisional(?:ly)?|tb[acd]|to be (?:confirmed|agreed|ratified|decided|approved|signed|verified|checked)|un(?:confirmed|verified|signed)|apart from|save for|tentative(?:ly)?|in principle|all but)\b`,
    // Something still outstanding, not "no outstanding actions" or "nothing outstanding".
    String.raw`(?<!\b(?:no|nothing)\s+)\boutstanding\b`,
    // Only as the note's first word: "bar KB articles", "no-go: cutover deferred" (not "see bar
    // chart", "the go/no-go meeting").
    String.raw`^(?:bar\b|no\s*(?:-\s*)?go\b)`,
    // Only as the whole note: "mostly", "nearly done", "draft", "?" (not "nearly two weeks early",
    // "draft runbook replaced", "KB-12?").
    String.raw`^(?:(?:mostly|largely|nearly|almost)(?:\s+(?:done|complete|completed|met|finished|there))?|(?:in\s+)?draft|\?+)$`,
    String.raw`^to\s+\d{1,2}(?:\.\d+)?\s*%`,
  ].join('|'),
  'i',
);

/** A count of a whole: `9 of 11 live`, `310 out of 412 CIs verified`. Groups 1 and 2: the numbers. */
const COUNT_OF = /\b(\d[\d,]*)\s+(?:of|out of)\s+(\d[\d,]*)\b/gi;

/** Work not over yet: "4 weeks so far", "2 still in review". */
const NOT_OVER = /\b(?:so far|in progress|in review|under review)\b/i;

/**
 * Whether a note says the work is not over (`Yes – 9 of 11 live`, `Met – so far`): a word that
 * settles a row (Done, Accepted, Met) does not hold yet. Not for a health, whose note says how
 * the work goes (`Green (2 of 3 handovers accepted)`).
 */
function notOver(note: string): boolean {
  if (NOT_OVER.test(note)) return true;
  // A count is of the work only when the note starts with it (`310 of 412 CIs verified`, not
  // `fixed in sprint 4 of 6`), and one measured against a target says whether that was met.
  if (!/^\s*\d/.test(note) || /\btarget\b|%/.test(note)) return false;
  for (const m of note.matchAll(COUNT_OF)) {
    if (Number(m[1]!.replace(/,/g, '')) < Number(m[2]!.replace(/,/g, ''))) return true;
  }
  return false;
}

/** A word asked as a question: `Done?`, `Yes??`, `Approved (?)`. Group 1 is the word. */
const QUESTIONED = /^(.*?[^\s?(])\s*(?:\?+|\(\s*\?+\s*\))$/;

/**
 * A word that settles the row, asked as a question (`Done?`, `Accepted?`, `Yes?`): not read as the
 * word, with what to write. Undefined when the text is no question or the word settles nothing.
 */
export function questionedWord<T>(
  text: string,
  accepted: string,
  wordOf: (word: string) => T | undefined,
  settles: (value: T) => boolean,
): Reading<T> | undefined {
  if (text.length > NOTE_TEXT_MAX || !/\?\s*(?:\)\s*)?$/.test(text)) return undefined;
  const m = QUESTIONED.exec(text.trim());
  const value = m ? wordOf(m[1]!) : undefined;
  if (value === undefined || !settles(value)) return undefined;
  return {
    ok: false,
    accepted,
    problem: `"${text.trim()}" asks whether it is ${m![1]!}, so it is not read as ${m![1]!}: write ${m![1]!} once it is, and until then what holds.`,
  };
}

/**
 * What to write instead of a settling word its note qualifies (`Accepted – 38 of 41 articles
 * reviewed`): what holds until the word does in full. Not the note moved to another column: the
 * cell would then say the work is settled while the note says it is not.
 */
const qualifiedAdvice = (word: string): string =>
  `Until ${word} holds in full, write what holds now; the note may stay with it.`;

const NOTE_PATTERNS = [NOTE_IN_PARENTHESES, NOTE_AFTER_DASH];
const NOTE_PATTERNS_WITH_WORDS = [...NOTE_PATTERNS, NOTE_AFTER_WORD];

/** Notes are looked for in texts up to this long: a cell, not a paragraph. */
export const NOTE_TEXT_MAX = 200;

/**
 * A word with a note after it (`Closed (2026-07-10)`, `At risk – supplier late`), or on the lines
 * after it (`Closed<br>Accepted by S-12`), reads as the word, unless the word settles the row and
 * the note qualifies it (`Done (partial)`): that is reported. `undefined` when the text has no
 * note or the word before it is not one `wordOf` reads. The text read as one line comes first, so
 * a break reads as a space wherever that already reads (`Closed by<br>S-12`).
 */
export function readWithNote<T>(
  text: string,
  accepted: string,
  wordOf: (word: string) => T | undefined,
  how: {
    readonly settles: (value: T) => boolean;
    readonly canonical: (value: T) => string;
    /** What else qualifies a settled word (a green's concern). */
    readonly alsoQualifying?: RegExp;
    /** What a qualified word may be instead, note kept (`Amber (with concerns)`): fixes to offer. */
    readonly instead?: (value: T, note: string) => readonly string[];
    /** Also a note starting with "by", "on", "with" or "to" (status words: `Approved by the board`). */
    readonly wordNotes?: boolean;
    /** A note saying the work is not over doubts a settled word (`Yes – 9 of 11 live`): status words and Met. */
    readonly progress?: boolean;
    /** What to write instead of a qualified word, when not what holds until it does (qualifiedAdvice). */
    readonly advice?: string;
  },
): Reading<T> | undefined {
  if (text.length > NOTE_TEXT_MAX) return undefined;
  // The first way of splitting off a note that leaves a word read: `Transferred to Problem
  // Management (PRB-1022)` is not a word before its parentheses, but is one before "to".
  let found: { word: string; note: string; value: T } | undefined;
  const line = oneLine(text);
  const patterns = how.wordNotes ? NOTE_PATTERNS_WITH_WORDS : NOTE_PATTERNS;
  for (const pattern of line === text ? patterns : [...patterns, NOTE_ON_NEXT_LINE]) {
    const m = pattern.exec(pattern === NOTE_ON_NEXT_LINE ? text : line);
    const value = m ? wordOf(m[1]!) : undefined;
    if (value !== undefined) {
      found = { word: m![1]!, note: oneLine(m![2]!), value };
      break;
    }
  }
  if (!found) return undefined;
  const { word, note, value } = found;
  const qualifies =
    QUALIFYING_NOTE.test(note.trim()) ||
    (how.progress === true && notOver(note)) ||
    (how.alsoQualifying?.test(note) ?? false);
  if (!how.settles(value) || !qualifies) return read(value, how.canonical(value));
  return {
    ok: false,
    accepted,
    problem: `The note "${note}" changes what ${word} says, so it is not read as ${word}. ${how.advice ?? qualifiedAdvice(word)}`,
    ...(how.instead && { choices: how.instead(value, note) }),
  };
}
