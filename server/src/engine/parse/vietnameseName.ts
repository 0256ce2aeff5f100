/**
 * Names as Vietnamese colleagues write them in a plan otherwise in English. A Vietnamese name is
 * written family name first and given name last (`Nguyễn Văn An`), and a few family names are
 * shared by most people (Nguyễn by some two in five): colleagues are named by the given name
 * (`Anh An`, `Chị Ngọc`: titles.ts), and in English, with the given name and the family name in
 * either order, without the middle name or with it after them, as mail directories turn it (`An
 * Nguyen`, `Nguyen An`, `An Nguyen Van`). Each is offered, never applied (partOfName.ts): two
 * colleagues may share both names.
 */

/** The commonest Vietnamese family names, as normPerson writes them (without accents: `Nguyễn` is `nguyen`). */
const FAMILY_NAMES: ReadonlySet<string> = new Set([
  'nguyen',
  'tran',
  'le',
  'pham',
  'hoang',
  'huynh',
  'phan',
  'vu',
  'vo',
  'dang',
  'bui',
  'do',
  'ho',
  'ngo',
  'duong',
  'ly',
  'dinh',
  'trinh',
  'truong',
  'doan',
  'luong',
  'luu',
]);

/**
 * The short forms of a listed Vietnamese name (normPerson's form, without its title) as colleagues
 * write it in English: the given name and the family name in either order, and the given name
 * before the family and middle names; none for a name of fewer than three words or not led by a
 * Vietnamese family name.
 */
export function vietnameseShortNames(bare: string): readonly string[] {
  const words = bare.split(' ');
  if (words.length < 3 || !FAMILY_NAMES.has(words[0]!)) return [];
  const [family, ...rest] = words as [string, ...string[]];
  const given = rest.at(-1)!;
  return [`${family} ${given}`, `${given} ${family}`, `${given} ${family} ${rest.slice(0, -1).join(' ')}`];
}
