import { raciLetters } from '../domain.js';
import { setCell } from '../fixes.js';
import type { Cell, Plan } from '../model.js';
import { personDisplay, resolveReference } from '../references.js';
import type { Rule, RuleContext } from '../rule.js';
import type { Fix } from '../types.js';
import { moveToLeadFix, teamLead } from './raciTeamLead.js';

/** A RACI cell with its A turned into R (`A` → `R`, `A/C` → `R/C`), letters in R, C, I order. */
function demoted(text: string): string {
  const letters = raciLetters(text);
  letters.delete('A');
  letters.add('R');
  return ['R', 'C', 'I'].filter((l) => letters.has(l)).join('/');
}

/**
 * One fix per Accountable person: it keeps that one A and turns every other into R (they still do
 * the work). None is preferred or safe: who answers for the activity is the plan's to say, not
 * the order of its columns, so no quick fix, Fix All or `--fix` picks one.
 */
function keepOneAccountable(plan: Plan, accountable: readonly { cell: Cell; who: string }[]): Fix[] {
  return accountable.map((kept) => {
    const others = accountable.filter((a) => a !== kept);
    return {
      title: `Keep ${kept.who} Accountable; make ${others.map((a) => a.who).join(', ')} Responsible`,
      edits: others.map((a) => setCell(plan, a.cell, demoted(a.cell.text))),
      isPreferred: false,
    };
  });
}

/**
 * Stakeholder columns that name a team or party rather than one person (an A cannot sit there),
 * and a finding for each column that names the same person as an earlier one (contract §2).
 */
function teamColumns(
  ctx: RuleContext,
  headers: readonly Cell[],
  activityIndex: number,
): { teams: Set<string>; named: Set<number> } {
  const teams = new Set<string>();
  /** Columns whose header names a stakeholder or a party. */
  const named = new Set<number>();
  const seen = new Map<object, Cell>();
  headers.forEach((header, i) => {
    if (i === activityIndex || header.empty) return;
    const r = resolveReference(ctx.plan, header.text, { parties: true, configuredParties: ctx.config.parties });
    if (r.kind === 'party') teams.add(header.text);
    if (r.kind === 'party' || r.kind === 'person' || r.kind === 'ambiguous') named.add(i);
    if (r.kind !== 'person') return;
    const first = seen.get(r.row);
    if (!first) {
      seen.set(r.row, header);
      return;
    }
    ctx.report({
      range: header.range,
      target: 'responsibilities',
      message: `Responsibilities columns "${first.text}" and "${header.text}" are both ${personDisplay(r.row)}: keep one column per person, or one person could be Accountable twice.`,
      related: [{ range: first.range, message: `"${first.text}" is ${personDisplay(r.row)}` }],
    });
  });
  return { teams, named };
}

export const raciAccountability = {
  name: 'raci-accountability',
  severity: 'error',
  stage: 'planning',
  description:
    'Fires from planning on when a Responsibilities row has no A, more than one A, or no R among its stakeholder columns (cells such as `A`, `A/R`, `R, C` or `AR`), when its A sits in a column that names a team rather than one person, or when two columns name the same person (by ID, name, handle or role).',
  docs: "A RACI matrix works only when every activity has exactly one Accountable person, who owns the outcome and signs it off, and at least one Responsible person, who does the work. No A means nobody answers for the activity; two A's means each can assume the other decides. Give each activity one A (`A/R` when the same person also does the work) and at least one R; the others are C or I. Cells may combine letters (`A/R`, `R, C`, `AR`) or write the roles out (`Accountable`); a note after the letters (`A (interim)`) or a footnote mark (`A*`) is not part of them, and a cell holding anything else (a note, `S` for Supports, `A?`) counts as none of them, which the finding of a row without an A or an R names. With two or more A's, a quick fix per Accountable person keeps that one A and makes the others R; none is preferred or applied by Fix All or `--fix`, as who answers for the activity is yours to say, not the order of the columns. An A under a team gets a fix moving it to the one stakeholder whose role leads that team, if any.",
  check(ctx) {
    const table = ctx.plan.register('responsibilities')?.table;
    if (!table) return;
    let activityIndex = table.columnKeys.indexOf('activity');
    // Without an Activity header (table-columns reports it) the first column names the activity.
    if (activityIndex < 0) activityIndex = 0;
    const { teams, named } = teamColumns(ctx, table.headers, activityIndex);
    for (const row of table.rows) {
      const activity = row.cells[activityIndex]?.text || `row ${row.index + 1}`;
      const target = row.cells[activityIndex]?.text || undefined;
      const accountable: { cell: Cell; who: string }[] = [];
      let responsible = 0;
      // Cells under a stakeholder that hold no RACI letter (`A?`, `x`): what the matrix may mean there.
      const unread: string[] = [];
      row.cells.forEach((cell, i) => {
        if (i === activityIndex || cell.empty) return;
        const letters = raciLetters(cell.text);
        const who = table.headers[i]?.text ?? `column ${i + 1}`;
        if (letters.has('A')) accountable.push({ cell, who });
        if (letters.has('R')) responsible++;
        if (letters.size === 0 && named.has(i) && cell.text.length <= 12) unread.push(`"${cell.text}" under ${who}`);
      });
      const unreadNote = unread.length
        ? ` (${unread.join(', ')} ${unread.length === 1 ? 'is no RACI letter' : 'are no RACI letters'}: write R, A, C or I)`
        : '';
      if (accountable.length === 0) {
        ctx.report({
          range: row.range,
          target,
          message: `Activity "${activity}" has no Accountable (A)${unreadNote}: mark exactly one stakeholder A, the person who owns the outcome.`,
        });
      } else if (accountable.length === 1 && teams.has(accountable[0]!.who)) {
        const { cell, who } = accountable[0]!;
        const lead = teamLead(ctx.plan, who);
        const fix = lead && moveToLeadFix(ctx.plan, table, row, cell, who, lead, demoted);
        ctx.report({
          range: cell.range,
          target,
          message: `Activity "${activity}" is Accountable to ${who}, a team: accountability needs one person. Mark the A in the column of the person who owns the outcome${lead ? ` (${lead.label} leads ${who} and may be that person)` : ''}; the team can be R, C or I.`,
          fixes: fix ? [fix] : undefined,
        });
      } else if (accountable.length > 1) {
        const names = accountable.map((a) => a.who).join(', ');
        ctx.report({
          range: accountable[1]!.cell.range,
          target,
          message: `Activity "${activity}" has ${accountable.length} Accountable stakeholders (${names}): keep exactly one A; the others can be R, C or I.`,
          fixes: keepOneAccountable(ctx.plan, accountable),
          related: [{ range: accountable[0]!.cell.range, message: `${accountable[0]!.who} is already Accountable` }],
        });
      }
      if (responsible === 0) {
        ctx.report({
          range: row.range,
          target,
          message: `Activity "${activity}" has no Responsible (R)${accountable.length === 0 ? '' : unreadNote}: mark at least one stakeholder R, who does the work (A/R when the accountable person does it).`,
        });
      }
    }
  },
} satisfies Rule;
