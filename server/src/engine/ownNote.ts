/**
 * One person written with what they are (contract §2: a person reference with their own team or
 * role beside it): `Priya Raman / PMO`, `Priya Raman, PM`, `Sponsor (JK)`.
 */
import type { Plan, Row } from './model.js';
import { isBoardName } from './boards.js';
import { ACRONYM_NOTE, namedParts, rolesIn } from './domain.js';
import { BOARD_WITH_NOTE, NOTE_BESIDE_NAME } from './parse/people.js';
import { normPerson } from './parse/personForm.js';
import { TRAILING_NOTE, withoutParentheticals } from './text.js';
import { initialsOf } from './initials.js';

/**
 * One person written with what they are (`Priya Raman / PMO`, `Priya Raman, PM`, `Priya Raman -
 * PM`, `Sponsor (JK)`): a name, ID, handle or role one stakeholder holds beside their own team,
 * one of their roles, or the initials of their name or of one of their roles that are nobody
 * else's initials. Undefined when a note names anyone else or says something else.
 */
export function withOwnNote(plan: Plan, ref: string): Row | undefined {
  // A board with who answered for it, written with what they are: `Executive Committee (Jennifer
  // Kowalczyk, ADM)` is Jennifer Kowalczyk, as `Executive Committee (Jennifer Kowalczyk)` is.
  const board = BOARD_WITH_NOTE.exec(ref.trim());
  if (board && isBoardName(board[1]!.trim())) return withOwnNote(plan, board[2]!);
  const parts = namedParts(ref);
  const pieces = parts.length > 1 ? parts : ref.trim().split(NOTE_BESIDE_NAME);
  // A note in parentheses after it, as a RACI header writes who holds a role: `Sponsor (JK)`.
  const note = pieces.length < 2 ? TRAILING_NOTE.exec(ref) : null;
  if (note && note.index > 0) pieces.splice(0, 1, ref.slice(0, note.index), note[0].trim().slice(1, -1));
  if (pieces.length < 2) return undefined;
  let person: Row | undefined;
  const notes: string[] = [];
  for (const piece of pieces) {
    const row = plan.person(piece);
    if (!row) notes.push(piece);
    else if (person && person !== row) return undefined;
    else person = row;
  }
  if (!person || notes.length === 0) return undefined;
  return notes.every((note) => describesOwn(plan, person, note)) ? person : undefined;
}

/** Whether `note` is the stakeholder's team, one of their roles, their title, or initials only they have. */
function describesOwn(plan: Plan, row: Row, note: string): boolean {
  const n = normPerson(note);
  const team = row.value('team');
  if (team && normPerson(team) === n) return true;
  const roles = rolesIn(row.value('role') ?? '');
  if (roles.some((role) => normPerson(role) === n)) return true;
  if (row.cells.some((cell) => titleForms(cell.text).some((form) => normPerson(form) === n))) return true;
  const initials = note.trim();
  if (!/^\p{Lu}{2,4}$/u.test(initials) || !hasInitials(row, initials)) return false;
  // `PM` beside Priya Raman, the Project manager, `JK` beside the Sponsor, Jennifer Kowalczyk:
  // theirs, unless they are someone else's too.
  return plan.rows('stakeholders').every((other) => other === row || !hasInitials(other, initials));
}

/** Whether a stakeholder's name or one of their roles has these initials. */
function hasInitials(row: Row, initials: string): boolean {
  const name = row.value('name');
  if (name && initialsOf(name) === initials) return true;
  return rolesIn(row.value('role') ?? '').some((role) => initialsOf(role) === initials);
}

/**
 * A title as a cell of a stakeholder's row gives it (`Assistant Deputy Minister (ADM), Corporate
 * Services Division`), in the forms a reference writes it after their name (`Jennifer Kowalczyk,
 * ADM`, `Marc-André Tremblay, Executive Director`): the cell, a part of it between commas, and an
 * acronym in its parentheses.
 */
function titleForms(text: string): string[] {
  const parts = text.split(',').map((part) => withoutParentheticals(part));
  return [text, ...parts, ...[...text.matchAll(ACRONYM_NOTE)].map((m) => m[1]!)];
}
