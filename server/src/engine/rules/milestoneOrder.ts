import type { Cell, Row } from '../model.js';
import type { Rule } from '../rule.js';
import { parseIsoDate } from '../text.js';
import type { Range, RelatedLocation } from '../types.js';
import { rowLabel, statusIs } from './util.js';

interface Due {
  readonly date: string;
  readonly cell: Cell;
  readonly kind: 'forecast' | 'baseline';
}

/** When a milestone is expected: its forecast if readable, else its baseline. */
function dueOf(row: Row): Due | undefined {
  for (const kind of ['forecast', 'baseline'] as const) {
    const cell = row.cell(kind);
    const date = parseIsoDate(row.value(kind));
    if (cell && date) return { date, cell, kind };
  }
  return undefined;
}

/** Depends on holds milestone IDs separated by commas, semicolons or spaces. */
function dependencyIds(row: Row): string[] {
  return (row.value('dependsOn') ?? '').split(/[\s,;]+/).filter(Boolean);
}

export const milestoneOrder = {
  name: 'milestone-order',
  severity: 'error',
  stage: 'planning',
  description:
    'Fires from planning on when a milestone is due (forecast, else baseline) before a milestone its Depends on cell names, or when its baseline or forecast lies before `dates.start` or after `dates.close`. Descoped milestones are skipped.',
  docs: "Milestones are the schedule the transition is steered by, so they have to be coherent: a milestone cannot be reached before the ones it depends on, and every milestone falls inside the plan's baseline envelope `dates.start`…`dates.close`. Move the date, correct Depends on, or, when the plan itself moved, change its `dates`. A milestone marked Descoped will not happen and is not checked.",
  check(ctx) {
    const rows = ctx.plan.rows('milestones').filter((r) => !statusIs(r, 'descoped'));
    const byId = new Map<string, Row>();
    for (const row of rows) if (row.id && !byId.has(row.id.toLowerCase())) byId.set(row.id.toLowerCase(), row);

    for (const row of rows) {
      const due = dueOf(row);
      if (!due) continue;
      for (const depId of dependencyIds(row)) {
        const dep = byId.get(depId.toLowerCase());
        // Unknown IDs are unresolved-reference's finding.
        if (!dep || dep === row) continue;
        const depDue = dueOf(dep);
        if (!depDue || due.date >= depDue.date) continue;
        ctx.report({
          range: due.cell.range,
          target: row.id,
          message: `Milestone ${rowLabel(row)} is due ${due.date} (${due.kind}), before ${rowLabel(dep)} which it depends on (due ${depDue.date}): move its date after ${rowLabel(dep)}'s, or correct Depends on.`,
          related: [{ range: depDue.cell.range, message: `${rowLabel(dep)} is due ${depDue.date} (${depDue.kind})` }],
        });
      }
    }

    const { start, close } = ctx.plan.meta.dates;
    if (!start && !close) return;
    for (const row of rows) {
      for (const kind of ['baseline', 'forecast'] as const) {
        const cell = row.cell(kind);
        const date = parseIsoDate(row.value(kind));
        if (!cell || !date) continue;
        const bound = start && date < start ? 'start' : close && date > close ? 'close' : undefined;
        if (!bound) continue;
        const limit = bound === 'start' ? start : close;
        ctx.report({
          range: cell.range,
          target: row.id,
          message: `Milestone ${rowLabel(row)}'s ${kind} ${date} is ${bound === 'start' ? 'before' : 'after'} dates.${bound} (${limit}): move it inside the plan's dates, or change dates.${bound} if the plan itself moved.`,
          related: boundRelated(ctx.plan.frontMatter.entries.get('dates')?.entries.get(bound)?.range, `dates.${bound}`),
        });
      }
    }
  },
} satisfies Rule;

function boundRelated(range: Range | undefined, what: string): RelatedLocation[] | undefined {
  return range ? [{ range, message: `The plan's ${what}` }] : undefined;
}
