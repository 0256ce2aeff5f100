/**
 * What register rows mean, for the rules and the views alike: a risk's score, a row's status
 * word, whether a risk, issue or corrective action is open, whether a cell answers "none", a
 * decision's type and a sign-off's decision, and the newest status entry. Values that cannot be read come back as UNREADABLE, never as a guess.
 */
import type { Plan, Row } from './model.js';
import { isSampleRow, promptIn } from './placeholders.js';
import { sourceOf } from './lines.js';
import { isBlankMark } from './emptyValues.js';
import { wordListUnder } from './statusWords.js';
import type { RegisterKind } from './schema.js';
import { parseNumber } from './text.js';
import type { IsoDate } from './types.js';
import {
  cellValue,
  knownValue,
  readDate,
  readLevel,
  readStatus,
  UNREADABLE,
  valueText,
  type Unreadable,
  type WordList,
} from './values.js';

/** A cell's text as views show it: its value, or nothing when it is empty or the column absent. */
export function cellText(row: Row, key: string): string {
  return row.value(key) ?? '';
}

/**
 * A cell's text as written, a word that says it is not known or does not apply (`TBC`, `N/A`)
 * included: what a view shows of a Met or a Result that reads as empty. Nothing when it is blank
 * (nothing, or a dash) or the column is absent.
 */
export function cellWritten(row: Row, key: string): string {
  const cell = row.cell(key);
  return cell && !isBlankMark(cell.text) ? cell.text.trim() : '';
}

/** An HTML line break in a cell's source: the only way to break a line inside a table cell. */
const CELL_BREAK = /<br\s*\/?>/gi;
/**
 * A cell's text as views show it, its line breaks kept as `\n` (`Run 1 reconciled<br>Bank file
 * agreed`): the model reads a break as a space. The lines come from the source, and only when,
 * joined by spaces, they give the model's text (no Markdown in them changed what they say); else
 * the text as the model reads it, on one line.
 */
export function cellTextWithBreaks(plan: Plan, row: Row, key: string): string {
  const text = cellText(row, key);
  const cell = row.cell(key);
  if (!cell || !text) return text;
  const source = sourceOf(plan, cell.range);
  if (!source.includes('<')) return text;
  const parts = source
    .split(CELL_BREAK)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length < 2) return text;
  const spaced = (t: string): string => t.replace(/\s+/g, ' ');
  return spaced(parts.join(' ')) === spaced(text) ? parts.join('\n') : text;
}

/**
 * The risk's score as Likelihood × Impact: undefined when either is empty, UNREADABLE when
 * either cannot be read (no other value stands in for it).
 */
export function riskScore(row: Row): number | undefined | Unreadable {
  const l = cellValue(row, 'likelihood', readLevel);
  const i = cellValue(row, 'impact', readLevel);
  if (l === UNREADABLE || i === UNREADABLE) return UNREADABLE;
  return l !== undefined && i !== undefined ? l * i : undefined;
}

/**
 * The score a risk is judged by: Likelihood × Impact, else (when either is empty) a numeric
 * Score cell; UNREADABLE when Likelihood or Impact cannot be read (the Score does not stand in).
 */
export function judgedRiskScore(row: Row): number | undefined | Unreadable {
  return riskScore(row) ?? writtenScore(row.value('score'));
}

/** A score worked out in the cell (`3x5=15`, `4 × 5 = 20 (Red)`): group 1 is its result. */
const WORKED_SCORE = /^\s*\d+(?:\.\d+)?\s*[x×*]\s*\d+(?:\.\d+)?\s*=\s*(\d+(?:\.\d+)?)(?![\d.])/i;
/** A score out of the matrix's 25 (`15/25`, `15 of 25`): group 1 is the score. */
const SCORE_OUT_OF_25 = /^\s*(\d+(?:\.\d+)?)\s*(?:\/|of)\s*25(?![\d.])/i;
/** A score with its working or rating after it in brackets (`15 (3x5)`, `15 (L3 x I5)`): group 1. */
const SCORE_THEN_NOTE = /^\s*(\d+(?:\.\d+)?)\s*[([]/;
/** Only the product (`3x5`): groups 1 and 2 are its factors. */
const PRODUCT = /^\s*(\d+(?:\.\d+)?)\s*[x×*]\s*(\d+(?:\.\d+)?)\s*$/i;

/** A Score cell's number as registers write it: `15`, `15 (High)`, `15 (3x5)`, `3x5=15`, `3x5`, `15/25`. */
export function writtenScore(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const m = WORKED_SCORE.exec(text) ?? SCORE_OUT_OF_25.exec(text) ?? SCORE_THEN_NOTE.exec(text);
  if (m) return Number(m[1]);
  const product = PRODUCT.exec(text);
  return product ? Number(product[1]) * Number(product[2]) : parseNumber(text);
}

/**
 * The column a milestone's baseline is read from: its Revised baseline (moved by an approved
 * change) when it has one, else its Baseline.
 */
export function baselineColumn(row: Row): 'rebaseline' | 'baseline' {
  return valueText(row, 'rebaseline') !== undefined ? 'rebaseline' : 'baseline';
}

/**
 * The baseline a milestone is measured from (`baselineColumn`). UNREADABLE when that date cannot
 * be read: the original does not stand in for a revised one that cannot be read.
 */
export function milestoneBaseline(row: Row): IsoDate | undefined | Unreadable {
  return cellValue(row, baselineColumn(row), readDate);
}

/**
 * A row's Status word in its canonical spelling (see values.ts), undefined when empty; read from
 * the list its header names (`ROAM`: wordListUnder).
 */
export function statusOf(row: Row, list: WordList): string | undefined | Unreadable {
  const words = wordListUnder(list, row.header('status'));
  return cellValue(row, 'status', (t) => readStatus(words, t));
}

/** Whether a risk's Status is written on SAFe's ROAM board (a column headed ROAM: wordListUnder). */
export function onRoamBoard(row: Row): boolean {
  return wordListUnder('risks', row.header('status')) === 'roam';
}

/**
 * A risk's response: its Response cell, else what its ROAM status says is done about it
 * (`Accepted` is Accept, `Mitigated` Reduce; `Owned` says only who, so no response).
 */
export function riskResponse(row: Row): string | undefined | Unreadable {
  const response = cellValue(row, 'response', (t) => readStatus('riskResponse', t));
  if (response !== undefined || !onRoamBoard(row)) return response;
  const said = cellValue(row, 'status', (t) => readStatus('riskResponse', t));
  return said === UNREADABLE ? undefined : said;
}

/**
 * What a cell of these columns calls its own subject, after "No" (`No contingency`, `No mitigating
 * actions identified`).
 */
const SUBJECT_WORDS: Readonly<Record<'contingency' | 'mitigation' | 'acceptanceCriteria', string>> = {
  contingency: 'contingency|contingencies|contingency plans?|fallback|fallback plans?|plan b',
  mitigation: 'mitigations?|mitigating actions?|mitigation actions?|actions?',
  acceptanceCriteria: 'criteria|criterion|acceptance criteria',
};

const NOT_NEEDED = /^not (?:yet )?(?:required|needed|necessary)(?: yet| at (?:this|present) stage)?$/;
const QUALIFIERS = '(?: (?:identified|planned|defined|agreed|required|needed|in place|yet|so far|at present))*';
type NoneColumn = keyof typeof SUBJECT_WORDS;
/** The register each of those columns is in (for its prompt). */
const NONE_REGISTER: Readonly<Record<NoneColumn, RegisterKind>> = {
  contingency: 'risks',
  mitigation: 'risks',
  acceptanceCriteria: 'handovers',
};
const NONE_OF = Object.fromEntries(
  Object.entries(SUBJECT_WORDS).map(([key, words]) => [key, new RegExp(`^no (?:${words})${QUALIFIERS}$`)]),
) as Readonly<Record<NoneColumn, RegExp>>;

/**
 * Whether a row's cell answers its column with none: empty, or `No contingency`, `No mitigating
 * actions identified`, `Not required`, or still the prompt a template or fix wrote there. A
 * deliberate none is still none: the rule asking for it reports it, and a waiver records why it
 * is acceptable. Undefined cell (no such column): none.
 */
export function saysNone(row: Row, key: NoneColumn): boolean {
  const cell = row.cell(key);
  if (!cell || cell.empty) return true;
  if (promptIn(NONE_REGISTER[key], row, key) !== undefined) return true;
  const t = cell.text
    .trim()
    .toLowerCase()
    .replace(/(?<![.!])[.!]+$/, '')
    .replace(/\s+/g, ' ');
  return NOT_NEEDED.test(t) || NONE_OF[key].test(t);
}

/**
 * A decision's Type in its canonical spelling (`Exception report` is Exception, `Go no go` and
 * `Go-live decision` are Go/No-go); undefined when empty or unreadable (unreadable-value says so).
 */
export function decisionType(row: Row): string | undefined {
  return knownValue(row, 'type', (text) => readStatus('decisionType', text));
}

/** A Sign-off row's Decision (`Approved` when the closure is approved). */
export function signOffDecision(row: Row): string | undefined | Unreadable {
  return cellValue(row, 'decision', (t) => readStatus('signOff', t));
}

/**
 * An acceptance, approval or decision counts from its date: one dated after the as-of date is not
 * given yet. Returns that date; a date missing or not read is not ahead (it may be the one given,
 * and unreadable-value reports the cell).
 */
export function datedAhead(on: IsoDate | undefined | Unreadable, asOf: IsoDate): IsoDate | undefined {
  return on !== undefined && on !== UNREADABLE && on > asOf ? on : undefined;
}

/** A handover written Accepted whose Accepted on is after the as-of date: not accepted yet. */
export function acceptanceAhead(row: Row, asOf: IsoDate): IsoDate | undefined {
  return statusOf(row, 'handovers') === 'Accepted'
    ? datedAhead(cellValue(row, 'acceptedOn', readDate), asOf)
    : undefined;
}

/** A handover is accepted as of a date when its Status is Accepted and its Accepted on is not later. */
export function isAcceptedHandover(row: Row, asOf: IsoDate): boolean {
  return statusOf(row, 'handovers') === 'Accepted' && acceptanceAhead(row, asOf) === undefined;
}

/** A risk is open when its status is Open or Escalated (or empty); an unreadable status is not judged. */
export function isOpenRisk(row: Row): boolean {
  const s = statusOf(row, 'risks');
  return s === undefined || s === 'Open' || s === 'Escalated';
}

/** An issue or corrective action is open when Open or In progress (or empty); an unreadable status is not judged. */
export function isOpenItem(row: Row, list: 'issues' | 'correctiveActions' = 'issues'): boolean {
  const s = statusOf(row, list);
  return s === undefined || s === 'Open' || s === 'In progress';
}

/**
 * The newest Status log entry: the first row (the log is newest first, contract §4). Its date
 * is UNREADABLE when written in a form the reader does not accept: no older row stands in.
 */
export function newestStatusEntry(plan: Plan): { row: Row; date: IsoDate | undefined | Unreadable } | undefined {
  const row = plan.rows('statusLog')[0];
  return row ? { row, date: cellValue(row, 'date', readDate) } : undefined;
}

/**
 * The newest Status log entry written: the first row that is not a template's sample (the first
 * row itself, unless a sample was left at the top of the log).
 */
export function newestWrittenEntry(plan: Plan): Row | undefined {
  return plan.rows('statusLog').find((r) => !isSampleRow('statusLog', r));
}

/**
 * Whether any Corrective actions row is still open. A row whose status cannot be read counts
 * as open: the rules asking are silent rather than claiming no action exists.
 */
export function hasOpenCorrectiveAction(plan: Plan): boolean {
  return plan
    .rows('correctiveActions')
    .some((r) => isOpenItem(r, 'correctiveActions') || statusOf(r, 'correctiveActions') === UNREADABLE);
}
