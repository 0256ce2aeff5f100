/**
 * Amounts as Mexican finance writes them (amounts.ts reads what this gives it): `$4.2 MDP`
 * (millones de pesos), `$380,000 MN` or `M.N.` (moneda nacional, the peso), and a code before the
 * dollar sign (`MXN $1,850,000`, also `USD $85,000`). `$450 mil` is read by amounts.ts.
 */

/** A currency code, then the dollar sign its country writes (`MXN $1,850,000`, `USD$ 85,000`). */
const CODE_THEN_DOLLAR = /^([a-z]{3})\s?\$\s?(?=\d)/i;

/** `MDP` after a number, millions of pesos (`$4.2 MDP`, `1.25 mdp`, and `MXN $4.2 MDP` with its code moved after). */
const MDP = /(?<=\d)\s?mdp(?:\s?mxn)?$/i;

/** `M.N.` (with its points) or `MN` after a number: moneda nacional, the Mexican peso. */
const MONEDA_NACIONAL = /(?<=\d)\s?(?:m\.\s?n\.?|mn)$/i;

/** The whole digits before the mark (`1,600,000.00` has 7): `MN` after fewer may be a million. */
const WHOLE_DIGITS = /(\d[\d,]*)(?:\.\d+)?\s?(?:m\.\s?n\.?|mn)$/i;

/** A number with a dollar sign or none before it, as a plan in pesos writes its amounts. */
const PESO_OR_NONE = /^[-−]?\$?\s?[\d.,]+$/;

export type PesoWriting = { readonly text: string } | { readonly problem: string };

/**
 * `t` (an amount as written) with its Mexican marks written the way amounts.ts reads them, or the
 * problem when a mark reads two ways. `expected` is the plan's budget.currency.
 */
export function pesosWritten(t: string, expected: string | undefined): PesoWriting {
  if (t.length > 60) return { text: t };
  let text = t;
  const coded = CODE_THEN_DOLLAR.exec(text);
  // The dollar sign is that code's dollar: the code alone names the currency.
  if (coded) text = `${text.slice(coded[0].length)} ${coded[1]!}`;
  // The dollar sign before pesos is the peso's: the amount is in MXN whatever the plan's currency.
  if (MDP.test(text)) return { text: withoutDollar(text).replace(MDP, 'm MXN') };
  const mark = MONEDA_NACIONAL.exec(text);
  if (!mark) return { text };
  const before = text.slice(0, mark.index);
  // In pesos: written so, or in a plan in pesos with no other currency before the mark.
  const mxn = /\bmxn\b/i.test(text) || (expected === 'MXN' && PESO_OR_NONE.test(before));
  // `M.N.` with its points is only the peso; `MN` is a million in English (`£1.2mn`), and the
  // peso in a plan in pesos after an amount written in full. In a plan in another currency, `MN`
  // after a dollar sign or none and a million or more is the peso too (`$1,600,000 MN` is no 1.6
  // trillion); after a thousand or more it may be either.
  const pointed = mark[0].includes('.');
  const whole = (WHOLE_DIGITS.exec(text)?.[1] ?? '').replace(/,/g, '').length;
  const dollarOrNone = !mxn && !pointed && PESO_OR_NONE.test(before);
  // After another currency (`USD 1,600,000 MN`), a million millions is no amount a plan means.
  if (!pointed && !mxn && !dollarOrNone && whole >= 7) {
    return {
      problem:
        '`MN` after a million or more would make it trillions: write the amount alone, or with `MXN` if it is in Mexican pesos (moneda nacional, `MN` in Mexico).',
    };
  }
  if (!pointed && !mxn && !(dollarOrNone && whole >= 4)) return { text };
  if (dollarOrNone && whole < 7) {
    return {
      problem:
        '`MN` after an amount written in full is moneda nacional (Mexican pesos) in Mexico and a million in English: write `MXN` for pesos, or `m` for millions.',
    };
  }
  if (!pointed && whole < 4) {
    return {
      problem:
        '`MN` is moneda nacional (Mexican pesos) in Mexico and a million in English: write the amount in full, or `MDP` for millions of pesos.',
    };
  }
  const bare = withoutDollar(before.trimEnd());
  return { text: /\bmxn\b/i.test(bare) ? bare : `${bare} MXN` };
}

/** `t` without the dollar sign before its number (after a minus sign): the peso's, with `MXN` written after. */
const withoutDollar = (t: string): string => t.replace(/^([-−]?)\$\s?(?=[\d.])/, '$1');
