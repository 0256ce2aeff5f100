/** Whether a criterion holds (contract §3, Early life support and Go-live readiness): Met. */
import { memoized } from '../memo.js';
import { NOTE_TEXT_MAX, oneLine, questionedWord, read, readWithNote, words, type Reading } from './reading.js';
import { ragColour } from './rag.js';
import { translatedMet } from '../translatedRatings.js';

export type Met = 'yes' | 'no' | 'partial';

export const MET_ACCEPTED = 'yes / no / partial, y / n, ✓ / ✗, ☑ / ☐, true / false, 1 / 0';

const MET_WORDS: ReadonlyMap<string, Met> = new Map([
  ['yes', 'yes'],
  ['met', 'yes'],
  ['achieved', 'yes'],
  ['y', 'yes'],
  ['true', 'yes'],
  ['✓', 'yes'],
  ['✔', 'yes'],
  ['✅', 'yes'],
  // A ticked box, and a spreadsheet's checkbox or flag exported as a number.
  ['☑', 'yes'],
  ['1', 'yes'],
  ['no', 'no'],
  ['not yet', 'no'],
  ['not met', 'no'],
  ['not achieved', 'no'],
  ['n', 'no'],
  ['false', 'no'],
  ['✗', 'no'],
  ['✘', 'no'],
  ['❌', 'no'],
  ['☐', 'no'],
  ['☒', 'no'],
  ['0', 'no'],
  ['partial', 'partial'],
  ['partially', 'partial'],
  ['partly', 'partial'],
  // A criterion written as a task: done is met, and one not done yet is not.
  ['done', 'yes'],
  ['complete', 'yes'],
  ['completed', 'yes'],
  ['in progress', 'no'],
  // A criterion checked by a test (`UAT signed off`, `Back-out rehearsal`): passed is met.
  ['pass', 'yes'],
  ['passed', 'yes'],
  ['fail', 'no'],
  ['failed', 'no'],
  ['ongoing', 'no'],
  ['pending', 'no'],
  ['outstanding', 'no'],
  ['not started', 'no'],
  ['not done', 'no'],
]);

/** Words that say a criterion does not apply, which Met cannot: a hint, and no reading. */
const NOT_APPLICABLE = /^(?:not applicable|n\/?a|waived|not required|excluded|out of scope)\b/i;

/**
 * Whether a Met cell says the criterion does not apply (`N/A`, `Not applicable`, `Waived`), which
 * is no answer to whether it is met: `N/A` reads as empty (contract §3), and the rest as nothing.
 */
export function saysNotApplicable(text: string): boolean {
  return NOT_APPLICABLE.test(text.trim());
}

/** A note that says a criterion was let off rather than met: `Yes – waived by sponsor`, `Yes (exempt)`. */
const WAIVED_NOTE = /\b(?:waived|waiver|exempt(?:ed|ion)?|not applicable|not required|out of scope)\b/i;

const WAIVED_PROBLEM =
  'Met says whether a criterion holds. One that does not apply to this transition is removed from the table, or, where a rule requires it (go-live readiness), waived: a Waivers row with the criterion as its Target and the reason.';

/** Whether a criterion is met. Canonical: yes / no / partial. */
export const readMet: (text: string) => Reading<Met> = memoized(readMetOnce);

/** A line break reads as a space, but where it ends a word with a note after it (`Yes<br>signed off by S-04`). */
function readMetOnce(written: string): Reading<Met> {
  const text = oneLine(written);
  const questioned = questionedWord(text, MET_ACCEPTED, metWord, (value) => value === 'yes');
  if (questioned) return questioned;
  const met = metWord(text);
  if (met) return read(met, met);
  const partly = partlyMet(text);
  if (partly) return partly;
  const noted = readWithNote(written, MET_ACCEPTED, metWord, {
    settles: (value) => value === 'yes',
    canonical: (value) => value,
    progress: true,
    // A yes that was waived was not met: the waiver is the Waivers register's to record.
    alsoQualifying: WAIVED_NOTE,
    ...(WAIVED_NOTE.test(text) && { advice: WAIVED_PROBLEM }),
  });
  if (noted) return noted;
  const translated = translatedMet(text.trim());
  if (translated) {
    const english = translated[0]!.toUpperCase() + translated.slice(1);
    return {
      ok: false,
      accepted: MET_ACCEPTED,
      problem: `Met is read in English, as the plan format writes it: "${text.trim()}" is ${english}.`,
      choices: [english],
    };
  }
  const problem = saysNotApplicable(text) ? WAIVED_PROBLEM : ragProblem(text);
  return { ok: false, accepted: MET_ACCEPTED, problem };
}

/**
 * A RAG colour in a Met cell (`🟢`, `Amber`): how the criterion stands, not whether it holds. Not
 * read as met (green can mean on track), and said so. A single letter is left alone (`y` is yes).
 */
function ragProblem(text: string): string | undefined {
  const colour = text.trim().length > 1 ? ragColour(text) : undefined;
  if (!colour) return undefined;
  return `A RAG colour says how a criterion stands, not whether it is met: write yes once it holds${colour === 'green' ? '' : ', or no or partial until it does'}.`;
}

function metWord(text: string): Met | undefined {
  // An emoji's presentation selector (`✔️` is ✔ and U+FE0F) is no part of the mark.
  const t = text
    .trim()
    .toLowerCase()
    .replace(/\uFE0F/g, '');
  return MET_WORDS.get(t) ?? MET_WORDS.get(words(t));
}

/** Part of a criterion holding, in words. */
const PART = String.raw`partial(?:ly)?|partly|in\s+part`;
const PART_ONLY = new RegExp(`^(?:${PART})$`, 'i');
/** Most of it holding: not met, and whether that is partial is the author's to say. */
const MOST = String.raw`mostly|largely|nearly|almost|substantially`;
/** What says a criterion holds, when said of part of it. */
const HOLDS = String.raw`yes|y|met|achieved|complete|completed|done|true`;

/**
 * A criterion said to hold in part: `Partially met`, `Met partially`, `Yes, partly`, `Yes
 * (partially)`, `Yes (partly met – rehearsal 2 due)`; or mostly (`Mostly met`, `Yes (largely)`).
 * `rest` is what follows: the note, with the bracket the part word opened.
 */
const PARTLY_SAID = new RegExp(
  String.raw`^(?:(?<before>${PART}|${MOST})\s+(?:${HOLDS})\b|(?<said>${HOLDS})\s*(?:(?<open>\()\s*)?(?:(?:[,;:]|[-–—])\s*)?(?<after>${PART}|${MOST})\b(?:\s+(?:${HOLDS})\b)?)(?<rest>.*)$`,
  'i',
);

/**
 * A criterion said to hold in part, as Word and Excel trackers write it, which Met writes as
 * partial, a note after it kept (`partial (rehearsal 2 due)`) as notes are after other values: that
 * is the suggestion (the quick fix Handoff prefers). Said to hold mostly (`Mostly met`), it is not
 * met, and partial is offered as a choice, not preferred: the author may mean yes. Undefined when
 * the text says neither, or its note cannot be kept (a question, a waiver, brackets of its own).
 */
function partlyMet(text: string): Reading<Met> | undefined {
  if (text.length > NOTE_TEXT_MAX) return undefined;
  const m = PARTLY_SAID.exec(text.trim());
  if (!m?.groups) return undefined;
  const { before, said, open, after, rest } = m.groups as Record<string, string | undefined>;
  // The bracket the part word opened closes after it (`Yes (partially) – see R-02`) or after the note.
  let note = open ? rest!.replace(/^\s*\)|\)$/, '') : rest!;
  if (open && note === rest) return undefined;
  note = note
    .trim()
    .replace(/^[,;:–—-]+\s*/, '')
    .replace(/^\(([^()]*)\)$/, '$1')
    .trim();
  if (/[()|?]/.test(note) || WAIVED_NOTE.test(note)) return undefined;
  const write = note ? `partial (${note})` : 'partial';
  if (readMet(write).ok !== true) return undefined;
  const word = (before ?? after)!;
  if (PART_ONLY.test(word)) {
    const problem = `${after ? `"${after}" changes what ${said} says: it` : 'It'} is met in part, which Met writes as partial.`;
    return { ok: false, accepted: MET_ACCEPTED, problem, suggestion: write };
  }
  return {
    ok: false,
    accepted: MET_ACCEPTED,
    problem: `"${oneLine(text).trim()}" is not met yet: write partial until it is, and yes once it is.`,
    choices: [write],
  };
}
