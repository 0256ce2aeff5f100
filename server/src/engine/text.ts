/**
 * Words in text: comparing strings the same way everywhere, and normalising headings, column
 * headers and enum words, wiki links and numbers for forgiving matching; clipping for messages.
 */
import { memoized } from './memo.js';

/**
 * A value views show as written because it could not be read (a go-live of `3rd March 2027`, a
 * health of `Green with concerns`): shown, marked so, rather than hidden as none.
 */
export function notRead(written: string): string {
  return `${written} (not read)`;
}

/**
 * A status given on a date after the as-of date (an acceptance, an approval), as views show it:
 * written so, but not given yet, since it counts from its date.
 */
export function notYetGiven(written: string, on: string): string {
  return `${written} on ${on}, after the as-of date: not given yet`;
}

/**
 * Code-unit order: the same on every machine, whatever its locale (`localeCompare` follows the
 * process's locale, and loading its collation data costs a cold process about 10 ms).
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A heading's leading numbering (`2.`, `2.1`, `3)`, `b)`, `iv.`), with what separates it from the
 * name: a space, or a dash or colon and a space (`3 - Project Control`, `3: Control`).
 */
export const LEADING_NUMBERING = /^\s*(?:\d+(?:\.\d+)*[.)]?|[a-z][.)]|[ivx]+[.)])\s*[-–—:]?\s+/iu;

/** Emoji and marks before a heading's numbering or name: `🚀 1. Project Initiation`, `✅ Closure`. */
const LEADING_MARKS = /^[^\p{L}\p{N}]+/u;

/**
 * A note in parentheses at the end of a text: after a heading's name (`Project Initiation (Stage
 * 1)`), a person's (`E. Hart (Service Owner)`) or a process's (`Service Level Management (SLM)`).
 */
export const TRAILING_NOTE = /(?<!\s)\s*\([^()]*\)\s*$/u;

/** A note in parentheses with none inside it, and the spaces around it. */
const PARENTHETICAL = /(?<!\s)\s*\([^()]*\)\s*/gu;

/**
 * A text without its notes in parentheses, anywhere in it and nested ones too: a person's ("Ana Ng
 * (Change)" → "Ana Ng"), a role's (`Service owner (interim)`), a budget line's (`Total (GBP)`).
 * Trimmed when it had one; a text without `(` is returned as it is.
 */
export function withoutParentheticals(text: string): string {
  if (!text.includes('(')) return text;
  let out = text;
  for (let before = ''; out !== before && out.includes('(');) {
    before = out;
    out = out.replace(PARENTHETICAL, ' ');
  }
  return out.trim();
}

/** A stage or phase number before a section's name: `Stage 1 – Project Initiation`, `Phase 2: Planning`. */
const STAGE_NUMBER = /^(?:stage|phase)\s+\d+\b\s*[:.)–—-]?\s*/u;

/**
 * What a heading carries besides its words and shows nothing of: HTML tags (`<a name="_Toc12"></a>`,
 * the bookmarks Word's converters leave; `<span …>`) and a trailing attribute block (`{#risks}`,
 * pandoc's and MkDocs' heading ids).
 */
const HEADING_MARKUP = /<\/?[a-z][^<>]*>|(?<!\s)\s*\{[#.][^{}]*\}\s*$/g;

/**
 * A word before a register's name that says how settled it is, not what it is, as a PID or an
 * early plan heads its tables: `Key risks`, `Indicative milestone schedule`, `Draft
 * communication plan`, `High-level milestones` (`high level` is read as `high-level`), and as a
 * closure report heads them once settled: `Final budget vs actual`.
 */
const HEADING_QUALIFIERS: ReadonlySet<string> = new Set([
  'key',
  'indicative',
  'preliminary',
  'provisional',
  'draft',
  'initial',
  'outline',
  'high-level',
  'final',
]);

/**
 * Normalises a heading for forgiving matching: case-insensitive, no leading emoji or numbering, no
 * trailing punctuation, "&" and "and" and the word "project" ignored, a dash between words read
 * as a space and an en or em dash in a word as a hyphen, and the words around a name that do not
 * change it: a stage or phase number before it or the word after it (`Stage 1 – Project
 * Initiation`, `Initiation stage`), a leading qualifier (`Key risks`, `Indicative milestones`), a note in parentheses, HTML
 * tags and a `{#id}` attribute.
 */
export const normalizeHeading = memoized((text: string): string => {
  const words = text
    .toLowerCase()
    .replace(HEADING_MARKUP, ' ')
    .replace(LEADING_MARKS, '')
    .replace(LEADING_NUMBERING, '')
    .replace(TRAILING_NOTE, '')
    .replace(STAGE_NUMBER, '')
    .replace(/&/g, ' and ')
    // Word and Confluence turn a typed hyphen into an en or em dash: `RAID log – Risks` is
    // `RAID log - Risks`, `Go–live` is `Go-live`.
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .split(/\s+/)
    // A dash between words separates them, as a space does.
    .filter((w) => w && w !== 'and' && w !== 'project' && !/^-+$/.test(w));
  // `Key risks`, `Indicative milestone schedule`, `High-level milestones`; `Initiation stage`, `Closure phase`.
  if (words.length > 2 && words[0] === 'high' && words[1] === 'level') words.splice(0, 2, 'high-level');
  if (words.length > 1 && HEADING_QUALIFIERS.has(words[0]!)) words.shift();
  if (words.length > 1 && (words[words.length - 1] === 'stage' || words[words.length - 1] === 'phase')) words.pop();
  return words.join(' ');
});

/**
 * A wiki link as Obsidian, Foam and Logseq write it: `[[Ruth Ellison]]`, `[[People/Ruth Ellison|Ruth]]`,
 * `[[M-01#Status]]`. Not Markdown: micromark leaves it as text.
 */
const WIKI_LINK = /\[\[([^[\]|]*)(?:\|([^[\]]*))?\]\]/g;

/**
 * Text with each wiki link as the note it links to (its name, without folders or a heading):
 * what a cell names is the note, whatever the link shows (`[[Ruth Ellison|Ruth]]` is Ruth
 * Ellison). A link to a heading of the same note (`[[#Risks]]`) reads as what it shows. Cells,
 * list items and front-matter strings (Obsidian's properties: `sponsor: "[[Ruth Ellison]]"`) alike.
 */
export function withWikiLinksRead(text: string): string {
  if (!text.includes('[[')) return text;
  return text.replace(WIKI_LINK, (link: string, target: string, shown: string | undefined) => {
    const note = target.replace(/#.*$/, '').split('/').pop()!.trim();
    return note || shown?.trim() || link;
  });
}

/** Normalises a column header or enum word: lower case, single spaces, no punctuation. */
export const normalizeWord = memoized((text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim(),
);

/** Parses a number written in a cell: `1,200`, `€ 30 000`, `12.5k` is not accepted (ambiguous). */
export function parseNumber(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const cleaned = text
    .replace(/[\s,_']/g, '')
    .replace(/^[^\d+-.]+/, '')
    .replace(/(?<![^\d.])[^\d.]+$/, '');
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(cleaned)) return undefined;
  const n = Number(cleaned);
  return Number.isFinite(n) ? n : undefined;
}

/** A count and its noun, the noun plural unless the count is one: `1 plan`, `3 plans`. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** A number of days as messages write it: `1 day`, `14 days`. */
export function dayCount(n: number): string {
  return plural(n, 'day');
}

/**
 * `Ana Ng (Change manager)`: a text with a note after it in parentheses. The note's own
 * parentheses are read as commas, so brackets never nest: `Ng Boon Huat (IT service continuity
 * manager, DR)`, not `(IT service continuity manager (DR))`.
 */
export function withNote(text: string, note: string): string {
  const flat = note.includes('(') ? note.replace(/\s*\(\s*/g, ', ').replace(/\s*\)/g, '') : note;
  return `${text} (${flat})`;
}

/** A text cut to `max` characters, an ellipsis marking the cut. */
export function clipText(text: string, max: number): string {
  return text.length > max ? text.slice(0, max - 1) + '…' : text;
}

/**
 * The accents of Latin letters once decomposed (`Ó` is `O` and an acute): only these. Other
 * scripts' marks are letters (Devanagari's vowel signs: `राम` is not `रमा`).
 */
const LATIN_ACCENTS = /[\u0300-\u036f]+/g;

/**
 * Latin letters that decompose into no base letter and a mark, as systems and keyboards without
 * them write them: Polish `ł` (`Łukasz Wróbel` is `Lukasz Wrobel`, `Żółty` is `Zolty`), Danish
 * and Norwegian `ø` and `æ`, Turkish dotless `ı` (`Yılmaz`; its dotted capital `İ` decomposes),
 * Croatian and Vietnamese `đ`, Maltese `ħ`, French `œ`, Icelandic `þ` and `ð`.
 */
const UNDECOMPOSED: Readonly<Record<string, string>> = {
  ł: 'l',
  Ł: 'L',
  ø: 'o',
  Ø: 'O',
  æ: 'ae',
  Æ: 'AE',
  ı: 'i',
  đ: 'd',
  Đ: 'D',
  ħ: 'h',
  Ħ: 'H',
  œ: 'oe',
  Œ: 'OE',
  þ: 'th',
  Þ: 'TH',
  ð: 'd',
  Ð: 'D',
};
const UNDECOMPOSED_LETTER = /[łŁøØæÆıđĐħĦœŒþÞðÐ]/g;

/**
 * `text` decomposed, without its Latin letters' accents and with the letters that have none to
 * drop written as plain letters (`Seán` → `Sean`, `Clôturé` → `Cloture`, `Łukasz` → `Lukasz`).
 */
export function withoutLatinAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(LATIN_ACCENTS, '')
    .replace(UNDECOMPOSED_LETTER, (c) => UNDECOMPOSED[c]!);
}
