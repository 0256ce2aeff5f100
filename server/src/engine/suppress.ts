/**
 * Silencing findings where they stand: `## Waivers` rows (visible to reviewers, with approver and
 * expiry) and `<!-- handoff-disable… -->` comments. Kept as plain data so workspace findings can
 * be filtered the same way after they come back from a worker.
 */
import type { HandoffConfig } from './config.js';
import { approvesForTheBoard, BOARD_RULES } from './control.js';
import type { Plan, Row } from './model.js';
import { kindNamedBy } from './schema.js';
import { knownValue, readDate } from './values.js';
import type { IsoDate, Range } from './types.js';
import { promptIn } from './placeholders.js';

export interface Waiver {
  readonly rule: string;
  readonly target: string;
  readonly approved: boolean;
  readonly expires: IsoDate | undefined;
  /** Known rule, has an approver (for a tolerance breach, one who may approve for the board), not expired. */
  readonly active: boolean;
  readonly range: Range;
}

export interface DirectiveData {
  readonly kind: 'next-line' | 'line' | 'disable' | 'enable';
  readonly rules: readonly string[];
  /** Line the comment ends on. */
  readonly line: number;
  readonly end: { line: number; character: number };
}

export interface Suppressions {
  readonly waivers: readonly Waiver[];
  readonly directives: readonly DirectiveData[];
}

export function collectSuppressions(
  plan: Plan,
  config: HandoffConfig,
  asOf: IsoDate,
  ruleNames: ReadonlySet<string>,
): Suppressions {
  const waivers: Waiver[] = [];
  for (const row of plan.rows('waivers')) {
    const rule = row.value('rule') ?? '';
    const target = waiverTargetOf(row);
    const approver = row.value('approvedBy');
    // A tolerance breach is waived by the board's authority only (waiver-invalid says so).
    const approved = !!approver && (!BOARD_RULES.has(rule) || approvesForTheBoard(plan, config, approver));
    // A reason still the placeholder a fix wrote says nothing: the waiver is not yet written.
    const reasoned = promptIn('waivers', row, 'reason') === undefined;
    const expires = knownValue(row, 'expires', readDate);
    const expired = waiverExpired(row.value('expires'), expires, asOf);
    waivers.push({
      rule,
      target,
      approved,
      expires,
      active: ruleNames.has(rule) && approved && reasoned && !expired && target !== '',
      range: row.range,
    });
  }
  const directives = plan.directives.map((d) => ({ kind: d.kind, rules: d.rules, line: d.line, end: d.range.end }));
  return { waivers, directives };
}

/** A waiver row's Target as read: its value, `*` (which the value readers take for markup), or ''. */
export function waiverTargetOf(row: Row): string {
  return row.value('target') ?? (row.cell('target')?.text.trim() === '*' ? '*' : '');
}

/**
 * Whether a waiver has expired on `asOf`: its Expires date is past, or something is written there
 * that is no date (a waiver whose end cannot be read is not in force).
 */
export function waiverExpired(
  expiresWritten: string | undefined,
  expires: IsoDate | undefined,
  asOf: IsoDate,
): boolean {
  return expiresWritten !== undefined && (expires === undefined || expires < asOf);
}

function before(a: { line: number; character: number }, b: { line: number; character: number }): boolean {
  return a.line < b.line || (a.line === b.line && a.character <= b.character);
}

/**
 * Whether a waiver's Target names `target` (a row ID or key, in any case; a register or section
 * by its heading, `Status log` for `statusLog`), or everything (`*`).
 */
export function waiverTargets(waiverTarget: string, target: string | undefined): boolean {
  if (waiverTarget === '*') return true;
  if (target === undefined) return false;
  return waiverTarget.toLowerCase() === target.toLowerCase() || kindNamedBy(waiverTarget) === target;
}

/**
 * Whether what `rule` reports at `at` (its range, and its waiver target) is silenced by a waiver
 * or a disable comment: asked before the finding is built, so a silenced one never is.
 */
export function isSuppressed(
  rule: string,
  at: { readonly range: Range; readonly target?: string },
  s: Suppressions,
): boolean {
  if (silencingWaiver(rule, at, s)) return true;
  if (s.directives.length === 0) return false;
  const line = at.range.start.line;
  let disabledAll = false;
  const disabled = new Set<string>();
  for (const d of s.directives) {
    if (d.kind === 'next-line' || d.kind === 'line') {
      const target = d.kind === 'line' ? d.line : d.line + 1;
      if (target === line && (d.rules.length === 0 || d.rules.includes(rule))) return true;
      continue;
    }
    if (!before(d.end, at.range.start)) continue;
    if (d.kind === 'disable') {
      if (d.rules.length === 0) disabledAll = true;
      else d.rules.forEach((r) => disabled.add(r));
    } else {
      if (d.rules.length === 0) {
        disabledAll = false;
        disabled.clear();
      } else d.rules.forEach((r) => disabled.delete(r));
    }
  }
  return disabledAll || disabled.has(rule);
}

/** The first waiver in force that silences what `rule` reports at `at`, if a `## Waivers` row does. */
export function silencingWaiver(rule: string, at: { readonly target?: string }, s: Suppressions): Waiver | undefined {
  return s.waivers.find((w) => w.active && w.rule === rule && waiverTargets(w.target, at.target));
}
