/**
 * Which Go-live readiness row names which required criterion: the criterion's words compared
 * forgivingly, as practitioners write them (case, punctuation, `&`, -ize, a compound as one word,
 * `approved` for `authorised`, one other word among a long criterion's), never through a word that
 * negates it.
 */
import { normalizeWord } from './text.js';

/** Criterion text compared forgivingly: case, punctuation, "&" = "and", -ize = -ise, with or without "the", "a", "an". */
export function normalizeCriterion(text: string): string {
  return (
    normalizeWord(text.replace(/&/g, ' and '))
      .replace(/iz(e|ed|ing|ation)\b/g, 'is$1')
      .replace(/\b(?:the|a|an) /g, '')
      // A change is authorised by its approval (ITIL: the change authority approves it):
      // `Change approved by CAB` is `Change authorised`.
      .replace(/\bapproved\b/g, 'authorised')
  );
}

/**
 * Whether a readiness row's text names a required criterion: the criterion's words in it, in
 * order, with a compound written as one word or two (`Backout plan tested` for `Back-out plan
 * tested`); a criterion of three words or more also with one other word among them (`Knowledge
 * base articles published`). `Change authorised` is not `Change freeze authorised`.
 */
export function namesCriterion(rowText: string, criterion: string, loosely = true): boolean {
  const text = normalizeCriterion(rowText);
  const wanted = normalizeCriterion(criterion);
  if (text === wanted || ` ${text} `.includes(` ${wanted} `)) return true;
  if (!loosely) return false;
  // Compounds joined: any word boundary of the criterion may be missing in the row.
  if (wanted.includes(' ') && joinedOnWords(text, wanted)) return true;
  const want = wanted.split(' ');
  if (want.length < 3) return false;
  const words = text.split(' ');
  // The criterion's words in order, at most one other word among them.
  for (let start = 0; start < words.length; start++) {
    if (words[start] !== want[0]) continue;
    let k = 1;
    let extra = 0;
    for (let i = start + 1; i < words.length && k < want.length && extra <= 1; i++) {
      if (words[i] === want[k]) k++;
      // A word that negates it is never the one other word: `Support staff not trained`.
      else if (NEGATING.test(words[i]!)) extra = 2;
      else extra++;
    }
    if (k === want.length && extra <= 1) return true;
  }
  return false;
}

const NEGATING = /^(?:not|no|never|un\w+|without|pending|partly|partially)$/;

/** Whether the criterion, its spaces dropped, starts and ends on word boundaries of the row. */
function joinedOnWords(text: string, wanted: string): boolean {
  const target = wanted.replace(/ /g, '');
  const words = text.split(' ');
  for (let i = 0; i < words.length; i++) {
    let acc = '';
    for (let j = i; j < words.length && acc.length < target.length; j++) {
      acc += words[j];
      if (acc === target) return true;
    }
  }
  return false;
}
