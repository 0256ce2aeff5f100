import { PERSON_ROLE_NAMES } from '../domain.js';
import type { Cell, Plan, Row } from '../model.js';
import type { Rule } from '../rule.js';
import { samePerson } from '../signatories.js';
import { signOffDecision } from '../rowFacts.js';
import { cellValue, readDate, UNREADABLE, type Unreadable } from '../values.js';
import type { IsoDate } from '../types.js';
import { templateFill } from '../templateFill.js';
import { insertRegisterFix, keyAnchor, personLabel, registerAnchor } from './util.js';

const SIGNATORIES = [
  { key: 'sponsor', role: PERSON_ROLE_NAMES.sponsor, ref: (plan: Plan) => plan.meta.sponsor },
  { key: 'service_owner', role: PERSON_ROLE_NAMES.serviceOwner, ref: (plan: Plan) => plan.meta.serviceOwner },
] as const;

/**
 * A rejection dated after every approval of the same person (both dated, by the as-of date): the
 * approval was withdrawn. Undefined when a date is missing or unreadable: which came last cannot
 * be told, and the approval is not doubted.
 */
function laterRejection(
  own: readonly Row[],
  decisions: readonly (string | undefined | Unreadable)[],
  approvalDates: readonly (IsoDate | undefined | Unreadable)[],
  asOf: IsoDate,
): { readonly cell: Cell; readonly on: IsoDate; readonly approved: IsoDate } | undefined {
  const approved = approvalDates.filter((d): d is IsoDate => d !== undefined && d !== UNREADABLE && d <= asOf);
  if (approved.length === 0 || approved.length < approvalDates.length) return undefined;
  const last = approved.reduce((a, b) => (b > a ? b : a));
  for (const [i, row] of own.entries()) {
    if (decisions[i] !== 'Rejected') continue;
    const on = cellValue(row, 'date', readDate);
    const cell = row.cell('decision');
    if (cell && on !== undefined && on !== UNREADABLE && on > last && on <= asOf) return { cell, on, approved: last };
  }
  return undefined;
}

export const missingSignOff = {
  name: 'missing-sign-off',
  severity: 'error',
  stage: 'closed',
  fixable: 'sometimes',
  description:
    'Fires in a closed plan when the sponsor or the service owner (front-matter person references, matched by ID, name or @handle) has no Sign-off row with Decision Approved, or rejected the closure after approving it (both dated), or when the Sign-off register is absent.',
  docs: 'Closing a transition is a decision: the sponsor confirms the project delivered what was approved, and the service owner confirms they accept the service into operation. Record both in the Sign-off table (Role, Stakeholder, Decision Approved, Date). Until both have approved, the plan should stay in `closure`. A Decision that cannot be read is `unreadable-value`’s finding, not this one: it may be the approval. An approval dated after the as-of date is not given yet: it is reported on its Date (as an `Exception` decision dated later covers nothing yet).',
  check(ctx) {
    const { plan } = ctx;
    const register = plan.register('signOff');
    if (!register) {
      ctx.report({
        range: registerAnchor(plan, 'signOff'),
        target: 'signOff',
        message:
          'The plan is closed but has no Sign-off register: add a "### Sign-off" table under Project Closure recording the sponsor\'s and the service owner\'s decisions.',
        fixes: () => [insertRegisterFix(plan, 'signOff', templateFill(plan, ctx.config, ctx.asOf))],
      });
    }
    // A table without the Stakeholder or Decision column is table-columns' one finding: which
    // rows approve cannot be told, so none is reported missing.
    const table = register?.table;
    if (table && (!table.has('stakeholder') || !table.has('decision'))) return;
    const rows = table?.rows ?? [];
    for (const signatory of SIGNATORIES) {
      const ref = signatory.ref(plan);
      // An unset or unknown sponsor / service owner is missing-core-role's finding.
      if (!ref) continue;
      const own = rows.filter((row) => {
        const stakeholder = row.value('stakeholder');
        return stakeholder !== undefined && samePerson(plan, ref, stakeholder);
      });
      const decisions = own.map(signOffDecision);
      // An approval dated after the as-of date is not given yet (as an Exception decision is not);
      // one whose date cannot be read may be given: unreadable-value reports the date.
      const approvals = own.filter((_, i) => decisions[i] === 'Approved');
      const dates = approvals.map((row) => cellValue(row, 'date', readDate));
      const withdrawn = laterRejection(own, decisions, dates, ctx.asOf);
      if (withdrawn) {
        ctx.report({
          range: withdrawn.cell.range,
          target: signatory.key,
          message: `${signatory.role} ${personLabel(plan, ref)} rejected the closure on ${withdrawn.on}, after approving it on ${withdrawn.approved}: the decision taken last stands. Obtain their approval again and record it with its date, or move the plan back to \`stage: closure\`.`,
        });
        continue;
      }
      if (dates.some((d) => d === undefined || d === UNREADABLE || d <= ctx.asOf)) continue;
      // A decision that cannot be read may be the approval: unreadable-value reports that cell.
      if (decisions.includes(UNREADABLE)) continue;
      const who = `${signatory.role} ${personLabel(plan, ref)}`;
      const ahead = approvals[0]?.cell('date');
      if (ahead) {
        ctx.report({
          range: ahead.range,
          target: signatory.key,
          message: `The closure approval of ${who} is dated ${dates[0] as string}, after ${ctx.asOf}: a sign-off counts from its date. Correct the date if it was given, or move the plan back to \`stage: closure\` until it is.`,
        });
        continue;
      }
      const pending = own[0];
      const decision = pending?.cell('decision');
      if (pending && decision && !decision.empty) {
        ctx.report({
          range: decision.range,
          target: signatory.key,
          message: `${who} has not approved the closure (Decision "${decision.text}"): obtain their approval and set Decision to Approved with the date, or move the plan back to \`stage: closure\`.`,
        });
        continue;
      }
      ctx.report({
        range: pending ? pending.range : keyAnchor(plan, signatory.key),
        target: signatory.key,
        message: `${who} has no Approved sign-off${register ? '' : ' (there is no Sign-off register)'}: record their decision in Sign-off with Decision Approved and the date, or move the plan back to \`stage: closure\`.`,
        related: register ? [{ range: register.heading.range, message: 'Sign-off register' }] : undefined,
      });
    }
  },
} satisfies Rule;
