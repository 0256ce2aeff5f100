/**
 * What is written around an amount's number and is no part of it (values/amounts.ts): an
 * approximation's mark before it or an estimate's after it, the mark that closes a whole amount
 * (`/-`, `.–`), a scale written before its currency code (`TCHF 850`), and `ลบ.` for a million baht.
 */
import { CODES } from './currencies.js';

/**
 * A cell's amount as readAmount reads it: without an approximation's or an estimate's mark or
 * the mark that closes a whole amount, and with a scale before its currency code written after
 * the amount (`TCHF 850` is `850 TCHF`).
 */
export function amountWritten(text: string): string {
  return withScaleAfter(
    withoutApproximation(text).replace(WHOLE_CLOSED, '').replace(COMMA_CLOSED, ',00').replace(MILLION_BAHT, ' ล้านบาท'),
  );
}

/** `ลบ.`, as Thai finance shortens ล้านบาท (a million baht) after an amount (`48.5 ลบ.`). */
const MILLION_BAHT = /(?<=\d)\s*ลบ\.?$/;

/**
 * A whole amount closed as Indian invoices close it, `/-` after rupees (`Rs. 12,50,000/-`), and as
 * Swiss (and older German) accounts close it, a point and a dash after francs (`Fr. 85'000.–`,
 * `CHF 250'000.-`, `CHF 40.--`): no cents.
 */
const WHOLE_CLOSED = /(?<=\d)(?:\s*\/-|\.(?:[–—]|-{1,2}))$/;

/**
 * A whole amount closed as Indonesian (and Dutch and German) invoices close it where a comma marks
 * decimals, a comma and a dash (`Rp 1.250.000.000,-`, `€ 1.250,–`): no cents, written `,00`, so
 * that the points before it group thousands.
 */
const COMMA_CLOSED = /(?<=\d),(?:[–—]|-{1,2})$/;

/**
 * A scale's letter joined before a currency code and the amount after it, as Swiss and German
 * finance write it (`TCHF 850`, `kCHF 850`, `MCHF 2.4`, `TEUR 450`), and `Mio.` or `Mrd.` before the
 * code (`Mio. CHF 2.4`): read as written after the amount (`850 TCHF`, `2.4 Mio. CHF`).
 */
const SCALE_BEFORE_CODE =
  /^(?:(?<letter>[tkm])(?<joined>[a-z]{3})|(?<word>mio\.?|mrd\.?)\s*(?<code>[a-z]{3}))\s*(?<num>\d[\d.,'’ \u00a0\u202f]*)$/i;

/** `t` with a scale before its currency code (SCALE_BEFORE_CODE) written after the amount, or `t` as it is. */
function withScaleAfter(t: string): string {
  const m = SCALE_BEFORE_CODE.exec(t)?.groups;
  if (!m) return t;
  const code = m['joined'] ?? m['code']!;
  if (!CODES.has(code.toUpperCase())) return t;
  return m['letter'] ? `${m['num']!.trim()} ${m['letter']}${code}` : `${m['num']!.trim()} ${m['word']!} ${code}`;
}

/** Whether `t` is one or more ASCII digits and nothing else. */
export function isDigits(t: string): boolean {
  if (t.length === 0) return false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * An approximation written before an amount (`~180k`, `≈ £180k`, `c. £180k`, `approx. 180,000`,
 * `about 180k`, and as Spanish writes it, `aprox. 180.000,00 €`): a forecast or an estimate is read
 * as the amount it approximates.
 */
const APPROXIMATELY =
  /^(?:~|≈|c\.|ca\.|circa\b|approx(?:\.|imately\b|\b)|aprox(?:\.|imadamente\b)|about\b|around\b|est(?:\.|imated\b))\s*/i;

/**
 * The same said after the amount, in brackets (`£62k (est.)`, `£62k (indicative)`, `£62k
 * (TBC)`), and a footnote's mark (`£62k*`, `£62k †`): the amount is the figure the plan has.
 */
const ESTIMATE_AFTER =
  /(?<=\S)\s*(?:\(\s*(?:est(?:\.|imated?\b)|approx(?:\.|imately\b|\b)|aprox\.|indicative|provisional|tbc|to be confirmed)\s*\)|\*{1,3}|[†‡])$/i;

function withoutApproximation(t: string): string {
  if (t.length === 0 || isDigits(t)) return t;
  const m = APPROXIMATELY.exec(t);
  const amount = m ? t.slice(m[0].length) : t;
  const last = amount.charCodeAt(amount.length - 1);
  // Only a text that ends in `)`, `*`, `†` or `‡` is looked at.
  if (last !== 0x29 && last !== 0x2a && last !== 0x2020 && last !== 0x2021) return amount;
  const after = ESTIMATE_AFTER.exec(amount);
  return after ? amount.slice(0, after.index) : amount;
}
