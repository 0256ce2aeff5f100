import { DEFAULT_READINESS, type HandoffConfig } from '../config.js';
import { ITIL_PROCESS_FORMS } from '../itil.js';
import type { Cell, Plan, Row } from '../model.js';
import { numericDateFixes, readingFixes } from '../numericDateOrder.js';
import type { Rule, RuleContext } from '../rule.js';
import { FRONT_MATTER_KEYS, kindNamedBy, REGISTER_SPECS, SECTION_SPECS, SUBKEYS } from '../schema.js';
import { didYouMean, suggestionText } from '../suggest.js';
import { readDate, type Reading } from '../values.js';
import { SECTIONS, type Fix, type Range } from '../types.js';
import { personLabel, replace } from './util.js';
import { approvesForTheBoard, BOARD_RULES } from '../control.js';
import { isRowId, looksLikeRowId, rowIdKey, unhyphenatedRowId } from '../domain.js';
import { promptIn } from '../placeholders.js';
import { checkRegisterTarget } from './registerWaiver.js';

/**
 * Everything a finding's target can be: row IDs; the first cell of rows without an ID (an
 * activity, a budget line); front-matter keys; register and section kinds (what the "missing"
 * rules target); ITIL process names (what handover rules may target); depends_on plan ids.
 */
function knownTargets(plan: Plan, config: HandoffConfig): Map<string, string> {
  const targets = new Map<string, string>();
  const add = (t: string | undefined): void => {
    const s = t?.trim();
    if (s && !targets.has(s.toLowerCase())) targets.set(s.toLowerCase(), s);
  };
  for (const register of plan.registers) {
    const table = register.table;
    if (!table || register.kind === 'waivers') continue;
    const firstKey = register.spec.columns[0]?.key;
    for (const row of table.rows) {
      if (table.has('id')) add(row.id);
      else if (firstKey) add(row.value(firstKey));
    }
  }
  for (const spec of FRONT_MATTER_KEYS) add(spec.key);
  for (const [key, subs] of Object.entries(SUBKEYS)) for (const sub of subs) add(`${key}.${sub}`);
  for (const key of plan.frontMatter.entries.keys()) add(key);
  // A register or section by its kind (`statusLog`) or as the plan heads it (`Status log`).
  for (const spec of REGISTER_SPECS) for (const name of [spec.kind, spec.title, ...(spec.aliases ?? [])]) add(name);
  for (const kind of SECTIONS) add(kind);
  for (const spec of SECTION_SPECS) for (const name of [spec.title, ...(spec.aliases ?? [])]) add(name);
  for (const form of ITIL_PROCESS_FORMS) add(form);
  for (const dep of plan.meta.dependsOn) add(dep);
  // 1.1: readiness criteria (what go-live-readiness targets when no row names one) and its go/no-go finding.
  for (const criterion of [...DEFAULT_READINESS, ...Object.values(config.readiness).flat()]) add(criterion);
  add('go-no-go');
  return targets;
}

function replaceFix(range: Range, suggestion: string | undefined): Fix[] | undefined {
  return suggestion
    ? [{ title: `Replace with "${suggestion}"`, edits: [replace(range, suggestion)], isPreferred: true }]
    : undefined;
}

function optionalFixes(fixes: Fix[]): Fix[] | undefined {
  return fixes.length > 0 ? fixes : undefined;
}

function checkRule(ctx: RuleContext, row: Row, label: string): void {
  const cell = row.cell('rule')!;
  const rule = row.value('rule');
  if (!rule) {
    ctx.report({
      range: row.range,
      message: `${label} names no rule: write the rule it waives (e.g. risk-score-mismatch); until then it silences nothing.`,
    });
  } else if (!ctx.ruleNames.has(rule)) {
    const suggestion = didYouMean(rule, ctx.ruleNames);
    ctx.report({
      range: cell.range,
      message: `${label} names the rule "${rule}", which does not exist, so it silences nothing.${suggestionText(suggestion)}`,
      fixes: replaceFix(cell.range, suggestion),
    });
  }
}

/**
 * The target a waiver probably meant. For a row ID only the same row written otherwise (`M03`,
 * `m-3` for `M-03`): an ID one letter or digit away is another row (`S-03` is a person, `M-04`
 * another milestone), and silencing it instead would be worse than silencing nothing.
 */
function suggestedTarget(target: string, targets: readonly string[]): string | undefined {
  if (!looksLikeRowId(target)) return didYouMean(target, targets);
  const ids = targets.filter(isRowId);
  const key = rowIdKey(target);
  return ids.find((id) => rowIdKey(id) === key) ?? unhyphenatedRowId(target, ids);
}

function checkTarget(ctx: RuleContext, row: Row, label: string, targets: ReadonlyMap<string, string>): void {
  const cell = row.cell('target')!;
  const target = cell.text.trim();
  if (target === '*') return;
  if (cell.empty) {
    ctx.report({
      range: row.range,
      message: `${label} names no target: write the row ID or front-matter key it covers, or * for every finding of the rule in this plan.`,
    });
  } else if (!targets.has(target.toLowerCase()) && !kindNamedBy(target)) {
    const suggestion = suggestedTarget(target, [...targets.values()]);
    ctx.report({
      range: cell.range,
      message: `${label} targets "${target}", which is no row ID, front-matter key or register of this plan, so it silences nothing.${suggestionText(suggestion)} Use the ID or key the finding names, or * for the whole plan.`,
      fixes: replaceFix(cell.range, suggestion),
    });
  }
}

function checkExpiry(
  ctx: RuleContext,
  row: Row,
  label: string,
  dateFixes: (cell: Cell, reading: Reading<unknown>) => Fix[],
): void {
  const cell = row.cell('expires');
  const text = row.value('expires');
  if (!cell || text === undefined) return;
  const reading = readDate(text);
  const expires = reading.ok ? reading.value : undefined;
  if (expires === undefined) {
    ctx.report({
      range: cell.range,
      message: `${label} expires "${text}", which cannot be read as a date (${reading.ok ? '' : reading.accepted}), so it counts as expired and silences nothing.${!reading.ok && reading.suggestion ? ` Did you mean ${reading.suggestion}?` : ''}`,
      // The same fixes as any date cell's (unreadable-value's), `--fix` writing a numeric date's only reading.
      fixes: optionalFixes(dateFixes(cell, reading)),
    });
  } else if (expires < ctx.asOf) {
    ctx.report({
      range: cell.range,
      message: `${label} expired on ${expires} and no longer silences anything: fix the finding, or renew the waiver with a new approval and expiry date.`,
    });
  }
}

/**
 * How this rule's messages name a waiver: by its row's line (0-based here, 1-based in the text),
 * and by its rule and target when given. Views that show a finding beside its waiver (the report)
 * read the label off again.
 */
export function waiverLabel(line: number, rule?: string, target?: string): string {
  const label = `The waiver on line ${line + 1}`;
  return rule ? `${label} (${rule}${target ? ` on ${target}` : ''})` : label;
}

export const waiverInvalid = {
  name: 'waiver-invalid',
  severity: 'warning',
  stage: 'always',
  fixable: 'sometimes',
  description:
    'Fires when a row of `## Waivers` names an unknown rule or an unknown target (no row ID, front-matter key, register, section or `*`), names a register as the target of a rule that reports rows of that register in this plan (the waiver covers only findings about the register itself), has no approver (for `schedule-slip` and `cost-overrun`, none who may approve for the board: the sponsor or a board role), still has a placeholder as its reason, or has expired (Expires is before the as-of date or is not a date).',
  docs: "A waiver is a visible, reviewed decision to accept a finding: it needs the exact rule name, the row ID or key it covers (`*` for the whole plan), a reason, an approver and, ideally, an expiry date. A waiver that names nothing real, has nobody approving it, still has the placeholder a fix wrote as its reason (`Why this is acceptable`) or has run out silences nothing, and the finding it was meant for comes back. A register in Target (`Status log`) covers only findings about the register as a whole, such as `status-stale` or a missing register: a waiver of `risk-review-overdue` on `Risks` silences none of the overdue reviews, which the rule reports on each risk's row, so it is reported with the rows it missed (only while the rule has findings there). Correct the rule or target (the quick fix takes the did-you-mean; for findings on rows, name each row's ID, or `*` for every finding of the rule: the quick fixes offer them, none preferred, as what to accept is the reviewer's choice), name the approver, or renew or delete an expired waiver. An Expires that is not written as a date gets the fixes any date cell gets (`unreadable-value`): its one reading, written by `--fix` too when it is a numeric date with one reading and no numeric date of the plan reads two ways.",
  check(ctx) {
    const table = ctx.plan.register('waivers')?.table;
    if (!table || table.rows.length === 0) return;
    const targets = knownTargets(ctx.plan, ctx.config);
    // Worked out for the plan only when an expiry cannot be read.
    let ofDates: { readings: ReturnType<typeof readingFixes>; numeric: (cell: Cell) => Fix[] } | undefined;
    const dateFixes = (cell: Cell, reading: Reading<unknown>): Fix[] => {
      ofDates ??= { readings: readingFixes(ctx.plan), numeric: numericDateFixes(ctx.plan) };
      return [...ofDates.readings(cell, reading), ...ofDates.numeric(cell)];
    };
    for (const row of table.rows) {
      const rule = row.value('rule');
      const target = row.value('target');
      const label = waiverLabel(row.range.start.line);
      const named = waiverLabel(row.range.start.line, rule, target);
      // An absent column is table-columns' finding, reported once rather than on every row.
      if (table.has('rule')) checkRule(ctx, row, label);
      if (table.has('target')) {
        checkTarget(ctx, row, label, targets);
        checkRegisterTarget(ctx, row, label);
      }
      const approver = row.value('approvedBy');
      if (table.has('approvedBy') && !approver) {
        ctx.report({
          range: row.range,
          message: `${named} has no approver: a waiver counts only once someone accountable has approved it. Name the approving stakeholder in "Approved by".`,
        });
      } else if (approver && rule && BOARD_RULES.has(rule) && !approvesForTheBoard(ctx.plan, ctx.config, approver)) {
        ctx.report({
          range: row.cell('approvedBy')!.range,
          message: `${named} is approved by ${personLabel(ctx.plan, approver)}, who is neither the sponsor nor in a board role (${ctx.config.boardRoles.join(', ')}), so it silences nothing: a breach of tolerance is the board's to accept (PRINCE2: the project manager escalates it). Have the board approve it, as a waiver or as an Exception decision.`,
        });
      }
      const reason = promptIn('waivers', row, 'reason');
      if (reason !== undefined) {
        ctx.report({
          range: row.cell('reason')?.range ?? row.range,
          message: `${named} gives no reason yet: its Reason still reads the placeholder "${reason}", and a waiver counts only once it says why the finding is acceptable. Write the reason.`,
        });
      }
      checkExpiry(ctx, row, named, dateFixes);
    }
  },
} satisfies Rule;
