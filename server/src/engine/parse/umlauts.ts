/**
 * German names as systems and keyboards without umlauts write them (DIN 5007-2, the mail address
 * and the user account): `ä` is `ae`, `ö` is `oe`, `ü` is `ue`, `ß` is `ss` — `Klaus Mueller` is
 * `Klaus Müller`, `Sabine Weiss` is `Sabine Weiß`, `Joerg Schaefer` is `Jörg Schäfer`. Only these
 * letters, spelled out, never read back: `Michael` is not `Michäl` (nor `Michal`), `Manuel` and
 * `Joel` stay as written. A name listed in both spellings is two people (each as written); a
 * spelling two listed names share names neither (parse/people.ts).
 */

/** The German letters and how they are written without them. */
const SPELLED_OUT: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/** A German letter or a combining diaeresis (`u` and U+0308, as macOS pastes `ü`). */
const MAYBE_GERMAN = /[äöüßÄÖÜẞ]|\u0308/;

/** Any of them, in either case (`ẞ` is the capital sharp s). */
const GERMAN_LETTER = /[äöüß]/gi;

/**
 * The text in lower case with its German letters spelled out (`Jörg Schäfer` → `joerg schaefer`),
 * or undefined without one. A letter typed as a base letter and a combining diaeresis (as macOS
 * pastes it) is the same letter.
 */
export function umlautsSpelledOut(text: string): string | undefined {
  // Most names have none: they are not normalised (the person index asks for every listed name).
  if (!MAYBE_GERMAN.test(text)) return undefined;
  const t = text.normalize('NFC').toLowerCase();
  if (!t.match(GERMAN_LETTER)) return undefined;
  return t.replace(GERMAN_LETTER, (c) => SPELLED_OUT[c]!);
}
