/**
 * A part of a stakeholder's name (references.ts): the stakeholders a first or last name, the
 * words at either end of a name, the given name of a name joined by a patronymic, an Arabic
 * name's given and family names, a Brazilian name's given name and last family name, a Spanish
 * name's given name (or title) and first family name, or a Vietnamese name's given and family names.
 */
import type { Plan, Row } from './model.js';
import { articleJoined, givenAndFamily } from './parse/arabicArticle.js';
import { patronymicParts } from './parse/patronymic.js';
import { cantoneseShortNames } from './parse/cantoneseName.js';
import { romanisedFamilyName } from './parse/chineseName.js';
import { nativeScriptName } from './parse/koreanName.js';
import { bareListedName, bareListedNames, untitledListedName, withoutHonorific } from './parse/people.js';
import { withoutGivenNameTitle } from './parse/titles.js';
import { vietnameseShortNames } from './parse/vietnameseName.js';
import { normPerson } from './parse/personForm.js';
import { isGivenAndLastSurname } from './parse/portugueseName.js';
import { isGivenAndFirstSurname } from './parse/spanishName.js';

/**
 * The stakeholders a first or last name, or an initial and last name (`S. Brandt`, `S Brandt`,
 * and a hyphenated given name's two initials as French writes them: `J.-P. Dupont` for
 * Jean-Pierre Dupont, also listed `DUPONT Jean-Pierre`), is part of the name of, in table order.
 * A first or last name mentioned as a chat does (`@Liam`) is the name, when it is no handle. A
 * title before a listed name, and letters after it, are no part of it.
 */
export function byPartOfName(plan: Plan, ref: string): Row[] {
  const mentioned = normPerson(ref).replace(/^@(?=[\p{L}]+$)/u, '');
  // A title before the part is no part of it (`Pn. Aisyah`, `Dato' Rosli`), looked for as written
  // too, where its accents or its small letters say it is one (`Bà Ngọc`, `Anh An`, `c. Mai`).
  const written = withoutGivenNameTitle(ref.trim()) ?? withoutHonorific(ref.trim());
  const r = written !== undefined ? normPerson(written) : (withoutHonorific(mentioned) ?? mentioned);
  if (!r) return [];
  // A Chinese family name in characters, written with a title (`张总`, `刘经理`): the stakeholders
  // with that family name, romanised at either end of their name or first in their name in characters.
  const family = romanisedFamilyName(r);
  if (family) {
    return plan.rows('stakeholders').filter((row) => {
      const words = bareListedName(row).split(' ');
      if (nativeScriptName(row.value('name') ?? '')?.startsWith(r)) return true;
      return words.length > 1 && family.some((f) => words[0] === f || words.at(-1) === f);
    });
  }
  const initialled = initialledName(r);
  const withArticle = articleJoined(r) ?? r;
  return plan.rows('stakeholders').filter((row) => {
    const untitled = bareListedName(row);
    // An Arabic name as colleagues shorten it, the given name and the family name (`Khalid Al
    // Ketbi` for Khalid Obaid Al Ketbi), its article written any way.
    const short = givenAndFamily(untitled);
    if (short !== undefined && short === withArticle) return true;
    // A Brazilian name as colleagues shorten it, a given name and the last family name (`João
    // Santos`, `Fernanda Oliveira` for João Pedro dos Santos, Maria Fernanda da Silva Oliveira).
    if (isGivenAndLastSurname(untitled, r)) return true;
    // A Spanish name as colleagues shorten it, a given name (or a title) and the first family name
    // (`María García`, `Ing. Hernández` for María José García López, Ing. Juan Carlos Hernández Ruiz).
    if (isGivenAndFirstSurname(untitled, r, r !== mentioned)) return true;
    // A name joined by a patronymic: the given name is what colleagues use, a word of it or the
    // words from either end (`Faizal`, `Mohd Faizal` for Mohd Faizal bin Hassan), never the father's.
    const given = patronymicParts(untitled)?.given;
    if (given !== undefined) return given === r || endOf(given, r) || given.split(' ').includes(r);
    // A name listed as Hong Kong writes it, as colleagues shorten it: the English name or the
    // Cantonese one and the family name (`Peter Chan`, `Chan Tai-man`, `Chan Tai Man` for `CHAN
    // Tai-man, Peter`), or the words at either end of one of those.
    const hongKong = cantoneseShortNames(untitledListedName(row)).map(normPerson);
    if (hongKong.some((f) => f === r || f.replace('-', ' ') === r || endOf(f, r))) return true;
    // The whole name, where two names are one without their accents (parse/accentedNames.ts).
    if (untitled === r) return true;
    // A Vietnamese name as colleagues write it in English (`An Nguyen`, `Nguyen An` for Nguyễn Văn An).
    if (vietnameseShortNames(untitled).includes(r)) return true;
    // A Thai name by its given name in Thai letters, as listed in brackets after it (`สมชาย` for
    // `Somchai Wongsawat (สมชาย วงศ์สวัสดิ์)`), with or without `คุณ` before it.
    const native = nativeScriptName(row.value('name') ?? '');
    if (native !== undefined && endOf(normPerson(native), r)) return true;
    const parts = untitled.split(' ');
    if (parts.length < 2) return false;
    if (initialled) {
      if (bareListedNames(row).some((listed) => isInitialled(listed, initialled))) return true;
      // `K. Somchai`: Khun shortened, as Thai colleagues write it, before a given name.
      return initialled.first === 'k' && initialled.second === undefined && untitled.startsWith(`${initialled.last} `);
    }
    // The words from either end: a first or last name, or an English name and the family name
    // before a Chinese given name (`Jason Tan` for Jason Tan Chee Keong), or that name (`Tan Chee Keong`).
    return endOf(untitled, r);
  });
}

/** Whether `part` is the first or the last words of `name`, not all of them. */
function endOf(name: string, part: string): boolean {
  return name.startsWith(`${part} `) || name.endsWith(` ${part}`);
}

/**
 * A given name's initials and a last name: `S. Brandt`, and a given name of two parts joined by a
 * hyphen by both its initials, as French writes them (`J.-P. Dupont`) and as Hong Kong writes a
 * Cantonese given name's (`K. K. Wong`, `K.K. Wong` for `WONG Kwok-keung`).
 */
interface Initialled {
  readonly first: string;
  readonly second: string | undefined;
  readonly last: string;
}

/** An initial and a last name (`s. brandt`), or the two initials of a hyphenated given name (`j.-p. dupont`, `k. k. wong`, `k.k. wong`). */
const INITIALLED = /^(\p{L})\.?(?:(?:-|(?<=\.) ?)(\p{L})\.?)? (\S+)$/u;
/**
 * The same with a last name of two or three words, after an initial with its point: a family name
 * with a particle (`g. de luca`, `j. van der berg`).
 */
const INITIALLED_PARTICLE = /^(\p{L})\.(?:-(\p{L})\.)? (\S+(?: \S+){1,2})$/u;
/**
 * The last name first and the initial after it, with its point, as Italian and other European
 * directories and signatures write a colleague (`d'angelo n.`, `de luca g.`, `dupont j.-p.`).
 */
const LAST_THEN_INITIALLED = /^(\S+(?: \S+){0,2}) (\p{L})\.(?:-(\p{L})\.)?$/u;

/** A reference (normPerson's form) read as a given name's initials and a last name, in either order. */
function initialledName(r: string): Initialled | undefined {
  const m = INITIALLED.exec(r) ?? INITIALLED_PARTICLE.exec(r);
  if (m) return { first: m[1]!, second: m[2], last: m[3]! };
  const back = LAST_THEN_INITIALLED.exec(r);
  return back ? { first: back[2]!, second: back[3], last: back[1]! } : undefined;
}

/** Whether a listed name (bareListedName's form) is the initialled one: its given name's initials, its last name. */
function isInitialled(listed: string, { first, second, last }: Initialled): boolean {
  if (!listed.endsWith(` ${last}`)) return false;
  const givenName = listed.slice(0, listed.length - last.length - 1).split(' ')[0]!;
  if (second === undefined) return givenName.startsWith(first);
  const given = givenName.split('-');
  return given.length === 2 && given[0]!.startsWith(first) && given[1]!.startsWith(second);
}
