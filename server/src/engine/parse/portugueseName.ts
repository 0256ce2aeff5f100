/**
 * Brazilian (and Portuguese) names as registers list them: given names, then the mother's and the
 * father's family names, joined by a particle (`João Pedro dos Santos`, `Maria Fernanda da Silva
 * Oliveira`, `Ana Carolina de Souza Lima`). Colleagues write one given name and the last family
 * name (`João Santos`, `Fernanda Oliveira`): a part of the name, offered, never applied.
 */

/**
 * Whether word `i` of a name is a particle joining family names: `da`, `das`, `do`, `dos` before a
 * word; `de` only before two family names or more (`de Souza Lima`): in `Pieter de Vries` or `Jan
 * van de Berg` it is Dutch. Read word by word, so a long name costs no more than its length.
 */
function isParticle(words: readonly string[], i: number): boolean {
  const word = words[i]!;
  if (word === 'da' || word === 'das' || word === 'do' || word === 'dos') return Boolean(words[i + 1]);
  return word === 'de' && Boolean(words[i + 1]) && Boolean(words[i + 2]);
}

/** The given names and the last family name of a name joined by a Portuguese particle, or undefined. */
function portugueseParts(name: string): { readonly given: readonly string[]; readonly last: string } | undefined {
  if (!/ d[aeo]s? /.test(name)) return undefined; // cheap test before the split
  const words = name.split(' ');
  const at = words.findIndex((_, i) => i > 0 && isParticle(words, i));
  if (at < 1 || at >= words.length - 1) return undefined;
  return { given: words.slice(0, at), last: words[words.length - 1]! };
}

/**
 * Whether `ref` (normalised as `name` is) is one given name and the last family name of `name`
 * (`joao santos` of `joao pedro dos santos`), when the name has a Portuguese particle.
 */
export function isGivenAndLastSurname(name: string, ref: string): boolean {
  const parts = portugueseParts(name);
  if (!parts) return false;
  const m = /^(\S+) (\S+)$/.exec(ref);
  return m !== null && m[2] === parts.last && parts.given.includes(m[1]!);
}
