/**
 * A listed person written beside a note that is not theirs (contract §2): `Supplier – Ben Carter`,
 * `Corporate IT – Ben Carter`, `Service owner: Ben Carter`. The person index reads such a
 * reference only when the note is a role they hold or a cell of their row; otherwise it names
 * nobody as written, but it is no name missing from the Stakeholders table: it names someone
 * listed, beside a word that says something else (another team, a role others hold, or a word
 * nobody's row has, such as the supplier side they stand for).
 */
import type { Plan, Row } from './model.js';
import { rolesIn } from './domain.js';
import { holdersOfRoles, NOTE_BESIDE_NAME } from './parse/people.js';
import { normPerson } from './parse/personForm.js';
import { perPlan } from './perPlan.js';

/** What the note beside the person is: another person, another team, a role others hold, or none of these. */
export type BesideNote =
  | { readonly kind: 'person'; readonly other: Row }
  | { readonly kind: 'team' }
  | { readonly kind: 'role'; readonly holders: readonly Row[] }
  | { readonly kind: 'other' };

export interface BesideName {
  /** The listed person the reference names. */
  readonly row: Row;
  /** The note beside them, as written. */
  readonly note: string;
  readonly noteIs: BesideNote;
}

/** Stakeholders by role (normalised); worked out once per plan. */
const byRole: (plan: Plan) => ReadonlyMap<string, readonly Row[]> = perPlan((plan) =>
  holdersOfRoles(plan.rows('stakeholders')),
);

/**
 * The listed person and the note when the reference is one name, ID or handle and one note after
 * a spaced dash or a colon (either side first), or two people so joined; undefined otherwise (no
 * such split, neither side naming someone, a note that is theirs: the index reads it).
 */
export function besideListedName(plan: Plan, ref: string): BesideName | undefined {
  const sides = ref.trim().split(NOTE_BESIDE_NAME);
  if (sides.length !== 2 || sides.some((side) => !side.trim())) return undefined;
  const [a, b] = sides.map((side) => plan.person(side));
  if (a === undefined && b === undefined) return undefined;
  // Two people (`Ben Carter - Jane Doe`, `Service owner – Ben Carter` when one holds the role).
  if (a && b) return a === b ? undefined : { row: a, note: sides[1]!.trim(), noteIs: { kind: 'person', other: b } };
  const row = (a ?? b)!;
  const note = (a ? sides[1] : sides[0])!.trim();
  const n = normPerson(note);
  if (rolesIn(row.value('role') ?? '').some((role) => normPerson(role) === n)) return undefined;
  const holders = byRole(plan).get(n);
  if (holders && holders.length > 0) return { row, note, noteIs: { kind: 'role', holders } };
  const team = plan.rows('stakeholders').some((other) => normPerson(other.value('team') ?? '') === n);
  return { row, note, noteIs: team ? { kind: 'team' } : { kind: 'other' } };
}

/** Columns that already name the person or say how they are reached: never a way to name them. */
const NAMING_COLUMNS = new Set(['id', 'name', 'role', 'handle', 'team']);

/**
 * The one stakeholder whose row holds the reference as a whole cell of another column than those
 * that name them — their job title (`Head of Sales Operations` under Job title), as practitioners
 * write owners — with that column's header: a did-you-mean, not a reading (contract §2: a person
 * is named by ID, name, handle or the role in the Role column). Undefined when no row or several do.
 */
export function soleRowWithCell(
  plan: Plan,
  ref: string,
  display: (row: Row) => string,
): { readonly suggestion: string; readonly suggestionLabel: string; readonly meant: 'cell' } | undefined {
  const n = normPerson(ref);
  if (n.length < 4 || !/\p{L}/u.test(n)) return undefined;
  const table = plan.register('stakeholders')?.table;
  if (!table) return undefined;
  let found: { row: Row; header: string } | undefined;
  for (const row of table.rows) {
    const at = row.cells.findIndex(
      (c, i) => !NAMING_COLUMNS.has(table.columnKeys[i] ?? '') && c.text !== '' && normPerson(c.text) === n,
    );
    if (at < 0) continue;
    if (found) return undefined;
    found = { row, header: table.headers[at]?.text ?? 'row' };
  }
  if (!found) return undefined;
  const suggestion = found.row.value('name') ?? found.row.id!;
  return { suggestion, suggestionLabel: `${display(found.row)}, whose ${found.header} it is`, meant: 'cell' };
}
