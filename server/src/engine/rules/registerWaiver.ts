/**
 * A waiver whose Target names a register, for a rule that reports the register's rows: it covers
 * only findings about the register as a whole (a missing register, a stale Status log), so it
 * silences none of that rule's findings on rows, and looks approved all the same.
 */
import type { Register, Row } from '../model.js';
import type { Report, RuleContext } from '../rule.js';
import { registerForHeading } from '../schema.js';
import { waiverTargets } from '../suppress.js';
import type { Fix, Range } from '../types.js';
import { replace, rowLabel } from './util.js';

/** How many rows a message names before it counts the rest. */
const NAMED_ROWS = 3;

/** The register row a report is about: the row it stands on, else the row its target names. */
function rowOf(register: Register, r: Report, byLine: ReadonlyMap<number, Row>): Row | undefined {
  const onRow = byLine.get(r.range.start.line);
  if (onRow) return onRow;
  const target = r.target?.toLowerCase();
  return target === undefined ? undefined : register.table?.rows.find((row) => row.id?.toLowerCase() === target);
}

/** The findings of `rule` on rows of `register` that a waiver targeting `target` does not cover. */
function uncovered(ctx: RuleContext, rule: string, target: string, register: Register): { report: Report; row: Row }[] {
  const reports = ctx.reportsOf(rule);
  if (reports.length === 0) return [];
  const byLine = new Map(register.table!.rows.map((row) => [row.range.start.line, row]));
  const out: { report: Report; row: Row }[] = [];
  for (const report of reports) {
    if (waiverTargets(target, report.target)) continue;
    const row = rowOf(register, report, byLine);
    if (row) out.push({ report, row });
  }
  return out;
}

function fixes(range: Range, targets: readonly string[]): Fix[] {
  // Neither is preferred: which findings to accept is the reviewer's choice, not the linter's.
  const out: Fix[] = [
    { title: 'Replace with "*" (every finding of the rule in this plan)', edits: [replace(range, '*')] },
  ];
  if (targets.length === 1)
    out.unshift({ title: `Replace with "${targets[0]}"`, edits: [replace(range, targets[0]!)] });
  return out;
}

/**
 * Reports the waiver row when its Target names a register and its rule has findings on rows of
 * that register, which the waiver does not silence. Silent when the rule has none there (fixed,
 * or a rule that reports the register itself).
 */
export function checkRegisterTarget(ctx: RuleContext, row: Row, label: string): void {
  const rule = row.value('rule');
  const cell = row.cell('target');
  const target = row.value('target');
  if (!rule || !cell || !target || !ctx.ruleNames.has(rule)) return;
  const kind = registerForHeading(target);
  const register = kind && ctx.plan.register(kind);
  if (!register?.table) return;
  const missed = uncovered(ctx, rule, target, register);
  if (missed.length === 0) return;
  const names = [...new Set(missed.map((m) => m.report.target ?? rowLabel(m.row)))];
  const shown =
    names.slice(0, NAMED_ROWS).join(', ') + (names.length > NAMED_ROWS ? ` and ${names.length - NAMED_ROWS} more` : '');
  const silences =
    missed.length === 1 ? 'it does not silence its finding' : `it silences none of its ${missed.length} findings`;
  // What a waiver can name instead: the targets the findings give (a row without one has none).
  const targets = missed.every((m) => m.report.target) ? [...new Set(missed.map((m) => m.report.target!))] : [];
  ctx.report({
    range: cell.range,
    message: `${label} names the ${register.spec.title} register, but ${rule} reports each row of it, not the register, so ${silences} (${shown}): name a row's ID in Target, one waiver per row, or * for every finding of the rule in this plan.`,
    fixes: () => fixes(cell.range, targets),
  });
}
