/**
 * Spanish names as Mexican (and other Spanish-speaking) registers list them: one or two given
 * names, then the father's and the mother's family names (`María José García López`, `Ana Sofía
 * de la Cruz Ramírez`, `Ma. Guadalupe Torres Vázquez`, where `Ma.` is María). Colleagues write a
 * given name and the first family name (`María García`, `Guadalupe Torres`, `Ana de la Cruz`), or
 * a title and the first family name (`Ing. Hernández`, `Dr. Peña`): a part of the name, offered,
 * never applied (the name alone does not say which words are given names).
 */

/** A particle joined to the family name after it: `de`, `del`, `de la`, `de las`, `de los`. */
const PARTICLE = /^(?:de|del)$/;
const ARTICLE = /^(?:la|las|los)$/;

/** `da`, `das`, `do`, `dos`: portugueseName.ts's names. */
const PORTUGUESE_PARTICLE = / d[ao]s? /;

/** The words of a name (normPerson's form) with each particle joined to the family name after it. */
function units(name: string): string[] {
  const words = name.split(' ');
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    let unit = words[i]!;
    if (i > 0 && PARTICLE.test(unit) && i < words.length - 1) {
      if (unit === 'de' && ARTICLE.test(words[i + 1]!) && i < words.length - 2) unit += ` ${words[++i]!}`;
      unit += ` ${words[++i]!}`;
    }
    out.push(unit);
  }
  return out;
}

/** `Ma.` is María, as Mexican registers shorten it (normPerson's form has no accent). */
const sameGivenName = (listed: string, written: string): boolean =>
  listed === written || (listed === 'ma.' && written === 'maria');

/**
 * Whether `ref` (normalised as `name` is, without its title) is a given name and the first family
 * name of `name` (`maria garcia` of `maria jose garcia lopez`), or the first family name alone when
 * `titled` (`Ing. Hernández`): for a name of a given name and two family names or more.
 */
export function isGivenAndFirstSurname(name: string, ref: string, titled: boolean): boolean {
  // A Portuguese particle (`da Silva`) says the name is Brazilian: the first family name is the mother's.
  if (name.length > 200 || !name.includes(' ') || PORTUGUESE_PARTICLE.test(name)) return false;
  const parts = units(name);
  if (parts.length < 3) return false;
  const first = parts[parts.length - 2]!;
  if (titled && ref === first) return true;
  if (!ref.endsWith(` ${first}`)) return false;
  const given = ref.slice(0, ref.length - first.length - 1);
  return parts.slice(0, -2).some((g) => sameGivenName(g, given));
}
