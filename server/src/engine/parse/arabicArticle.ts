/**
 * Arabic names as English registers write their article: the family name's `Al` (`El` as Egypt
 * and the Levant write it) spaced, hyphenated or joined (`Al Mansoori`, `Al-Mansoori`,
 * `Almansoori`, `AlMansoori` as UAE registers, Emirates ID cards and mail addresses write the one
 * name), and `Abdul`/`Abdel` joined to the name after it or not (`Abdel Rahman`, `Abdel-Rahman`,
 * `Abdelrahman`). Only the article's joining: another transliteration (`Al Mansouri`, `Mohamed`
 * for `Mohammed`) is a near spelling, and a name without its father's name (`Khalid Al Ketbi`
 * for `Khalid Obaid Al Ketbi`) a part of it, both offered, never applied (contract §2). A spaced
 * `Al` that begins a name is a given name (`Al Green` is not `Algreen`).
 */

/** A word that may be an article: `al`, `el`, `abdul`, `abdel`, alone or hyphenated to the next. */
const MAYBE_ARTICLE = /(?:^|\s)(?:al|el|abd[eu]l)[-\s]/;

/** An article hyphenated to its name (`al-mansoori`). */
const HYPHENATED = /^(al|el|abd[eu]l)-(\p{L}.*)$/u;

/** A spaced article: `al`, `el` only after the first word; `abdul`, `abdel` anywhere. */
const spaced = (word: string, i: number): boolean =>
  (i > 0 && (word === 'al' || word === 'el')) || /^abd[eu]l$/.test(word);

/**
 * A name in the form references are compared in (normalised: lower case, one space between
 * words) with each article joined to its name (`ahmed al-mansoori` → `ahmed almansoori`), or
 * undefined when it has none. Most names have none: they are tested first.
 */
export function articleJoined(name: string): string | undefined {
  if (!MAYBE_ARTICLE.test(name)) return undefined;
  const words = name.split(' ');
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const hyphenated = HYPHENATED.exec(word);
    if (hyphenated) out.push(hyphenated[1]! + hyphenated[2]!);
    else if (spaced(word, i) && i < words.length - 1 && /^\p{L}/u.test(words[i + 1]!)) out.push(word + words[++i]!);
    else out.push(word);
  }
  const joined = out.join(' ');
  return joined === name ? undefined : joined;
}

/**
 * A name of three words or more whose family name has the article (`khalid obaid al ketbi`) as
 * colleagues shorten it, the given name and the family name (`khalid alketbi`, its article
 * joined), or undefined: a part of the name, to offer, never to apply.
 */
export function givenAndFamily(name: string): string | undefined {
  const words = name.split(' ');
  const last = words.length - 1;
  const hyphenated = HYPHENATED.exec(words[last]!);
  // The words before the family name: the given name and at least one more (the father's).
  const before = hyphenated ? last : last - 1;
  const article = hyphenated ? undefined : words[last - 1];
  if (!hyphenated && (article === undefined || !spaced(article, last - 1) || /^abd/.test(article))) return undefined;
  if (before < 2) return undefined;
  return `${words[0]} ${hyphenated ? hyphenated[1]! + hyphenated[2]! : article! + words[last]!}`;
}
