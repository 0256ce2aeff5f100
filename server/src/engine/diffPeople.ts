/**
 * People in a plan diff: an owner reference resolved through the side's Stakeholders table
 * (`PlanStatus.personRefs`), so a reviewer reads "Priya Osei (S-03)" rather than an ID, and
 * writing the same person another way (`S-03` → `Priya Osei`, `p.osei`) is no change of owner.
 */
import type { PlanStatus, StakeholderView } from './statusTypes.js';

function stakeholderOf(s: PlanStatus, ref: string): StakeholderView | undefined {
  const at = s.personRefs.find((p) => p.ref === ref)?.stakeholder;
  return at === undefined ? undefined : s.stakeholders[at];
}

/** A reference as the diff shows it: "Name (S-03)" when it names a stakeholder, else as written. */
export function personShown(s: PlanStatus, ref: string | undefined): string {
  if (!ref) return 'nobody';
  const row = stakeholderOf(s, ref);
  if (!row?.id) return ref;
  return row.name && row.name !== row.id ? `${row.name} (${row.id})` : row.id;
}

/**
 * Whether two references, each read on its own side, name the same person: the same stakeholder
 * ID when both resolve, else the same words (in any case).
 */
export function samePerson(
  b: PlanStatus,
  before: string | undefined,
  a: PlanStatus,
  after: string | undefined,
): boolean {
  if ((before ?? '') === (after ?? '')) return true;
  if (!before || !after) return false;
  const was = stakeholderOf(b, before)?.id;
  const now = stakeholderOf(a, after)?.id;
  if (was && now) return was.toLowerCase() === now.toLowerCase();
  return before.trim().toLowerCase() === after.trim().toLowerCase();
}

/**
 * Whom a status note names as the one who acted (`Accepted by Eve Sim on behalf of Dan Orr`): the
 * words after "by", up to "on behalf", "for", a comma or a bracket; undefined when it names nobody.
 */
export function namedBy(status: string): string | undefined {
  const m = /\bby\s+(.+?)(?=\s+(?:on behalf|for|as|via|on \d)\b|\s*[,;()[\]]|\s+[-–—]\s|$)/i.exec(status);
  return m?.[1]?.trim() || undefined;
}

/** Whether `named` (a name written in a note) is the person `ref` names in `s`: as written, or by name or ID. */
export function isNamed(s: PlanStatus, ref: string | undefined, named: string): boolean {
  if (!ref) return false;
  const row = stakeholderOf(s, ref);
  const key = (text: string | undefined) => (text ?? '').trim().toLowerCase();
  return [ref, row?.name, row?.id].some((t) => !!t && key(t) === key(named));
}
