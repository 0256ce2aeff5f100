import type { Cell, Row } from '../model.js';
import type { Rule } from '../rule.js';
import type { Range, RelatedLocation } from '../types.js';
import { dependencyRefs, REACHED_DATE_COLUMNS, type DependencyRef } from '../domain.js';
import { cellValue, readDate, readStatus, UNREADABLE, type Unreadable } from '../values.js';
import { statusOf } from '../rowFacts.js';
import { rowLabel } from './util.js';

interface Reached {
  readonly date: string;
  readonly cell: Cell;
  readonly kind: (typeof REACHED_DATE_COLUMNS)[number];
}

/**
 * When a milestone is reached: its actual date, else its forecast, else its baseline (a finished
 * milestone's Forecast that was never updated says nothing). UNREADABLE when the date that
 * applies cannot be read (a later column does not stand in for an unreadable one).
 */
function reachedOf(row: Row): Reached | undefined | Unreadable {
  for (const kind of REACHED_DATE_COLUMNS) {
    const cell = row.cell(kind);
    const date = cellValue(row, kind, readDate);
    if (date === UNREADABLE) return UNREADABLE;
    if (cell && date) return { date, cell, kind };
  }
  return undefined;
}

/**
 * A milestone that falls after the transition closes on purpose: Type Post-closure, or, with no
 * Type given, a benefits review or post-implementation review by name.
 */
function isPostClosure(row: Row): boolean {
  const type = cellValue(row, 'type', (t) => readStatus('milestoneType', t));
  if (type !== undefined) return type === 'Post-closure';
  return /\b(benefits?\b.*\breview|post[- ]implementation review|pir)\b/i.test(row.value('milestone') ?? '');
}

/** The milestones Depends on names (IDs, or MS Project's predecessors: `22FS+5 days`). */
function dependencies(row: Row): DependencyRef[] {
  return dependencyRefs(row.value('dependsOn') ?? '');
}

export const milestoneOrder = {
  name: 'milestone-order',
  severity: 'error',
  stage: 'planning',
  description:
    'Fires from planning on when a milestone is reached (its Actual date) or due (Forecast, else Baseline) before a milestone its Depends on cell names is, or names itself there, or when its baseline or forecast lies before `dates.start` or after `dates.close` (one finding per milestone). A Post-closure milestone (Type Post-closure, or a benefits review by name) may fall after `dates.close`. Descoped milestones are skipped.',
  docs: "Milestones are the schedule the transition is steered by, so they have to be coherent: a milestone cannot be reached before the ones it depends on (a finished milestone counts from its Actual date, whatever its Forecast still says), and every milestone falls inside the plan's baseline envelope `dates.start`…`dates.close`. Move the date, correct Depends on, or, when the plan itself moved, change its `dates`. A benefits review or other check after closure is planned on purpose after `dates.close`: give it Type Post-closure. A milestone marked Descoped will not happen and is not checked. Depends on may hold predecessors as MS Project exports them, by task number with the link's type and lag (`12,15`, `22FS+5 days`); one with a lead, a negative lag (`22FS-3 days`), may fall before the milestone it names.",
  check(ctx) {
    const rows = ctx.plan.rows('milestones').filter((r) => {
      const s = statusOf(r, 'milestones');
      return s !== 'Descoped' && s !== UNREADABLE;
    });
    const byId = new Map<string, Row>();
    for (const row of rows) if (row.id && !byId.has(row.id.toLowerCase())) byId.set(row.id.toLowerCase(), row);

    for (const row of rows) {
      const due = reachedOf(row);
      if (!due || due === UNREADABLE) continue;
      for (const { text: depId, lead } of dependencies(row)) {
        const dep = byId.get(depId.toLowerCase());
        // Unknown IDs are unresolved-reference's finding.
        if (!dep) continue;
        if (dep === row) {
          ctx.report({
            range: row.cell('dependsOn')!.range,
            target: row.id,
            message: `Milestone ${rowLabel(row)} depends on itself (${depId}): no milestone can wait for itself. Correct Depends on to the milestones it waits for.`,
          });
          continue;
        }
        const depDue = reachedOf(dep);
        // A lead (`12FS-3 days`) lets it fall before the milestone it names.
        if (lead || !depDue || depDue === UNREADABLE || due.date >= depDue.date) continue;
        ctx.report({
          range: due.cell.range,
          target: row.id,
          message: `Milestone ${rowLabel(row)} ${whenReached(due)}, before ${rowLabel(dep)} which it depends on (${whenReached(depDue, false)}): ${
            due.kind === 'actual'
              ? 'correct Depends on, or whichever date is wrong.'
              : `move its date after ${rowLabel(dep)}'s, or correct Depends on.`
          }`,
          related: [{ range: depDue.cell.range, message: `${rowLabel(dep)} ${whenReached(depDue)}` }],
        });
      }
    }

    const { start, close } = ctx.plan.meta.dates;
    if (!start && !close) return;
    for (const row of rows) {
      const postClosure = isPostClosure(row);
      const outside: { kind: 'forecast' | 'baseline'; date: string; cell: Cell; bound: 'start' | 'close' }[] = [];
      for (const kind of ['forecast', 'baseline'] as const) {
        const cell = row.cell(kind);
        const date = cellValue(row, kind, readDate);
        if (!cell || !date || date === UNREADABLE) continue;
        if (start && date < start) outside.push({ kind, date, cell, bound: 'start' });
        else if (close && date > close && !postClosure) outside.push({ kind, date, cell, bound: 'close' });
      }
      const first = outside[0];
      if (!first) continue;
      const what = outside
        .map(
          (o) =>
            `${o.kind} ${o.date} is ${o.bound === 'start' ? 'before' : 'after'} dates.${o.bound} (${o.bound === 'start' ? start : close})`,
        )
        .join(' and its ');
      const bounds = [...new Set(outside.map((o) => o.bound))];
      const closeHint = bounds.includes('close')
        ? ' If it is meant to follow closure (a benefits review), set its Type to Post-closure.'
        : '';
      ctx.report({
        range: first.cell.range,
        target: row.id,
        message: `Milestone ${rowLabel(row)}'s ${what}: move it inside the plan's dates, or change ${bounds.map((b) => `dates.${b}`).join(' and ')} if the plan itself moved.${closeHint}`,
        related: bounds.flatMap(
          (b) => boundRelated(ctx.plan.frontMatter.entries.get('dates')?.entries.get(b)?.range, `dates.${b}`) ?? [],
        ),
      });
    }
  },
} satisfies Rule;

/**
 * "is due 2026-12-04 (forecast)" or "was reached on 2026-11-10"; without the verb (inside
 * parentheses) "due 2026-12-04" or "reached on 2026-11-10".
 */
function whenReached(r: Reached, verb = true): string {
  if (r.kind === 'actual') return `${verb ? 'was ' : ''}reached on ${r.date}`;
  return verb ? `is due ${r.date} (${r.kind})` : `due ${r.date}`;
}

function boundRelated(range: Range | undefined, what: string): RelatedLocation[] | undefined {
  return range ? [{ range, message: `The plan's ${what}` }] : undefined;
}
