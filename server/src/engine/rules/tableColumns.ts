import type { Cell, Heading, Plan, Register, Table } from '../model.js';
import { columnOrderIn } from '../parse/nodes.js';
import { rowCells } from '../parse/scanLines.js';
import type { Fix } from '../types.js';
import type { Rule, RuleContext } from '../rule.js';
import { amountHeaderNotRead, isPercentHeader, registerForHeading, registerSpec, type ColumnSpec } from '../schema.js';
import { titleLineAbove, titleLineHeadingFix } from '../nearMissHeading.js';
import { normalizeWord } from '../text.js';
import { didYouMean, suggestionText } from '../suggest.js';
import { brokenTableUnder } from '../brokenTable.js';
import { rowsCutOff } from '../cutRows.js';
import { checkRowsAfterBlank } from '../blankLineRows.js';
import { VALUE_COLUMNS } from '../valueCells.js';
import { shiftedRows } from '../shiftedRows.js';
import { replace } from './util.js';
import { amountUnitOf, milNoteReadings, otherAmountUnit } from '../values/amountUnit.js';
import { MIL_MEANS } from '../values/currencies.js';
import { checkAmountUnits } from './amountUnits.js';

/**
 * The header cell (not mapped to any column) that looks like `column` under another name: a
 * misspelling (`Ownr`), or its name inside more words (`Risk Owner`, `Owner (accountable)`).
 */
function misspelledHeader(column: ColumnSpec, unmapped: readonly Cell[]): Cell | undefined {
  const forms = [column.header, ...(column.aliases ?? [])];
  for (const form of forms) {
    const match = didYouMean(
      form,
      unmapped.map((c) => c.text),
    );
    if (match !== undefined) return unmapped.find((c) => c.text === match);
  }
  const words = (text: string) => ` ${normalizeWord(text)} `;
  return unmapped.find((c) => forms.some((form) => form.length > 1 && words(c.text).includes(words(form))));
}

/**
 * What to do with a column in percent where `column` goes: its own values (a level, an amount)
 * are not percentages, and only the register's owner knows the bands.
 */
function percentNote(register: Register, column: ColumnSpec): string {
  const holds =
    VALUE_COLUMNS[register.kind]?.[column.key] === 'level'
      ? 'the level (1–5) each percentage falls in on your risk matrix'
      : 'what each percentage stands for';
  return `add a "${column.header}" column with ${holds} (Handoff does not guess the bands), or, if its values are not percentages, map the header to "${column.header}" under aliases.columns in .handoff.yaml.`;
}

/** Aliases a message names, at most: the first ones are the most common. */
const ALIASES_NAMED = 3;

function namesOf(aliases: readonly string[]): string {
  const named = aliases.slice(0, ALIASES_NAMED).map((a) => `"${a}"`);
  return aliases.length > ALIASES_NAMED ? `${named.join(', ')} …` : named.join(', ');
}

function checkRegister(ctx: RuleContext, register: Register): void {
  const table = register.table;
  if (!table) return;
  const unmapped = table.headers.filter((h, i) => table.columnKeys[i] === undefined && h.text.trim() !== '');
  const claimed = new Set<Cell>();
  const unitNotRead = checkUnitsNotRead(ctx, register, table, unmapped, claimed);
  const missing = register.spec.columns.filter((c) => c.required && !table.has(c.key) && !unitNotRead.has(c.key));
  // Each missing column takes the unread header that looks like it (a misspelling, its name in
  // more words), in column order.
  const found = new Map<ColumnSpec, Cell>();
  for (const column of missing) {
    const header = misspelledHeader(
      column,
      unmapped.filter((c) => !claimed.has(c)),
    );
    if (header) {
      found.set(column, header);
      claimed.add(header);
    }
  }
  // One required column left and one header not read: most likely the same column under the
  // table's own name ("Description" for the Statement, "Severity" for the Impact).
  const left = missing.filter((c) => !found.has(c));
  const unclaimed = unmapped.filter((c) => !claimed.has(c));
  const other = left.length === 1 && unclaimed.length === 1 ? unclaimed[0] : undefined;
  for (const column of missing) {
    const header = found.get(column) ?? other;
    if (header && isPercentHeader(header.text)) {
      // Renamed, its percentages would be read as the column's values (5 % as level 5).
      ctx.report({
        range: header.range,
        target: register.kind,
        message: `The ${register.spec.title} table has no "${column.header}" column, but it has a column "${header.text}", in percent, which Handoff does not read as the ${column.header.toLowerCase()}: ${percentNote(register, column)}`,
      });
      continue;
    }
    if (found.has(column) && header) {
      ctx.report({
        range: header.range,
        target: register.kind,
        message: `The ${register.spec.title} table has no "${column.header}" column, but it has a column "${header.text}".${suggestionText(column.header)} Rename the header so its values are read.`,
        fixes: [
          {
            title: `Rename the header to "${renamed(header.text, column.header)}"`,
            edits: [replace(header.range, renamed(header.text, column.header))],
            isPreferred: true,
          },
        ],
      });
      continue;
    }
    if (other) {
      ctx.report({
        range: other.range,
        target: register.kind,
        message: `The ${register.spec.title} table has no "${column.header}" column, but it has a column "${other.text}" that Handoff does not read. If it holds the ${column.header.toLowerCase()}, rename the header to "${renamed(other.text, column.header)}" (or map "${other.text}" to it under aliases.columns in .handoff.yaml); otherwise add the column.`,
        fixes: [
          {
            title: `Rename the header "${other.text}" to "${renamed(other.text, column.header)}"`,
            edits: [replace(other.range, renamed(other.text, column.header))],
            isPreferred: true,
          },
        ],
      });
      continue;
    }
    const aliases = column.aliases?.length ? ` (or ${namesOf(column.aliases)})` : '';
    ctx.report({
      range: table.headerRange,
      target: register.kind,
      message: `The ${register.spec.title} table has no "${column.header}" column${aliases}: add it, with a value in every row. ${register.spec.description}`,
    });
  }
}

/**
 * Amount columns named as Handoff reads them but with a note that is no unit it reads (`Approved
 * ($ mil)`, `Forecast (in 万)`): read as no column, so their amounts are checked by nothing. Each
 * is reported once, on its header, which is claimed; returns the columns so reported. A note in
 * `mil` gets a fix for each reading (`($ m)`, `($ k)`), neither preferred; renamed without its
 * note, the amounts would be read as written, maybe a million times too small, so no other
 * header is offered.
 */
function checkUnitsNotRead(
  ctx: RuleContext,
  register: Register,
  table: Table,
  unmapped: readonly Cell[],
  claimed: Set<Cell>,
): ReadonlySet<string> {
  const reported = new Set<string>();
  const aliases = ctx.config.aliases.columns.get(register.kind);
  for (const header of unmapped) {
    const notRead = amountHeaderNotRead(register.spec, header.text, aliases);
    if (!notRead || table.has(notRead.key) || reported.has(notRead.key)) continue;
    reported.add(notRead.key);
    claimed.add(header);
    const column = register.spec.columns.find((c) => c.key === notRead.key)!;
    const note = header.text.slice(notRead.noteAt).trim();
    const mil = milNoteReadings(header.text);
    ctx.report({
      range: header.range,
      target: register.kind,
      message: mil
        ? `The ${register.spec.title} table's column "${header.text}" is read as no column: ${MIL_MEANS}, so Handoff cannot tell its unit, and its amounts are checked by nothing. Write "${mil[0]}" if they are in millions, "${mil[1]}" if in thousands.`
        : `The ${register.spec.title} table's column "${header.text}" is read as no column: Handoff does not read "${note}" as a unit, so its amounts are checked by nothing. Write the unit as Handoff reads it (\`(£k)\`, \`(EUR m)\`, \`(in USD thousands)\`), or name the column "${column.header}" if its amounts are written in full.`,
      fixes: mil?.map((written, i) => ({
        title: `Write "${written}" (${i === 0 ? 'in millions' : 'in thousands'})`,
        edits: [replace(header.range, written)],
        isPreferred: false,
      })),
    });
  }
  return reported;
}

/**
 * Rows under the register's heading that Markdown does not read as a table (a blank line under
 * the header row, no `| --- |` row): the register has no rows at all, whichever it is.
 */
function checkUnreadTable(ctx: RuleContext, register: Register): void {
  const broken = brokenTableUnder(ctx.plan, register.heading);
  if (!broken) return;
  ctx.report({
    range: broken.range,
    target: register.kind,
    message:
      broken.message?.(register.spec.title) ??
      `The ${register.spec.title} table is not read as a table: ${broken.reason}. Until it is, the register has no rows.`,
    fixes: broken.fix ? [broken.fix] : undefined,
  });
}

/**
 * A table after the register's first with other columns: not read, so its rows are checked by
 * nothing. (One with the same columns is read: its rows are the register's.) One with the same
 * columns in another order gets a fix that puts them in the first's order.
 */
function checkTablesNotRead(ctx: RuleContext, register: Register): void {
  const first = register.table;
  if (!first) return;
  const columns = first.headers.map((h) => h.text).join(' | ');
  for (const table of register.tablesNotRead) {
    const n = table.rows.length;
    const rows = `its ${n} ${n === 1 ? 'row is' : 'rows are'} not checked`;
    const title = titleLineAbove(ctx.plan, table, ctx.config.aliases.registers);
    if (title) {
      ctx.report({
        range: title.range,
        target: title.kind,
        message: `"${title.text}" is ${title.written}, not a heading, so the table under it is read as more of ${register.spec.title}, and ${rows}. Make it the heading "### ${title.name}" of the ${registerSpec(title.kind).title} register.`,
        fixes: [titleLineHeadingFix(title)],
      });
      continue;
    }
    // Under a heading of another register written a level too deep (`#### Risks` under
    // `### Stakeholders`): that register's missing finding moves the heading up; merging its rows
    // into this register's table would be wrong advice.
    if (underOtherRegisterHeading(ctx.plan, register, table)) continue;
    const order = columnOrderIn(first, table);
    if (order) {
      const fix = reorderFix(ctx.plan, table, order);
      ctx.report({
        range: table.headerRange,
        target: register.kind,
        message: `This table under ${register.spec.title} has the register's first table's columns in another order (${table.headers.map((h) => h.text).join(' | ')}, not ${columns}), so Handoff does not read it: ${rows}. Put its columns in the first table's order.`,
        fixes: fix ? [fix] : undefined,
      });
      continue;
    }
    const unit = otherAmountUnit(
      first.headers.map((h) => h.text),
      table.headers.map((h) => h.text),
    );
    const sameKeys =
      first.columnKeys.length === table.columnKeys.length &&
      first.columnKeys.every((k, i) => k === table.columnKeys[i]);
    if (unit !== undefined && sameKeys) {
      ctx.report({
        range: table.headerRange,
        target: register.kind,
        message: `This table under ${register.spec.title} has the register's first table's columns in another unit ("${table.headers[unit]!.text}", not "${first.headers[unit]!.text}"), so Handoff does not read it: ${rows}, as its amounts would be read in the first table's unit. Write them in the first table's unit, with its headers, or give both tables the same unit note.`,
      });
      continue;
    }
    ctx.report({
      range: table.headerRange,
      target: register.kind,
      message: `This table under ${register.spec.title} has other columns than the register's first table (${columns}), so Handoff does not read it: ${rows}. Give it the first table's columns, in the same order, or move its rows into the first table.`,
    });
  }
}

/** Whether the last heading above `table` is another register's (a heading deeper than the register's). */
function underOtherRegisterHeading(plan: Plan, register: Register, table: Table): boolean {
  const line = table.range.start.line;
  let above: Heading | undefined;
  for (const h of plan.headings) if (h.range.start.line < line) above = h;
  if (!above || above === register.heading) return false;
  const kind = registerForHeading(above.text);
  return kind !== undefined && kind !== register.kind;
}

/**
 * Every line of `table` (header, `| --- |` row and rows) with its cells in `order`: cells move
 * as written. None when a line has another number of cells than the header (a cell would be
 * lost or made up).
 */
function reorderFix(plan: Plan, table: Table, order: readonly number[]): Fix | undefined {
  const edits = [];
  for (let line = table.range.start.line; line <= table.range.end.line; line++) {
    const text = plan.lines.lineText(line);
    if (!text.trim()) continue;
    const cells = rowCells(text);
    if (cells.length !== order.length) return undefined;
    edits.push(replace(plan.lines.lineRange(line), `| ${order.map((j) => cells[j]).join(' | ')} |`));
  }
  return { title: "Put its columns in the first table's order", edits, isPreferred: true, safe: true };
}

/**
 * The register's rows whose cells may sit under the wrong headers (`shiftedRows`): one with more
 * cells than the header (Markdown drops what is past its last column, and a cell split in two by
 * a typed `|` moves every cell after it one column on), reported on the cells past the header;
 * one short of a cell, reported on the row.
 */
function checkShiftedRows(ctx: RuleContext, register: Register): void {
  for (const shifted of shiftedRows(ctx.plan)) {
    if (shifted.register !== register) continue;
    const { row, width } = shifted;
    const label = `${register.spec.title} row ${row.id ?? `on line ${row.range.start.line + 1}`}`;
    if (shifted.kind === 'long') {
      const { past, written } = shifted;
      const n = past.length;
      const quoted = written.map((c) => `"${c.text}"`).join(', ');
      ctx.report({
        range: { start: past[0]!.range.start, end: past[n - 1]!.range.end },
        target: row.id ?? register.kind,
        message: `${label} has ${row.cells.length} cells and the header ${width}: ${n === 1 ? 'the last' : `the last ${n}`} (${quoted}) ${n === 1 ? 'is' : 'are'} read by nothing, and the cells before may sit under the wrong headers. A | typed in a cell splits it: write it \\| or join the cells, or add the missing header.`,
      });
      continue;
    }
    ctx.report({
      range: row.range,
      target: row.id ?? register.kind,
      message: `${label} has ${shifted.cells} cells and the header ${width}, and its values do not all fit their headers: a cell is probably missing, and every cell after it sits one column early. Add the missing cell (an empty one where there is nothing to write).`,
    });
  }
}

/** A comment on a line of its own that ends a table above rows that are then read as nothing. */
function checkRowsCutOff(ctx: RuleContext, register: Register): void {
  for (const cut of rowsCutOff(ctx.plan, register.heading)) {
    const n = cut.rows.length;
    const named = cut.firstCells.filter(Boolean).slice(0, 3);
    const which = named.length ? ` (${named.join(', ')}${n > named.length ? ' …' : ''})` : '';
    ctx.report({
      range: cut.comment,
      target: register.kind,
      message: `This comment on a line of its own ends the ${register.spec.title} table: the ${n === 1 ? 'row' : `${n} rows`} after it${which} ${n === 1 ? 'is' : 'are'} shown as text and read as nothing, so no rule checks ${n === 1 ? 'it' : 'them'}. ${cut.fix?.title.startsWith('Write') ? 'To silence one row, put <!-- handoff-disable-line … --> at the end of that row, after its last cell.' : 'Move the comment out of the table.'}`,
      fixes: cut.fix ? [cut.fix] : undefined,
    });
  }
}

export const tableColumns = {
  name: 'table-columns',
  severity: 'error',
  stage: 'always',
  fixable: 'sometimes',
  description:
    'Fires when a register table lacks a required column (e.g. a Risks table without Owner), with a did-you-mean against the headers present.',
  docs: "Columns are matched by header name, case-insensitively and with their aliases (`L` for Likelihood, `Due` for Baseline), in any order; extra columns are kept but not checked. A row with more cells than the header is reported on the cells past it, when any holds text: Markdown drops them, and a cell split in two by a `|` typed in it moves every cell after it one column on. So is a row with fewer cells than the header when it lacks a column the register needs or holds a value its column cannot read: a cell was probably dropped (by a converter, or by hand), and every cell after it sits one column early. A row short only of optional empty last cells, as GFM allows, is fine. The other rules say nothing about what they read in such a row after its first cell (an owner \"Reduce\" is the Response one column early), so the row is one finding until it is mended; no fix writes into it. A required column that is absent or misspelt means every rule reading it sees nothing, so a Risks table with an `Ownr` column has, for the linter, no owners at all. The quick fix renames a misspelt header, or the one header Handoff does not read when one required column is missing (a `Description` column in the Assumptions and constraints table is taken for its Statement); otherwise add the column, or map your header to it under `aliases.columns`. A register title written in bold or as plain text over its table (`**Risks**`, `Risks:`) is a paragraph to Markdown, so its table is read as more of the register above: it is reported on that line, with the heading as its fix. A header in percent (`Probability (%)`) is read as no column, and gets no rename: its values are percentages, and a `5` read as a Likelihood would be Very high; the message asks for the column with the level each percentage falls in. Rows under a register heading that Markdown does not read as a table, because a blank line separates the header row from the `| --- |` row or there is no `| --- |` row, are reported here too, in every register and at every stage: until they are read the register has no rows, so its Waivers waive nothing and its Decisions cover nothing. That quick fix removes the blank line or adds the `| --- |` row. So are a header row and a `| --- |` row with different numbers of cells (one `|` missing), which Markdown does not read as a table either; when only the `| --- |` row is off, the quick fix writes it with the header's cells. A blank line between a table's rows ends the table, so the rows after it are read by nothing: they are reported on the first of them, and the quick fix, which `--fix` applies, removes the blank line when they have the header's cells and no header of their own. A register may be split into several tables (open and closed risks, a Status log per quarter): a later table with the same columns in the same order is read as more of its rows, and one with other columns is reported here, as its rows would be checked by nothing, and so is one whose columns have another unit note (`Approved (tys. zł)` under a first table's `Approved`), as its amounts would be read in the first table's unit; when they are the same columns in another order, the quick fix puts them in the first table's order, moving each cell as written. A table before the register's own that has none of its required columns, no misspelt one and no row IDs (a scoring key, a legend, a RAG scale) is a note, neither read nor reported, when a later table under the heading has every required column, or a misspelling of it; that later table is the register, and its misspelt header is reported there. So is a register written as an HTML `<table>` (pasted from Confluence or a web page) or as a grid table with `+---+` borders (pandoc, Emacs), which GitHub Markdown does not read as a table: the quick fix writes it as a Markdown table, cell by cell, when it is a plain grid of cells (no merged cell, caption or table in a cell). Bold, italic, code and links in an HTML cell become Markdown, paragraphs and list items are kept apart by `<br>`, and other inline HTML stays; the table's attributes (widths, styles) are dropped, so only the grid table's conversion is applied by `--fix` and Fix all. An HTML comment on a line of its own between a table's rows ends the table, so the rows after it are a paragraph that nothing reads: it is reported on the comment. A `<!-- handoff-disable-next-line RULE -->` written above a row is the usual cause; its quick fix, which `--fix` applies, writes it as `<!-- handoff-disable-line RULE -->` at the end of that row, where it silences the same row and GFM ignores it. Any other comment but Handoff's is moved below the table. An amount column's header with a note that is no unit Handoff reads (`Approved (in 万)`, or `Budget ($ mil)`, where `mil` may be a thousand or a million) is read as no column, and reported once on that header, also for an optional column; the fixes, neither preferred, write `mil` as `m` or as `k`, and no fix drops the note, as the amounts would then be read as written. In Resource consumption, an amount column with no unit beside one whose header gives a scale (`Approved (£k)`), their amounts written alike (300 beside 310), is reported on its header as a warning: it is read a thousand times smaller, and an overrun can pass unseen; the fix, not preferred, gives its header the same note. Amounts before sales tax and with it (`Approved (£k ex VAT)` beside `Forecast (£k inc VAT)`, or cells written `£120k + VAT` and `£49k inc VAT`) are compared as written, so the tax reads as a variance: two amount columns on different bases are reported on the second's header, and a cell that says the other basis than its column's header, or than the first cell of its column that says one, on that cell, once per column (warnings).",
  check(ctx) {
    for (const register of ctx.plan.registers) {
      if (register.spec.shape !== 'table') continue;
      if (register.table) {
        checkRegister(ctx, register);
        checkShiftedRows(ctx, register);
        checkTablesNotRead(ctx, register);
        checkRowsAfterBlank(ctx, register);
        checkAmountUnits(ctx, register);
      } else checkUnreadTable(ctx, register);
      checkRowsCutOff(ctx, register);
    }
  },
} satisfies Rule;

/**
 * A header renamed to a column's name, its unit note kept (`Approved ex VAT (£k)` becomes
 * `Approved (£k)`): without it the amounts under it would be read a thousand times smaller.
 */
function renamed(header: string, to: string): string {
  const noted = amountUnitOf(header);
  return noted ? `${to} ${header.slice(noted.name.length).trim()}` : to;
}
