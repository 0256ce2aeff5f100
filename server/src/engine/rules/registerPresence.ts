/**
 * Reporting a register that is absent, or present with no rows, for missing-register and its
 * more specific siblings (rules/families.ts): where the register probably is instead (a heading
 * near its name, a list, a broken table, a combined log), and the fix that repairs that or
 * inserts the register's template.
 */
import { listAsTableFix } from '../listAsTable.js';
import { brokenTableUnder } from '../brokenTable.js';
import { rowsAfterBlank } from '../blankLineRows.js';
import { combinedLogEntries, moveEntriesFix, renameRepairs } from '../combinedLog.js';
import {
  nearMissHeading,
  registerHeadingsTooDeep,
  titleLineHeadingFix,
  titleLineOf,
  type NearMiss,
} from '../nearMissHeading.js';
import { registerSpec, SECTION_SPECS, type RegisterKind } from '../schema.js';
import { LEADING_NUMBERING } from '../text.js';
import { isEmptyValue } from '../emptyValues.js';
import { isPromptItem, onlySamples, writtenItems } from '../placeholders.js';
import type { RuleContext } from '../rule.js';
import type { Register } from '../model.js';
import { fillEmptyRegisterFix, insertRegisterFix, registerHeadingsUpFix, renameHeadingFix } from '../fixes.js';
import { templateFill } from '../templateFill.js';
import { registerAnchor, optional } from './util.js';

/** What every rule reporting a register's absence says of a template's samples (its docs). */
export const SAMPLES_COUNT_AS_NONE =
  "Rows or items that are still a template's samples, their placeholders not typed over (`What could happen`), count as none.";

/**
 * Reports a register that is absent, or present with no rows (or no items), with a fix that
 * inserts its template; one holding only a template's samples is reported as such. Used by
 * missing-register and its more specific siblings.
 */
export function checkRegisterPresent(ctx: RuleContext, kind: RegisterKind, what: string): void {
  const { plan } = ctx;
  const spec = registerSpec(kind);
  const register = plan.register(kind);
  if (!register) {
    const where = spec.section ? ` under ${SECTION_SPECS.find((s) => s.kind === spec.section)!.title}` : '';
    const toAdd = `"### ${spec.title}" ${spec.shape === 'table' ? 'table' : 'list'}${where}`;
    const log = combinedLogEntries(plan, kind, ctx.config.aliases.registers);
    if (log) {
      const { heading, types, ids } = log;
      const count = log.table.lines.length;
      const listed = ids.length ? ` (${ids.slice(0, 3).join(', ')}${ids.length > 3 ? ' …' : ''})` : '';
      const required = spec.columns.filter((c) => c.required).map((c) => c.header);
      const entries = `${count} ${types} ${count === 1 ? 'entry' : 'entries'}${listed}`;
      const insert = () => ({
        ...insertRegisterFix(plan, kind, templateFill(plan, ctx.config, ctx.asOf)),
        isPreferred: false,
      });
      if (!log.others) {
        // Only entries of this register: it is the register under a log's name, and renaming repairs it.
        ctx.report({
          range: heading.range,
          message: `No ${spec.title} register: "${heading.text}" holds ${entries} and nothing else, and Handoff reads them only from their own ${toAdd}. Rename it "### ${spec.title}" (or add "${heading.text.replace(LEADING_NUMBERING, '')}" under aliases.registers in .handoff.yaml).`,
          fixes: () =>
            heading.depth <= 3
              ? [
                  {
                    ...renameHeadingFix(heading, kind),
                    isPreferred: renameRepairs(plan, kind, log, ctx.config.aliases.columns),
                  },
                  insert(),
                ]
              : [insert()],
          target: kind,
        });
        return;
      }
      ctx.report({
        range: heading.range,
        message: `No ${spec.title} register: "${heading.text}" holds ${entries} in one table with other kinds, and Handoff reads them only from their own ${toAdd}. Move them into one, with its columns (${required.join(', ')}).`,
        fixes: () => [moveEntriesFix(plan, kind, log, ctx.config.aliases.columns), insert()],
        target: kind,
      });
      return;
    }
    const title = titleLineOf(plan, kind, ctx.config.aliases.registers);
    if (title) {
      ctx.report({
        range: title.range,
        message: `No ${spec.title} register: "${title.text}" is ${title.written}, not a heading, so its table is read as part of the register above it. Make it the heading "### ${title.name}".`,
        fixes: () => [
          titleLineHeadingFix(title),
          { ...insertRegisterFix(plan, kind, templateFill(plan, ctx.config, ctx.asOf)), isPreferred: false },
        ],
        target: kind,
      });
      return;
    }
    const near = nearMissHeading(plan, kind, ctx.config.aliases);
    if (near) {
      // Renaming is the repair when what is under the heading fills the register; otherwise
      // (a required column missing, no row) neither fix is the obvious one.
      const complete = near.content === 'complete';
      const { heading } = near;
      ctx.report({
        range: heading.range,
        message: `No ${spec.title} register: ${nearMissAdvice(near, spec.title)}, or add a ${toAdd}.`,
        fixes: () => {
          const insert = {
            ...insertRegisterFix(plan, kind, templateFill(plan, ctx.config, ctx.asOf)),
            isPreferred: false,
          };
          if (heading.depth <= 3) return [{ ...renameHeadingFix(heading, kind), isPreferred: complete }, insert];
          // One of its names a level too deep: moved up, as written; with the others, when several are.
          const deep = registerHeadingsTooDeep(plan, ctx.config.aliases);
          const up = registerHeadingsUpFix(`Move "${heading.text}" up to level 3`, [heading], complete);
          const all =
            deep.length > 1
              ? [
                  registerHeadingsUpFix(
                    `Move all ${deep.length} register headings written too deep up to level 3`,
                    deep,
                    false,
                  ),
                ]
              : [];
          return [up, ...all, insert];
        },
        target: kind,
      });
      return;
    }
    ctx.report({
      range: registerAnchor(plan, kind),
      message: `No ${spec.title} register: ${what} Add a ${toAdd}.`,
      fixes: () => [insertRegisterFix(plan, kind, templateFill(plan, ctx.config, ctx.asOf))],
      target: kind,
    });
    return;
  }
  // A list item that is only a marker, `-` or `TBD` says nothing.
  const count =
    spec.shape === 'table'
      ? (register.table?.rows.length ?? 0)
      : register.items.filter((i) => !isEmptyValue(i.text)).length;
  // A template's sample rows (or items) nobody has written into are not entries either.
  const rows = register.table?.rows ?? [];
  const samplesOnly =
    count > 0 && (spec.shape === 'table' ? onlySamples(kind, rows) : writtenItems(plan, register.items).length === 0);
  if (samplesOnly) {
    ctx.report({ range: register.heading.range, message: samplesMessage(register), target: kind });
    return;
  }
  if (count === 0) {
    // Rows written as a table Markdown does not read are not an empty register: table-columns
    // says why they are not read, in every register.
    if (
      spec.shape === 'table' &&
      (register.table ? rowsAfterBlank(plan, register).length > 0 : brokenTableUnder(plan, register.heading))
    )
      return;
    // Entries written as a list are there: they are not read, which is not the same as none.
    const listed = spec.shape === 'table' && !register.table ? register.listItemsNotRows : 0;
    const columns = (): string =>
      spec.columns
        .filter((c) => c.required)
        .map((c) => c.header)
        .join(', ');
    ctx.report({
      range: register.heading.range,
      message:
        listed > 0
          ? `The ${spec.title} register is written as a list of ${listed} ${listed === 1 ? 'item' : 'items'}, and Handoff reads its entries only from a table, one row each, with the columns ${columns()}: write them as one.`
          : `The ${spec.title} register is empty: ${what}`,
      target: kind,
      fixes: () =>
        optional(
          listed > 0
            ? listAsTableFix(plan, register)
            : fillEmptyRegisterFix(plan, register, templateFill(plan, ctx.config, ctx.asOf)),
        ),
    });
  }
}

/** Why a heading that likely means a register is not read as it, and what to do if it is meant. */
function nearMissAdvice({ heading, by }: NearMiss, title: string): string {
  const written = `"${'#'.repeat(heading.depth)} ${heading.text}"`;
  if (heading.depth > 3) return `${written} is a level too deep to be read as it. Make it "### ${heading.text}"`;
  const has = by === 'columns' ? ' has its columns but' : '';
  return `${written}${has} is not one of its names. Rename it "### ${title}" (or add "${heading.text.replace(LEADING_NUMBERING, '')}" under aliases.registers in .handoff.yaml)`;
}

/**
 * What a register of template samples only is told: which samples (rows by ID, else date), the
 * placeholder the first one still holds, and to write over them or delete them.
 */
function samplesMessage(register: Register): string {
  const spec = register.spec;
  const them = (n: number) => (n === 1 ? 'it' : 'them');
  if (spec.shape !== 'table') {
    const items = register.items.filter((i) => isPromptItem(i.text));
    const named = items.map((i) => `"${i.text.trim()}"`).join(', ');
    return `The ${spec.title} register holds only the template's sample ${items.length === 1 ? 'item' : 'items'} ${named}, a placeholder: write the entries over ${them(items.length)}.`;
  }
  const rows = register.table?.rows ?? [];
  // `sample row 1` for a row with neither an ID nor a date (a RACI activity, a budget line).
  const names = rows.map((r) => r.id ?? (r.value('date') ? `dated ${r.value('date')}` : String(r.index + 1)));
  const first = rows[0]!;
  const column = spec.columns.find((c) => c.prompt && first.value(c.key) !== undefined);
  const holds = column ? `, whose ${column.header} still reads the placeholder "${first.value(column.key)}"` : '';
  return `The ${spec.title} register holds only the template's sample ${rows.length === 1 ? 'row' : 'rows'} ${names.join(', ')}${holds}: write the entries over ${them(rows.length)}, or delete ${them(rows.length)}.`;
}
