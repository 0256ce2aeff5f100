/**
 * Initials as plans write people, roles and organisations for short: `DO` for Daniel Osei, `PM`
 * for the Project manager, `SDSS` for State Digital Shared Services.
 */
import { ACRONYM_SKIPS, acronymOf } from './domain.js';
import { withoutHonorific, withoutPostNominals } from './parse/people.js';
import { withoutParentheticals } from './text.js';

/** Initials of a name's or a role's words (`Daniel Osei` → `DO`), parentheticals, titles and letters after a name left out. */
export function initialsOf(text: string): string {
  const bare = withoutParentheticals(text);
  const untitled = withoutHonorific(bare) ?? bare;
  return (withoutPostNominals(untitled) ?? untitled)
    .split(/[\s-]+/)
    .filter((w) => /^\p{L}/u.test(w))
    .map((w) => w[0]!.toUpperCase())
    .join('');
}

/** An organisation's acronym: its words' initials, the small words left out or kept lower-case (`DoT`). */
function acronymsOf(name: string): readonly string[] {
  const bare = withoutParentheticals(name);
  const words = bare.split(/[\s-]+/).filter((w) => /^\p{L}/u.test(w));
  const small = words.map((w) => (ACRONYM_SKIPS.has(w.toLowerCase()) ? w[0]!.toLowerCase() : w[0]!.toUpperCase()));
  return [...new Set([acronymOf(bare), small.join('')])];
}

/**
 * The one team or party (as written) whose acronym a reference is (`SDSS` for State Digital
 * Shared Services): a suggestion, never a resolution, since an acronym may stand for another
 * organisation the plan does not list. Undefined when none or several have it.
 */
export function partyByInitials(ref: string, parties: readonly string[]): string | undefined {
  if (!/^\p{Lu}[\p{Lu}a-z]{1,5}$/u.test(ref) || !/\p{Lu}.*\p{Lu}/u.test(ref)) return undefined;
  const matches = parties.filter((p) => p.trim().split(/\s+/).length > 1 && acronymsOf(p).includes(ref));
  return matches.length === 1 ? matches[0] : undefined;
}
