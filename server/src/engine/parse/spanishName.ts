/**
 * Spanish names as Mexican (and other Spanish-speaking) registers list them: one or two given
 * names, then the father's and the mother's family names (`María José García López`, `Ana Sofía
 * de la Cruz Ramírez`, `Ma. Guadalupe Torres Vázquez`, where `Ma.` is María). Colleagues write a
 * given name and the first family name (`María García`, `Guadalupe Torres`, `Ana de la Cruz`), or
 * a title and the first family name (`Ing. Hernández`, `Dr. Peña`): a part of the name, offered,
 * never applied (the name alone does not say which words are given names). As Spain writes them
 * too: `Mª` and `M.ª` for María, a given name with a particle (`Mª del Carmen`, called `Carmen`),
 * given names by their initials (`M. J. García-López`), a first family name with a hyphen or a
 * particle (`García-López`, `Fernández de Córdoba`), and two family names joined by Catalan `i`
 * (`Montserrat Puig i Ferrer`, called `Montserrat Puig`).
 */

/** A particle joined to the family name after it: `de`, `del`, `de la`, `de las`, `de los`. */
const PARTICLE = /^(?:de|del)$/;
const ARTICLE = /^(?:la|las|los)$/;
/** The word that joins two family names as Catalan and old Castilian write them (`Puig i Ferrer`, `Ortega y Gasset`). */
const CONJUNCTION = /^(?:i|y)$/;

/** `da`, `das`, `do`, `dos`: portugueseName.ts's names. */
const PORTUGUESE_PARTICLE = / d[ao]s? /;

/**
 * The words of a name (normPerson's form) with each particle joined to the family name after it,
 * and `i` or `y` between family names to the one after it (`puig`, `i ferrer`).
 */
function units(name: string): string[] {
  const words = name.split(' ');
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    let unit = words[i]!;
    if (i > 0 && PARTICLE.test(unit) && i < words.length - 1) {
      if (unit === 'de' && ARTICLE.test(words[i + 1]!) && i < words.length - 2) unit += ` ${words[++i]!}`;
      unit += ` ${words[++i]!}`;
    } else if (i > 1 && CONJUNCTION.test(unit) && i < words.length - 1) unit += ` ${words[++i]!}`;
    out.push(unit);
  }
  return out;
}

/** `Ma.`, `Mª` and `M.ª` are María, as Mexican and Spanish registers shorten it (normPerson's form has no accent). */
const MARIA = /^m(?:a\.|\.?ª)$/;
const asGiven = (unit: string): string => (MARIA.test(unit) ? 'maria' : unit);

/** A hyphen joins two family names as a space does (`García-López` is written `García López` too). */
const unhyphened = (s: string): string => s.replace(/-/g, ' ');

/**
 * The given names a reference may write of `given` (a name's given names, as units): the first,
 * the first two … (`maria jose`), each alone, and a given name after a particle without it (`carmen`
 * of `mª del carmen`); `Ma.`, `Mª` are María.
 */
function givenForms(given: readonly string[]): Set<string> {
  const forms = new Set<string>();
  const plain = given.map(asGiven);
  for (let i = 0; i < plain.length; i++) {
    forms.add(plain[i]!);
    forms.add(plain.slice(0, i + 1).join(' '));
    const particle = /^(?:del?|de la|de las|de los) (\S+)$/.exec(plain[i]!);
    if (particle) forms.add(particle[1]!);
  }
  return forms;
}

/** The initial a given name is written with: its last word's after a particle (`c.` for `del carmen`). */
const initialOf = (unit: string): string => unit.split(' ').pop()![0]!;

/** A reference of initials with their points and a family name (`m. j. garcia-lopez`, `m.j. garcia`). */
const INITIALS_FIRST = /^((?:\p{L}\.(?!ª) ?){1,3}) ?(\p{L}.*)$/u;

/**
 * The readings of a Spanish name (its units) as given names and a first family name: the word
 * before the last, and a family name with a particle joined to the word before it too
 * (`fernandez de cordoba` of `alvaro fernandez de cordoba ruiz`; whether `Fernández` is a given
 * name the name does not say).
 */
function readings(parts: readonly string[]): { given: string[]; first: string }[] {
  const n = parts.length;
  const out = [{ given: parts.slice(0, n - 2), first: parts[n - 2]! }];
  if (n >= 4 && PARTICLE.test(parts[n - 2]!.split(' ')[0]!)) {
    out.push({ given: parts.slice(0, n - 3), first: `${parts[n - 3]!} ${parts[n - 2]!}` });
  }
  return out;
}

/**
 * Whether `ref` (normalised as `name` is, without its title) is a given name and the first family
 * name of `name` (`maria garcia` of `maria jose garcia lopez`), the given names written whole, in
 * part or by their initials (`maria jose garcia`, `mª jose garcia`, `m. j. garcia`), or the first
 * family name alone when `titled` (`Ing. Hernández`): for a name of a given name and two family
 * names or more. A hyphen in a family name is a space (`garcia lopez` for `garcia-lopez`).
 */
export function isGivenAndFirstSurname(name: string, ref: string, titled: boolean): boolean {
  // A Portuguese particle (`da Silva`) says the name is Brazilian: the first family name is the mother's.
  if (name.length > 200 || ref.length > 200 || !name.includes(' ') || PORTUGUESE_PARTICLE.test(name)) return false;
  const parts = units(name);
  if (parts.length < 3) return false;
  const written = unhyphened(ref);
  const initials = INITIALS_FIRST.exec(ref);
  return readings(parts).some(({ given, first: firstWritten }) => {
    if (given.length === 0) return false;
    const first = unhyphened(firstWritten);
    if (titled && written === first) return true;
    if (initials) {
      const letters = initials[1]!.replace(/[. ]/g, '');
      if (
        unhyphened(initials[2]!) === first &&
        letters.length <= given.length &&
        [...letters].every((l, i) => initialOf(given[i]!) === l)
      )
        return true;
    }
    if (!written.endsWith(` ${first}`)) return false;
    const givenWritten = written.slice(0, written.length - first.length - 1);
    return givenForms(given.map(unhyphened)).has(givenWritten.split(' ').map(asGiven).join(' '));
  });
}
