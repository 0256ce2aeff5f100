/** Amounts of money (contract §3.1): separators, currencies, scales (scales.ts), an estimate's marker. */
import { cellTaxBasis, type AmountUnit, type TaxBasis } from './amountUnit.js';
import { amountWritten, isDigits } from './amountMarks.js';
import { currencyIn, LAKH_CURRENCIES, LETTERED_SYMBOLS, SIGNS } from './currencies.js';
import {
  MYRIAD_SAID,
  myriadReadings,
  myriadWritten,
  VIETNAMESE_GROUPS_SAID,
  vietnameseGroupReadings,
} from './myriad.js';
import { pesosWritten } from './pesos.js';
import { oneLine, read, type Reading } from './reading.js';
import { CONTINENTAL, SCALE, SCALE_WORD, scaleInLanguage, scaleInWords, scaleKey, twoWayScale } from './scales.js';

export interface Amount {
  readonly value: number;
  /** ISO currency code when the cell names one (`£` → GBP). */
  readonly currency: string | undefined;
  /** Before or with sales tax, when the cell says so after the amount (`£120k + VAT`, `£120k inc VAT`). */
  readonly taxBasis?: TaxBasis['taxBasis'];
  readonly taxWritten?: string;
}

export const AMOUNT_ACCEPTED =
  'a number such as 180000, 180,000, 180 000, 180k or 1.2m, with an optional currency symbol or code (£180k, EUR 180,000) and an optional ~ or c. before it';

/** Units of effort written after a number as a currency code would be (full-time equivalents, person- or man-days). */
const EFFORT_UNITS: ReadonlySet<string> = new Set(['fte', 'pd', 'pds', 'md', 'mds']);

/** A decimal comma with one or two digits after it, alone in the number (`9,5`, `12,75`). */
const LONE_DECIMAL_COMMA = /(?<![\d.,])(\d+),(\d{1,2})(?![\d.,])/;

/**
 * A number grouped as India writes it: thousands, then lakhs and crores in groups of two
 * (`12,50,000` is 1,250,000; `1,25,00,000` is 12,500,000). No other grouping has a group of two.
 */
const INDIAN_GROUPED = String.raw`\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?`;
const INDIAN = new RegExp(`^${INDIAN_GROUPED}$`);

/**
 * An amount's parts: each space belongs to the part it follows or precedes, never to two optional
 * parts at once (`\s*(?:X)?\s*` would try every split of a long run of spaces: `CHF 8`, a
 * thousand tabs, `50'000` took seconds). A currency written in letters is not read as a scale
 * and a code (`640.000 kuna` is kunas, not `k` and a currency `UNA`).
 */
const AMOUNT = new RegExp(
  String.raw`^\s*(?:(?<lead>[-−])\s*)?(?:(?<pre>[a-z]{3}|[a-z]{0,2}[${SIGNS}]|${LETTERED_SYMBOLS}|r)\s*)?(?:(?<sign>[-−])\s*)?(?<num>\d{1,3}(?:(?<sep>[, \u00a0\u202f'’])\d{3})(?:\k<sep>\d{3})*(?:\.\d+)?|${INDIAN_GROUPED}|\d+(?:\.\d+)?|\.\d+)(?:\s*(?!(?:${LETTERED_SYMBOLS})\s*$)(?<scale>${SCALE_WORD}))?(?:\s*(?<post>[a-z]{3}|[${SIGNS}]|${LETTERED_SYMBOLS}))?\s*$`,
  'i',
);

/**
 * A number grouped as much of Europe writes it, when that is its only reading: points between
 * groups of three digits and a comma before the decimals (`1.178.000`, `1.234,56`, `178.000,00`).
 * `178.000` alone may be 178 or 178000 and is left as it is (readAmount says so).
 */
const POINT_GROUPED = /(?<![\d.,])(\d{1,3}(?:\.\d{3})+)(?:,(\d+))?(?![\d.,])/;

/**
 * A number grouped with spaces and a decimal comma after it, as Polish, French, Czech and Nordic
 * finance write it (`1 250 000,00 zł`, `95 000,50 €`): a comma before one or two digits after
 * groups of three can only be a decimal comma. Not from inside a number (`1 250 000` from `250`).
 */
const SPACE_GROUPED_DECIMALS = /(?<![\d.,]|\d[ \u00a0\u202f])(\d{1,3}(?:[ \u00a0\u202f]\d{3})+),(\d{1,2})(?![\d.,])/;

/**
 * A decimal comma, as much of Europe writes it, before a scale, where that is its only reading:
 * one or two digits after it (`1,25 mln`, `1,5 Mio.`, `1,2m`); `1,250m` may be a thousands comma,
 * and `1,2` alone is left as it is.
 */
const DECIMAL_COMMA = new RegExp(
  String.raw`(?<![\d.,])(\d+),(\d{1,2})(?=\s*(?:${SCALE_WORD})(?:[a-z]{3})?(?![a-z]))`,
  'i',
);

/**
 * `t` with a number grouped with points (POINT_GROUPED), grouped with spaces before a decimal
 * comma (SPACE_GROUPED_DECIMALS) or written with a decimal comma (DECIMAL_COMMA) written the plain
 * way: `1.234,56` is `1234.56`, `1 234,56` is `1234.56`, `1,25` is `1.25`.
 */
function withPointGroupsRead(t: string): string {
  const m = POINT_GROUPED.exec(t);
  const spaced = m ? null : SPACE_GROUPED_DECIMALS.exec(t);
  if (spaced) {
    const plain = `${spaced[1]!.replace(/[ \u00a0\u202f]/g, '')}.${spaced[2]!}`;
    return t.slice(0, spaced.index) + plain + t.slice(spaced.index + spaced[0].length);
  }
  if (!m) return t.replace(DECIMAL_COMMA, '$1.$2');
  const [whole, grouped, decimals] = m as unknown as [string, string, string | undefined];
  if (decimals === undefined && grouped.split('.').length < 3) return t;
  const plain = grouped.replace(/\./g, '') + (decimals === undefined ? '' : `.${decimals}`);
  return t.slice(0, m.index) + plain + t.slice(m.index + whole.length);
}

/** `de` between a Spanish scale and the currency (`1,2 millones de euros`, `450 miles de €`). */
const SCALE_OF_CURRENCY = /(?<=\d\s*(?:millones|mill[óo]n|miles|mil))\s+de(?=\s+(?:€|euros?$))/i;

/**
 * Accounts' way of writing a negative amount: in brackets, `(178,000)`, `(£5,000)`, also after
 * the currency (`$(5,000)`, `£ (5,000)`). Group 1 is the currency before the bracket, 2 inside it.
 */
const BRACKETED = /^([^\d\s()\-−+~]{1,3})?\s*\(\s*([^()]+?)\s*\)$/;

/**
 * An amount of money. `expectedCurrency` (the plan's `budget.currency`) turns an amount in
 * another currency into an unreadable one: mixed currencies cannot be summed. Canonical: the
 * plain number, after its currency code when it names one (`GBP 180000`). A line break reads as a space.
 */
export function readAmount(text: string, expectedCurrency?: string, unit?: AmountUnit): Reading<Amount> {
  const plain = amountWritten(oneLine(text).trim());
  // Most amounts are whole numbers without a currency (`14800`): the pattern, with its named
  // groups, would find only the number in them, and no peso mark is in them either.
  if (isDigits(plain)) return readAmountGroups({ num: plain }, expectedCurrency, unit);
  const based = cellTaxBasis(plain);
  if (based) {
    const read = readAmount(based.amount, expectedCurrency, unit);
    if (read.ok) return withBasis(read, based.basis);
    // A fix writes the cell again: with its tax basis, as written.
    const basis = (fixed: string | undefined): string | undefined =>
      fixed === undefined ? undefined : fixed + plain.slice(based.amount.length);
    const { suggestion, choices, pointThousands, pointDecimal } = read;
    return {
      ...read,
      ...(suggestion !== undefined && { suggestion: basis(suggestion) }),
      ...(choices && { choices: choices.map((c) => basis(c)!) }),
      ...(pointThousands !== undefined && { pointThousands: basis(pointThousands) }),
      ...(pointDecimal !== undefined && { pointDecimal: basis(pointDecimal) }),
    };
  }
  const peso = pesosWritten(plain, expectedCurrency);
  if ('problem' in peso) return { ok: false, accepted: AMOUNT_ACCEPTED, problem: peso.problem };
  const myriads = myriadReadings(peso.text, unit?.scale);
  if (myriads) return { ok: false, accepted: AMOUNT_ACCEPTED, problem: MYRIAD_SAID, choices: myriads };
  const scaleGroups = vietnameseGroupReadings(peso.text, unit?.scale);
  if (scaleGroups)
    return { ok: false, accepted: AMOUNT_ACCEPTED, problem: VIETNAMESE_GROUPS_SAID, choices: scaleGroups };
  // `1,2 millones de euros`, as Spanish writes a scale before the currency; `12억 원`, as Korean writes myriads.
  const written = myriadWritten(peso.text).replace(SCALE_OF_CURRENCY, ' ');
  const bracketed = BRACKETED.exec(written);
  if (bracketed) {
    const amount = (bracketed[1] ?? '') + bracketed[2]!;
    // Brackets around anything but an amount (`(est.)`, `(n/a)`) say nothing of a negative one.
    if (!readAmount(amount, expectedCurrency, unit).ok) return { ok: false, accepted: AMOUNT_ACCEPTED };
    return {
      ok: false,
      accepted: AMOUNT_ACCEPTED,
      problem: 'Accounts write a negative amount in brackets: write it with a minus sign if it is one.',
      choices: [`-${amount}`],
    };
  }
  // In a column in thousands or millions (`Approved (MSEK)`), `9,5` can only be nine and a half.
  const t = withPointGroupsRead(unit && unit.scale !== 1 ? written.replace(LONE_DECIMAL_COMMA, '$1.$2') : written);
  const groups = AMOUNT.exec(t)?.groups;
  if (!groups || (groups['lead'] && groups['sign'])) return { ok: false, accepted: AMOUNT_ACCEPTED };
  return readAmountGroups(groups, expectedCurrency, unit);
}

function readAmountGroups(
  groups: Partial<Record<string, string>>,
  expectedCurrency: string | undefined,
  unit: AmountUnit | undefined,
): Reading<Amount> {
  const { pre, num, scale, post } = groups;
  /** The scale as SCALE names it (`Mio.` is `mio`), when the amount writes one. */
  const scaleName = scale === undefined ? undefined : scaleKey(scale);
  const sign = groups['lead'] ?? groups['sign'];
  // A symbol and the code it stands for (`$85K USD`) say one currency; two that differ, none.
  const expected = expectedCurrency?.trim().toUpperCase();
  if (pre && post && currencyIn(pre, expected) !== currencyIn(post.toLowerCase(), expected)) {
    return { ok: false, accepted: AMOUNT_ACCEPTED };
  }
  const currencyText = (post ?? pre)?.toLowerCase();
  // The column's unit note stands for what the cell does not write itself.
  const currency = currencyText
    ? currencyIn(currencyText, expected)
    : unit?.symbol
      ? currencyIn(unit.symbol, expected)
      : unit?.currency;
  // `178.000`: 178 or 178000. Not with a scale (`1.250m` is 1.25 million) or before a zero's point.
  // `178.000`: 178 or 178000. With a scale English writes (`1.250m` is 1.25 million), or before a
  // zero's point, a decimal point; with one that continental Europe writes (`1.150 TEUR`,
  // `1.500 Mio. €`), where points group thousands, either.
  const continental =
    scaleName !== undefined &&
    (CONTINENTAL.has(scaleName) || (JOINED_SCALE.has(scaleName) && joinedToCurrency(groups)));
  /** The cell is in another currency than the plan's budget: no reading of it is offered. */
  const other = currency !== undefined && expected !== undefined && currency !== expected;
  const write = writer(sign, currency, currencyText !== undefined, expected);
  if (/^\d{1,3}\.\d{3}$/.test(num!) && (!scale || continental) && !num!.startsWith('0.')) {
    return {
      ok: false,
      accepted: AMOUNT_ACCEPTED,
      problem: 'The point could be a decimal point or a thousands separator.',
      ...(scale
        ? separatorReadings(num!, SCALE[scaleName!]! / (unit?.scale ?? 1), other, write)
        : pointReadings(num!, currency, expected, unit, other, write)),
    };
  }
  // Where such a scale is written, so is a decimal comma: `R$ 1,250 mi` and `€ 1,250 Mio.` are
  // 1.25 million there, not the 1,250 million English reads (Reuters writes `1,250 mln` so too).
  if (continental && /^\d{1,3},\d{3}$/.test(num!)) {
    return {
      ok: false,
      accepted: AMOUNT_ACCEPTED,
      problem: 'The comma could be a decimal comma or a thousands separator.',
      ...separatorReadings(num!, SCALE[scaleName]! / (unit?.scale ?? 1), other, write),
    };
  }
  // `mil` (a thousand in Brazil, Portugal and Spanish-speaking countries, a million in English and
  // in Malaysia) and `M` after rupiah (a miliar or a million): both readings where both may be meant.
  const twoWays = twoWayScale(scaleName, currency ?? expected);
  if (twoWays) {
    const n = Number(digitsOf(num!)) / (unit?.scale ?? 1);
    const [first, second] = twoWays.readings;
    return {
      ok: false,
      accepted: AMOUNT_ACCEPTED,
      problem: `${twoWays.means}.`,
      ...(other
        ? {}
        : { choices: [write(n * first.factor), write(n * second.factor)], choiceNotes: [first.note, second.note] }),
    };
  }
  if (scaleName === 'l' && !LAKH_CURRENCIES.has(currency ?? expected ?? '')) {
    return {
      ok: false,
      accepted: AMOUNT_ACCEPTED,
      problem: '`L` is a lakh only in rupees: write `lakh`, or the currency (₹, Rs, INR).',
    };
  }
  const digits = digitsOf(num!);
  let value = Number(digits) * (scaleName ? SCALE[scaleName]! : (unit?.scale ?? 1));
  if (!Number.isFinite(value)) return { ok: false, accepted: AMOUNT_ACCEPTED };
  value = Math.round(value * 100) / 100;
  if (sign) value = -value;
  // `2 FTE`, `40 PD`: effort, which a three-letter unit after a number looks like, is no currency.
  if (currencyText && EFFORT_UNITS.has(currencyText)) {
    return {
      ok: false,
      accepted: AMOUNT_ACCEPTED,
      problem: `It is effort (${currencyText.toUpperCase()}), not money: write what it costs${expected ? ` in ${expected}` : ''} (the rate times the effort), and keep the people under Resources.`,
    };
  }
  if (currency && expected && currency !== expected) {
    return {
      ok: false,
      accepted: `amounts in ${expected}, the plan's budget.currency`,
      problem: `${currencyText ? 'It is' : "Its column's header says it is"} in ${currency}, and amounts in different currencies cannot be summed.`,
      ...(currencyText ? {} : { byHeader: true }),
    };
  }
  // A cell that writes its own currency and a whole amount under a column in thousands (`EUR
  // 141,500` under `Cost (TEUR)`) may give the amount in full or in the column's unit.
  if (currencyText && !scaleName && unit && unit.scale !== 1 && Number(digits) >= 1000) {
    const inUnit = scaleInWords(unit.scale);
    const full = write(Number(digits) / unit.scale);
    // A reading a fix would write as another question (`1.234`) is not offered.
    const fullOffered = !AMBIGUOUS_POINT.test(full);
    return {
      ok: false,
      accepted: AMOUNT_ACCEPTED,
      problem: `Its column is in ${inUnit}, and the cell writes its own currency: it may be the amount in full or in ${inUnit}.`,
      ...((!unit.currency || unit.currency === currency) && {
        choices: [...(fullOffered ? [full] : []), `${sign ? '-' : ''}${digits}`],
        choiceNotes: [...(fullOffered ? ['the amount in full'] : []), `in ${inUnit}`],
      }),
    };
  }
  const amount = {
    ok: true,
    value: { value, currency },
    canonical: currency ? `${currency} ${value}` : String(value),
  } as const;
  // `0,25 mil EUR`: a thousand in Spain, a million in a Croatian plan (scaleInLanguage).
  const inLanguage = scaleInLanguage(scaleName, currency ?? expected);
  if (!inLanguage) return amount;
  const there = Math.round((value / SCALE[scaleName!]!) * inLanguage.factor * 100) / 100;
  const reading = read<Amount>({ value: there, currency }, currency ? `${currency} ${there}` : String(there));
  return { ...amount, twoWay: { byLanguage: new Map([[inLanguage.language, reading]]), otherwise: amount } };
}

/** An amount read with its tax basis (`bez PDV-a`), in each language's reading too. */
function withBasis(r: Reading<Amount>, basis: TaxBasis): Reading<Amount> {
  if (!r.ok) return r;
  const { twoWay, ...plain } = r;
  const based: Reading<Amount> = { ...plain, value: { ...r.value, ...basis } };
  if (!twoWay) return based;
  const byLanguage = new Map([...twoWay.byLanguage].map(([language, x]) => [language, withBasis(x, basis)] as const));
  return { ...based, twoWay: { byLanguage, otherwise: based } };
}

/**
 * `k`, `M` and `MM` joined to a currency after the number, as continental Europe writes them
 * (`1.250 k€`, `1,2 M€`, `3 MM€` as Spanish banks write a million, `450 kEUR`): where points group
 * thousands and a comma marks decimals. English writes the currency first (`€1.25m`).
 */
const JOINED_SCALE: ReadonlySet<string> = new Set(['k', 'm', 'mm']);
const JOINED_CODE = /^(?:k|mm?)eur$/i;

function joinedToCurrency(groups: Partial<Record<string, string>>): boolean {
  const { pre, scale, post } = groups;
  if (pre || !post || !scale) return false;
  return !/^[a-z]{3}$/i.test(post) || JOINED_CODE.test(scale + post);
}

/** A number that reads two ways, a point before three digits (`178.000`), as a fix must not write it. */
const AMBIGUOUS_POINT = /(?:^|\s|-)\d{1,3}\.\d{3}$/;

/** A number's digits and decimal point, without the separators that group them. */
const digitsOf = (num: string): string => num.replace(/[, \u00a0\u202f'’]/g, '');

/**
 * How a fix writes an amount it reads: the plain number in the column's unit, after the code of
 * the currency the cell names only when the plan has no budget.currency to read it against.
 */
function writer(
  sign: string | undefined,
  currency: string | undefined,
  named: boolean,
  expected: string | undefined,
): (inUnit: number) => string {
  return (n) => `${named && !expected ? `${currency} ` : ''}${sign ? '-' : ''}${Number(n.toPrecision(12))}`;
}

/**
 * The two readings of a number grouped with one separator before a scale continental Europe writes
 * (`1,250 mln`, `1.150 TEUR`), as a fix writes them: the separator a decimal one, and a thousands
 * one; `factor` is the scale's in the column's unit. None in another currency than the budget's
 * (`other`: that is reported instead).
 */
function separatorReadings(
  num: string,
  factor: number,
  other: boolean,
  write: (inUnit: number) => string,
): { choices?: readonly string[]; choiceNotes?: readonly string[] } {
  if (other) return {};
  const separator = num.includes(',') ? 'comma' : 'point';
  return {
    choices: [write(Number(num.replace(/[.,]/, '.')) * factor), write(Number(num.replace(/[.,]/, '')) * factor)],
    choiceNotes: [`the ${separator} a decimal ${separator}`, `the ${separator} a thousands separator`],
  };
}

/**
 * The two readings of an amount grouped with one point (`€90.000`, `-90.000`), as a fix writes
 * them: the plain number, after the code of the currency the cell names only when the plan has no
 * budget.currency to read it against. The decimal reading only where a thousandth may be meant:
 * in a column in thousands (`90.000` k€ is €90,000), with no currency, or in one with three
 * decimals (KWD). None in another currency than the budget's (that is reported instead).
 */
function pointReadings(
  num: string,
  currency: string | undefined,
  expected: string | undefined,
  unit: AmountUnit | undefined,
  other: boolean,
  write: (inUnit: number) => string,
): { pointThousands?: string; pointDecimal?: string } {
  if (other) return {};
  const thousandth =
    (unit !== undefined && unit.scale !== 1) || !(currency ?? expected) || THREE_DECIMALS.test(currency ?? expected!);
  return {
    pointThousands: write(Number(num.replace('.', ''))),
    ...(thousandth && { pointDecimal: write(Number(num)) }),
  };
}

/** Currencies whose amounts have three decimals (ISO 4217 minor unit 3): a thousandth is a coin there. */
const THREE_DECIMALS = /^(?:BHD|IQD|JOD|KWD|LYD|OMR|TND)$/;

/**
 * How an amount's number groups its thousands, when it reads only one way: `points` (`1.250.000`,
 * `90.000,50`, a decimal comma `500,50`) or `commas` (`180,000`, a decimal point `12.50`, `1.2m`).
 * Undefined for a number without either (`90000`) or one that reads both ways (`90.000`).
 */
export function amountGrouping(text: string): 'points' | 'commas' | undefined {
  const num = /\d[\d.,]*/.exec(oneLine(text))?.[0].replace(/[.,]$/, '');
  if (!num) return undefined;
  if (/^\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?$|^\d{1,3}(?:\.\d{3})+,\d+$|^\d+,\d{1,2}$/.test(num)) return 'points';
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+\.(?:\d{1,2}|\d{4,})$/.test(num) || INDIAN.test(num)) return 'commas';
  return undefined;
}
