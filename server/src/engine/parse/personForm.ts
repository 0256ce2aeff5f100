/**
 * The form a person reference, a listed name, a role or a team is compared in (normPerson): what
 * systems and keyboards change in a name (case, spaces, accents, apostrophes, letters they lack)
 * makes no other name.
 */

import { withoutLatinAccents } from '../text.js';

/** White space other than single spaces: a reference to normalise further. */
const ODD_SPACE = /\s\s|[^\S ]/;

/** Beyond printable ASCII: perhaps letters with accents (`Ó Briain`) or a typed apostrophe (`O’Sullivan`). */
const ACCENT_OR_CURLY = /[^ -~]/;

/**
 * An apostrophe after a word's last vowel, as Italian keyboards and systems without accents write
 * a stressed final vowel (`Nicolo'` for `Nicolò`, `Mose'` for `Mosè`): the accent, dropped as
 * accents are. Not one inside a name (`D'Angelo`, `O'Sullivan`).
 */
const ACCENT_AS_APOSTROPHE = /(?<=\p{L}[aeiou])'(?=\s|$)/gu;

/** `dj`, as Croatian writes `đ` without it: compared as the `d` `đ` drops to. */
const DJ = /dj/g;

/**
 * A reference, name, role or team as references are compared: trimmed, in lower case, with one
 * space between words, without accents and with a plain apostrophe: `Sean O Briain` is `Seán Ó
 * Briain` (systems and keyboards drop the fada), `Lukasz Wrobel` is `Łukasz Wróbel`, `Nicolo' Bianchi` is `Nicolò Bianchi`
 * (ACCENT_AS_APOSTROPHE), `Djurdja Horvat` is `Đurđa Horvat` (DJ), `Niamh O’Sullivan` is `Niamh O'Sullivan`. Only
 * the whole of a name matches this way; a part of it or another form (`Siobhán Murphy` for
 * `Siobhán Ní Mhurchú`) is at most a suggestion (references.ts).
 */
export function normPerson(s: string): string {
  let t = s.trim().toLowerCase();
  if (ACCENT_OR_CURLY.test(t)) {
    t = withoutLatinAccents(t).replace(/[’ʼ]/g, "'");
  }
  // Croatian `đ` as keyboards without it write it, `dj` (`Djurdja` is `Đurđa`), and as accents drop to `d`.
  if (t.includes('dj')) t = t.replace(DJ, 'd');
  if (t.includes("'")) t = t.replace(ACCENT_AS_APOSTROPHE, '');
  return ODD_SPACE.test(t) ? t.replace(/\s+/g, ' ') : t;
}
