/** A column header's unit note (`Approved (£k)`, `Cost (TEUR)`, `(k€ HT)`): the scale and currency of its amounts. */
import { CODES, currencyOf, LETTERED_SYMBOLS, SHARED_SYMBOLS, SIGNS } from './currencies.js';
import { myriadUnitNote } from './myriad.js';
import { NOTE_SCALE, NOTE_SCALE_WITH_CURRENCY, noteScaleKey, SCALE, twoWayScale } from './scales.js';

/** What a column's header says of its amounts (`Approved (£k)`): their scale and currency. */
export interface AmountUnit {
  readonly scale: number;
  readonly currency: string | undefined;
  /** The symbol the note writes when several currencies write it (`($k)`): see SHARED_SYMBOLS. */
  readonly symbol?: string;
  /**
   * Before or with sales tax, written after the unit: `(£k ex VAT)`, `(A$ inc GST)`, `(k€ HT)`,
   * `(€ TTC)`, `(k€ IVA esclusa)`, `(T€ netto)`; `taxWritten` as the header writes it.
   */
  readonly taxBasis?: TaxBasis['taxBasis'];
  readonly taxWritten?: string;
}

/**
 * `in` before a unit note's scale, as English, French, Spanish, Portuguese, Polish and Indonesian
 * write it (`(w tys. zł)`, `(dalam juta Rupiah)`, Croatian `(u tis. EUR)`).
 */
const IN = '(?:in|en|em|w|dalam|u)';
/** `of` between the scale and the currency (`thousands of euros`, `milliers d'euros`, `migliaia di euro`). */
const OF = String.raw`(?:of|di|de)\s+|d['’]\s*`;

/**
 * A unit note at the end of a header, in parentheses or brackets: a currency and a scale in either
 * order (`(£k)`, `(k£)`, `[EUR m]`, `(£'000)`, `(in GBP thousands)`), with German plans' `T€`,
 * `TEUR`, `Tsd. €` (Tausend) and `Mio. €`, Italian plans' `(€/000)`, `(Mln €)` and `(€ migliaia)`,
 * the scale and the currency in words (`(in thousands of euros)`, `(en milliers d'euros)`, `(in
 * migliaia di euro)`, `(en miles de euros)`), Polish plans' `(tys. zł)` and `(w tys. PLN)`, and a
 * dollar with its letters (`(S$)`, `(US$ k)`).
 */
const UNIT_NOTE = new RegExp(
  String.raw`(?<!\s)\s*[([]\s*(?:${IN}\s+)?(?<pre>[a-z]{3}|${LETTERED_SYMBOLS}|[${SIGNS}])?\s*,?\s*(?:${IN}\s+)?(?<scale>${NOTE_SCALE})?\s*(?:${OF})?(?<post>[a-z]{3}|[${SIGNS}]|${LETTERED_SYMBOLS})?\s*[)\]]$`,
  'i',
);

/**
 * Before sales tax, as finance writes it after the unit: English `+ VAT`, `plus VAT`, `ex VAT`, `excl. VAT`, `net of
 * VAT`, `ex GST` (Australia, New Zealand, Singapore, India); French `HT` (hors taxes); Italian `IVA
 * esclusa`; Spanish `sin IVA`, `IVA excluido`, `IVA no incluido`, and `+ IVA`, `más IVA` as Spanish and
 * Italian quotes write it; Dutch `excl. btw`; German `netto`, `exkl. MwSt.`, and as Swiss quotes write it, `zzgl. MWST`,
 * `exkl. MWST`, `+ MWST`; Swiss French `hors TVA`, `+ TVA`; or `net`; the tax first, as Korean quotes write it in
 * English and in Korean: `VAT excluded`, `VAT excl.`, `부가세 별도`, `VAT 별도`, `부가세 제외`; and PPN,
 * Indonesia's VAT, as Indonesian quotes write it in English and in Indonesian: `excl. PPN`, `+ PPN`,
 * `belum termasuk PPN` (not yet including), `tidak termasuk PPN`; and as Chinese quotes write it: `不含税` (tax excluded), `不含增值税`, `未税`;
 * and KDV, Turkey's VAT, as Turkish quotes write it: `KDV hariç`, `KDV'siz`, `+KDV`, `excl. KDV`;
 * and as Vietnamese quotes write VAT, `thuế GTGT` (giá trị gia tăng): `chưa VAT` (not yet), `chưa bao gồm VAT`, `chưa gồm thuế GTGT`;
 * and PDV, Croatia's VAT: `bez PDV-a`, `+ PDV`;
 * and as Thai quotes write it: `ไม่รวม VAT` (not including), `ยังไม่รวม VAT`, `ไม่รวมภาษีมูลค่าเพิ่ม`.
 */
const NET = String.raw`\+\s?(?:vat|gst|ppn|kdv)|plus\s(?:vat|gst|ppn|kdv)|ex\.?\s?(?:vat|gst|ppn|kdv)|excl?\.?\s?(?:vat|gst|ppn|kdv)|excluding\s(?:vat|gst|ppn|kdv)|net\sof\s(?:vat|gst|ppn|kdv)|ht|hors\staxes|\+\s?iva|m[áa]s\siva|iva\s(?:esclusa|escl\.?|excluido|excl\.?|no\sincluido|no\sincl\.?)|sin\siva|excl\.?\sbtw|(?:exkl|excl|zzgl|zuzgl)\.?\s?mwst\.?|\+\s?mwst\.?|plus\smwst\.?|ohne\smwst\.?|hors\stva|\+\s?tva|(?:belum|tidak)\s(?:termasuk|tmsk\.?)\sppn|bez\spdv-?a|\+\s?pdv|netto|net|(?:vat|gst|ppn|kdv)\s(?:excluded|excl\.?|exclusive)|(?:부가세|vat)\s?(?:별도|제외|미포함)|不含(?:增值)?税|未税|kdv\s?hari[çc]|kdv['’]?siz|chưa\s(?:bao\sgồm\s|gồm\s|có\s)?(?:vat|thuế\sgtgt)|(?:ยัง)?ไม่รวม\s?(?:vat|ภาษีมูลค่าเพิ่ม)`;
/**
 * With sales tax: `inc VAT`, `incl. GST`, `TTC` (toutes taxes comprises), `IVA inclusa`, `IVA incluido` (`IVA inc.`),
 * `con IVA`, `incl. btw`, `inkl. MWST`, `TVA incluse`, `brutto`, `gross`; the tax first, as Korean quotes write it:
 * `VAT included`, `VAT 포함`, `부가세 포함`; and Indonesian `incl. PPN`, `termasuk PPN`, `sudah termasuk PPN`; as Chinese
 * quotes write it: `含税` (tax included), `含增值税`; and Turkish `KDV dahil` (`dâhil`), `KDV'li`; and Vietnamese `đã bao gồm VAT`, `bao gồm thuế GTGT`, `gồm VAT`, `có VAT`; Croatian `s PDV-om`, `uključen PDV`, `uklj. PDV`, `PDV uključen`; Thai `รวม VAT`, `รวมภาษีมูลค่าเพิ่ม`, `รวม VAT แล้ว`.
 */
const GROSS = String.raw`inc\.?\s?(?:vat|gst|ppn|kdv)|incl\.?\s?(?:vat|gst|ppn|kdv)|including\s(?:vat|gst|ppn|kdv)|ttc|iva\s(?:inclusa|incl?\.?|incluido)|con\siva|incl\.?\sbtw|in[kc]l\.?\s?mwst\.?|mit\smwst\.?|tva\s(?:incluse|comprise)|(?:sudah\s)?termasuk\sppn|s\spdv-?om|uklj(?:u[čc]en|u[čc]uju[ćc]i)?\.?\spdv(?:-?om|-?a)?|pdv\suklju[čc]en|brutto|gross|(?:vat|gst|ppn|kdv)\s(?:included|incl?\.?|inclusive)|(?:부가세|vat)\s?포함|含(?:增值)?税|kdv\s?d[aâ]hil|kdv['’]?li|(?:đã\s)?(?:bao\sgồm|gồm|có)\s(?:vat|thuế\sgtgt)|รวม\s?(?:vat|ภาษีมูลค่าเพิ่ม)(?:\s?แล้ว)?`;
/** A tax basis after a space or a comma: group `net` or `gross`, as written. */
const BASIS = String.raw`(?<=\S)(?:\s*,)?\s+(?:(?<net>${NET})|(?<gross>${GROSS}))`;
/** A tax basis after the unit, inside its note (`(£k ex VAT)`). */
const TAX_BASIS = new RegExp(String.raw`${BASIS}(?=\s*[)\]]$)`, 'i');
/** A tax basis at the end of the header's name, before its unit note (`Approved ex VAT (£k)`). */
const NAME_TAX_BASIS = new RegExp(`${BASIS}$`, 'i');
/** A tax basis after a cell's amount, in brackets or not, `+ VAT` also without a space (`£120k + VAT`, `£120k (inc VAT)`). */
const CELL_TAX_BASIS = new RegExp(
  String.raw`(?<=\S)(?:\s*,)?(?:\s+|(?=\+)|\s*(?=\())(?:\(\s*(?:(?<bnet>${NET})|(?<bgross>${GROSS}))\s*\)|(?<net>${NET})|(?<gross>${GROSS}))$`,
  'i',
);

/** A tax basis as written, and which it is. */
export interface TaxBasis {
  readonly taxBasis: 'net' | 'gross';
  readonly taxWritten: string;
}

/** What a cell that may end in a tax basis ends in: a letter (or a mark on one, as Thai words end), a bracket or a point. */
const TAX_BASIS_END = /[\p{L}\p{M}).]/u;

/**
 * A cell's amount and the tax basis written after it (`£120k + VAT`: `£120k`, before tax), or
 * undefined when it writes none. Only a cell that ends in a letter (an accented, Hangul or Chinese one too:
 * `KDV hariç`, `부가세 별도`, `含税`), a bracket or a point (`IVA incl.`) is looked at.
 */
export function cellTaxBasis(text: string): { readonly amount: string; readonly basis: TaxBasis } | undefined {
  if (!TAX_BASIS_END.test(text.charAt(text.length - 1))) return undefined;
  const m = CELL_TAX_BASIS.exec(text);
  if (!m?.groups) return undefined;
  const { net, gross, bnet, bgross } = m.groups;
  return {
    amount: text.slice(0, m.index),
    basis: { taxBasis: (net ?? bnet) ? 'net' : 'gross', taxWritten: (net ?? bnet ?? gross ?? bgross)! },
  };
}

/**
 * `Unit:` before a note's unit, as Korean, Chinese, Vietnamese and Thai plans write it (`(Unit: KRW million)`, `(단위: 백만원)`,
 * `(单位：万元)`, `(ĐVT: triệu đồng)`, ĐVT for `đơn vị tính`, `(Đơn vị: VNĐ)`, `(หน่วย: ล้านบาท)`).
 */
const UNIT_LABEL =
  /(?<=\S\s*)([([])\s*(?:units?|단위|单位|單位|đvt|đơn\svị(?:\stính)?|หน่วย)\s*[:：]\s*(?=[^()[\]]*[)\]]$)/i;

/** The longest unit note read, brackets included. */
const UNIT_NOTE_MAX = 40;

/**
 * A unit note of a scale's letter before a currency code, as Nordic and German finance write it
 * (`(MSEK)`, `(kEUR)`, `(TEUR)`); UNIT_NOTE would read `MSE` as the currency.
 */
const SCALED_CODE_NOTE = /(?<!\s)\s*[([]\s*(?<scale>[kmt])(?<post>[a-z]{3})\s*[)\]]$/i;

/**
 * A header's name and the unit note after it (`Approved (£k)` is Approved, in thousands of GBP),
 * or undefined when it has none: a note with neither a known currency nor a scale is no unit.
 */
export function amountUnitOf(header: string): { readonly name: string; readonly unit: AmountUnit } | undefined {
  if (!header.endsWith(')') && !header.endsWith(']')) return undefined;
  // A unit note is short (`(in GBP thousands)`): a longer note is none, and is not given to
  // UNIT_NOTE, whose optional parts would try every way of sharing out a long run of spaces.
  const opened = Math.max(header.lastIndexOf('('), header.lastIndexOf('['));
  if (header.length - opened > UNIT_NOTE_MAX) return undefined;
  const basis = TAX_BASIS.exec(header.slice(opened));
  const unitNote = (
    basis ? header.slice(0, opened + basis.index) + header.slice(opened + basis.index + basis[0].length) : header
  ).replace(UNIT_LABEL, '$1');
  const myriad = myriadUnitNote(unitNote);
  if (myriad)
    return { name: unitNote.slice(0, myriad.index).trim(), unit: { scale: myriad.scale, currency: myriad.currency } };
  const glued = SCALED_CODE_NOTE.exec(unitNote);
  const m = glued && CODES.has(glued.groups!['post']!.toUpperCase()) ? glued : UNIT_NOTE.exec(unitNote);
  if (!m?.groups || m.index === 0) return undefined;
  const { pre, post } = m.groups;
  // A scale of three letters, alone or before the currency (`(Mln)`, `(Mln €)`, `(mio EUR)`), is
  // no currency code; but `mil`, a thousand in Brazil and a million in Malaysia, stays unread.
  const preKey = pre === undefined ? undefined : noteScaleKey(pre);
  const scaleFirst =
    preKey !== undefined &&
    preKey !== 'mil' &&
    !m.groups['scale'] &&
    SCALE[preKey] !== undefined &&
    !CODES.has(pre!.toUpperCase());
  const scale = scaleFirst ? pre : m.groups['scale'];
  if (pre && post && !scaleFirst) return undefined;
  const written = (scaleFirst ? post : (pre ?? post))?.toLowerCase();
  const currency = written ? currencyOf(written) : undefined;
  if (currency && !CODES.has(currency)) return undefined;
  const key = scale === undefined ? undefined : noteScaleKey(scale);
  // A scale that reads two ways in this currency is no unit: `mil` is a thousand only in the
  // currencies of MIL_AS_THOUSAND (`(R$ mil)`), and `($ mil)` may be millions, as American finance
  // writes them; `M` in rupiah may be a miliar (`(Rp M)`).
  if (twoWayScale(key, currency)) return undefined;
  const factor = key ? SCALE[key] : 1;
  if (
    factor === undefined ||
    (!currency && !key) ||
    (key !== undefined && NOTE_SCALE_WITH_CURRENCY.has(key) && !currency)
  )
    return undefined;
  const symbol = written && SHARED_SYMBOLS.has(written) ? { symbol: written } : {};
  const name = header.slice(0, m.index).trim();
  const named = basis ? undefined : NAME_TAX_BASIS.exec(name);
  const said = (basis ?? named)?.groups;
  const taxBasis = said
    ? { taxBasis: said['net'] ? ('net' as const) : ('gross' as const), taxWritten: (said['net'] ?? said['gross'])! }
    : {};
  return { name: named ? name.slice(0, named.index) : name, unit: { scale: factor, currency, ...symbol, ...taxBasis } };
}

/**
 * A header whose unit note writes `mil` and is not read for it (`Approved ($ mil)`: MIL_AS_THOUSAND),
 * written with `m` and with `k` (`Approved ($ m)`, `Approved ($ k)`), when both are read.
 */
export function milNoteReadings(header: string): readonly [million: string, thousand: string] | undefined {
  const opened = Math.max(header.lastIndexOf('('), header.lastIndexOf('['));
  if (opened <= 0 || amountUnitOf(header)) return undefined;
  const note = header.slice(opened);
  if (!MIL.test(note)) return undefined;
  const as = (scale: string): string => header.slice(0, opened) + note.replace(MIL, scale);
  const readings = [as('m'), as('k')] as const;
  return readings.every((h) => amountUnitOf(h)) ? readings : undefined;
}

const MIL = /(?<![a-z])mil(?![a-z])/i;

/**
 * The first column whose unit notes two tables of one register write differently (`Approved`
 * over one, `Approved (tys. zł)` over the next): its amounts would be read in the first table's
 * unit, a thousand times off. Undefined when each column's notes say the same, or neither has one.
 */
export function otherAmountUnit(first: readonly string[], next: readonly string[]): number | undefined {
  for (let i = 0; i < first.length && i < next.length; i++) {
    const a = amountUnitOf(first[i]!)?.unit;
    const b = amountUnitOf(next[i]!)?.unit;
    if (a?.scale !== b?.scale || a?.currency !== b?.currency || a?.symbol !== b?.symbol || a?.taxBasis !== b?.taxBasis)
      return i;
  }
  return undefined;
}
