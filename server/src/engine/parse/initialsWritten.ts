/**
 * Initials in a name as people type them: with or without points, with or without a space
 * between them. South Indian names put the town's and the father's initials first (`K. S.
 * Ramesh`, also typed `K.S. Ramesh`, `K S Ramesh`, `K.S.Ramesh`), and a middle initial is typed
 * with or without its point elsewhere too (`Harry S. Truman`, `Harry S Truman`). Only the way the
 * initials are typed is left out: a two-letter word (`KS`, `Ab`) may be a name, and initials moved
 * to the other end (`Ramesh K.S.`, as payroll systems write the same person) are another order,
 * offered but never applied (contract §2).
 */

/** Initials typed together, each with its point (`k.s.`, `k.s`), perhaps with the name after them (`k.s.ramesh`). */
const JOINED = /^((?:\p{L}\.){1,4})(\p{L}(?:\.|\p{L}[\p{L}'’-]*)?)?$/u;

/** A word that is one letter, with or without its point (`s`, `s.`). */
const ONE_LETTER = /^\p{L}\.?$/u;

/**
 * A name in the form references are compared in (already normalised: lower case, one space
 * between words) with every initial written as one letter, a point and a space: `k.s. ramesh`,
 * `k s ramesh` and `k.s.ramesh` are `k. s. ramesh`. Words that are not initials are left alone
 * (an address, a handle, `a/l`).
 */
export function spacedInitials(name: string): string {
  if (!/\p{L}\./u.test(name) && !/(?:^| )\p{L}(?: |$)/u.test(name)) return name;
  return name
    .split(' ')
    .map((word) => {
      if (ONE_LETTER.test(word)) return `${word[0]}.`;
      const joined = JOINED.exec(word);
      if (!joined) return word;
      const letters = joined[1]!.split('.').filter(Boolean);
      const rest = joined[2];
      const oneMore = rest !== undefined && ONE_LETTER.test(rest);
      const initials = oneMore ? [...letters, rest[0]!] : letters;
      return [...initials.map((l) => `${l}.`), ...(rest && !oneMore ? [rest] : [])].join(' ');
    })
    .join(' ');
}

/** Whether a word (as `spacedInitials` writes it) is an initial. */
const isInitial = (word: string): boolean => /^\p{L}\.$/u.test(word);

/**
 * The other orders a name's initials may be written in: moved from the front to the end or back
 * (`ramesh k. s.` for `k. s. ramesh`), and a two-word name turned (`yuki sato` for `sato yuki`).
 * Each is a guess at another form of one name, to offer, never to apply.
 */
export function turnedNames(name: string): string[] {
  const words = spacedInitials(name).split(' ');
  if (words.length === 2 && !words.some(isInitial)) return [`${words[1]} ${words[0]}`];
  const lead = words.findIndex((w) => !isInitial(w));
  const trail = words.length - 1 - [...words].reverse().findIndex((w) => !isInitial(w));
  const out: string[] = [];
  if (lead > 0) out.push([...words.slice(lead), ...words.slice(0, lead)].join(' '));
  if (lead === 0 && trail < words.length - 1 && trail >= 0) {
    out.push([...words.slice(trail + 1), ...words.slice(0, trail + 1)].join(' '));
  }
  return out;
}

/**
 * A reference whose one word in capitals of two or three letters beside a name may be initials
 * typed without points (`KS Ramesh`): the reference with them spelled out (`K. S. Ramesh`), to
 * offer, never to apply, as such a word may be a name (`Ng`, `Ab`); else undefined.
 */
export function capitalsAsInitials(ref: string): string | undefined {
  const words = ref.trim().split(/\s+/);
  const caps = words.filter((w) => /^\p{Lu}{2,3}$/u.test(w));
  if (caps.length !== 1 || words.length < 2 || !words.some((w) => /^\p{Lu}\p{Ll}/u.test(w))) return undefined;
  return words.map((w) => (w === caps[0] ? [...w].map((l) => `${l}.`).join(' ') : w)).join(' ');
}
