import { CORE_ROLES, coreRoleName, isRowId } from '../domain.js';
import type { Row } from '../model.js';
import { judgeable, readSeveral, resolveReference } from '../references.js';
import { misspeltKeys } from '../misspeltKeys.js';
import { writtenName } from '../placeholders.js';
import { personRef } from '../personStyle.js';
import { yamlScalar } from '../frontMatter.js';
import type { Rule } from '../rule.js';
import { FRONT_MATTER_KEYS } from '../schema.js';
import { normalizeWord } from '../text.js';
import { didYouMean, suggestionText } from '../suggest.js';
import type { Fix } from '../types.js';
import { frontMatterAnchor, insertAt, replace } from './util.js';
import { ambiguousReference, besideNote, unresolvedParts } from './personCheck.js';
import { keepOnly } from './personFixes.js';
import { isEmptyValue } from '../emptyValues.js';

/** The stakeholder whose Role names the core role, if exactly one does. */
function stakeholderInRole(rows: readonly Row[], role: string): Row | undefined {
  const matches = rows.filter((r) => normalizeWord(r.value('role') ?? '').includes(role));
  return matches.length === 1 ? matches[0] : undefined;
}

export const missingCoreRole = {
  name: 'missing-core-role',
  severity: 'error',
  stage: 'always',
  fixable: 'sometimes',
  description:
    "Fires when the front matter's `sponsor`, `service_owner` or `project_manager` is unset or not known yet (`TBC`), names no row of the Stakeholders table, names several people (`S-01, S-02`), or could be several (a role several hold, a first name several have).",
  docs: 'Every transition needs a sponsor who funds it and approves closure, a service owner who will own the service after handover, and a project manager who runs it. Each must be a listed stakeholder (by ID, name or @handle) so the plan shows who they are and how they are reached. Each role is one person: a value that names several (`S-01, S-02`, `Daniel Osei / Sofia Brandt`) gets one fix per name that keeps it, and one that could be several (`Steve`, with two listed) a fix for each, the one listed in the role preferred. A value written as not known yet (`TBC`, `To be confirmed`) names no one yet, as an empty cell does. The quick fix fills in the stakeholder whose Role names the role, or the closest listed name, quoted where YAML needs it (`"@p.raman"`).',
  check(ctx) {
    const { plan } = ctx;
    const fm = plan.frontMatter;
    // Unreadable or absent front matter is reported once by front-matter-syntax / -schema.
    if (fm.errors.length || !fm.present) return;
    const stakeholders = plan.rows('stakeholders');
    const eol = plan.lines.eol();
    // A role key written under a near name (`service-owner`) is front-matter-schema's one finding.
    const misspelt = misspeltKeys(
      fm.entries,
      FRONT_MATTER_KEYS.map((k) => k.key),
    );
    for (const { key, person, why } of CORE_ROLES) {
      const role = coreRoleName(person);
      const v = fm.entries.get(key);
      if (!v && misspelt.has(key)) continue;
      const byRole = stakeholderInRole(stakeholders, role);
      // How the plan writes people is read from all its cells: only when a finding needs it.
      const roleRefOf = (): string | undefined => (byRole ? personRef(plan, byRole) || undefined : undefined);
      const text = v?.kind === 'scalar' && typeof v.value === 'string' ? v.value.trim() : undefined;
      if (v && v.kind !== 'null' && text === undefined) continue; // a wrong type: front-matter-schema's finding
      // `TBC`, `TBD`, `To be confirmed`: no one named yet, as an empty cell names no one (§3).
      const notYet = text !== undefined && text !== '' && isEmptyValue(text);
      if (!text || notYet) {
        const roleRef = roleRefOf();
        const fixes: Fix[] = [];
        if (roleRef) {
          const line = v ? plan.lines.lineRange(v.keyRange.start.line) : undefined;
          fixes.push({
            title: `Set ${key} to ${roleRef} (${writtenName(byRole!) ?? byRole!.value('role') ?? roleRef})`,
            edits: [
              notYet
                ? replace(v!.range, yamlScalar(roleRef))
                : line
                  ? replace({ start: v!.keyRange.start, end: line.end }, `${key}: ${roleRef}`)
                  : insertAt(plan, fm.closingOffset, `${key}: ${roleRef}${eol}`),
            ],
            isPreferred: true,
          });
        }
        const names = notYet ? `${key} is "${text}": no ${role} is named yet` : `The plan names no ${role}`;
        ctx.report({
          range: v ? (notYet ? v.range : v.keyRange) : frontMatterAnchor(plan),
          target: key,
          message: `${names} (${why}). Set "${key}" to a stakeholder's ID, name or @handle${notYet ? ' once confirmed' : ''}.${roleRef ? ` ${listed(byRole!, roleRef)} is listed as ${role}.` : ''}`,
          fixes,
        });
        continue;
      }
      // Without stakeholders nothing resolves; missing-stakeholders says so once instead.
      // A person as references read one: with their own team or role beside (`Priya Raman / PMO`).
      if (stakeholders.length === 0) continue;
      const resolved = resolveReference(plan, text);
      if (resolved.kind === 'person') continue;
      // A role several hold, a name several have (`Steve`): each of them, the one in the role first.
      if (resolved.kind === 'ambiguous') {
        const holder = byRole ? { holder: byRole, holderIs: `is listed as ${role}` } : {};
        const check = { write: yamlScalar, field: key, ...holder };
        ctx.report({ range: v!.range, target: key, ...ambiguousReference(plan, key, text, resolved, v!.range, check) });
        continue;
      }
      // A reference the table cannot answer (its ID, Name or Role column is not read) is
      // table-columns' finding, not this one.
      if (!judgeable(plan, text)) continue;
      // Several people (`S-01, S-02`): the role is one of them.
      const split = readSeveral(plan, text);
      if (split?.kind === 'several') {
        ctx.report({
          range: v!.range,
          target: key,
          message: `${key} "${text}" names ${split.parts.length} people, and the ${role} (${why}) is one person: keep the one who is.`,
          fixes: keepOnly(split.parts, v!.range, yamlScalar),
        });
        continue;
      }
      if (split?.kind === 'unresolved') {
        const words = { what: key, where: 'the Stakeholders table', several: false, write: yamlScalar };
        ctx.report({ range: v!.range, target: key, ...unresolvedParts(split, text, v!.range, words) });
        continue;
      }
      // A listed person beside a note that is not theirs (`Supplier – Ben Carter`), or two people so joined.
      if (resolved.kind === 'unresolved' && resolved.beside) {
        ctx.report({ range: v!.range, target: key, ...besideNote(key, text, resolved.beside, v!.range, yamlScalar) });
        continue;
      }
      // Stakeholder IDs are all one edit apart, so for an ID the stakeholder in the role is the better
      // guess; a first or last name only one stakeholder has (`Dave`) is that one.
      const part = resolved.kind === 'unresolved' && resolved.meant === 'part' ? resolved.suggestion : undefined;
      const suggestion =
        part ?? (isRowId(text) ? roleRefOf() : undefined) ?? didYouMean(text, plan.personNames()) ?? roleRefOf();
      ctx.report({
        range: v!.range,
        target: key,
        message: part
          ? `${key} "${text}" is only part of a stakeholder's name.${suggestionText(suggestion)} The ${role} (${why}) must be a listed stakeholder: write their listed name, ID or @handle.`
          : `${key} "${text}" is not in the Stakeholders table.${suggestionText(suggestion)} The ${role} (${why}) must be a listed stakeholder: add them, or use a listed ID, name or @handle.`,
        fixes: suggestion
          ? [
              {
                title: `Replace with "${suggestion}"`,
                edits: [replace(v!.range, yamlScalar(suggestion))],
                isPreferred: true,
              },
            ]
          : undefined,
      });
    }
  },
} satisfies Rule;

/** The stakeholder in a role as a message names them: "Ana Ng (S-01)", or "S-01" while the Name is a placeholder. */
function listed(row: Row, ref: string): string {
  const name = writtenName(row);
  return name && name !== ref ? `${name} (${ref})` : ref;
}
