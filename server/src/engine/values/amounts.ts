/** Amounts of money (contract §3.1): scales, separators, currencies, an estimate's marker. */
import { read, type Reading } from './reading.js';

export interface Amount {
  readonly value: number;
  /** ISO currency code when the cell names one (`£` → GBP). */
  readonly currency: string | undefined;
}

export const AMOUNT_ACCEPTED =
  'a number such as 180000, 180,000, 180 000, 180k or 1.2m, with an optional currency symbol or code (£180k, EUR 180,000) and an optional ~ or c. before it';

const SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['£', 'GBP'],
  ['€', 'EUR'],
  ['$', 'USD'],
  ['us$', 'USD'],
  ['a$', 'AUD'],
  ['au$', 'AUD'],
  ['c$', 'CAD'],
  ['ca$', 'CAD'],
  ['nz$', 'NZD'],
  ['¥', 'JPY'],
  ['₹', 'INR'],
]);

const SCALE: Readonly<Record<string, number>> = { k: 1e3, m: 1e6, mn: 1e6, bn: 1e9 };

const AMOUNT =
  /^(?<pre>[a-z]{3}|[a-z]{0,2}[£€$¥₹])?\s*(?<sign>[-−])?\s*(?<num>\d{1,3}(?:(?<sep>[, \u00a0\u202f'])\d{3})(?:\k<sep>\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)\s*(?<scale>k|m|mn|bn)?\s*(?<post>[a-z]{3}|[£€$¥₹])?$/i;

/** Whether `t` is one or more ASCII digits and nothing else. */
function isDigits(t: string): boolean {
  if (t.length === 0) return false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * An approximation written before an amount (`~180k`, `≈ £180k`, `c. £180k`, `approx. 180,000`,
 * `about 180k`): a forecast or an estimate is read as the amount it approximates.
 */
const APPROXIMATELY = /^(?:~|≈|c\.|ca\.|circa\b|approx(?:\.|imately\b|\b)|about\b|around\b|est(?:\.|imated\b))\s*/i;

function withoutApproximation(t: string): string {
  const m = t.length > 0 && !isDigits(t) ? APPROXIMATELY.exec(t) : null;
  return m ? t.slice(m[0].length) : t;
}

/**
 * An amount of money. `expectedCurrency` (the plan's `budget.currency`) turns an amount in
 * another currency into an unreadable one: mixed currencies cannot be summed. Canonical: the
 * plain number, after its currency code when it names one (`GBP 180000`).
 */
export function readAmount(text: string, expectedCurrency?: string): Reading<Amount> {
  const t = withoutApproximation(text.trim());
  // Most amounts are whole numbers without a currency (`14800`): the pattern, with its named
  // groups, would find only the number in them.
  const groups: Partial<Record<string, string>> | undefined = isDigits(t) ? { num: t } : AMOUNT.exec(t)?.groups;
  if (!groups) return { ok: false, accepted: AMOUNT_ACCEPTED };
  const { pre, sign, num, scale, post } = groups;
  if (pre && post) return { ok: false, accepted: AMOUNT_ACCEPTED };
  const currencyText = (pre ?? post)?.toLowerCase();
  const currency = currencyText ? (SYMBOLS.get(currencyText) ?? currencyText.toUpperCase()) : undefined;
  if (/^\d{1,3}\.\d{3}$/.test(num!)) {
    return {
      ok: false,
      accepted: AMOUNT_ACCEPTED,
      problem: 'The point could be a decimal point or a thousands separator.',
    };
  }
  const digits = num!.replace(/[, \u00a0\u202f']/g, '');
  let value = Number(digits) * (scale ? SCALE[scale.toLowerCase()]! : 1);
  if (!Number.isFinite(value)) return { ok: false, accepted: AMOUNT_ACCEPTED };
  value = Math.round(value * 100) / 100;
  if (sign) value = -value;
  const expected = expectedCurrency?.trim().toUpperCase();
  if (currency && expected && currency !== expected) {
    return {
      ok: false,
      accepted: `amounts in ${expected}, the plan's budget.currency`,
      problem: `It is in ${currency}, and amounts in different currencies cannot be summed.`,
    };
  }
  return read({ value, currency }, currency ? `${currency} ${value}` : String(value));
}
