/**
 * Names joined by a patronymic, as Malaysian (and Singaporean) registers write Malay and Indian
 * names: the given name, a word that says "son of" or "daughter of", and the father's name
 * (`Mohd Faizal bin Hassan`, `Nur Aisyah binti Ahmad`, `Ganesh a/l Subramaniam`, `Kavitha a/p
 * Rajan`). The word is often left out (`Mohd Faizal Hassan`), and colleagues call the person by
 * the given name (`Faizal`, `Nur Aisyah`), never by the father's.
 */

/**
 * Between the given name and the father's: `bin` and `binti` (abbreviated `bt`; `binte`,
 * `bte` as Singapore spells them), `a/l` and `a/p` (anak lelaki, anak perempuan), `s/o` and `d/o`,
 * and Sarawak's `anak`; and Arabic's `bint` (daughter of) as Gulf registers write it (`Latifa
 * bint Ahmed Al Falasi`; `bin` is Arabic's and Malay's). Not `b.`: an English middle initial (`John B. Smith`).
 */
const PATRONYMIC = /\s+(?:bin|binti|binte|bint|bt\.?|bte\.?|a\/l|a\/p|s\/o|d\/o|anak)\s+/i;

/** A name's given name and father's name, when one patronymic word joins them; else undefined. */
export function patronymicParts(name: string): { readonly given: string; readonly father: string } | undefined {
  const parts = name.trim().split(PATRONYMIC);
  if (parts.length !== 2 || !parts[0] || !parts[1]) return undefined;
  return { given: parts[0], father: parts[1] };
}

/** The name without its patronymic word (`Mohd Faizal bin Hassan` → `Mohd Faizal Hassan`), or undefined. */
export function withoutPatronymic(name: string): string | undefined {
  const parts = patronymicParts(name);
  return parts && `${parts.given} ${parts.father}`;
}
