/**
 * An A in a Responsibilities column that names a team (contract §2: an A sits in a column that
 * resolves to one person): the stakeholder the plan shows leading that team, when exactly one
 * does, and the fix that moves the A to them. Offered, never preferred: leading the team is not
 * owning this activity's outcome, which the plan's authors decide.
 */
import { raciLetters } from '../domain.js';
import { addColumnEdits, setCell } from '../fixes.js';
import type { Cell, Plan, Row, Table } from '../model.js';
import { resolveReference } from '../references.js';
import { normalizeWord } from '../text.js';
import type { Fix } from '../types.js';

/** A stakeholder who leads a team, and the Role or Responsibility text that says so. */
export interface TeamLead {
  readonly row: Row;
  /** `Grace Lindqvist (S-05, Service desk manager)`. */
  readonly label: string;
}

/** Words that say a role or responsibility leads what it names: `Service desk manager`, `Head of …`, `Chairs the CAB`. */
const LEADS =
  /\b(?:manager|lead|leader|leads|head|heads|chair|chairs|chairperson|chairman|director|supervisor|manages|runs)\b/i;

/** A second in command, who does not lead the team: `Deputy service desk manager`. */
const SECOND = /\b(?:deputy|assistant|vice|associate)\b/i;

/** Words of a team's name that do not tell teams apart. */
const TEAM_FILLER = new Set(['it', 'the', 'and', 'of', 'team', 'group', 'department', 'dept', 'unit']);

const wordsOf = (text: string): string[] =>
  normalizeWord(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** Whether a text names a team: every word of its name that tells teams apart (`IT Service Desk`: service, desk). */
function namesTeam(text: string, team: string): boolean {
  const words = wordsOf(text);
  const own = wordsOf(team).filter((w) => !TEAM_FILLER.has(w));
  return own.length > 0 && own.every((w) => words.includes(w));
}

/**
 * The one stakeholder whose Role or Responsibility leads `team` (`Service desk manager` for IT
 * Service Desk, `Chairs the CAB` for CAB); undefined when none or several do.
 */
export function teamLead(plan: Plan, team: string): TeamLead | undefined {
  const leads: TeamLead[] = [];
  for (const row of plan.rows('stakeholders')) {
    const said = [row.value('role'), row.value('responsibility')].find(
      (text) => text !== undefined && LEADS.test(text) && !SECOND.test(text) && namesTeam(text, team),
    );
    const name = row.value('name') ?? row.id;
    if (said && name) leads.push({ row, label: `${name} (${row.id ? `${row.id}, ` : ''}${said})` });
  }
  return leads.length === 1 ? leads[0] : undefined;
}

/** The column whose header is `person`, if the table has one. */
function columnOf(plan: Plan, table: Table, person: Row): number {
  return table.headers.findIndex((h) => {
    const r = h.empty ? undefined : resolveReference(plan, h.text);
    return r?.kind === 'person' && r.row === person;
  });
}

/**
 * The fix moving the team's A to its lead: the lead's cell gets the A (with the R it had: `A/R`;
 * C and I go, as the accountable one is neither), in a column added for them when the table has
 * none, and the team's cell gets `demoted` (the team still does the work: R). None when the lead's
 * cell holds something that is no RACI letter.
 */
export function moveToLeadFix(
  plan: Plan,
  table: Table,
  row: Row,
  teamCell: Cell,
  team: string,
  lead: TeamLead,
  demoted: (text: string) => string,
): Fix | undefined {
  const column = columnOf(plan, table, lead.row);
  const teamText = demoted(teamCell.text);
  const teamEdit = setCell(plan, teamCell, teamText);
  if (column < 0) {
    // A row cut short would get the new cell under another column.
    if (table.rows.some((r) => r.written < table.headers.length)) return undefined;
    const header = lead.row.id ?? lead.row.value('name')!;
    return {
      title: `Add a column ${header} with the A for ${lead.label}, and mark ${team} ${teamText}`,
      edits: [teamEdit, ...addColumnEdits(plan, table, header, new Map([[row.index, 'A']]))],
    };
  }
  const cell = row.cells[column];
  if (!cell) return undefined;
  const letters = raciLetters(cell.text);
  if (!cell.empty && letters.size === 0) return undefined;
  const leadText = letters.has('R') ? 'A/R' : 'A';
  return {
    title: `Mark ${lead.label} ${leadText} and ${team} ${teamText}`,
    edits: [setCell(plan, cell, leadText), teamEdit],
  };
}
