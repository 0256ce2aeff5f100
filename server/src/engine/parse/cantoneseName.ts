/**
 * Names as Hong Kong writes them: a family name, a Cantonese given name of two syllables joined
 * by a hyphen (`Tai-man`) and an English given name, in the orders registers and colleagues write
 * them (`CHAN Tai-man, Peter` as government registers list people, `Peter CHAN Tai-man`, `Peter
 * Chan`, `Chan Tai Man`).
 */

/** A Cantonese given name as Hong Kong romanises it: two syllables, the second after a hyphen in small letters (`Tai-man`, `Mei-ling`). */
const CANTONESE_GIVEN = String.raw`\p{Lu}\p{Ll}+-\p{Ll}+`;

/** `CHAN Tai-man, Peter`, `Chan Tai-man, Peter`: the family name, the Cantonese given name, a comma and the English name. */
const REGISTER_FORM = new RegExp(String.raw`^(\p{Lu}[\p{Lu}\p{Ll}]*) (${CANTONESE_GIVEN}), (\p{Lu}\p{Ll}+)$`, 'u');

/** `Peter CHAN Tai-man`, `Ben Ng Chun-hung`: the English name, the family name, the Cantonese given name. */
const ENGLISH_FIRST = new RegExp(String.raw`^(\p{Lu}\p{Ll}+) (\p{Lu}[\p{Lu}\p{Ll}]*) (${CANTONESE_GIVEN})$`, 'u');

/** `CHAN Tai-man`: the family name and the Cantonese given name. */
const CHINESE_ONLY = new RegExp(String.raw`^(\p{Lu}[\p{Lu}\p{Ll}]*) (${CANTONESE_GIVEN})$`, 'u');

const titleCase = (w: string): string => w.charAt(0) + w.slice(1).toLowerCase();

/** A name written as Hong Kong writes it, in parts; undefined for any other name. */
function hongKongName(listed: string): { family: string; given: string; english?: string } | undefined {
  const t = listed.trim();
  const register = REGISTER_FORM.exec(t);
  if (register) return { family: register[1]!, given: register[2]!, english: register[3]! };
  const first = ENGLISH_FIRST.exec(t);
  if (first) return { family: first[2]!, given: first[3]!, english: first[1]! };
  const chinese = CHINESE_ONLY.exec(t);
  return chinese ? { family: chinese[1]!, given: chinese[2]! } : undefined;
}

/**
 * The shorter names colleagues write for a name listed as Hong Kong writes it with an English
 * name, each the given name then the family name: the English name (`Peter Chan`) and the
 * Cantonese one (`Tai-man Chan`), and the Cantonese name as written, family name first (`Chan
 * Tai-man`). Parts of the listed name: offered for it (partOfName.ts), never read as it, as two
 * colleagues may share them. Nothing for a name not written so (`Jean-Pierre Dupont`: its second
 * syllable is a capital).
 */
export function cantoneseShortNames(listed: string): string[] {
  const name = hongKongName(listed);
  if (!name?.english) return [];
  const family = titleCase(name.family);
  return [`${name.english} ${family}`, `${name.given} ${family}`, `${family} ${name.given}`];
}

/**
 * The Cantonese given name of a name listed as Hong Kong writes it, in small letters (`tai-man`
 * of `CHAN Tai-man, Peter`): `listed` is the name as written, whose capitals say which hyphen
 * joins two syllables of a Cantonese name (`Tai-man`, not `Jean-Pierre`). Undefined for any other name.
 */
export function cantoneseGivenName(listed: string): string | undefined {
  return hongKongName(listed)?.given.toLowerCase();
}
