/**
 * Amounts as Korean finance writes them (amounts.ts and amountUnit.ts read what this gives them):
 * in myriads, where 만 is ten thousand, 억 a hundred million and 조 a trillion, each counted in
 * tens, hundreds and thousands (천만 is ten million), so that `12억 원` is 1,200,000,000,
 * `3,500만원` 35,000,000 and `1억 2천만 원` 120,000,000: exact, never a guess. The won is `원`
 * after the amount (currencies.ts), and a table's unit note says its scale the same way
 * (`(단위: 백만원)`, `(천원)`, `(억원)`).
 */

/** The myriads: each a power of ten thousand. */
const MYRIAD: Readonly<Record<string, number>> = { 만: 1e4, 억: 1e8, 조: 1e12 };
/** The tens, hundreds and thousands a myriad, or a count of won, is counted in. */
const DIGIT_UNIT: Readonly<Record<string, number>> = { 십: 10, 백: 100, 천: 1000 };

/** One group of a Korean amount: a number, then a digit unit, a myriad or both (`2천만`, `3,500만`, `1.2억`, `5천`). */
const GROUP = /(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*([십백천])?\s*([만억조])?/gy;

/** A Korean amount: its currency before or after it (`₩`, `KRW`, `원`), and its groups between. */
const KOREAN = /^(?<pre>₩|krw)?\s*(?<groups>\d[\d.,]*\s*[십백천만억조][\d.,\s십백천만억조]*?)\s*(?<post>원|krw)?$/i;

/**
 * The number a run of groups writes (`1억 2천만` is 120,000,000), or undefined when it is no
 * Korean amount: each group after the first names a smaller myriad than the one before, and a
 * group with no myriad is alone or after 만 (`3만 5천` is 35,000). With `short`, a last group with no myriad after others (`1억 5천`)
 * is read as the next myriad down's, as it is said (1억 5천만), and not as written (100,005,000).
 */
function myriadValue(text: string, short = false): number | undefined {
  let total = 0;
  let last = Infinity;
  let groups = 0;
  let pos = 0;
  for (;;) {
    while (text[pos] === ' ') pos++;
    if (pos >= text.length) break;
    GROUP.lastIndex = pos;
    const m = GROUP.exec(text);
    if (!m || m[0].length === 0 || (!m[2] && !m[3])) return undefined;
    const written = m[3] ? MYRIAD[m[3]]! : 1;
    // `1억 5천`: 5천만 as said, when `short`; a trailing group is never read as written.
    const myriad = written === 1 && groups > 0 && short ? last / 1e4 : written;
    // After 만, the won: `3만 5천 원` is 35,000 as said and as written.
    if (myriad >= last || (myriad === 1 && groups > 0 && last !== 1e4)) return undefined;
    last = myriad;
    groups++;
    total += Number(m[1]!.replace(/,/g, '')) * (m[2] ? DIGIT_UNIT[m[2]]! : 1) * myriad;
    pos = GROUP.lastIndex;
  }
  if (groups === 0) return undefined;
  // Decimals of a myriad are exact to the won (`1.2억` is 120,000,000): only float noise is rounded.
  const won = Math.round(total);
  return Math.abs(won - total) < 1e-6 * Math.max(1, total) ? won : undefined;
}

/**
 * `t` (an amount as written) with its Korean units written in thousands, as a scale English writes,
 * its currency before it (`12억 원` is `원 1200000k`, `₩3,500만` is `₩ 35000k`), or `t` as it is when
 * it writes none: an amount that writes its own scale is not scaled again by its column's unit
 * note. One that is no whole number of thousands (`1.2345만`) is left unread.
 */
export function myriadWritten(t: string): string {
  if (t.length > 40 || !/[십백천만억조]/.test(t)) return t;
  const m = KOREAN.exec(t);
  if (!m?.groups) return t;
  const value = myriadValue(m.groups['groups']!.trim());
  if (value === undefined || value % 1000 !== 0) return t;
  const currency = m.groups['pre'] ?? m.groups['post'];
  return `${currency ? `${currency} ` : ''}${value / 1000}k`;
}

export const MYRIAD_SAID =
  'After 억 or 조, a count of 천 or 백 with no myriad is said for the next myriad down (1억 5천 for 1억 5천만) and written for won (100,005,000): write which.';

/**
 * The two readings of a Korean amount whose last group names no myriad after one that does (`1억
 * 5천 원`: 1억 5천만 as it is said, or 100,005,000 as it is written), each written in full with
 * its currency (in a column's `scale`, without it), the one as said first; undefined for any other text.
 */
export function myriadReadings(t: string, scale = 1): readonly [said: string, written: string] | undefined {
  if (t.length > 40 || !/[십백천만억조]/.test(t)) return undefined;
  const m = KOREAN.exec(t);
  const groups = m?.groups?.['groups']?.trim();
  if (!groups || myriadValue(groups) !== undefined) return undefined;
  const said = myriadValue(groups, true);
  const words = groups.split(/\s+/);
  const asWritten = myriadValue(words.slice(0, -1).join(' '));
  const tail = myriadValue(words.at(-1)!);
  if (said === undefined || asWritten === undefined || tail === undefined || words.length < 2) return undefined;
  const { pre, post } = m!.groups!;
  // In a column in millions (`(단위: 백만원)`), in its unit, without the currency, as its other cells write them.
  const write = (n: number): string =>
    scale === 1 ? `${pre ?? ''}${n.toLocaleString('en-US')}${post ? ` ${post}` : ''}` : String(n / scale);
  return [write(said), write(asWritten + tail)];
}

/**
 * A unit note in won as Korean finance heads a table (`(단위: 백만원)`, `(백만원)`, `(천원)`,
 * `(억원)`, `(단위: 백만 원)`): its scale, the won's digit units and myriads multiplied, and where the note begins.
 */
const WON_NOTE = /(?<!\s)\s*[([]\s*(?:단위\s*[:：]\s*)?([십백천])?\s*([만억조])?\s*원\s*[)\]]$/;

export function wonUnitNote(header: string): { readonly index: number; readonly scale: number } | undefined {
  if (!header.endsWith(')') && !header.endsWith(']')) return undefined;
  const m = WON_NOTE.exec(header);
  if (!m || m.index === 0) return undefined;
  return { index: m.index, scale: (m[1] ? DIGIT_UNIT[m[1]]! : 1) * (m[2] ? MYRIAD[m[2]]! : 1) };
}
