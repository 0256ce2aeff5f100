/**
 * Register row IDs, stated once: what one looks like (`R-03`, `MS-4`), how one written without its
 * hyphen or in another case is matched, and how the next one is written. `domain.ts` passes these
 * on with the other domain facts.
 */

/** A register row ID: a short letter prefix, a hyphen and digits (`R-03`, `H-12`, `MS-4`). */
const ID_PREFIX = '[A-Za-z]{1,4}';
const ID_NUMBER = String.raw`\d+`;
const ROW_ID_BODY = `(${ID_PREFIX})-(${ID_NUMBER})`;
/** The same as regular-expression source, capturing nothing (to split on). */
export const ROW_ID_PART = `${ID_PREFIX}-${ID_NUMBER}`;
export const ROW_ID = new RegExp(`^${ROW_ID_BODY}$`);

/**
 * A row ID written without its hyphen (`M03`, `r4`), or with another dash or an underscore in its
 * place (`M–03`, as word processors and spreadsheets turn a hyphen into an en dash, `M_03`): group
 * 1 is the prefix, 2 the number.
 */
const UNHYPHENATED_ROW_ID = new RegExp(`^(${ID_PREFIX})[_\u2010-\u2015\u2212]?(${ID_NUMBER})$`);

/**
 * The ID of `ids` that `text` writes without its hyphen (`M03`, `M3` or `M–03` for `M-03`): the
 * same prefix, in any case, and the same number. Undefined when it is no such text or names none.
 */
export function unhyphenatedRowId(text: string, ids: readonly string[]): string | undefined {
  const m = UNHYPHENATED_ROW_ID.exec(text);
  if (!m) return undefined;
  const prefix = m[1]!.toLowerCase();
  const number = Number(m[2]);
  return ids.find((id) => {
    const p = ROW_ID.exec(id);
    return p !== null && p[1]!.toLowerCase() === prefix && Number(p[2]) === number;
  });
}

/** Whether `text` is written as a row ID, with its hyphen or without (`M-03`, `M03`, `M–03`). */
export const looksLikeRowId = (text: string): boolean => ROW_ID.test(text) || UNHYPHENATED_ROW_ID.test(text);

/** A row ID at the start of a text (`GR-02 Change authorised`): group 1 is the ID. */
export const LEADING_ROW_ID = new RegExp(String.raw`^(${ROW_ID_BODY})\b`);

export function isRowId(text: string): boolean {
  return ROW_ID.test(text);
}

/**
 * A row ID as a heading that refers to a row compares it: case and leading zeros aside
 * (`#### H-4` is the checklist of H-04).
 */
export function rowIdKey(id: string): string {
  return id.toUpperCase().replace(/-0+(?=\d)/g, '-');
}

/** The `n`-th row ID with `prefix`, its number at least `width` digits (`R-03`, `H-12`). */
export function rowId(prefix: string, n: number, width = 2): string {
  return `${prefix}-${String(n).padStart(width, '0')}`;
}

/**
 * The next unused ID with `prefix` (`R-06` after `R-05`), as wide as the widest existing one and
 * at least `minWidth` digits; IDs with another prefix are ignored (case-insensitively).
 */
export function nextFreeId(prefix: string, ids: Iterable<string | undefined>, minWidth = 2): string {
  let max = 0;
  let width = minWidth;
  const wanted = prefix.toLowerCase();
  for (const id of ids) {
    const m = id ? ROW_ID.exec(id) : null;
    if (!m || m[1]!.toLowerCase() !== wanted) continue;
    max = Math.max(max, Number(m[2]));
    width = Math.max(width, m[2]!.length);
  }
  return rowId(prefix, max + 1, width);
}

/** The prefix most of `ids` use (`S` for `S-01, S-02, P-1`), or `fallback` when none is an ID. */
export function dominantPrefix(ids: Iterable<string | undefined>, fallback: string): string {
  const counts = new Map<string, number>();
  for (const id of ids) {
    const m = id ? ROW_ID.exec(id) : null;
    if (m) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  }
  let best = fallback;
  let most = 0;
  for (const [prefix, n] of counts) {
    if (n > most) [best, most] = [prefix, n];
  }
  return best;
}

/**
 * A predecessor as MS Project writes it in its Predecessors column: the ID, the link's type and
 * a lag (`22FS+5 days`, `12SS`, `7FF-2d`, `4FS+10%`). Group 1 is the ID, 2 the lag's sign.
 */
const PREDECESSOR_LINK = new RegExp(
  String.raw`^(\d+|${ROW_ID_PART})(?:FS|SS|FF|SF)(?:\s*([+-])\s*\d+(?:[.,]\d+)?\s*(?:%|[a-z]+\??)?)?$`,
  'i',
);

/** One milestone a Depends on cell names (`dependencyRefs`). */
export interface DependencyRef {
  /** The ID as written (`M-03`, `22`). */
  readonly text: string;
  /** Where it starts in the cell's text. */
  readonly index: number;
  /** Written as an MS Project link (`22FS+5 days`): an ID by its shape, whatever it looks like. */
  readonly link: boolean;
  /** A negative lag (`12FS-3 days`): the milestone may fall that long before the one it names. */
  readonly lead: boolean;
}

/**
 * The milestones a Depends on cell names: IDs separated by commas, semicolons, spaces, `&` or `/`
 * (`M-01, M-02`), or MS Project's predecessors as its Predecessors column exports them, separated
 * by commas (`12,15`, `22FS+5 days`), the link's type and lag after each ID.
 */
export function dependencyRefs(text: string): DependencyRef[] {
  const out: DependencyRef[] = [];
  for (const part of text.matchAll(/[^,;]+/g)) {
    const lead = part[0].length - part[0].trimStart().length;
    const link = PREDECESSOR_LINK.exec(part[0].trim());
    if (link) {
      out.push({ text: link[1]!, index: part.index + lead, link: true, lead: link[2] === '-' });
      continue;
    }
    for (const word of part[0].matchAll(/[^\s&/]+/g)) {
      out.push({ text: word[0], index: part.index + word.index, link: false, lead: false });
    }
  }
  return out;
}
