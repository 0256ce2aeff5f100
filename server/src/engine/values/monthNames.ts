/**
 * The names of the months as dates write them (dates.ts): in English, and in French as French
 * teams write them in plans reported in English (`12 mars 2027`, `1er avril 2027`, `3 févr. 2027`).
 * No French name is an English one for another month.
 */

const ENGLISH = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/**
 * Each French month's names, with and without its accents (`février`, `fevrier`), and the
 * abbreviations English does not write too (`sept`, `oct`, `nov` are both).
 */
const FRENCH: readonly (readonly string[])[] = [
  ['janvier', 'janv'],
  ['février', 'fevrier', 'févr', 'fevr', 'fév', 'fev'],
  ['mars'],
  ['avril', 'avr'],
  ['mai'],
  ['juin'],
  ['juillet', 'juil'],
  ['août', 'aout'],
  ['septembre'],
  ['octobre'],
  ['novembre'],
  ['décembre', 'decembre', 'déc'],
];

/** A month's name in small letters, without its point, to its number: `nov`, `november`, `novembre`. */
export const MONTHS: ReadonlyMap<string, number> = new Map(
  ENGLISH.flatMap((full, i) => {
    const forms: [string, number][] = [
      [full.slice(0, 3), i + 1],
      [full, i + 1],
      ...FRENCH[i]!.map((name): [string, number] => [name, i + 1]),
    ];
    // `Sept`, as English and French both shorten September.
    if (i === 8) forms.push(['sept', i + 1]);
    return forms;
  }),
);

/** A word where a month's name may be, in small letters: French names have accents (`août`, `déc`). */
export const MONTH_WORD = '[a-zéû]+';

/** An ordinal after a day: `20th`, and the French `1er` (premier), only after a 1 (`1er avril`). */
export const DAY_ORDINAL = '(?:st|nd|rd|th|(?<=^1)er)?';
