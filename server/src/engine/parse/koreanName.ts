/**
 * Names as Korean registers and colleagues write them: a family name and a given name of two
 * syllables (`KIM Min-su`, `Lee Ji-eun`), the given name also joined (`Kim Minsu`), spaced (`Kim
 * Min Su`) or first (`Minsu Kim`, as English-speaking colleagues write it), the name in Hangul in
 * brackets after it (`KIM Min-su (김민수)`), and the job title after the name (`Kim Minsu 부장`,
 * `Park Jun-ho, Director`), which is no part of it.
 */

/**
 * A Korean rank or honorific after a name (`Kim Minsu 부장`, `Lee 팀장님`): the ranks of Korean
 * companies, banks and agencies, from 사원 to 대표, and 님 after any of them.
 */
const HANGUL_TITLE_AFTER =
  /(?<=\S)\s+(?:사원|주임|대리|과장|차장|부장|팀장|파트장|실장|센터장|본부장|부문장|그룹장|단장|국장|처장|이사|상무|전무|부행장|행장|부사장|사장|대표|책임|선임|수석|위원)님?$/u;

/**
 * `name` without the Korean rank after it (titles.ts removes it, as it does a title before a name),
 * in the form it is given: normPerson writes Hangul decomposed (NFD), the rank is matched composed.
 */
export function withoutHangulTitle(name: string): string {
  // Most names end in a Latin letter: no Hangul (composed or decomposed) before U+1100.
  if (!(name.charCodeAt(name.length - 1) >= 0x1100)) return name;
  const m = HANGUL_TITLE_AFTER.exec(name.normalize('NFC'));
  if (!m) return name;
  const written = [m[0], m[0].normalize('NFD')].find((suffix) => name.endsWith(suffix));
  return written ? name.slice(0, name.length - written.length) : name;
}

/**
 * An English job title after a whole name and a comma, as Korean registers in English write it
 * (`Park Jun-ho, Director`, `Lee Ji-eun, Team Leader`).
 */
const ENGLISH_TITLE =
  /^(?:(?:deputy\s+|senior\s+|general\s+|executive\s+|managing\s+)*(?:director|manager|general\s+manager|head(?:\s+of\s+[\w\s]+)?|team\s+lead(?:er)?|vice\s+president|vp)|cio|ciso|cto|ceo|cfo)$/i;

/**
 * A listed name without the English job title written after it and a comma (`Park Jun-ho,
 * Director`), or undefined without one. A reference's title is read only when it is the person's
 * own (ownNote.ts): `Jennifer Kowalczyk, CIO` names two people when another is the CIO.
 */
export function withoutListedTitle(name: string): string | undefined {
  const t = name.trim();
  const comma = t.lastIndexOf(',');
  if (comma <= 0) return undefined;
  const first = t.slice(0, comma).trim();
  return first.includes(' ') && ENGLISH_TITLE.test(t.slice(comma + 1).trim()) ? first : undefined;
}

/**
 * A name in Hangul (two to four syllables, `김민수`, `남궁민수`), in Chinese characters (`陳大文`) or in
 * Thai letters, a given name and a family name (`สมชาย วงศ์สวัสดิ์`).
 */
const NATIVE_NAME = /^(?:[\uac00-\ud7a3]{2,4}|\p{Script=Han}{2,4}|[\u0E01-\u0E4E]{2,}(?: [\u0E01-\u0E4E]{2,})?)$/u;

/** The name in its own script a listed name writes in brackets after it (`김민수` of `KIM Min-su (김민수)`), or undefined. */
export function nativeScriptName(listed: string): string | undefined {
  const m = /\(([^()]+)\)\s*$/.exec(listed);
  const inside = m?.[1]!.trim();
  return inside && NATIVE_NAME.test(inside) ? inside : undefined;
}

/**
 * The other whole forms of a name (normPerson's form) whose given name `given` is two syllables
 * joined by a hyphen (`kim min-su`, given `min-su`): the given name spaced (`kim min su`), joined
 * (`kim minsu`), and each with the given name first (`min-su kim`, `minsu kim`), as a name of a
 * family name and that given name only. The whole name in each: read as it, when no one else has it.
 */
export function givenNameForms(normed: string, given: string): string[] {
  const spaced = given.replace('-', ' ');
  const joined = given.replace('-', '');
  const forms = [spaced, joined].map((g) => normed.split(given).join(g)).filter((f) => f !== normed);
  const words = normed.split(' ');
  if (words.length === 2 && words[1] === given) {
    const family = words[0]!;
    forms.push(...[given, spaced, joined].map((g) => `${g} ${family}`));
  }
  return forms;
}
