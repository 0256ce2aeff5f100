/**
 * Note tables over a register's table: a scoring key, a legend or a RAG scale that a template
 * writes under the register heading before the register itself (`| Score | Rating |` over the
 * Risks table). Such a table is not the register: its rows are no entries, and its columns are
 * not the register's missing ones.
 *
 * Only a table that cannot be the register is one: it has none of the register's required
 * columns, no header a typo of one (`Ownr`), and no cell that is a row ID (`R-01`), and a later
 * table under the same heading has every required column, or a typo of it (the register's own
 * table, whose misspelt header table-columns then reports there, not on the legend). A table
 * with some required columns, a misspelt one or rows with IDs stays the register, with its
 * table-columns findings, so a real register's rows are never dropped in silence.
 */
import { isRowId } from '../domain.js';
import type { Table } from '../model.js';
import type { ColumnSpec, RegisterSpec } from '../schema.js';
import { didYouMean } from '../suggest.js';

/** Header names shorter than this (`L`, `P`, `I`) are no evidence of a typo: any letter is near. */
const TYPO_MIN_LENGTH = 3;

function requiredColumns(spec: RegisterSpec): readonly ColumnSpec[] {
  return spec.columns.filter((c) => c.required);
}

/** Whether `table` has every column `spec` requires (and it requires some). */
export function hasEveryRequiredColumn(table: Table, spec: RegisterSpec): boolean {
  const required = requiredColumns(spec);
  return required.length > 0 && required.every((c) => table.has(c.key));
}

/** Whether a header of `table` is a typo of one of `columns` (`Ownr` for Owner). */
function hasTypoOf(table: Table, columns: readonly ColumnSpec[]): boolean {
  const forms = columns
    .flatMap((c) => [c.header, ...(c.aliases ?? [])])
    .filter((form) => form.length >= TYPO_MIN_LENGTH);
  return table.headers.some((h) => h.text.length >= TYPO_MIN_LENGTH && didYouMean(h.text, forms) !== undefined);
}

/** Whether `table` has each column `spec` requires, or a header misspelling it (and it requires some). */
function hasEveryRequiredColumnOrTypo(table: Table, spec: RegisterSpec): boolean {
  const required = requiredColumns(spec);
  return required.length > 0 && required.every((c) => table.has(c.key) || hasTypoOf(table, [c]));
}

/** Whether `table` is a note (a key, a legend, a scale), not rows of the register `spec`. */
export function isNoteTable(table: Table, spec: RegisterSpec): boolean {
  const required = requiredColumns(spec);
  if (required.length === 0 || required.some((c) => table.has(c.key))) return false;
  if (hasTypoOf(table, required)) return false;
  return !table.rows.some((row) => row.cells.some((cell) => isRowId(cell.text)));
}

/**
 * The tables under one register heading, in order, that the register reads: without the note
 * tables before its first table with every required column (or a typo of it), when every table
 * before that one is a note. Otherwise all of them, as written (the first is the register, and
 * table-columns reports what it lacks).
 */
export function withoutLeadingNotes(tables: readonly Table[], spec: RegisterSpec): readonly Table[] {
  const first = tables.findIndex((t) => hasEveryRequiredColumnOrTypo(t, spec));
  if (first <= 0) return tables;
  const before = tables.slice(0, first);
  return before.every((t) => isNoteTable(t, spec)) ? tables.slice(first) : tables;
}
