import { pointGroupFixes } from '../amountGrouping.js';
import type { Rule, RuleContext } from '../rule.js';
import type { Plan } from '../model.js';
import { numericDateFixes, readingFixes, registerRowLabel } from '../numericDateOrder.js';
import type { Fix } from '../types.js';
import { unreadableCells, type UnreadableCell } from '../valueCells.js';
import { amountUnitOf, columnHeader, columnHeaderCell, dateFormatOrder, type DateOrder } from '../values.js';

export const unreadableValue = {
  name: 'unreadable-value',
  severity: 'error',
  stage: 'always',
  description:
    'Fires on a filled cell that a rule, the status model or a report reads (a level, date, amount, health, status word or Met) when its value cannot be read in any accepted form, or is an amount in a currency other than `budget.currency`.',
  docs: "Handoff reads values the way practitioners write them: levels as 1–5, words or their abbreviations (H, Med, VL), dates as ISO or `20 Nov 2026`, amounts as `£180k` or `EUR 180,000`, health as words, initials or coloured circles, and each register’s status words with their common synonyms, with or without a note after them (`Closed (2026-07-10)`; see docs/plan-format.md). A note that qualifies a word which settles its row (`Done (partial)`) leaves it unread, so the row is not taken as finished. A value in none of these forms is never guessed, taken as zero or as green: the checks that needed it stay silent for that row, so this finding is an error. Rewrite the value in an accepted form; where exactly one reading exists (`20/11/2026` can only be 20 November), the quick fix writes it in canonical form (a numeric date's by `--fix` too, when no numeric date of the plan reads two ways); a word that could mean either of two statuses (a risk `Mitigated`, a handover `Handed over`, a milestone `On hold` or `Closed`) or says something else (a RAG colour as a milestone's status) is reported with which to write when, and a fix for each, none preferred; so are a range of days, a week or a month where a day goes (`15–22 Jan 2027`, `W03 2027`, `March 2027`), two levels or two ratings where one goes (`Med-High`, `Amber/Red`) and a milestone's percentage complete between 0 and 100 (`60%`: a fix per status keeps it as a note). A status word with the day it happened after it and nothing between (`Accepted 14 Jan 2027`) is said to be one, with the day as its note (`Accepted (14 Jan 2027)`) as the fix. A Met `Partially met` or `Yes (partially)` gets a fix writing partial. `€90.000` (90 or 90000?) gets one writing `90000`, preferred when the plan's other amounts or its currency rule out 90. Numeric dates like `03/04/2026` read differently across locales: write them as ISO dates. When the plan’s other numeric dates show its order (it writes `24/06/2026`, which only reads day first, and no date that only reads month first), a fix offers that reading, and one fix writes every numeric date Handoff reads (those the rules, the status and the report need, and a waiver’s expiry) as an ISO date; a date in a column nothing reads, such as an issue's Raised date, is left as written. Until a value is rewritten, it is not read.",
  check(ctx) {
    const cells = unreadableCells(ctx.plan);
    if (cells.length === 0) return;
    const dateFixes = numericDateFixes(ctx.plan);
    const readings = readingFixes(ctx.plan);
    const pointGroups = pointGroupFixes(ctx.plan);
    /** Columns whose header is why their cells are not read: reported once, on the header. */
    const headers = new Set<string>();
    for (const u of cells) {
      const { reading } = u;
      if (reading.byHeader) {
        const key = `${u.register}.${u.column}`;
        if (!headers.has(key)) {
          headers.add(key);
          reportHeader(ctx, u, cells.filter((c) => c.register === u.register && c.column === u.column).length);
        }
        continue;
      }
      const problem = reading.problem ? ` ${reading.problem}` : '';
      // The one reading first: after the accepted forms, with their example date, it read as a second.
      const byHeader = reading.suggestion ? undefined : headerReading(ctx.plan, u);
      const write = reading.suggestion
        ? ` Did you mean ${reading.suggestion}? If not, write ${reading.accepted}.`
        : byHeader
          ? ` The column's header "${byHeader.header}" writes the ${byHeader.order} first: did you mean ${byHeader.date}? If not, write ${reading.accepted}.`
          : ` Write ${reading.accepted}.`;
      const fixes: Fix[] = readings(u.cell, reading);
      // The message stays as it is whatever the plan's other dates show, so it does not change
      // when the date that shows the plan's order is rewritten.
      fixes.push(...dateFixes(u.cell), ...pointGroups(u.cell, reading));
      ctx.report({
        range: u.cell.range,
        target: u.row.id ?? u.register,
        message: `${describe(ctx.plan, u)} cannot be read.${problem}${write} ${reading.until ?? 'Until then the checks that need it skip this row.'}`,
        fixes: fixes.length > 0 ? fixes : undefined,
      });
    }
  },
} satisfies Rule;

/**
 * A numeric date with two readings whose column's header gives the order (`Baseline (dd/mm/yyyy)`):
 * the header, the order and the reading in it (the preferred fix writes that reading).
 */
function headerReading(
  plan: Plan,
  u: UnreadableCell,
): { readonly header: string; readonly order: DateOrder; readonly date: string } | undefined {
  const { reading } = u;
  if (!reading.dayFirst || !reading.monthFirst) return undefined;
  const header = columnHeader(plan.register(u.register)?.table, u.column);
  const order = header === undefined ? undefined : dateFormatOrder(header);
  if (!header || !order) return undefined;
  return { header, order, date: order === 'day' ? reading.dayFirst : reading.monthFirst };
}

/**
 * A column whose header makes its cells unreadable (`Approved (EUR k)` in a plan budgeted in
 * GBP): one finding on the header, for every cell under it.
 */
function reportHeader(ctx: RuleContext, u: UnreadableCell, count: number): void {
  const table = ctx.plan.register(u.register)?.table;
  const header = columnHeaderCell(table, u.column);
  if (!header) return;
  const named = amountUnitOf(header.text)?.unit.currency;
  const budget = ctx.plan.meta.budget.currency;
  ctx.report({
    range: header.range,
    target: u.register,
    message: `"${header.text}" puts its amounts in ${named}, but the plan's budget.currency is ${budget}: its ${count} ${count === 1 ? 'amount is' : 'amounts are'} not read, as amounts in different currencies cannot be summed. Correct the header or budget.currency. Until then the checks that need them skip these rows.`,
  });
}

/**
 * `Actual "24/06/2026" of M-01`: the column as its header names it, the value, the row. A header
 * of one letter (`L`, `I`, `P`) is named in full: `I "Critical"` reads like the pronoun.
 */
function describe(plan: Plan, u: UnreadableCell): string {
  const register = plan.register(u.register);
  const written = columnHeader(register?.table, u.column);
  const full = register?.spec.columns.find((c) => c.key === u.column)?.header;
  const header = written && written.length > 1 ? written : (full ?? (written || u.column));
  return `${header} "${u.cell.text}" of ${registerRowLabel(u.register, u.row)}`;
}
