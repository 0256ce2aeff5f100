/**
 * What in a cell is no value: the ways of writing "empty" or "not known yet" (contract §3), a
 * blank mark, and the invisible characters pasted text carries.
 */

const EMPTY_CELL = new Set(['', '-', '–', '—', 'n/a', 'na', 'nil', 'tbd', 'tba', 'tbc', '?', '??', '???']);

/**
 * Longer ways of saying nobody or nothing yet: Jira's `Unassigned`, `None`, `Nil`, German plans'
 * `N.N.` (nomen nominandum), `To be assigned`, `To be agreed`, `None identified`, `Not yet
 * defined`, and a post not filled yet: `Vacant`, `To be appointed`. Each starts with n, t, u or v,
 * and none is longer than EMPTY_WORDS_MAX.
 */
const EMPTY_WORDS = new Set([
  'none',
  'nothing',
  'none identified',
  'none planned',
  'none yet',
  'none so far',
  'not defined',
  'not yet defined',
  'not identified',
  'not yet identified',
  'not known',
  'not yet known',
  'unassigned',
  'vacant',
  'not yet appointed',
  'to be appointed',
  'to be named',
  'to be nominated',
  'n.n.',
  'to be assigned',
  'to be agreed',
  'to be confirmed',
  'to be decided',
  'to be defined',
  'to be determined',
  'to be identified',
]);
const EMPTY_WORDS_MAX = Math.max(...[...EMPTY_WORDS].map((w) => w.length));

/**
 * "Not known yet" or "not applicable" with a note after it, in parentheses or after a dash or a
 * colon: `TBC (Jan 2027)`, `TBD – vendor to confirm`, `N/A: descoped`; "not known yet" with when
 * or by whom, no date in it (`TBC by 5 Mar` may be a day a date column reads): `TBC at PIR workshop`,
 * `TBD by the vendor`; and "to be" done later, with when or by
 * whom: `To be captured at the PIR workshop`, `To be agreed with the vendor`.
 */
const EMPTY_WITH_NOTE =
  /^(?:(?:tb[acd]|n\/a)(?:\s*\(.*\)|\s+[-–—]\s.*|\s*:\s.*)|tb[acd]\s+(?:at|in|by|on|after|before|until|once|when|from|with|pending)\s\D*|to be (?:confirmed|agreed|decided|defined|determined|identified|assigned|appointed|named|nominated|captured|added|documented|recorded|provided)\b.*)$/is;

/**
 * What a spreadsheet shows where a formula has no value (`#N/A`, `#REF!`, `#VALUE!`, `#DIV/0!`,
 * `#NAME?`, `#NULL!`, `#NUM!`, `#SPILL!`, `#CALC!`), pasted into a plan with its table: no value.
 */
const SPREADSHEET_ERROR = /^#(?:n\/a|ref!|value!|div\/0!|name\?|null!|num!|spill!|calc!)$/i;

/**
 * The inline elements editors wrap a value in to style it (`<span style="color:green">`, `<b>`,
 * `<font>`), as a regular expression's alternatives: GitHub shows their words, and so they are read.
 */
export const STYLE_TAGS = 'span|font|b|strong|i|em|u|mark|small|sup|sub';

/**
 * HTML that GitHub shows nothing of: a comment (`<!-- TODO: agree with vendor -->`) and the tags
 * of the elements editors export (`<p>&nbsp;</p>`, as Confluence's storage format leaves an empty
 * cell; `<span>`, `<b>`). Not a placeholder in angle brackets (`<owner>`, `<TBD>`): the template
 * checks say what it is.
 */
const SHOWS_NOTHING = new RegExp(
  String.raw`<!--[\s\S]*?-->|<\/?(?:${STYLE_TAGS}|p|div|br|s|a|ins|del|code)\b[^<>]*>`,
  'gi',
);

/**
 * Empty cells, `-`, `–`, `n/a` and `TBD` count as empty (contract, section 3), and so do the
 * other ways of saying "not known yet": `TBA` and the British `TBC` (to be confirmed), also with
 * a note after them (the note says why or when, not what), `?`, EMPTY_WORDS, a spreadsheet's
 * SPREADSHEET_ERROR, and HTML that shows nothing (SHOWS_NOTHING) around any of these.
 */
export function isEmptyValue(text: string | undefined): boolean {
  if (text === undefined) return true;
  const t = text.length > 3 ? text.trim() : text;
  // No empty marker is longer than three characters: most cells are answered without a copy.
  if (t.length <= 3) return EMPTY_CELL.has(t.trim().toLowerCase());
  if (t.charCodeAt(0) === 0x3c /* < */) {
    const shown = t.replace(SHOWS_NOTHING, '');
    return shown !== t && isEmptyValue(shown);
  }
  if (t.charCodeAt(0) === 0x23 /* # */) return SPREADSHEET_ERROR.test(t);
  const first = t.charCodeAt(0) | 0x20;
  if (first !== 0x74 /* t */ && first !== 0x6e /* n */ && first !== 0x75 /* u */ && first !== 0x76 /* v */)
    return false;
  if (t.length <= EMPTY_WORDS_MAX && EMPTY_WORDS.has(t.toLowerCase())) return true;
  return first !== 0x75 && first !== 0x76 && t.length <= 200 && EMPTY_WITH_NOTE.test(t);
}

/**
 * Whether a cell is left blank (nothing, or a dash), rather than filled with a word that says the
 * value is not known yet (`TBC`, `To be agreed`): both are empty, but only a blank one lets a
 * default stand in (an empty decision Status is Approved once Approved by is filled; an empty
 * Covers covers schedule and cost).
 */
export function isBlankMark(text: string | undefined): boolean {
  const t = (text ?? '').trim();
  return t === '' || t === '-' || t === '–' || t === '—';
}

/**
 * Characters that show as nothing and that spreadsheets, web pages and chat tools leave in pasted
 * text: the soft hyphen, the zero-width space and non-joiner, the word joiner and a stray byte
 * order mark. `S-05` with one of them after it must still be S-05 (the zero-width joiner, which
 * builds emoji, is not among them).
 */
const INVISIBLE = /[\u00AD\u200B\u200C\u2060\uFEFF\u2010\u2011]/;
const INVISIBLE_ALL = /[\u00AD\u200B\u200C\u2060\uFEFF]/g;
/**
 * Hyphens that look like `-` and are not: Word's non-breaking hyphen (U+2011) and the Unicode
 * hyphen (U+2010). `S‑01` written with one is S-01, as it shows.
 */
const HYPHENS = /[\u2010\u2011]/g;

/** Whether a text holds any INVISIBLE character or look-alike hyphen. */
export function hasInvisible(text: string): boolean {
  return INVISIBLE.test(text);
}

/** The text without its INVISIBLE characters and with its look-alike hyphens as `-`, trimmed. */
export function withoutInvisible(text: string): string {
  return text.replace(INVISIBLE_ALL, '').replace(HYPHENS, '-').trim();
}
