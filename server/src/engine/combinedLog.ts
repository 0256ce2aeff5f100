/**
 * A combined log: risks, assumptions, issues and dependencies in one table told apart by a Type
 * column, as a RAID log keeps them (common in UK practice). Handoff reads each register from its
 * own table (contract §3), so a combined log fills none of them; a finding that calls one of them
 * missing says that the log holds its entries, so the author sees the log was found and why it is
 * not read, instead of being told to write down what is already written.
 */
import { namesCombinedLog } from './combinedLogName.js';
import { LEADING_ROW_ID } from './domain.js';
import type { Heading, Plan } from './model.js';
import { linesUnder } from './nearMissHeading.js';
import { MAYBE_DELIMITER_ROW, rowCells, rowCellTexts } from './parse/scanLines.js';
import type { ConfigAliases } from './configVocabulary.js';
import { registerForHeadingWith } from './headings.js';
import { markdownTableLines, registerInsertEdit } from './fixes.js';
import { columnKeyWith, hasRequiredColumns, registerSpec, sectionForHeading, type RegisterKind } from './schema.js';
import type { Fix, TextEdit } from './types.js';
import { normalizeHeading, normalizeWord } from './text.js';

/** The headers of the column that tells the entries apart. */
const TYPE_HEADERS = new Set(['type', 'category', 'item type', 'entry type', 'raid type']);

/**
 * Each kind of entry of a combined log that Handoff keeps in a register of its own, and the
 * register's column for what the log calls the entry's Description.
 */
const ENTRY_TYPES: Readonly<
  Partial<Record<RegisterKind, { readonly types: readonly string[]; readonly text: string }>>
> = {
  risks: { types: ['Risk'], text: 'risk' },
  assumptions: { types: ['Assumption', 'Constraint'], text: 'statement' },
  issues: { types: ['Issue'], text: 'issue' },
};

/** The headers a combined log gives its entries' text. */
const DESCRIPTION_HEADERS = new Set(['description', 'details', 'item', 'entry', 'title', 'summary']);

/** The entries of one kind a combined log holds, under which heading. */
export interface CombinedLogEntries {
  readonly heading: Heading;
  /** How the entries are named in a message: `Risk`, `Assumption or Constraint`. */
  readonly types: string;
  /** Their IDs, where they have one, in table order. */
  readonly ids: readonly string[];
  /** The log's table: its header line, its last row's line, the entries' lines (0-based). */
  readonly table: { readonly header: number; readonly last: number; readonly lines: readonly number[] };
  /** The Type column's index, or -1 when entries are told apart by their IDs. */
  readonly typeColumn: number;
  /** Whether the log holds entries of other kinds too (else it is this register under another name). */
  readonly others: boolean;
}

/** The first combined log of the plan that holds entries of register `kind`. */
export function combinedLogEntries(
  plan: Plan,
  kind: RegisterKind,
  aliases?: ConfigAliases['registers'],
): CombinedLogEntries | undefined {
  const types = ENTRY_TYPES[kind]?.types;
  if (!types) return undefined;
  const wanted = new Set(types.map((t) => t.toLowerCase()));
  const prefix = registerSpec(kind).idPrefix?.toLowerCase();
  for (const heading of plan.headings) {
    if (heading.depth < 2 || !isCombinedLog(heading, aliases)) continue;
    const table = tableUnder(plan, heading);
    if (!table) continue;
    const ids: string[] = [];
    const lines: number[] = [];
    for (const row of table.rows) {
      const id = LEADING_ROW_ID.exec(row.first)?.[1];
      const type = row.type?.toLowerCase().replace(/s$/, '');
      // The Type column decides; without one, the ID's prefix (R-01 is a risk).
      const matches = type !== undefined ? wanted.has(type) : id?.split('-')[0]!.toLowerCase() === prefix;
      if (!matches) continue;
      lines.push(row.line);
      if (id) ids.push(id);
    }
    if (lines.length === 0) continue;
    const last = table.rows[table.rows.length - 1]!.line;
    return {
      heading,
      types: types.join(' or '),
      ids,
      table: { header: table.header, last, lines },
      typeColumn: table.typeColumn,
      others: lines.length < table.rows.length,
    };
  }
  return undefined;
}

function isCombinedLog(heading: Heading, aliases: ConfigAliases['registers'] | undefined): boolean {
  if (registerForHeadingWith(heading.text, aliases) !== undefined || sectionForHeading(heading.text) !== undefined) {
    return false;
  }
  return namesCombinedLog(normalizeHeading(heading.text));
}

interface LogTable {
  readonly header: number;
  readonly typeColumn: number;
  readonly rows: readonly { readonly line: number; readonly first: string; readonly type: string | undefined }[];
}

/** The first table under a heading: its header line, its Type column, and each data row. */
function tableUnder(plan: Plan, heading: Heading): LogTable | undefined {
  const { from, to } = linesUnder(plan, heading);
  const line = (n: number) => plan.lines.lineText(n);
  for (let n = from; n + 1 < to; n++) {
    if (!line(n).includes('|') || !MAYBE_DELIMITER_ROW.test(line(n + 1))) continue;
    const typeColumn = rowCellTexts(line(n)).findIndex((h) => TYPE_HEADERS.has(normalizeWord(h)));
    const rows: { line: number; first: string; type: string | undefined }[] = [];
    for (let r = n + 2; r < to && line(r).includes('|'); r++) {
      const cells = rowCellTexts(line(r));
      rows.push({ line: r, first: cells[0] ?? '', type: typeColumn >= 0 ? cells[typeColumn] : undefined });
    }
    return rows.length > 0 ? { header: n, typeColumn, rows } : undefined;
  }
  return undefined;
}

/**
 * Whether renaming the log's heading to the register's name repairs it: its header has every
 * column the register needs, and it stands in the register's stage section.
 */
export function renameRepairs(
  plan: Plan,
  kind: RegisterKind,
  log: CombinedLogEntries,
  columnAliases?: ConfigAliases['columns'],
): boolean {
  const spec = registerSpec(kind);
  const headers = rowCells(plan.lines.lineText(log.table.header));
  const keys = new Set(headers.map((h) => columnKeyWith(spec, h, columnAliases?.get(kind))));
  return (spec.section === undefined || inHomeSection(plan, kind, log)) && hasRequiredColumns(spec, keys);
}

/** Whether the log stands in the stage section its register belongs under. */
function inHomeSection(plan: Plan, kind: RegisterKind, log: CombinedLogEntries): boolean {
  const section = registerSpec(kind).section;
  const home = section ? plan.section(section) : undefined;
  return home !== undefined && home.heading.offset < log.heading.offset && log.heading.offset < home.endOffset;
}

/**
 * The fix that moves a combined log's entries of a register into that register's own table:
 * the log keeps its other entries, and the new table takes the log's columns that the register
 * reads or the entries fill (its Type column only where the register has one: Assumptions and
 * constraints), its Description under the register's name for it (Statement, Issue). Preferred
 * when those columns hold every column the register needs.
 */
export function moveEntriesFix(
  plan: Plan,
  kind: RegisterKind,
  log: CombinedLogEntries,
  columnAliases?: ConfigAliases['columns'],
): Fix {
  const spec = registerSpec(kind);
  const eol = plan.lines.eol();
  const text = (n: number) => plan.lines.lineText(n);
  const readsType = spec.columns.some((c) => c.key === 'type');
  const rows = log.table.lines.map((n) => rowCells(text(n)));
  const headers = rowCells(text(log.table.header));
  const keyOf = (h: string) => columnKeyWith(spec, h, columnAliases?.get(kind));
  const textColumn = ENTRY_TYPES[kind]!.text;
  const hasText = headers.some((h) => keyOf(h) === textColumn);
  // The columns the entries fill or the register reads; the log's Type only where the register
  // has one, and its Description under the register's name for it.
  const columns = headers
    .map((h, i) => ({ h, i }))
    .filter(({ h, i }) =>
      i === log.typeColumn ? readsType : keyOf(h) !== undefined || rows.some((r) => (r[i] ?? '') !== ''),
    )
    .map(({ h, i }) => ({
      i,
      h:
        !hasText && DESCRIPTION_HEADERS.has(normalizeWord(h))
          ? spec.columns.find((c) => c.key === textColumn)!.header
          : h,
    }));
  const header = columns.map((c) => c.h);
  const body = [
    `### ${spec.title}`,
    '',
    ...markdownTableLines([header, ...rows.map((r) => columns.map((c) => r[c.i] ?? ''))]),
  ].join(eol);
  const moved = new Set(log.table.lines);
  const rest: string[] = [];
  for (let n = log.table.header; n <= log.table.last; n++) if (!moved.has(n)) rest.push(text(n));
  const range = {
    start: { line: log.table.header, character: 0 },
    end: { line: log.table.last, character: text(log.table.last).length },
  };
  // The new table goes where the register belongs; right after the log when the log is there.
  const edits: TextEdit[] = inHomeSection(plan, kind, log)
    ? [{ range, newText: rest.join(eol) + eol + eol + body }]
    : [{ range, newText: rest.join(eol) }, registerInsertEdit(plan, kind, body)];
  const keys = new Set(header.map(keyOf));
  const count = log.table.lines.length;
  const entries = count === 1 ? 'entry' : `${count} entries`;
  return {
    title: `Move the ${log.types} ${entries} of "${log.heading.text}" into their own ${spec.title} table`,
    edits,
    isPreferred: hasRequiredColumns(spec, keys),
  };
}
