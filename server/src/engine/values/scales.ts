/**
 * The scales amounts are written with (`k`, `m`, `Mio.`, `lakh`, `mil` …): their factors, which of
 * them continental Europe and Brazil write, and the patterns a cell's or a header's scale is
 * matched with (values/amounts.ts, values/amountUnit.ts).
 */
import { MIL_AS_THOUSAND, MIL_MEANS, SIGNS } from './currencies.js';

// A scale written out (`£1.2 million`) or shortened: `MM`, a million as US finance writes it
// (`$1.2MM`); a lakh (100,000) and a crore (ten million) as Indian finance writes them (`₹12.5
// lakh`, `Rs 1.2 Cr`).
const ENGLISH_SCALE: Readonly<Record<string, number>> = {
  k: 1e3,
  m: 1e6,
  mm: 1e6,
  mn: 1e6,
  bn: 1e9,
  // `B`, a billion as US finance writes it (`$1.2B`); never in a header's note, where `(B)` may
  // name a column (`Actual (B)` beside `Approved (A)`).
  b: 1e9,
  // `mill.`, a million as English, Spanish and Norwegian write it short (`$1.2 mill`, `(NOK mill.)`).
  mill: 1e6,
  thousand: 1e3,
  thousands: 1e3,
  million: 1e6,
  millions: 1e6,
  billion: 1e9,
  lakh: 1e5,
  lakhs: 1e5,
  lac: 1e5,
  lacs: 1e5,
  crore: 1e7,
  crores: 1e7,
  cr: 1e7,
  crs: 1e7,
  // A lakh shortened to its letter (`₹45 L`): only in rupees (LAKH_CURRENCIES), and never in a
  // header's note, where `(L)` is litres.
  l: 1e5,
};

// The scales only continental Europe and Brazil write, where a point groups thousands and a comma
// marks decimals: `mln`, `Mio.` and `Mrd.` as Dutch and German finance write a million and a
// billion (`EUR 1,25 mln`, `1,5 Mio. €`), `Tsd.` a thousand, and `T` before a currency (`450
// TEUR`, `450 T€`); Portuguese scales as Brazilian finance writes them (`R$ 450 mil`, `R$ 1,2
// milhão`, `R$ 1,2 mi`, `R$ 2 bi`); French, Spanish and Portuguese in words, as their unit notes
// write them (`(en milliers d'euros)`, `(en miles de euros)`, `(em milhares de reais)`, `1,2
// millones €`, `1 millón de euros`); Italian scales as Italian finance writes them (`250 mila €`, `1,2 milioni`, `1,1
// mld €`, `(€ migliaia)`; `mln` as the Dutch); `tys.` (tysięcy) as Polish finance writes a
// thousand (`450 tys. zł`, `(tys. PLN)`; `mln`, `mld` as the Italian); Croatian scales as Croatian
// finance writes them (`750 tis. EUR`, `(u tis. EUR)`, `2 milijuna EUR`, `2 milijarde €`); its
// `mil.`, a million, is `mil`, a thousand in Spain and Portugal (scaleInLanguage).
const CONTINENTAL_SCALE: Readonly<Record<string, number>> = {
  t: 1e3,
  tsd: 1e3,
  mln: 1e6,
  mio: 1e6,
  mrd: 1e9,
  mil: 1e3,
  mi: 1e6,
  milhão: 1e6,
  milhao: 1e6,
  milhões: 1e6,
  milhoes: 1e6,
  bi: 1e9,
  bilhão: 1e9,
  bilhao: 1e9,
  bilhões: 1e9,
  bilhoes: 1e9,
  milliers: 1e3,
  milliards: 1e9,
  miles: 1e3,
  millones: 1e6,
  millón: 1e6,
  millon: 1e6,
  milhares: 1e3,
  mila: 1e3,
  migliaia: 1e3,
  milione: 1e6,
  milioni: 1e6,
  mld: 1e9,
  miliardo: 1e9,
  miliardi: 1e9,
  tys: 1e3,
  tis: 1e3,
  tisuća: 1e3,
  tisuca: 1e3,
  tisuće: 1e3,
  tisuce: 1e3,
  milijun: 1e6,
  milijuna: 1e6,
  milijuni: 1e6,
  milijarda: 1e9,
  milijarde: 1e9,
  milijardi: 1e9,
};

// The scales Indonesian finance writes, where a point groups thousands and a comma marks decimals
// (`Rp 1,25 miliar`, `Rp 500 juta`, `Rp 750 rb`, `(dalam juta Rupiah)`): `ribu` (`rb`) a thousand,
// `juta` (`jt`) a million, `miliar` (also spelt `milyar`) a billion, `triliun` a trillion, and
// their plurals as unit notes write them (`(dalam jutaan rupiah)`). Not `M`, which Indonesian
// finance writes for a miliar and English for a million (RUPIAH_M_MEANS).
const INDONESIAN_SCALE: Readonly<Record<string, number>> = {
  ribu: 1e3,
  ribuan: 1e3,
  rb: 1e3,
  juta: 1e6,
  jutaan: 1e6,
  jt: 1e6,
  miliar: 1e9,
  miliaran: 1e9,
  milyar: 1e9,
  milyaran: 1e9,
  triliun: 1e12,
};

// The scales Turkish finance writes, where a point groups thousands and a comma marks decimals
// (`750 bin TL`, `1,25 milyon TL`, `(bin TL)`): `bin` a thousand, `milyon` a million, `trilyon` a
// trillion; a milyar (a billion) is spelt as Indonesian spells it (INDONESIAN_SCALE), and `Mn` is
// English's.
const TURKISH_SCALE: Readonly<Record<string, number>> = {
  bin: 1e3,
  milyon: 1e6,
  trilyon: 1e12,
};

// The scales Vietnamese finance writes, where a point groups thousands and a comma marks decimals
// (`1,25 tỷ đồng`, `500 triệu`, `750 nghìn`, `(ĐVT: triệu đồng)`): `nghìn` (`ngàn` in the south) a
// thousand, `triệu` (`tr`, `tr.` before `đ`: `45 tr.đ`) a million, `tỷ` (also spelt `tỉ`) a
// billion; also in groups, largest first (`1 tỷ 250 triệu`: myriad.ts). Not `k`, which Vietnamese
// writes for a thousand as English does.
export const VIETNAMESE_SCALE: Readonly<Record<string, number>> = {
  nghìn: 1e3,
  ngàn: 1e3,
  triệu: 1e6,
  tr: 1e6,
  tỷ: 1e9,
  tỉ: 1e9,
};

// The scales Thai finance writes, in words, before `บาท` (the baht) or alone: `ล้าน` a million
// (`1.25 ล้านบาท`, `(หน่วย: ล้านบาท)`), `แสน` a hundred thousand (`8 แสนบาท`), `หมื่น` ten thousand
// (`5 หมื่นบาท`) and `พัน` a thousand. A comma groups thousands where these are written.
const THAI_SCALE: Readonly<Record<string, number>> = {
  ล้าน: 1e6,
  แสน: 1e5,
  หมื่น: 1e4,
  พัน: 1e3,
};

/**
 * A scale that reads two ways in some currencies: what it means where, as a message says it, and
 * its two readings, each a factor and the note its fix carries (amounts.ts asks which; a unit
 * note so written is no unit, amountUnit.ts).
 */
export interface TwoWayScale {
  readonly means: string;
  readonly readings: readonly [{ factor: number; note: string }, { factor: number; note: string }];
}

/** `mil` outside the currencies that write it for a thousand (MIL_AS_THOUSAND): `$2.5 mil`. */
const MIL_TWO_WAYS: TwoWayScale = {
  means: `${MIL_MEANS}: write \`k\` or \`m\``,
  readings: [
    { factor: 1e6, note: 'mil a million' },
    { factor: 1e3, note: 'mil a thousand' },
  ],
};

/** `M` after rupiah: a miliar in Indonesian finance, a million in English (`Rp1,2 M`). */
const RUPIAH_M: TwoWayScale = {
  means:
    '`M` after rupiah is a miliar (a billion) in Indonesian finance and a million in English: write `miliar` or `juta`',
  readings: [
    { factor: 1e9, note: 'M a miliar' },
    { factor: 1e6, note: 'M a million' },
  ],
};

/** How the scale `key` (scaleKey's) written with an amount in `currency` reads two ways, or undefined: it reads one. */
export function twoWayScale(key: string | undefined, currency: string | undefined): TwoWayScale | undefined {
  if (key === 'mil') return MIL_AS_THOUSAND.has(currency ?? '') ? undefined : MIL_TWO_WAYS;
  return key === 'm' && currency === 'IDR' ? RUPIAH_M : undefined;
}

/**
 * A scale a language whose plans write amounts in `currency` reads otherwise than its currency's
 * other countries do, and what it is there: `mil` in euros is a thousand in Spain and Portugal
 * (MIL_AS_THOUSAND) and a million in Croatia, which pays in euros since 2023 (`0,25 mil. EUR`,
 * milijun). Read in the language of the plan's month names (values/monthLanguage.ts), else as before.
 */
export function scaleInLanguage(
  key: string | undefined,
  currency: string | undefined,
): { readonly language: 'Croatian'; readonly factor: number } | undefined {
  return key === 'mil' && currency === 'EUR' ? { language: 'Croatian', factor: 1e6 } : undefined;
}

/** Every scale an amount or a unit note may write, by its key (`scaleKey`), to its factor. */
export const SCALE: Readonly<Record<string, number>> = {
  ...ENGLISH_SCALE,
  ...CONTINENTAL_SCALE,
  ...INDONESIAN_SCALE,
  ...TURKISH_SCALE,
  ...VIETNAMESE_SCALE,
  ...THAI_SCALE,
};

/**
 * SCALE's scales a unit note reads only with a currency: `T` (`(T€)`, not `(T)`), Turkish `bin`
 * (`(bin TL)`, not `(bin)`, which is a storage bin) and Vietnamese `tr` (`(tr đ)`, not `(TR)`,
 * which may be a language's code).
 */
export const NOTE_SCALE_WITH_CURRENCY: ReadonlySet<string> = new Set(['t', 'bin', 'tr']);

/** SCALE's abbreviations that may be written with a point (`Mio.`, `Mrd.`, `Tsd.`, `Cr.`, `tys.`, `tis.`, `mil.`, `mill.`, `tr.`). */
const WITH_POINT: ReadonlySet<string> = new Set(['tsd', 'mio', 'mrd', 'cr', 'crs', 'tys', 'tis', 'mil', 'mill', 'tr']);

/**
 * SCALE's scales only continental Europe, Brazil, Indonesia, Turkey and Vietnam write
 * (CONTINENTAL_SCALE's, INDONESIAN_SCALE's, TURKISH_SCALE's and VIETNAMESE_SCALE's), where a point
 * groups thousands: `1.250 juta` and `1.250 triệu` read two ways.
 */
export const CONTINENTAL: ReadonlySet<string> = new Set([
  ...Object.keys(CONTINENTAL_SCALE),
  ...Object.keys(INDONESIAN_SCALE),
  ...Object.keys(TURKISH_SCALE),
  ...Object.keys(VIETNAMESE_SCALE),
]);

/** The SCALE key of a scale as written: in small letters, without its point (`Mio.` is `mio`). */
export const scaleKey = (written: string): string => written.toLowerCase().replace(/\.$/, '');

/** SCALE's keys as a pattern's alternatives, longest first, each with its point where it takes one. */
function scaleAlternatives(keep: (key: string) => boolean): string {
  return Object.keys(SCALE)
    .filter(keep)
    .sort((a, b) => b.length - a.length)
    .map((k) => (WITH_POINT.has(k) ? String.raw`${k}\.?` : k))
    .join('|');
}

/** A scale written after a number: SCALE's, with `T` only before a currency (`450 TEUR`, not `450 t`). */
export const SCALE_WORD = `${scaleAlternatives((k) => k !== 't')}|t(?=\\s*(?:[a-z]{3}|[${SIGNS}])$)`;

/**
 * A scale in a header's unit note: SCALE's but `L` and `B`, and thousands written as accounts do (`(£'000)`)
 * and as Italian accounts do (`(€/000)`).
 */
export const NOTE_SCALE = `['/]?000s?|${scaleAlternatives((k) => k !== 'l' && k !== 'b')}`;

/** A thousand as accounts write it in a unit note, NOTE_SCALE's `'000`, `/000`: a `k`. */
export const noteScaleKey = (written: string): string => scaleKey(written.replace(/^['/]?000s?$/, 'k'));

/** A column's scale in words, as a message names it (`Cost (TEUR)` is in thousands). */
export function scaleInWords(factor: number): string {
  const named: Readonly<Record<number, string>> = {
    1e3: 'thousands',
    1e5: 'lakhs',
    1e6: 'millions',
    1e7: 'crores',
    1e9: 'billions',
  };
  return named[factor] ?? `units of ${factor.toLocaleString('en')}`;
}
