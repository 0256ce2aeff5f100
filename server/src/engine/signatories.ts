/**
 * Whose sign-off closure needs, and whose a Sign-off row is: the sponsor's and the service
 * owner's (front-matter person references), matched by ID, name, @handle or role as every
 * reference is, else by the text written. What `handoff report` says of who has not signed.
 */
import type { Plan } from './model.js';
import { normalizeWord } from './text.js';

/** The people whose approval closes a transition, by their key in the plan's meta. */
export const SIGNATORIES = ['sponsor', 'serviceOwner'] as const;
export type Signatory = (typeof SIGNATORIES)[number];

/** Two person references name the same person: both resolve to one stakeholder, or read the same. */
export function samePerson(plan: Plan, a: string, b: string): boolean {
  const rowA = plan.person(a);
  const rowB = plan.person(b);
  if (rowA && rowB) return rowA === rowB;
  return normalizeWord(a) === normalizeWord(b);
}

/** The signatories a Sign-off row's Stakeholder cell names (one person may be both). */
export function signatoriesNamed(plan: Plan, stakeholder: string): Signatory[] {
  if (!stakeholder) return [];
  return SIGNATORIES.filter((key) => {
    const ref = plan.meta[key];
    return !!ref && samePerson(plan, ref, stakeholder);
  });
}
