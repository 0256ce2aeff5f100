/**
 * How views show a person reference: the stakeholder's name, with the ID and role for the
 * tooltip or title. Pure (no `vscode`), shared by the tree and the webview renderers.
 */
import type { PlanStatus } from '../../../server/src/protocol.js';

export interface PersonDisplay {
  /** The name, else the reference as written. */
  readonly name: string;
  /** "S-11 · Change manager", or why the reference names nobody. */
  readonly detail: string;
  readonly known: boolean;
}

export function personDisplay(status: Pick<PlanStatus, 'personRefs' | 'stakeholders'>, ref: string): PersonDisplay {
  const hit = (status.personRefs ?? []).find((p) => p.ref === ref);
  const s = hit ? status.stakeholders[hit.stakeholder] : undefined;
  if (!s) return { name: ref, detail: `${ref} is not in the Stakeholders table`, known: false };
  return { name: s.name || s.id || ref, detail: [s.id, s.role].filter(Boolean).join(' · '), known: true };
}

/** "Ana Ng (S-11 · Change manager)": a name with its ID, for tooltips and screen readers. */
export function personWithId(status: Pick<PlanStatus, 'personRefs' | 'stakeholders'>, ref: string): string {
  const p = personDisplay(status, ref);
  return p.known && p.detail ? `${p.name} (${p.detail})` : p.name;
}
