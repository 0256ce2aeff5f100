/**
 * Go/No-go decisions (contract 1.1 §3–§4): what a decision's text says (go or no-go), and which
 * Approved decision stands on a day. The go-live-readiness rule and the derived status read them
 * here, so they can never disagree about whether go-live was decided.
 */
import type { Plan, Row } from './model.js';
import { decisionApproved } from './control.js';
import { decisionType } from './rowFacts.js';
import type { IsoDate } from './types.js';
import { knownValue, readDate } from './values.js';
import { isSampleRow } from './placeholders.js';

/**
 * A decision text that says no-go, from its start: `No-go: cutover deferred`, `No go`, `Do not
 * proceed with cutover`, `Not ready`, `Hold go-live until I-04 is fixed`, `Postponed cutover to
 * January`, `Cutover postponed to 13 January`, `Abort cutover – DR rehearsal failed`, `Go-live
 * rescheduled`, `Stop: re-plan cutover`, `Proceed: No`.
 */
/** What is decided about: the go-live, the cutover, the release … */
const SUBJECT = '(?:the\\s+)?(?:go[- ]?live|cut-?over|launch|release|deployment|migration)';
/** A day written after the subject (`Go-live 7 Dec`, `Cutover on 5 March 2027`): words that are a date. */
const ON_DAY =
  '(?:\\s+(?:on|of|the|\\d{1,4}(?:st|nd|rd|th)?,?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?,?)){0,4}';
const STOPPED_AFTER =
  'postponed|deferred|delayed|held|moved|on hold|cancell?ed|aborted|stopped|halted|suspended|paused|rescheduled|called off|re-?planned|rejected|not approved';
const STOPS_BEFORE =
  'postpone[ds]?|defer(?:s|red)?|delay(?:s|ed)?|abort(?:s|ed)?|stop(?:s|ped)?|halt(?:s|ed)?|cancel(?:s|l?ed)?|suspend(?:s|ed)?|pause[ds]?|reschedule[ds]?|call(?:s|ed)? off|reject(?:s|ed)?|re-?plan(?:s|ned)?';
const NO_GO_TEXT = new RegExp(
  '^(?:no\\s*-?\\s*go\\b' +
    "|(?:do not|don't|not to) (?:proceed|go)\\b" +
    '|not (?:ready|approved|to go)\\b' +
    // The question answered: `Proceed: No`, `Go? No`, `Go-live 7 Dec: NO`.
    `|(?:proceed|go(?:[- ]?live)?)${ON_DAY}\\s*[:?\\u2013\\u2014-]\\s*no\\b` +
    '|(?:on )?hold\\b' +
    // A word that stops the go-live said as a label: `Stop: re-plan cutover`, `Abort – …`.
    '|(?:abort|stop|halt)\\s*[:\\u2013\\u2014-]' +
    `|(?:${STOPS_BEFORE})\\s+${SUBJECT}\\b` +
    `|${SUBJECT}${ON_DAY}\\s+(?:is\\s+|was\\s+|has been\\s+)?(?:${STOPPED_AFTER})\\b` +
    // Who decided, deciding against: `Board decided not to go live`, `Sponsor agreed not to proceed`.
    '|(?:the\\s+)?(?:project\\s+)?(?:board|sponsor|steering (?:group|committee)|cab|executive)\\s+(?:has\\s+)?(?:decided|agreed|chose|resolved)\\s+not\\s+to\\b)',
  'i',
);
/**
 * A label before the decision itself, as minutes and pasted pages write it: `Decision: No-Go`,
 * `Go/No-go outcome - NO-GO`, `Board decision: not ready`.
 */
const DECISION_LABEL = /^[a-z/ -]{0,30}?\b(?:decision|outcome|result|verdict)\s*[:\u2013\u2014-]\s*/i;
/** A no-go written as a note at the end: `Cutover moved to 13 January (no-go)`, `… - NO-GO`. */
const NO_GO_NOTE = /(?:\(\s*no\s*(?:-\s*)?go\s*\)|\s[\u2013\u2014-]\s*no\s*(?:-\s*)?go)\s*\.?$/i;

/**
 * Whether a Go/No-go decision's text says no-go: at its start, after a label, or in a note at its
 * end. (A Status with a no-go note, `Approved (No-Go)`, is not read as Approved: unreadable-value
 * says to put the no-go in the text.)
 */
export function saysNoGo(text: string): boolean {
  const t = text.trim();
  const label = DECISION_LABEL.exec(t);
  return NO_GO_TEXT.test(t) || (label !== null && NO_GO_TEXT.test(t.slice(label[0].length))) || NO_GO_NOTE.test(t);
}

/**
 * Approved Go/No-go decisions, in the order of the register. A template's sample decision (`What
 * was decided`) is not one, whatever its Status says.
 */
function goNoGoDecisions(plan: Plan): Row[] {
  return plan
    .rows('decisions')
    .filter((row) => decisionType(row) === 'Go/No-go' && decisionApproved(row) && !isSampleRow('decisions', row));
}

function isNoGo(row: Row): boolean {
  return saysNoGo(row.value('decision') ?? '');
}

/**
 * Whether decision `later` was taken after `earlier`: by their dates when both have one that can
 * be read and they differ, else by their order in the register.
 */
function takenAfter(later: Row, earlier: Row): boolean {
  const a = knownValue(later, 'date', readDate);
  const b = knownValue(earlier, 'date', readDate);
  if (a !== undefined && b !== undefined && a !== b) return a > b;
  return later.index > earlier.index;
}

/**
 * An Approved Go/No-go decision that is a "go" (its text does not say no-go), taken by the as-of
 * date and not overturned by an Approved No-go taken after it: one dated after the as-of date is
 * not taken yet, as an Exception dated after it covers nothing.
 */
export function goDecision(plan: Plan, asOf: IsoDate): Row | undefined {
  const taken = goNoGoDecisions(plan).filter((row) => !isDatedAfter(row, asOf));
  const noGos = taken.filter(isNoGo);
  return taken.find((row) => !isNoGo(row) && !noGos.some((no) => takenAfter(no, row)));
}

/** A go decision dated after the as-of date, when no other is taken: for the finding to say so. */
export function goDecisionDatedAfter(plan: Plan, asOf: IsoDate): Row | undefined {
  return goNoGoDecisions(plan).find((row) => !isNoGo(row) && isDatedAfter(row, asOf));
}

function isDatedAfter(row: Row, asOf: IsoDate): boolean {
  const date = knownValue(row, 'date', readDate);
  return date !== undefined && date > asOf;
}

/** The latest Approved Go/No-go decision that is a "no-go", if any: go-live is held. */
export function noGoDecision(plan: Plan): Row | undefined {
  return goNoGoDecisions(plan).filter(isNoGo).at(-1);
}
