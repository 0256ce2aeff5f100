import type { Rule } from '../rule.js';
import { unreadableCells } from '../valueCells.js';
import { replace } from './util.js';

export const unreadableValue = {
  name: 'unreadable-value',
  severity: 'error',
  stage: 'always',
  description:
    'Fires on a filled cell that a rule, the status model or a report reads (a level, date, amount, health, status word or Met) when its value cannot be read in any accepted form, or is an amount in a currency other than `budget.currency`.',
  docs: 'Handoff reads values the way practitioners write them: levels as 1–5, words or their abbreviations (H, Med, VL), dates as ISO or `20 Nov 2026`, amounts as `£180k` or `EUR 180,000`, health as words, initials or coloured circles, and each register’s status words with their common synonyms (see docs/plan-format.md). A value in none of these forms is never guessed, taken as zero or as green: the checks that needed it stay silent for that row, so this finding is an error. Rewrite the value in an accepted form; where exactly one reading exists (`20/11/2026` can only be 20 November), the quick fix writes it in canonical form. Numeric dates like `03/04/2026` read differently across locales: write them as ISO dates.',
  check(ctx) {
    for (const u of unreadableCells(ctx.plan)) {
      const register = ctx.plan.registers.find((r) => r.kind === u.register);
      const table = register?.table;
      const label = u.row.id ?? `${register?.spec.title ?? u.register} row ${u.row.index + 1}`;
      const index = table?.columnKeys.indexOf(u.column) ?? -1;
      const header = (index >= 0 ? table?.headers[index]?.text : undefined) || u.column;
      const { reading } = u;
      const problem = reading.problem ? ` ${reading.problem}` : '';
      const suggestion = reading.suggestion ? ` Did you mean ${reading.suggestion}?` : '';
      ctx.report({
        range: u.cell.range,
        target: u.row.id ?? u.register,
        message: `${header} "${u.cell.text}" of ${label} cannot be read.${problem} Write ${reading.accepted}.${suggestion} Until then the checks that need it skip this row.`,
        fixes: reading.suggestion
          ? [
              {
                title: `Write ${reading.suggestion}`,
                edits: [replace(u.cell.range, reading.suggestion)],
                isPreferred: true,
              },
            ]
          : undefined,
      });
    }
  },
} satisfies Rule;
