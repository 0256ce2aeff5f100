/**
 * The plan format as data: stage sections (schema/sections.ts), registers and their columns
 * (schema/registers.ts, from one file per stage in schema/registers/), front-matter keys
 * (schema/frontMatterKeys.ts), and the lookups from a heading or a header cell to them. The
 * model, the rules, the quick-fix templates, the snippets and the docs all read this one
 * description, so they cannot disagree.
 */
import { amountUnitOf } from './values/amountUnit.js';
import { withoutDateFormat } from './values/dateFormat.js';
import { normalizeHeading, normalizeWord } from './text.js';
import { afterCombinedLogName } from './combinedLogName.js';
import type { SectionKind } from './types.js';
import { REGISTER_SPECS } from './schema/registers.js';
import { EXIT_CRITERIA_REGISTER } from './schema/registers/anyStage.js';
import type { ColumnSpec, RegisterKind, RegisterSpec } from './schema/registerTypes.js';
import { SECTION_SPECS } from './schema/sections.js';
export { sectionSpec } from './schema/sections.js';

export * from './schema/frontMatterKeys.js';
export * from './schema/registers.js';
export * from './schema/registerTypes.js';
export * from './schema/sections.js';

export const REGISTER_BY_KIND: ReadonlyMap<RegisterKind, RegisterSpec> = new Map(
  REGISTER_SPECS.map((s) => [s.kind, s]),
);

export function registerSpec(kind: RegisterKind): RegisterSpec {
  return REGISTER_BY_KIND.get(kind)!;
}

const SECTION_BY_HEADING = new Map<string, SectionKind>();
for (const s of SECTION_SPECS) {
  for (const t of [s.title, ...(s.aliases ?? [])]) SECTION_BY_HEADING.set(normalizeHeading(t), s.kind);
}

const REGISTER_BY_HEADING = new Map<string, RegisterKind>();
/** Each register's name prefixes, normalised and followed by a space: `handover to `. */
const REGISTER_BY_PREFIX: (readonly [string, RegisterKind])[] = [];
for (const r of REGISTER_SPECS) {
  for (const t of [r.title, ...(r.aliases ?? [])]) REGISTER_BY_HEADING.set(normalizeHeading(t), r.kind);
  for (const p of r.namePrefixes ?? []) REGISTER_BY_PREFIX.push([`${normalizeHeading(p)} `, r.kind]);
}

export function sectionForHeading(text: string): SectionKind | undefined {
  return SECTION_BY_HEADING.get(normalizeHeading(text)) ?? inOtherLanguage(text, SECTION_BY_HEADING);
}

/** A heading's two names: one in parentheses after the other, or one either side of a spaced slash. */
const TWO_NAMES = /^(?<first>[^()]+?)(?:(?<!\s)\s*\((?<inParens>[^()]+)\)|(?<!\s)\s+\/\s+(?<afterSlash>[^()/]+))\s*$/u;

/**
 * What a heading written in two languages names, as teams that report in English head their
 * registers and sections: the name in parentheses after one in another language (`Riscos (Risk
 * register)`, `Iniciação do projeto (Project Initiation)`), or either name of two split by a
 * spaced slash (`Riscos / Risks`, `Risks / Riscos`). Only when the other name names no register
 * and no section: `Risks / Issues` is two registers in one table, and names neither.
 */
function inOtherLanguage<K>(text: string, byHeading: ReadonlyMap<string, K>): K | undefined {
  const two = TWO_NAMES.exec(text)?.groups;
  if (!two) return undefined;
  const inParens = two['inParens'];
  const names = (inParens ? [inParens] : [two['first']!, two['afterSlash']!]).map(normalizeHeading);
  const kinds = new Set(names.flatMap((n) => byHeading.get(n) ?? []));
  const [kind] = kinds;
  if (kinds.size !== 1 || kind === undefined) return undefined;
  // The other name names nothing else (`Milestones / Timeline` is one register by two names).
  const all = inParens ? [...names, normalizeHeading(two['first']!)] : names;
  const namesOther = (n: string) =>
    !n || (byHeading.get(n) ?? REGISTER_BY_HEADING.get(n) ?? SECTION_BY_HEADING.get(n) ?? kind) !== kind;
  return all.some(namesOther) ? undefined : kind;
}

/** A qualifier after a register's name: `Risk register – supplier risks`, `Milestones: cutover`. */
const QUALIFIER = /(?<!\s)\s+[-–—]\s+|:\s+/u;

/**
 * The register a heading names: one of its names, after normalising (`normalizeHeading`), or one
 * of its names followed by a qualifier after a dash or a colon (`Risk register – supplier risks`),
 * as a note in parentheses is (`Risk register (supplier risks)`); one of its names after a RAID
 * log's (`RAID log – Risks`); or a name prefix with more words after it (`Handover to the SIAM
 * team`).
 */
export function registerForHeading(text: string): RegisterKind | undefined {
  const normalized = normalizeHeading(text);
  const named = REGISTER_BY_HEADING.get(normalized);
  if (named) return named;
  // A part of a RAID log kept in a table of its own: `RAID log – Risks`, `RAID: Issues`.
  const inLog = afterCombinedLogName(normalized);
  const logPart = inLog === undefined ? undefined : REGISTER_BY_HEADING.get(inLog);
  if (logPart) return logPart;
  const qualified = QUALIFIER.test(text)
    ? REGISTER_BY_HEADING.get(normalizeHeading(text.split(QUALIFIER)[0]!))
    : undefined;
  return (
    qualified ??
    REGISTER_BY_PREFIX.find(([prefix]) => normalized.startsWith(prefix))?.[1] ??
    (stageExitCriteria(normalized) ? 'exitCriteria' : undefined) ??
    inOtherLanguage(text, REGISTER_BY_HEADING)
  );
}

/** Exit criteria named for their stage, as a PID heads them: `Initiation stage exit criteria`, `Stage exit criteria`. */
const EXIT_CRITERIA_SUFFIX = ` ${normalizeHeading(EXIT_CRITERIA_REGISTER.title)}`;

function stageExitCriteria(normalized: string): boolean {
  if (!normalized.endsWith(EXIT_CRITERIA_SUFFIX)) return false;
  const stage = normalized.slice(0, -EXIT_CRITERIA_SUFFIX.length);
  return stage === 'stage' || stage === 'phase' || sectionForHeading(stage) !== undefined;
}

/**
 * The register or stage section a waiver's Target names by its heading or one of its names
 * (`Status log`, `Status reports`, `Project Closure`): its kind, which is what the findings about
 * it target; undefined for anything else.
 */
export function kindNamedBy(target: string): RegisterKind | SectionKind | undefined {
  return registerForHeading(target) ?? sectionForHeading(target);
}

/** A register or section kind as a plan writes it in a waiver's Target (its title); else as given. */
export function targetAsWritten(target: string): string {
  return (
    REGISTER_BY_KIND.get(target as RegisterKind)?.title ?? SECTION_SPECS.find((s) => s.kind === target)?.title ?? target
  );
}

/**
 * Maps a header cell to a column key of the register, or undefined for an extra column. A unit
 * note after an amount column's name (`Approved (£k)`) is the column's unit, and a date format
 * after any (`Baseline (dd/mm/yyyy)`) is for the reader: neither is part of the name.
 */
export function columnKeyFor(spec: RegisterSpec, header: string): string | undefined {
  return columnKeyAsWritten(spec, header) ?? columnKeyAfterEntity(spec, header);
}

/**
 * A header that starts with the register's entry, as spreadsheets name columns (`Risk ID`,
 * `Milestone Owner`, `Issue Status`): the rest is the column, and a description, name or title
 * of the entry is the column that says what it is (`Risk Description` is the Risk).
 */
function columnKeyAfterEntity(spec: RegisterSpec, header: string): string | undefined {
  const entity = entityPrefix(spec)?.exec(header);
  if (!entity) return undefined;
  const rest = header.slice(entity[0].length);
  if (/^(?:description|name|title)$/i.test(rest.trim())) return entryColumn(spec)?.key;
  return columnKeyAsWritten(spec, rest);
}

const ENTITY_PREFIXES = new WeakMap<RegisterSpec, RegExp | null>();

/**
 * The words a register's entries are called by, as a header's prefix: its title in the singular
 * (`Risks`: risk; `Corrective actions`: corrective action, action), for titles that are a plural.
 */
function entityPrefix(spec: RegisterSpec): RegExp | undefined {
  let prefix = ENTITY_PREFIXES.get(spec);
  if (prefix === undefined) {
    const title = spec.title.toLowerCase();
    const plural = /^[a-z -]+[^s]s$/.test(title) && !/\band\b/.test(title);
    const singular = title.replace(/ies$/, 'y').replace(/s$/, '');
    const words = singular.includes(' ') ? [singular, singular.slice(singular.lastIndexOf(' ') + 1)] : [singular];
    prefix = plural ? new RegExp(`^\\s*(?:${words.join('|')})\\s+(?=\\S)`, 'i') : null;
    ENTITY_PREFIXES.set(spec, prefix);
  }
  return prefix ?? undefined;
}

/** The column that says what an entry is: the one the schema marks, else its first required free text. */
export function entryColumn(spec: RegisterSpec): ColumnSpec | undefined {
  return (
    spec.columns.find((c) => c.entryText) ??
    spec.columns.find((c) => c.required && c.key !== 'id' && !c.values && !c.holds)
  );
}

function columnKeyAsWritten(spec: RegisterSpec, header: string): string | undefined {
  // A header in percent (`Probability (%)`) holds no column Handoff reads: a `5` under it is 5 %,
  // not level 5, and no register has a column of percentages.
  if (isPercentHeader(header)) return undefined;
  const byHeader = columnsByHeader(spec);
  const key = byHeader.get(normalizeWord(header));
  if (key !== undefined) return key;
  // A date format for the reader (`Baseline (dd/mm/yyyy)`) is no part of the name either.
  const dated = withoutDateFormat(header);
  if (dated !== undefined) return byHeader.get(normalizeWord(dated));
  const noted = amountUnitOf(header);
  const named = noted ? byHeader.get(normalizeWord(noted.name)) : undefined;
  const isAmount = (key: string): boolean => spec.columns.some((c) => c.key === key && c.amount);
  if (named !== undefined && isAmount(named)) return named;
  // Any other note after the name (`Forecast (updated 2026-11-20)`, `Review [monthly]`), except
  // a unit (`Impact (GBP k)` is no Impact level), and except on an amount, whose note may be a
  // unit Handoff does not know (`Approved (in 万)`): read without it, the amounts would be read
  // far too small.
  if (noted) return undefined;
  const note = TRAILING_HEADER_NOTE.exec(header);
  const bare = note && note.index > 0 ? byHeader.get(normalizeWord(header.slice(0, note.index))) : undefined;
  return bare !== undefined && !isAmount(bare) ? bare : undefined;
}

/** A note in parentheses or brackets after a header's name. */
const TRAILING_HEADER_NOTE = /(?<!\s)\s*[([][^()[\]]*[)\]]\s*$/;

/**
 * An amount column's header whose note is no unit Handoff reads (`Approved ($ mil)`, `Approved
 * (in 万)`), which is therefore read as no column (see columnKeyAsWritten): the column its name
 * is, and where its note starts. Undefined for any other header.
 */
export function amountHeaderNotRead(
  spec: RegisterSpec,
  header: string,
  aliases: ReadonlyMap<string, string> | undefined,
): { readonly key: string; readonly noteAt: number } | undefined {
  if (isPercentHeader(header) || amountUnitOf(header)) return undefined;
  const note = TRAILING_HEADER_NOTE.exec(header);
  if (!note || note.index === 0) return undefined;
  const key = columnKeyWith(spec, header.slice(0, note.index), aliases);
  return key !== undefined && spec.columns.some((c) => c.key === key && c.amount)
    ? { key, noteAt: note.index }
    : undefined;
}

/** A header that says its values are percentages: `Probability (%)`, `Probability %`, `P [in %]`, `Likelihood (percent)`. */
const PERCENT_NOTE = /\S\s*(?:[([]\s*(?:in\s+)?(?:%|percent|per\s*cent|pct)\s*[)\]]|(?:in\s+)?%)\s*$/i;

export function isPercentHeader(header: string): boolean {
  return PERCENT_NOTE.test(header);
}

/**
 * The column a header is read as: the register's own names first, then the configuration's
 * (`aliases.columns` for this register: normalised header → column key).
 */
export function columnKeyWith(
  spec: RegisterSpec,
  header: string,
  aliases: ReadonlyMap<string, string> | undefined,
): string | undefined {
  return columnKeyFor(spec, header) ?? aliases?.get(normalizeWord(header));
}

/**
 * The column keys of a header row. Two headers for one column (`Team` and `Organisation`, `Owner`
 * and `Risk owner`): the one under the column's own header is read, else the first; the other is
 * an extra column, kept but not checked, as it was before it had a name.
 */
export function columnKeysOf(
  spec: RegisterSpec,
  headers: readonly string[],
  aliases: ReadonlyMap<string, string> | undefined,
): (string | undefined)[] {
  const keys = headers.map((h) => columnKeyWith(spec, h, aliases));
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    // Its first column (an earlier one would have been handled), and another after it.
    if (key === undefined || keys.indexOf(key, i + 1) < 0) continue;
    const column = spec.columns.find((col) => col.key === key)!;
    const own = normalizeWord(column.header);
    const same = keys.flatMap((k, j) => (k === key ? [j] : []));
    const beside = column.beside;
    const category = beside ? same.filter((j) => beside.category.test(headers[j]!)) : [];
    if (beside && category.length === 1 && same.length === 2 && !keys.includes(beside.readAs)) {
      // `Risk response category` and `Risk response`: the category, and what is done about it.
      for (const j of same) if (j !== category[0]) keys[j] = beside.readAs;
      continue;
    }
    const kept = same.find((j) => normalizeWord(headers[j]!) === own) ?? same[0]!;
    for (const j of same) if (j !== kept) keys[j] = undefined;
  }
  return keys;
}

/** Whether columns read as `keys` hold every column the register requires. */
export function hasRequiredColumns(spec: RegisterSpec, keys: ReadonlySet<string | undefined>): boolean {
  return spec.columns.every((c) => !c.required || keys.has(c.key));
}

const COLUMNS_BY_HEADER = new WeakMap<RegisterSpec, ReadonlyMap<string, string>>();

/** A register's column keys by normalised header and alias; the first column to claim a word keeps it. */
function columnsByHeader(spec: RegisterSpec): ReadonlyMap<string, string> {
  let map = COLUMNS_BY_HEADER.get(spec);
  if (!map) {
    const byHeader = new Map<string, string>();
    for (const col of spec.columns) {
      for (const word of [col.header, ...(col.aliases ?? [])]) {
        const h = normalizeWord(word);
        if (!byHeader.has(h)) byHeader.set(h, col.key);
      }
    }
    COLUMNS_BY_HEADER.set(spec, byHeader);
    map = byHeader;
  }
  return map;
}

/** Columns that name a person (or a party), by register, from the column specs. */
export const PERSON_COLUMNS: Readonly<Partial<Record<RegisterKind, readonly string[]>>> = Object.fromEntries(
  REGISTER_SPECS.flatMap((r) => {
    const keys = r.columns.filter((col) => col.holds).map((col) => col.key);
    return keys.length ? [[r.kind, keys]] : [];
  }),
);

/** Whether a register column may name a team or organisation as well as a person (contract §2). */
export function takesParties(kind: RegisterKind, column: string): boolean {
  return registerSpec(kind).columns.some((col) => col.key === column && col.holds === 'personOrParty');
}
