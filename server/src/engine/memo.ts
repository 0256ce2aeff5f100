/** The longest text remembered: headers, headings, enum words and short cells are shorter. */
const LONGEST = 200;

/**
 * A pure function of a string remembered for the strings it was last asked about: headers,
 * headings, enum words and cell values repeat in every plan. Bounded: the memory is dropped when
 * full. What it returns must be read-only (it is shared) and never undefined.
 */
export function memoized<T = string>(fn: (text: string) => T, max = 4096): (text: string) => T {
  let memo = new Map<string, T>();
  return (text) => {
    // A long text is never remembered, so it is not looked up either (that would hash it whole).
    if (text.length > LONGEST) return fn(text);
    let out = memo.get(text);
    if (out === undefined) {
      out = fn(text);
      if (memo.size >= max) memo = new Map();
      memo.set(text, out);
    }
    return out;
  };
}
