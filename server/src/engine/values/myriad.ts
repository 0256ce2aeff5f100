/**
 * Amounts as Korean, Chinese and Japanese finance write them (amounts.ts and amountUnit.ts read
 * what this gives them): in myriads, where 만 (万, 萬) is ten thousand, 억 (亿, 億) a hundred
 * million and 조 (兆) a trillion, each counted in tens, hundreds and thousands (천만, 千万: ten
 * million), so that `12억 원` is 1,200,000,000, `3,500만원` 35,000,000, `1억 2천만 원`
 * 120,000,000, `120万元` 1,200,000, `1.2亿元` 120,000,000 and `1,200万円` 12,000,000: exact, never
 * a guess. The won is `원` after the amount, the yuan `元` (`人民币` or `RMB` before it) and the
 * yen `円` (currencies.ts), and a table's unit note says its scale the same way (`(단위: 백만원)`,
 * `(천원)`, `(억원)`, `(单位：万元)`, `(万元)`, `(千円)`). And amounts as Vietnamese finance writes them
 * in groups the same way, each a number and a scale, largest first (`1 tỷ 250 triệu đồng`).
 */
import { currencyOf, SHARED_SYMBOLS } from './currencies.js';
import { VIETNAMESE_SCALE } from './scales.js';

/** The myriads, in Hangul, simplified and traditional Chinese (Japanese writes the last): each a power of ten thousand. */
const MYRIAD: Readonly<Record<string, number>> = {
  만: 1e4,
  万: 1e4,
  萬: 1e4,
  억: 1e8,
  亿: 1e8,
  億: 1e8,
  조: 1e12,
  兆: 1e12,
};
/** The tens, hundreds and thousands a myriad, or a count of the currency, is counted in (拾, 佰, 仟 as cheques write them). */
const DIGIT_UNIT: Readonly<Record<string, number>> = {
  십: 10,
  十: 10,
  拾: 10,
  백: 100,
  百: 100,
  佰: 100,
  천: 1000,
  千: 1000,
  仟: 1000,
};
const DIGITS = Object.keys(DIGIT_UNIT).join('');
const MYRIADS = Object.keys(MYRIAD).join('');
/** A myriad and the space after it, or none: where a group ends. */
const MYRIAD_END = new RegExp(`([${MYRIADS}])\\s*`, 'g');
/** Any character of a myriad amount's units. */
const UNIT_CHAR = new RegExp(`[${DIGITS}${MYRIADS}]`);

/** One group of a myriad amount: a number, then a digit unit, a myriad or both (`2천만`, `3,500만`, `1.2억`, `5千`). */
const GROUP = new RegExp(String.raw`(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*([${DIGITS}])?\s*([${MYRIADS}])?`, 'gy');

/**
 * A myriad amount: its currency before it (`₩`, `KRW`, `¥`, `人民币`, `RMB`, `CNY`, `JPY`), after it
 * (`원`, `元`, `円`, or a code) or both (`人民币120万元`), and its groups between.
 */
const CJK_AMOUNT = new RegExp(
  String.raw`^(?<pre>₩|¥|krw|cny|rmb|jpy|人民币|人民幣)?\s*(?<groups>\d[\d.,]*\s*[${DIGITS}${MYRIADS}][\d.,\s${DIGITS}${MYRIADS}]*?)\s*(?<post>원|元|円|krw|cny|rmb|jpy)?$`,
  'i',
);

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
 * The currency a myriad amount writes before and after it (the one after when both: `¥120万元` is
 * in yuan, as `¥` may be), or null when the two name different ones (`¥120万원`, `RMB 120万円`).
 */
function currencyWritten(pre: string | undefined, post: string | undefined): string | undefined | null {
  if (!pre || !post) return pre ?? post;
  const after = currencyOf(post);
  return currencyOf(pre) === after || SHARED_SYMBOLS.get(pre.toLowerCase())?.has(after) ? post : null;
}

/**
 * `t` (an amount as written) with its myriads written in thousands, as a scale English writes,
 * its currency before it (`12억 원` is `원 1200000k`, `₩3,500만` is `₩ 35000k`, `人民币120万元` is
 * `人民币 1200k`, `1 tỷ 250 triệu đồng` is `đồng 1250000k`), or `t` as it is when it writes none: an amount that writes its own scale is not
 * scaled again by its column's unit note. One that is no whole number of thousands (`1.2345만`) is left unread.
 */
export function myriadWritten(t: string): string {
  const vietnamese = vietnameseGroups(t);
  if (vietnamese && vietnamese.said === undefined && vietnamese.written % 1000 === 0) {
    const { pre, post, written } = vietnamese;
    return `${(pre ?? post) ? `${pre ?? post} ` : ''}${written / 1000}k`;
  }
  if (t.length > 40 || !UNIT_CHAR.test(t)) return t;
  const m = CJK_AMOUNT.exec(t);
  if (!m?.groups) return t;
  const value = myriadValue(m.groups['groups']!.trim());
  if (value === undefined || value % 1000 !== 0) return t;
  const currency = currencyWritten(m.groups['pre'], m.groups['post']);
  if (currency === null) return t;
  return `${currency ? `${currency} ` : ''}${value / 1000}k`;
}

/** A Vietnamese scale (scales.ts VIETNAMESE_SCALE), as a pattern's alternatives, longest first. */
const VIETNAMESE_WORDS = Object.keys(VIETNAMESE_SCALE)
  .sort((a, b) => b.length - a.length)
  .join('|');

/**
 * An amount in Vietnamese scales' groups (`1 tỷ 250 triệu đồng`, `2 triệu 500 nghìn`, `1 tỷ 5`): two
 * groups or more, the last perhaps with no scale, and the dong's name or code before or after them.
 */
const VIETNAMESE_AMOUNT = new RegExp(
  String.raw`^(?<pre>vnđ|vnd|₫)?\s*(?<groups>(?:\d+(?:,\d+)?\s*(?:${VIETNAMESE_WORDS})\s+)+\d+(?:\s*(?:${VIETNAMESE_WORDS}))?)\s*(?<post>đồng|đ|vnđ|vnd|₫)?$`,
  'i',
);
const VIETNAMESE_GROUP = new RegExp(String.raw`(\d+(?:,\d+)?)\s*(${VIETNAMESE_WORDS})?`, 'gi');

/**
 * A Vietnamese amount in groups: its value as written, the value said when its last number has no
 * scale (`1 tỷ 5` is said for 1 tỷ 500 triệu, as `1억 5천` is for 1억 5천만, and written for
 * 1,000,000,005), and its currency as written; undefined when the groups do not run largest first,
 * each less than the one before (`1 tỷ 2000 triệu`).
 */
function vietnameseGroups(t: string): { written: number; said?: number; pre?: string; post?: string } | undefined {
  const m = t.length <= 40 ? VIETNAMESE_AMOUNT.exec(t) : null;
  if (!m?.groups) return undefined;
  let written = 0;
  let last = Infinity;
  let said: number | undefined;
  for (const [, number, scale] of m.groups['groups']!.matchAll(VIETNAMESE_GROUP)) {
    // A decimal comma in a group (`1,5 tỷ 200 triệu`) says the amount twice: left unread.
    if (number!.includes(',')) return undefined;
    const n = Number(number);
    const factor = scale ? VIETNAMESE_SCALE[scale.toLowerCase()]! : 1;
    if (factor >= last || n * factor >= last) return undefined;
    if (!scale) said = written + (n * last) / 10 ** number!.length;
    written += n * factor;
    last = factor;
  }
  return {
    written: Math.round(written),
    ...(said !== undefined && { said }),
    pre: m.groups['pre'],
    post: m.groups['post'],
  };
}

/** What a Vietnamese amount whose last number has no scale (`1 tỷ 5`) may mean, as a message says it. */
export const VIETNAMESE_GROUPS_SAID =
  'After tỷ or triệu, a number with no scale is said for the next scale down (1 tỷ 5 for 1 tỷ 500 triệu) and written for the đồng (1,000,000,005): write which.';

/** The two readings of `1 tỷ 5` (VIETNAMESE_GROUPS_SAID), as said and as written, in a column's `scale`; undefined for any other text. */
export function vietnameseGroupReadings(t: string, scale = 1): readonly [said: string, written: string] | undefined {
  const g = vietnameseGroups(t);
  if (g?.said === undefined) return undefined;
  const write = (n: number): string => String(n / scale);
  return [write(g.said), write(g.written)];
}

export const MYRIAD_SAID =
  'After 억 or 조 (亿, 億, 兆), a count of 천 or 백 (千, 百) with no myriad is said for the next myriad down (1억 5천 for 1억 5천만) and written for the currency (100,005,000): write which.';

/**
 * The two readings of a myriad amount whose last group names no myriad after one that does (`1억
 * 5천 원`: 1억 5천만 as it is said, or 100,005,000 as it is written), each written in full with
 * its currency (in a column's `scale`, without it), the one as said first; undefined for any other text.
 */
export function myriadReadings(t: string, scale = 1): readonly [said: string, written: string] | undefined {
  if (t.length > 40 || !UNIT_CHAR.test(t)) return undefined;
  const m = CJK_AMOUNT.exec(t);
  const groups = m?.groups?.['groups']?.trim();
  if (!groups || myriadValue(groups) !== undefined) return undefined;
  const said = myriadValue(groups, true);
  // The groups, spaced or not (`1억 5천`, `1亿5千`).
  const words = groups.replace(MYRIAD_END, '$1 ').trim().split(/\s+/);
  const asWritten = myriadValue(words.slice(0, -1).join(' '));
  const tail = myriadValue(words.at(-1)!);
  if (said === undefined || asWritten === undefined || tail === undefined || words.length < 2) return undefined;
  const { pre, post } = m!.groups!;
  if (currencyWritten(pre, post) === null) return undefined;
  // In a column in millions (`(단위: 백만원)`), in its unit, without the currency, as its other cells write them.
  const write = (n: number): string =>
    scale === 1 ? `${pre ?? ''}${n.toLocaleString('en-US')}${post ? ` ${post}` : ''}` : String(n / scale);
  return [write(said), write(asWritten + tail)];
}

/**
 * A unit note in a currency written after its scale, as Korean, Chinese and Japanese finance head a
 * table (`(단위: 백만원)`, `(백만원)`, `(천원)`, `(억원)`, `(단위: 백만 원)`, `(单位：万元)`, `(万元)`,
 * `(单位：人民币万元)`, `(单位：元)`, `(千円)`, `(百万円)`), and 万元 as Chinese plans write it in English
 * (`(RMB 10k)`, `(RMB'0000)`): its scale, the digit units and myriads
 * multiplied, its currency, and where the note begins. A note's `단위:` or `单位：` is taken off
 * before (amountUnit.ts), but read here too.
 */
const MYRIAD_NOTE = new RegExp(
  String.raw`(?<!\s)\s*[([]\s*(?:(?:단위|单位|單位)\s*[:：]\s*)?(?:人民币|人民幣|rmb|cny)?\s*([${DIGITS}])?\s*([${MYRIADS}])?\s*(원|元|円)\s*[)\]]$`,
  'i',
);

/** A note in 万元 as Chinese plans write it in English: `(RMB 10k)`, `(RMB 10,000)`, `(RMB'0000)`, `(in CNY 10 thousand)`. */
const TEN_THOUSAND_NOTE =
  /(?<!\s)\s*[([]\s*(?:in\s+)?(?:rmb|cny|人民币)\s*(?:10\s?k|10,000|'0000|10\s+thousands?)\s*[)\]]$/i;

export function myriadUnitNote(
  header: string,
): { readonly index: number; readonly scale: number; readonly currency: string } | undefined {
  if (!header.endsWith(')') && !header.endsWith(']')) return undefined;
  const tenThousand = TEN_THOUSAND_NOTE.exec(header);
  if (tenThousand && tenThousand.index > 0) return { index: tenThousand.index, scale: 1e4, currency: 'CNY' };
  const m = MYRIAD_NOTE.exec(header);
  if (!m || m.index === 0) return undefined;
  return {
    index: m.index,
    scale: (m[1] ? DIGIT_UNIT[m[1]]! : 1) * (m[2] ? MYRIAD[m[2]]! : 1),
    currency: currencyOf(m[3]!),
  };
}
