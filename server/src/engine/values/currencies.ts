/**
 * Currencies (contract §3.1): the codes, symbols and names plans write for them, and which
 * currency each stands for, in a cell or as a plan's `budget.currency`.
 */
import { swapsNeighbours } from '../suggest.js';

/** Currency symbols, a dollar with its country's letters among them, by the code each names. */
export const SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['£', 'GBP'],
  ['€', 'EUR'],
  // The euro by its name, as Italian, French, Spanish and Portuguese contracts write it (`Euro
  // 250.000,00`, `250.000 euros`).
  ['euro', 'EUR'],
  ['euros', 'EUR'],
  ['$', 'USD'],
  ['us$', 'USD'],
  ['a$', 'AUD'],
  ['au$', 'AUD'],
  ['c$', 'CAD'],
  ['ca$', 'CAD'],
  ['nz$', 'NZD'],
  ['s$', 'SGD'],
  // The Hong Kong dollar as Hong Kong finance writes it (`HK$1.2M`, `HK$ 2.5 mn`, `(HK$'000)`).
  ['hk$', 'HKD'],
  ['¥', 'JPY'],
  ['₹', 'INR'],
  ['rs', 'INR'],
  ['rs.', 'INR'],
  // South Africa's rand (`R 450 000`); in a header's unit note a lone R may be RACI's.
  ['r', 'ZAR'],
  ['₦', 'NGN'],
  ['₱', 'PHP'],
  ['₩', 'KRW'],
  // The won as Korea writes it after an amount (`1,200,000,000원`, `12억 원`: myriad.ts).
  ['원', 'KRW'],
  // The yuan as Chinese finance writes it after an amount (`1,200,000元`, `120万元`) and its name
  // before (`人民币120万元`), and the yen after one (`1,200万円`): myriad.ts.
  ['元', 'CNY'],
  ['人民币', 'CNY'],
  ['人民幣', 'CNY'],
  ['円', 'JPY'],
  ['₪', 'ILS'],
  // The lira by its sign and, as Turkish plans write it, its letters (`1.250.000 TL`, `(bin TL)`).
  ['₺', 'TRY'],
  ['tl', 'TRY'],
  ['₫', 'VND'],
  // The dong as Vietnamese finance writes it after an amount (`1.250.000.000 VNĐ`, `625.000.000 đ`,
  // `1,25 tỷ đồng`, `45 tr.đ`): `VNĐ` with its crossed D, `đ` and `đồng`. Not `dong` without its
  // accents: a header's note `(Dong)` may be a name.
  ['vnđ', 'VND'],
  ['đ', 'VND'],
  ['đồng', 'VND'],
  ['฿', 'THB'],
  // The baht by its name after an amount, as Thai finance writes it (`1,250,000 บาท`, `1.25 ล้านบาท`).
  ['บาท', 'THB'],
  ['r$', 'BRL'],
  ['reais', 'BRL'],
  ['rm', 'MYR'],
  // The rupiah by its symbol, also with a point, and its name, as Indonesian plans write it (`Rp
  // 1.250.000.000`, `Rp. 500 juta`, `(dalam juta Rupiah)`).
  ['rp', 'IDR'],
  ['rp.', 'IDR'],
  ['rupiah', 'IDR'],
  ['ksh', 'KES'],
  ['zł', 'PLN'],
  // The kuna, Croatia's currency until 2023 (`640.000,00 kn`, `640.000 kuna`, `3 kune`): never
  // summed with euros; and the euro as Croatian names it after an amount (`1,2 milijuna eura`).
  ['kn', 'HRK'],
  ['kuna', 'HRK'],
  ['kune', 'HRK'],
  ['eura', 'EUR'],
  ['kč', 'CZK'],
  // The Swiss franc as Swiss accounts write it (`Fr. 85'000.–`, `sFr. 1'200`), with its point:
  // `Fr.` before a name is Frau (parse/titles.ts), and `(FR)` after a header a language.
  ['fr.', 'CHF'],
  ['sfr.', 'CHF'],
  // The UAE dirham as Gulf finance writes it (`Dhs 450,000`, `Dh 1.2m`); Morocco's too (SHARED_SYMBOLS).
  ['dh', 'AED'],
  ['dhs', 'AED'],
  ['dhs.', 'AED'],
]);

/** The one-character currency signs of SYMBOLS, as a character class's content. */
export const SIGNS = [...SYMBOLS.keys()].filter((s) => s.length === 1 && !/[a-z]/.test(s)).join('');

/**
 * The symbols written with letters (`S$`, `US$`, `Rs.`, `RM`, `zł`), longest first, as a
 * pattern: before or after an amount, and in a header's unit note (where a lone `R` is not one).
 */
export const LETTERED_SYMBOLS = [...SYMBOLS.keys()]
  .filter((s) => s.length > 1)
  .sort((a, b) => b.length - a.length)
  .map((s) => s.replace(/[$.]/g, '\\$&'))
  .join('|');

/** The currency code a symbol or code written with an amount names (`$` is USD, a bank's `RMB` CNY). */
export const currencyOf = (written: string): string =>
  SYMBOLS.get(written.toLowerCase()) ?? NON_ISO_CODES.get(written.toUpperCase()) ?? written.toUpperCase();

/**
 * Currency codes a header's unit note may name (a note's other three letters are words: `(new)`):
 * every currency SYMBOLS names, and these, which plans write with their code only.
 */
export const CODES: ReadonlySet<string> = new Set(['CHF', 'SEK', 'NOK', 'DKK', 'HKD', ...SYMBOLS.values()]);

/** The currencies whose amounts are written in lakhs (`₹45 L`): the rupees of South Asia, and the taka. */
export const LAKH_CURRENCIES: ReadonlySet<string> = new Set(['INR', 'PKR', 'NPR', 'LKR', 'BDT']);

/**
 * The currencies of the countries whose finance writes `mil` for a thousand: Brazil, Portugal,
 * Spain and Spanish-speaking America (`R$ 450 mil`, `€ 250 mil`, `$750 mil` in pesos). Elsewhere
 * `mil` is a million (Malaysia's `RM1.2mil`, American and British `$2.5 mil`, `(£ mil)`), and the
 * dollar is written both ways (Ecuador, El Salvador and Panama pay in it): an amount or a unit
 * note in `mil` in any other currency, or in none, is asked about.
 */
export const MIL_AS_THOUSAND: ReadonlySet<string> = new Set([
  'BRL',
  'EUR',
  'MXN',
  'ARS',
  'CLP',
  'COP',
  'PEN',
  'UYU',
  'PYG',
  'BOB',
  'CRC',
  'DOP',
  'GTQ',
  'HNL',
  'NIO',
  'VES',
  'AOA',
  'MZN',
  'CVE',
]);

/** What `mil` means where (MIL_AS_THOUSAND), as a message says it. */
export const MIL_MEANS =
  '`mil` is a thousand in Brazil, Portugal and Spanish-speaking countries and a million in English and in Malaysia';

/** Currencies by the names plans write instead of their code. */
const CURRENCY_NAMES: ReadonlyMap<string, string> = new Map([
  ['sterling', 'GBP'],
  ['pound sterling', 'GBP'],
  ['pounds sterling', 'GBP'],
  ['pound', 'GBP'],
  ['pounds', 'GBP'],
  ['euro', 'EUR'],
  ['euros', 'EUR'],
  ['us dollar', 'USD'],
  ['us dollars', 'USD'],
  ['hong kong dollar', 'HKD'],
  ['hong kong dollars', 'HKD'],
  ['swiss franc', 'CHF'],
  ['swiss francs', 'CHF'],
  ['yen', 'JPY'],
  ['rupee', 'INR'],
  ['rupees', 'INR'],
  ['rand', 'ZAR'],
]);

/** Codes banks and older systems use for a currency ISO 4217 names otherwise. */
const NON_ISO_CODES: ReadonlyMap<string, string> = new Map([
  ['STG', 'GBP'],
  ['UKP', 'GBP'],
  ['RMB', 'CNY'],
]);

let isoCodes: ReadonlySet<string> | null | undefined;

/** The ISO 4217 codes the JavaScript runtime knows (`Intl`), or null where it lists none. */
function knownCurrencyCodes(): ReadonlySet<string> | null {
  if (isoCodes === undefined) {
    const list = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf;
    try {
      isoCodes = list ? new Set(list('currency')) : null;
    } catch {
      isoCodes = null;
    }
  }
  return isoCodes;
}

/** The ISO 4217 codes the runtime knows, in order (none where it lists none): for completion. */
export function currencyCodes(): readonly string[] {
  return [...(knownCurrencyCodes() ?? [])].sort();
}

/**
 * What a `budget.currency` written otherwise than as an ISO 4217 code stands for: a symbol (`£`),
 * a name (`Sterling`), a code in small letters (`gbp`), with a note (`GBP (Sterling)`), a bank's
 * code (`STG`) or two letters swapped (`GPB`). `code` is the one it stands for (none when it is
 * three capitals no currency has: `ABC`, or any other text: `kr`), `safe` whether that is the
 * only reading (`$` is not: USD, AUD, CAD …). Undefined when it is a code.
 */
export function currencyMeant(
  written: string,
): { readonly code?: string; readonly what: string; readonly safe: boolean } | undefined {
  const t = written.trim();
  const known = knownCurrencyCodes();
  const isCode = (c: string): boolean => CODES.has(c) || (known?.has(c) ?? /^[A-Z]{3}$/.test(c));
  if (/^[A-Z]{3}$/.test(t)) {
    if (isCode(t)) return undefined;
    const bank = NON_ISO_CODES.get(t);
    if (bank) return { code: bank, what: 'not its ISO 4217 code', safe: true };
    // Two neighbouring letters swapped into no code (`GPB`): the one it meant.
    const swapped = [...CODES].filter((c) => swapsNeighbours(t, c));
    if (swapped.length === 1) return { code: swapped[0]!, what: 'a misspelt code', safe: false };
    return known ? { what: 'no ISO 4217 currency code', safe: false } : undefined;
  }
  const noted = /^([A-Za-z]{3})\s*[([][^()[\]]*[)\]]$/.exec(t);
  if (noted && isCode(noted[1]!.toUpperCase()))
    return { code: noted[1]!.toUpperCase(), what: 'a code with a note', safe: true };
  const lower = t.toLowerCase();
  const symbol = SYMBOLS.get(lower);
  if (symbol) return { code: symbol, what: 'a currency symbol', safe: !SHARED_SYMBOLS.has(lower) };
  if (CODES.has(t.toUpperCase())) return { code: t.toUpperCase(), what: 'a code in small letters', safe: true };
  const named = CURRENCY_NAMES.get(lower.replace(/\s+/g, ' '));
  if (named) return { code: named, what: "the currency's name", safe: true };
  // Anything else is no code (`kr`, `dollars`, `xyz`): said, and no amount is judged against it.
  const shared = SHARED_WORDS.get(lower);
  return { what: shared ? `which ${shared} write` : 'no ISO 4217 currency code', safe: false };
}

/** Rs: India's, Pakistan's, Sri Lanka's, Nepal's, Mauritius' and the Seychelles' rupees. */
const RUPEES: ReadonlySet<string> = new Set(['INR', 'PKR', 'LKR', 'NPR', 'MUR', 'SCR']);

/** Dh, Dhs: the UAE's and Morocco's dirhams. */
const DIRHAMS: ReadonlySet<string> = new Set(['AED', 'MAD']);

/**
 * Symbols more than one currency writes, with the currencies that write them: as a budget.currency
 * the code is offered, never applied unasked (`¥`: JPY or CNY); in a cell, the symbol is the
 * plan's own currency when that is one of them (`$480k` in a plan budgeted in SGD is SGD).
 */
export const SHARED_SYMBOLS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['$', new Set(['USD', 'AUD', 'CAD', 'NZD', 'SGD', 'HKD', 'TWD', 'MXN'])],
  ['¥', new Set(['JPY', 'CNY'])],
  ['rs', RUPEES],
  ['rs.', RUPEES],
  ['dh', DIRHAMS],
  ['dhs', DIRHAMS],
  ['dhs.', DIRHAMS],
]);

/** The currency a symbol or code written in a cell names, in a plan budgeted in `expected`. */
export function currencyIn(written: string, expected: string | undefined): string {
  return expected && SHARED_SYMBOLS.get(written)?.has(expected) ? expected : currencyOf(written);
}

/** Words several currencies write, with which. */
const SHARED_WORDS: ReadonlyMap<string, string> = new Map([
  ['kr', 'SEK, NOK, DKK and ISK'],
  ['kr.', 'SEK, NOK, DKK and ISK'],
  ['dollar', 'USD, AUD, CAD and others'],
  ['dollars', 'USD, AUD, CAD and others'],
  ['franc', 'CHF and others'],
  ['francs', 'CHF and others'],
]);
