/**
 * A heading that probably means a register the plan lacks: `### Risk`, `### Key Milestones`,
 * `### Hand-overs`, `### Early Life Support (ELS)`, or a register's own name one level too deep
 * (`#### Risks`). Headings are matched as the contract says (exact names and aliases, after
 * normalising), so these are not read as the register; a finding that calls the register missing
 * names the heading, and offers to rename it instead of adding a second, empty register.
 */
import { LEADING_ROW_ID } from './domain.js';
import { registerForHeadingWith, type RegisterAliases } from './headings.js';
import type { Heading, Plan } from './model.js';
import { registerSpec, sectionForHeading, type RegisterKind } from './schema.js';
import { normalizeHeading } from './text.js';

/** A name's words for comparison: normalised, split at hyphens too, each without a plural s. */
function words(text: string): string[] {
  return normalizeHeading(text)
    .split(/[\s-]+/)
    .filter((w) => w)
    .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
}

/** Whether `inner` occurs in `outer` as consecutive words. */
function containsWords(outer: readonly string[], inner: readonly string[]): boolean {
  for (let i = 0; i + inner.length <= outer.length; i++) {
    if (inner.every((w, k) => outer[i + k] === w)) return true;
  }
  return false;
}

/** Names a heading may be read as for `kind`: the contract's title and aliases, then the configuration's. */
function namesOf(kind: RegisterKind, aliases: RegisterAliases | undefined): string[] {
  const spec = registerSpec(kind);
  const names = [spec.title, ...(spec.aliases ?? [])];
  for (const [name, k] of aliases ?? []) if (k === kind) names.push(name);
  return names;
}

/** Whether the heading's words hold one of the names (`hand over plan` holds `handover`). */
function mentions(heading: string, names: readonly string[]): boolean {
  const hw = words(heading);
  const joined = hw.join('');
  return names.some((name) => {
    const nw = words(name);
    const nj = nw.join('');
    return containsWords(hw, nw) || (nj.length >= 6 && joined.includes(nj));
  });
}

/**
 * The first heading that likely means register `kind`, which the plan lacks: a level-2 or
 * level-3 heading that is read as nothing else and mentions one of its names, or a deeper heading
 * that is exactly one of them. Handover checklists (`#### H-01 …`) are never one.
 */
export function nearMissHeading(plan: Plan, kind: RegisterKind, aliases?: RegisterAliases): Heading | undefined {
  const names = namesOf(kind, aliases);
  return plan.headings.find((h) => {
    if (h.depth < 2 || LEADING_ROW_ID.test(h.text)) return false;
    const readAs = registerForHeadingWith(h.text, aliases);
    if (h.depth > 3) return readAs === kind;
    if (readAs !== undefined || (h.depth === 2 && sectionForHeading(h.text) !== undefined)) return false;
    return mentions(h.text, names);
  });
}
