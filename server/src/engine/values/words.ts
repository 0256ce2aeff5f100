/**
 * The values written as words (contract §3 table and §3.1): a Status log health, each register's
 * status words (the lists are in statusWords.ts) and Met (met.ts).
 */
import type { Health } from '../types.js';
import { healthRank } from '../domain.js';
import {
  CHECK_MARK_WORDS,
  NOT_YET_WORDS,
  PERCENT_WORDS,
  SETTLING_WORDS,
  UNREAD_PHRASES,
  UNREAD_WORDS,
  WORD_LISTS,
  type UnreadWord,
  type WordList,
} from '../statusWords.js';
import { memoized } from '../memo.js';
import { translatedHealth } from '../translatedRatings.js';
import { translatedStatus } from '../translatedStatusWords.js';
import { typoOf } from '../suggest.js';
import { oneLine, questionedWord, read, readWithNote, words, type Reading } from './reading.js';
import { readDate } from './dates.js';
import { HEALTH_EMOJI, HEALTH_WORDS, leadingCircle, ragColour } from './rag.js';
import { HEALTH_NAMES } from './healthNames.js';

export { MET_ACCEPTED, readMet, saysNotApplicable, type Met } from './met.js';
export { HEALTH_MARKS, HEALTH_NAMES, healthName, healthShown } from './healthNames.js';

// ---------------------------------------------------------------------------------------------
// Health

export const HEALTH_ACCEPTED = 'Green / Amber / Red, G / A / R, Yellow or Y (= Amber), 🟢 🟡 🟠 🔴';

/** What qualifies a green as well (`Green (concerns)`, `Green - at risk`): contract §3.1 reports `Green with concerns`. */
const GREEN_QUALIFIED =
  /\b(?:concerns?|risks?|watch|caution|issues?|amber|red|deteriorating|worsening|declining|down(?:wards?)?|falling|slipping)\b|[↓↘▼⬇]/iu;

/**
 * A trend after the rating, without brackets, as highlight reports write it: `Amber trending
 * green`, `Amber ↗ improving`, `Red – stable`, `Amber, trend: down`. Read as a note (`Amber (trending green)`): the
 * rating holds now, the trend is where it is going.
 */
const TREND =
  /^(\S+(?:\s+\S+)?)\s+((?:[↗↘↑↓▲▼⬆⬇]\uFE0F?\s*)?(?:trend(?:ing|s)?|improving|deteriorating|worsening|declining|recovering|stable|steady)\b.*)$/iu;

/** A trend written as an arrow after the rating: `Amber ↑`, `Green ↘`. Read as a note, as TREND is. */
const ARROW_TREND = /^(.*?\S)\s*([↗↘↑↓▲▼⬆⬇]\uFE0F?)$/u;

/**
 * A rating that moved, as highlight reports write the change since the last one: `Amber → Green`,
 * `A->G`, `🟡 ➡ 🟢`. The rating after the arrow is the one that holds, as a crossed-out old value
 * (`~~Amber~~ Green`) is.
 */
const MOVED = /^(.+?)(?<!\s)\s*(?:→|->|⇒|=>|➡\uFE0F?|➔|⟶)\s*(.+)$/u;

/** A RAG health: a word, its initial, or a coloured circle, optionally followed by its word (`🟢 Green`). */
export const readHealth: (text: string) => Reading<Health> = memoized(readHealthOnce);

/** A line break reads as a space, but where it ends a rating with a note after it (`Amber<br>supplier late`). */
function readHealthOnce(written: string): Reading<Health> {
  const text = oneLine(written);
  const moved = MOVED.exec(text.trim());
  // What holds now is read (or said not to be) as if written alone. One move: `A → G → R` is a
  // history, not a rating (and a cell of arrows recurses no deeper than one).
  if (moved && !MOVED.test(moved[2]!) && readHealth(moved[1]!).ok) return readHealth(moved[2]!);
  // Not through readHealth: its words would drop the arrow, and a green going down has a concern.
  const arrow = ARROW_TREND.exec(text.trim());
  if (arrow && !/[()]/.test(text) && readHealth(arrow[1]!).ok) {
    return readNotedHealth(`${arrow[1]} (${arrow[2]})`) ?? readHealth(arrow[1]!);
  }
  const t = leadingCircle(text).rest;
  const w = words(t);
  const health = ragColour(text);
  if (health) return read(health, HEALTH_NAMES[health]);
  const noted = readNotedHealth(written.trim());
  if (noted) return noted;
  const trend = TREND.exec(text.trim());
  // `Amber, trend: down`: the comma goes with the note.
  const rating = trend?.[1]!.replace(/(?<![,;:])[,;:]+$/, '');
  if (trend && !/[()]/.test(text) && readHealth(rating!).ok) return readHealth(`${rating} (${trend[2]})`);
  const problem = healthProblem(t);
  const meant = problem === undefined && w ? typoOf(w, HEALTH_WORDS) : undefined;
  return {
    ok: false,
    accepted: HEALTH_ACCEPTED,
    ...problem,
    ...(meant && { suggestion: HEALTH_NAMES[meant.value], typo: true }),
  };
}

/** `Amber (improving)`, `Red – escalated`; a green with a concern in its note is not green. */
function readNotedHealth(text: string): Reading<Health> | undefined {
  return readWithNote(
    text,
    HEALTH_ACCEPTED,
    (word) => {
      const r = readHealth(word);
      return r.ok ? r.value : undefined;
    },
    {
      settles: (value) => value === 'green',
      canonical: (value) => HEALTH_NAMES[value],
      alsoQualifying: GREEN_QUALIFIED,
      // A green with concerns may be an amber: that rating, its note kept. Green itself is what the
      // author wrote: moving the note to another column is theirs to do.
      instead: (_, note) => [`${HEALTH_NAMES.amber} (${note})`],
    },
  );
}

/** Two ratings in one cell: `Green/Amber`, `Amber-Red`, `G/A`. */
const RATING = `(${[...HEALTH_WORDS.keys()].join('|')})`;
const TWO_RATINGS = new RegExp(`^${RATING}\\s*(?:[/\\\\–—-]|to)\\s*${RATING}$`, 'i');

/** A status word where a rating goes: the rating it stands for. */
const STATUS_AS_RATING: ReadonlyMap<string, Health> = new Map([
  ['on track', 'green'],
  ['at risk', 'amber'],
  ['off track', 'red'],
]);

/** Why a health is not read, with the ratings it may be, when the cell says something near one. */
function healthProblem(text: string): { problem: string; choices: readonly string[] } | undefined {
  const two = TWO_RATINGS.exec(text);
  const first = two ? HEALTH_WORDS.get(words(two[1]!)) : undefined;
  const second = two ? HEALTH_WORDS.get(words(two[2]!)) : undefined;
  if (first && second && first !== second) {
    const worse = healthRank(first) > healthRank(second) ? first : second;
    // Amber/Green and Amber/Red are one rating each on a five-point scale (the UK IPA's delivery
    // confidence): not two ratings, but still not one of the three that health takes.
    const fivePoint = first === 'amber' && !/\bto\b/i.test(text);
    return {
      problem: fivePoint
        ? `"${text}" is a rating of the five-point delivery confidence scale (Green, Amber/Green, Amber, Amber/Red, Red), and health here takes three: Green, Amber or Red. Write the one that holds now (in doubt, the worse: ${HEALTH_NAMES[worse]}).`
        : `"${text}" names two ratings, and health is one: write the one that holds now (in doubt, the worse: ${HEALTH_NAMES[worse]}).`,
      choices: [HEALTH_NAMES[worse], HEALTH_NAMES[worse === first ? second : first]],
    };
  }
  const said = translatedHealth(text);
  if (said) {
    return {
      problem: `Ratings are read in English, as the plan format writes them: "${text.trim()}" is ${HEALTH_NAMES[said]}.`,
      choices: [HEALTH_NAMES[said]],
    };
  }
  const w = words(text);
  const status = STATUS_AS_RATING.get(w);
  if (status) {
    return {
      problem: `Health is a RAG rating: Green when on track, Amber at risk, Red off track.`,
      choices: [HEALTH_NAMES[status]],
    };
  }
  return OTHER_COLOURS.get(w);
}

/**
 * Colours a rating is written in that are not its words: orange, as 🟠 is, for amber; BRAG's blue
 * (done) and grey (not rated), which are no health.
 */
const OTHER_COLOURS: ReadonlyMap<string, { problem: string; choices: readonly string[] }> = new Map([
  ['orange', { problem: 'Orange is the amber of a RAG rating.', choices: [HEALTH_NAMES.amber] }],
  [
    'blue',
    {
      problem:
        'Blue, in a BRAG rating, says the work is complete; health rates how the transition stands now: Green, Amber or Red.',
      choices: [HEALTH_NAMES.green],
    },
  ],
  ['grey', { problem: 'Grey says the transition is not rated: write the rating that holds now.', choices: [] }],
  ['gray', { problem: 'Gray says the transition is not rated: write the rating that holds now.', choices: [] }],
]);

// ---------------------------------------------------------------------------------------------
// Status words, per register

/** Compares words ignoring case, punctuation and hyphens (`Not-started`, `not started`). */
const key = (text: string): string =>
  words(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const WORD_INDEX: ReadonlyMap<WordList, ReadonlyMap<string, string>> = new Map(
  (Object.keys(WORD_LISTS) as WordList[]).map((list) => {
    const index = new Map<string, string>();
    for (const [canonical, others] of Object.entries(WORD_LISTS[list])) {
      index.set(key(canonical), canonical);
      for (const o of others) index.set(key(o), canonical);
    }
    return [list, index];
  }),
);

/** The longest word of any list, as words are compared (`in early life support`). */
const LONGEST_KEY = Math.max(...[...WORD_INDEX.values()].flatMap((index) => [...index.keys()].map((k) => k.length)));

/** The canonical words of a list, for messages, completion and docs. */
export function wordsOf(list: WordList): readonly string[] {
  return Object.keys(WORD_LISTS[list]);
}

/** The other spellings a canonical word accepts (for docs). */
export function aliasesOf(list: WordList, canonical: string): readonly string[] {
  return WORD_LISTS[list][canonical] ?? [];
}

const UNREAD_INDEX: ReadonlyMap<WordList, ReadonlyMap<string, UnreadWord>> = new Map(
  Object.entries(UNREAD_WORDS).map(([list, words]) => [
    list as WordList,
    new Map(Object.entries(words).map(([word, unread]) => [key(word), unread])),
  ]),
);

/** A percentage complete: `60%`, `100 %`, `60% complete`, `60% done`. Group 1: the number. */
const PERCENT_COMPLETE = /^(\d{1,3}(?:\.\d+)?)\s*%(?:\s+(?:complete|completed|done))?$/i;

/** A status written as a percentage complete (PERCENT_WORDS): read at 0 and 100, and between as the list says. */
function percentStatus(list: WordList, percent: number, written: string): Reading<string> {
  const reads = PERCENT_WORDS[list]!;
  const accepted = wordsOf(list).join(' / ');
  if (percent > 100) return { ok: false, accepted, problem: `${percent}% is more than all of it.` };
  const word = percent === 0 ? reads.none : percent === 100 ? reads.all : reads.part;
  if (typeof word === 'string') return read(word, word);
  // Each choice keeps the percentage as a note: `On track (60%)`.
  return { ok: false, accepted, problem: word.hint, choices: word.choices.map((c) => `${c} (${written})`) };
}

/** A check mark alone: `✅`, `✔`, `✔️`, `☑`, `✓`. */
const CHECK_MARK = /^(?:✅|✔\uFE0F?|☑\uFE0F?|✓)$/u;

/**
 * A status (or other fixed) word. Canonical: the contract's spelling (`On track`). A word with a
 * note that does not change it (`Closed (2026-07-10)`, `At risk – supplier late`) reads as the word.
 */
export function readStatus(list: WordList, text: string): Reading<string> {
  let reader = STATUS_READERS.get(list);
  if (!reader) STATUS_READERS.set(list, (reader = memoized((t: string) => readStatusOnce(list, t))));
  return reader(text);
}

/**
 * The lists whose settling words say work is finished (a milestone Done, a handover Accepted, an
 * item Closed), which a note saying it is not over doubts. A decision approved by 3 of 4 board
 * members is approved; a risk closed is about the risk.
 */
const PROGRESS_LISTS: ReadonlySet<WordList> = new Set(['milestones', 'handovers', 'issues', 'correctiveActions']);

/** `readStatus` of each list, remembered: a plan's status words repeat row after row and plan after plan. */
const STATUS_READERS = new Map<WordList, (text: string) => Reading<string>>();

/** A line break reads as a space, but where it ends a word with a note after it (`Closed<br>Accepted by S-12`). */
function readStatusOnce(list: WordList, written: string): Reading<string> {
  const text = oneLine(written);
  const index = WORD_INDEX.get(list)!;
  const settling = SETTLING_WORDS[list] ?? [];
  const accepted = wordsOf(list).join(' / ');
  const questioned = questionedWord(
    text,
    accepted,
    (word) => index.get(key(word)),
    (value) => settling.includes(value),
  );
  if (questioned) return questioned;
  const wordKey = key(text);
  const canonical = index.get(wordKey);
  if (canonical !== undefined) return read(canonical, canonical);
  if (saysNotYet(list, written)) return { ok: false, accepted, notYet: true };
  const ticked = wordKey === '' && CHECK_MARK.test(text.trim()) ? CHECK_MARK_WORDS[list] : undefined;
  if (ticked !== undefined) return readStatus(list, ticked);
  // A coloured circle alone is its RAG colour (`🟢` is Green): read, or said, as the word is.
  const circle = wordKey === '' ? HEALTH_EMOJI.get(text.trim()) : undefined;
  if (circle !== undefined) return readStatus(list, HEALTH_NAMES[circle]);
  const percent = PERCENT_WORDS[list] && PERCENT_COMPLETE.exec(text.trim());
  if (percent) return percentStatus(list, Number(percent[1]), text.trim());
  // A phrase said to be unread as a whole (`Accepted with conditions`) is not a word with a note.
  const unread = UNREAD_INDEX.get(list)?.get(wordKey);
  if (unread) return { ok: false, accepted, problem: unread.hint, choices: unread.choices };
  const english = translatedStatus(list, text.trim());
  if (english) {
    return {
      ok: false,
      accepted,
      problem: `Status words are read in English, as the plan format writes them: "${text.trim()}" is ${english}.`,
      choices: [english],
    };
  }
  const noted = readWithNote(written, accepted, (word) => index.get(key(word)), {
    settles: (value) => settling.includes(value),
    canonical: (value) => value,
    wordNotes: true,
    progress: PROGRESS_LISTS.has(list),
  });
  if (noted?.ok) return noted;
  // A phrase that says something else than the status (`Moved to the BAU backlog`), not a word with a note.
  const phrase = UNREAD_PHRASES[list];
  if (phrase?.pattern.test(text))
    return { ok: false, accepted, problem: phrase.hint, choices: phrase.choices(text.trim()) };
  if (noted) return noted;
  const dated = wordThenDay(list, text.trim(), accepted);
  if (dated) return dated;
  const meant = misspeltWord(text, list);
  return meant === undefined ? { ok: false, accepted } : { ok: false, accepted, suggestion: meant, typo: true };
}

const NOT_YET_INDEX: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(NOT_YET_WORDS).map(([list, said]) => [list, new Set(said.map(key))]),
);

/** Whether a cell says the list's value is not there yet (NOT_YET_WORDS), alone or with a note. */
function saysNotYet(list: WordList, written: string): boolean {
  const index = NOT_YET_INDEX.get(list);
  if (!index) return false;
  const notYet = (word: string): true | undefined => (index.has(key(word)) ? true : undefined);
  if (notYet(oneLine(written))) return true;
  const noted = readWithNote(written, '', notYet, { settles: () => false, canonical: () => '' });
  return noted?.ok === true;
}

/** A day without its year, as a log written in one year dates its entries: `6 Nov`, `Nov 6th`, `14/01`. */
const DAY_WITHOUT_YEAR =
  /^(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}[/.]\d{1,2})$/i;

/**
 * A status word with the day it happened after it and nothing between (`Accepted 14 Jan 2027`,
 * `Completed 6 Nov`), as hand-kept logs write it. A note is read in parentheses, after a spaced
 * dash or after by / on / with / to (contract §3.1), so it stays unread; but it is said to be the
 * word and a day, and the day as its note is its one reading (`Accepted (14 Jan 2027)`).
 */
function wordThenDay(list: WordList, text: string, accepted: string): Reading<string> | undefined {
  const index = WORD_INDEX.get(list)!;
  // A start longer than any word written with its punctuation (`Not - started`) is none: a long
  // cell is looked at in time linear in its length.
  for (let at = text.indexOf(' '); at > 0 && at <= 2 * LONGEST_KEY; at = text.indexOf(' ', at + 1)) {
    const word = text.slice(0, at);
    if (index.get(key(word)) === undefined) continue;
    const day = text.slice(at).trim();
    const date = readDate(day);
    const isDay = date.ok || date.suggestion !== undefined || date.dayFirst !== undefined || DAY_WITHOUT_YEAR.test(day);
    const noted = `${word} (${day})`;
    if (!isDay || !readStatus(list, noted).ok) continue;
    return {
      ok: false,
      accepted,
      problem: `"${day}" after ${word} is a day, and a note after a status word is read in parentheses or after a spaced dash.`,
      suggestion: noted,
    };
  }
  return undefined;
}

/**
 * The one word of a list a cell is a typo of (`Opne`, `Not strated`, `Acepted`), as the list
 * spells it (`Clsoed` is Closed, which an Issues list reads as Done).
 */
function misspeltWord(text: string, list: WordList): string | undefined {
  const { written, spellings } = spellingsOf(list);
  const found = typoOf(key(text), spellings);
  return found && written.get(found.spelling);
}

/** Each list's spellings as words are compared, to the spelling as the list writes it; built once per list. */
const spellingsOf = memoized((list: string) => {
  const written = new Map<string, string>();
  const spellings: [string, string][] = [];
  for (const [canonical, others] of Object.entries(WORD_LISTS[list as WordList])) {
    for (const spelling of [canonical, ...others]) {
      const k = key(spelling);
      written.set(k, spelling);
      spellings.push([k, canonical]);
    }
  }
  return { written, spellings } as const;
});
