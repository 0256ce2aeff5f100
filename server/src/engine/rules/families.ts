/**
 * Rule families: rules that differ only in what they look at and what they say are built by one
 * factory each, so a new member is a few lines of data and every member behaves alike.
 *
 * - A register-presence rule reports a register the plan needs but lacks, or has with no rows
 *   (a template's samples, not yet written over, are none).
 *   It applies from the stage the schema requires the register from, and the schema names it as
 *   that register's `missingRule`.
 * - An empty-person-cell rule reports a row whose person cell (owner, contact …) is empty, with
 *   quick fixes naming the likeliest stakeholders (preferred only with a basis: a role that fits,
 *   or the rule's stand-in). It applies from the stage the schema requires the register from.
 */
import { personCellFixes } from '../fixes.js';
import { rankPeople, type PersonKey } from '../rankPeople.js';
import type { Rule } from '../rule.js';
import { registerSpec, type RegisterKind } from '../schema.js';
import type { Severity, Stage } from '../types.js';
import { rowLabel } from './util.js';
import { checkRegisterPresent, SAMPLES_COUNT_AS_NONE } from './registerPresence.js';

/** A rule's first stage from the schema's requirement of a register: from initiation on is every stage. */
function stageOfRegister(kind: RegisterKind): Stage | 'always' {
  const from = registerSpec(kind).requiredFrom;
  if (!from) throw new Error(`The schema does not require the ${kind} register at any stage.`);
  return from === 'initiation' ? 'always' : from;
}

interface RuleText {
  readonly name: string;
  readonly severity: Severity;
  readonly description: string;
  readonly docs: string;
}

export interface RegisterPresenceRule extends RuleText {
  readonly register: RegisterKind;
  /** What the register should hold, ending the message (`list everyone involved, …`). */
  readonly what: string;
}

export function registerPresenceRule(def: RegisterPresenceRule): Rule {
  const { register, what, ...text } = def;
  if (registerSpec(register).missingRule !== text.name) {
    throw new Error(`The schema names another rule than ${text.name} as the one reporting ${register} missing.`);
  }
  return {
    ...text,
    description: `${text.description} ${SAMPLES_COUNT_AS_NONE}`,
    stage: stageOfRegister(register),
    fixable: 'sometimes',
    check(ctx) {
      checkRegisterPresent(ctx, register, what);
    },
  };
}

export interface EmptyPersonCellRule extends RuleText {
  readonly register: RegisterKind;
  /** The person column that must not be empty. */
  readonly column: string;
  /** How a row is named in the message: `Risk R-02`. */
  readonly noun: string;
  /** The column whose value says what the row is about, in the message and for ranking people. */
  readonly about: string;
  /** The message after "has no": the missing person and what to do. */
  readonly missing: string;
  /** The person's role in the fixes' titles (`Set risk owner to …`). */
  readonly fixRole: string;
  /** The plan's people to propose when no stakeholder fits the row better. */
  readonly fallback: readonly PersonKey[];
  /**
   * The one of them who stands in for this person when nobody fits (the preferred fix then);
   * without one, a fallback is offered but not preferred.
   */
  readonly standIn?: PersonKey;
}

export function emptyPersonCellRule(def: EmptyPersonCellRule): Rule {
  const { register, column, noun, about, missing, fixRole, fallback, standIn, ...text } = def;
  return {
    ...text,
    stage: stageOfRegister(register),
    // The preferred fix needs a stakeholder whose role fits the row, or a stand-in, and a cell that
    // does not say nobody is agreed yet (`TBC`): see personCellFixes.
    fixable: 'sometimes',
    check(ctx) {
      for (const row of ctx.plan.rows(register)) {
        const cell = row.cell(column);
        // A missing column is table-columns' finding, not one per row.
        if (!cell || !cell.empty) continue;
        const subject = row.value(about);
        ctx.report({
          range: cell.range,
          target: row.id,
          fixes: () => personCellFixes(ctx.plan, cell, fixRole, rankPeople(ctx.plan, subject, fallback), standIn),
          message: `${noun} ${rowLabel(row, subject)} has no ${missing}`,
        });
      }
    },
  };
}
