/**
 * Person and party references (contract 1.1 §2). A person reference is a stakeholder's ID, name
 * or handle, or a role exactly one stakeholder holds, alone or with their own team or role beside
 * it (`Priya Raman / PMO`); a party reference may also name a team (the Stakeholders Team column)
 * or a configured party. Unresolved references get a suggestion drawn from IDs, names, handles,
 * unique first or last names, misspelt roles and (where allowed) parties.
 */
import type { Plan, Row } from './model.js';
import type { RegisterKind } from './schema.js';
import { HANDLE, isRowId, namedParts, rolesIn } from './domain.js';
import { perPlan } from './perPlan.js';
import { capitalsAsInitials, spacedInitials, turnedNames } from './parse/initialsWritten.js';
import {
  bareListedName,
  BOARD_WITH_NOTE,
  holdersOfRoles,
  NOTE_BESIDE_NAME,
  onBehalfParts,
  withoutHonorific,
} from './parse/people.js';
import { isBoardName } from './boards.js';
import { normPerson } from './parse/personForm.js';
import { byPartOfName } from './partOfName.js';
import { besideListedName, soleRowWithCell, type BesideName } from './besideName.js';
import { didYouMean } from './suggest.js';
import { misspells } from './misspelling.js';
import { TRAILING_NOTE, withNote } from './text.js';
import { initialsOf, partyByInitials } from './initials.js';
import { writtenName } from './placeholders.js';
import { withOwnNote } from './ownNote.js';

export type Resolution =
  | { readonly kind: 'person'; readonly row: Row }
  | { readonly kind: 'party'; readonly name: string }
  /**
   * A role several stakeholders hold (`by: 'role'`), or a first or last name several have (`Steve`
   * for Steve Morgan and Steve Dalton, `by: 'name'`): never resolved to one of them at random.
   * `written` is the role as the table writes it, or the name as referenced.
   */
  | {
      readonly kind: 'ambiguous';
      readonly by: 'role' | 'name';
      readonly written: string;
      readonly holders: readonly Row[];
    }
  /**
   * A reference the Stakeholders table cannot answer: an ID (`S-08`) while it has no ID column
   * that is read, a name or role while it has no Name or Role column (a table-columns finding).
   * Whether it names someone cannot be judged, and is not reported.
   */
  | { readonly kind: 'unread' }
  | {
      readonly kind: 'unresolved';
      /** Replacement text for a quick fix. */
      readonly suggestion?: string;
      /** How the suggestion reads in a message: `Harriet Lowe (S-05)`. */
      readonly suggestionLabel?: string;
      /**
       * What the suggestion is: the one stakeholder with this first or last name (`part`) or these
       * initials (`initials`), a misspelt role (`role`) or team or party (`party`), or a near
       * spelling of an ID, name or handle (`near`). Only a near spelling may still be someone new.
       */
      readonly meant?: Meant;
      /** With `meant: 'beside'`: the listed person and the note beside them that is not theirs. */
      readonly beside?: BesideName;
    };

/** What an unresolved reference's suggestion is (see `Resolution`; `beside`: `Supplier – Ben Carter`). */
export type Meant = 'part' | 'initials' | 'role' | 'party' | 'near' | 'beside' | 'cell';

export interface ReferenceOptions {
  /** Teams and configured parties are allowed (Resources Provided by, Communication plan Owner …). */
  readonly parties?: boolean;
  /** The configuration's `parties`. */
  readonly configuredParties?: readonly string[];
}

/**
 * How a stakeholder reads in messages, fix titles, hovers and completions: "Ana Ng (S-02)"; "S-02
 * (Sponsor)" while their Name is still a placeholder (`Sponsor name`); else their name or ID.
 */
export function personDisplay(row: Row): string {
  const id = row.value('id');
  const name = row.value('name');
  if (!id || !name) return name ?? id ?? `row ${row.index + 1}`;
  if (writtenName(row)) return `${name} (${id})`;
  const role = row.value('role');
  return role ? withNote(id, role) : id;
}

/** A person reference by name and stakeholder ID, when it resolves; as written otherwise. */
export function personNamed(plan: Plan, ref: string): { name: string; id: string | undefined } {
  const row = ref ? plan.person(ref) : undefined;
  return { name: row?.value('name') ?? ref, id: row?.value('id') };
}

/** Stakeholders by role (normalised), in table order; worked out once per plan. */
const holdersByRole: (plan: Plan) => ReadonlyMap<string, readonly Row[]> = perPlan((plan) =>
  holdersOfRoles(plan.rows('stakeholders')),
);

/** Stakeholders who alone hold their role: a reference by that role resolves to them (§2). */
export function soleRoleHolders(plan: Plan): Row[] {
  return [...holdersByRole(plan).values()].filter((rows) => rows.length === 1).map((rows) => rows[0]!);
}

/** The teams of the Stakeholders table and the configured parties, as written. */
export function partyNames(plan: Plan, configured: readonly string[] = []): string[] {
  const seen = new Map<string, string>();
  for (const row of plan.rows('stakeholders')) {
    const team = row.value('team');
    if (team && !seen.has(normPerson(team))) seen.set(normPerson(team), team);
  }
  for (const p of configured) if (!seen.has(normPerson(p))) seen.set(normPerson(p), p);
  return [...seen.values()];
}

/**
 * The team (Stakeholders Team column) or configured party a reference names, as written, with
 * the stakeholders of that team in table order: where one person must answer, the reference is
 * then a group, and these are who could.
 */
export function namedParty(
  plan: Plan,
  ref: string,
  configured: readonly string[] = [],
): { readonly name: string; readonly members: readonly Row[] } | undefined {
  const name = partyNames(plan, configured).find((p) => normPerson(p) === normPerson(ref));
  if (name === undefined) return undefined;
  const members = plan.rows('stakeholders').filter((row) => normPerson(row.value('team') ?? '') === normPerson(name));
  return { name, members };
}

/**
 * Characters of the longest reference read as names: more than any cell naming people holds
 * (fifty names). A longer one (a pasted column, or hostile text in a pull request) names no one
 * listed unless it begins with them, and is not split, matched part by part against every
 * stakeholder or guessed at, so its cost stays bounded; it is reported as it is.
 */
export const MAX_REFERENCE_CHARS = 1000;

export function resolveReference(plan: Plan, ref: string, opts: ReferenceOptions = {}): Resolution {
  const row = plan.person(ref);
  if (row) return { kind: 'person', row };
  if (ref.length > MAX_REFERENCE_CHARS)
    return judgeable(plan, ref.trim()) ? { kind: 'unresolved' } : { kind: 'unread' };
  const holders = holdersByRole(plan).get(normPerson(ref));
  if (holders?.length === 1) return { kind: 'person', row: holders[0]! };
  if (holders && holders.length > 1) {
    // The role as the table writes it when a holder's cell is that role alone, else as referenced.
    const written = holders.map((h) => h.value('role')!).find((r) => normPerson(r) === normPerson(ref));
    return { kind: 'ambiguous', by: 'role', written: written ?? ref.trim(), holders };
  }
  const parties = opts.parties ? partyNames(plan, opts.configuredParties) : [];
  const party = parties.find((p) => normPerson(p) === normPerson(ref));
  if (party) return { kind: 'party', name: party };
  const described = withOwnNote(plan, ref);
  if (described) return { kind: 'person', row: described };
  if (!judgeable(plan, ref.trim())) return { kind: 'unread' };
  // A first or last name several stakeholders have (`Steve`): each of them may be meant.
  const sharing = byPartOfName(plan, ref);
  if (sharing.length > 1) return { kind: 'ambiguous', by: 'name', written: ref.trim(), holders: sharing };
  const beside = besideListedName(plan, ref);
  if (beside) {
    const suggestion = beside.row.value('name') ?? beside.row.value('id');
    return { kind: 'unresolved', suggestion, suggestionLabel: personDisplay(beside.row), meant: 'beside', beside };
  }
  // A board with who answered for it, written otherwise than listed (`PSC (Mr. Leung,
  // Chairman)`, `Projektausschuss: U. Müller`): whom the name suggests, or the several it may be.
  const boardNote = BOARD_WITH_NOTE.exec(ref.trim());
  const sides = boardNote ? [boardNote[1]!, boardNote[2]!] : ref.trim().split(NOTE_BESIDE_NAME);
  if (sides.length === 2 && isBoardName(sides[0]!.trim())) {
    const who = namedParts(sides[1]!)[0] ?? sides[1]!;
    const inner = resolveReference(plan, who, opts);
    if (inner.kind === 'ambiguous' || (inner.kind === 'unresolved' && inner.suggestion !== undefined)) return inner;
  }
  return { kind: 'unresolved', ...suggest(plan, ref, parties) };
}

/**
 * Someone acting for another person (`Eve Sim on behalf of Bob Ray`, both listed): the contract
 * takes a delegate only for a board (`… on behalf of the board`, read as the one who decided), so
 * here both are named and neither is the reference. Undefined otherwise.
 */
export function readDelegation(plan: Plan, ref: string): Delegation | undefined {
  const parts = onBehalfParts(ref);
  if (!parts) return undefined;
  const who = plan.person(parts.who);
  const forWhom = who ? plan.person(parts.forWhom) : undefined;
  return who && forWhom && who !== forWhom ? { who, forWhom, written: [parts.who, parts.forWhom] } : undefined;
}

/** Who acted for whom, with each as the reference writes them. */
export interface Delegation {
  readonly who: Row;
  readonly forWhom: Row;
  readonly written: readonly [string, string];
}

/** A part of a reference that names several which names nobody listed, with what it may mean. */
export interface UnresolvedPart {
  readonly part: string;
  readonly suggestion?: string;
  readonly suggestionLabel?: string;
}

/**
 * A part of a reference that names several which is a group, where one person answers: a team
 * of the Stakeholders table (or a configured party), or a role several stakeholders hold.
 */
export type GroupPart =
  | { readonly part: string; readonly kind: 'team'; readonly name: string; readonly members: readonly Row[] }
  | {
      readonly part: string;
      readonly kind: 'ambiguous';
      /** A role several hold, or a first or last name several have. */
      readonly by: 'role' | 'name';
      readonly written: string;
      readonly holders: readonly Row[];
    };

/**
 * How a reference that names several (`Daniel Osei / Sofia Brandt`, `S-06, S-99`) reads, part by
 * part, when it does not resolve as a whole: each part a different person or party (`several`),
 * or some parts nobody listed, a team where only people are allowed, or a role several hold,
 * while the others name someone (`unresolved`: those parts, and the `groups`). Anything else (one
 * part, no part naming anyone, a part that cannot be judged, two parts naming one person) is
 * undefined: the reference is judged as a whole.
 */
export type SeveralReading =
  | { readonly kind: 'several'; readonly parts: readonly string[] }
  | {
      readonly kind: 'unresolved';
      readonly parts: readonly string[];
      /** The parts nobody listed has. */
      readonly unresolved: readonly UnresolvedPart[];
      /** The parts that are a team or a role several hold, where people are named (`Priya Raman / Finance`). */
      readonly groups?: readonly GroupPart[];
    };

export function readSeveral(plan: Plan, ref: string, opts: ReferenceOptions = {}): SeveralReading | undefined {
  if (ref.length > MAX_REFERENCE_CHARS) return undefined;
  const parts = namedParts(ref);
  if (parts.length < 2) return undefined;
  const named = new Set<unknown>();
  const unresolved: UnresolvedPart[] = [];
  const groups: GroupPart[] = [];
  for (const part of parts) {
    const r = resolveReference(plan, part, opts);
    if (r.kind === 'person') named.add(r.row);
    else if (r.kind === 'party') named.add(normPerson(r.name));
    else if (r.kind === 'ambiguous') groups.push({ part, ...r });
    else if (r.kind === 'unresolved') {
      // A team where only people are allowed: a group, not a name nobody has.
      const team = opts.parties ? undefined : namedParty(plan, part, opts.configuredParties);
      if (team) groups.push({ part, kind: 'team', ...team });
      else unresolved.push({ part, suggestion: r.suggestion, suggestionLabel: r.suggestionLabel });
    } else return undefined;
  }
  // Nobody named: the reference is judged as a whole.
  if (unresolved.length + groups.length === parts.length) return undefined;
  if (unresolved.length > 0 || groups.length > 0)
    return { kind: 'unresolved', parts, unresolved, ...(groups.length > 0 ? { groups } : {}) };
  return named.size === parts.length ? { kind: 'several', parts } : undefined;
}

/**
 * Whether a register's table has rows but not the column (absent, or under a header Handoff does
 * not read: table-columns' finding). What only that column could answer is then not judged.
 */
export function columnUnread(plan: Plan, kind: RegisterKind, key: string): boolean {
  const table = plan.register(kind)?.table;
  return table !== undefined && table.rows.length > 0 && !table.has(key);
}

/**
 * Whether a reference nobody matched can be called unresolved: an ID needs the ID column read, a
 * name or role both the Name and Role columns (required columns: their absence is table-columns'
 * finding). A handle is found in any cell.
 */
export function judgeable(plan: Plan, ref: string): boolean {
  if (ref.startsWith('@')) return true;
  if (isRowId(ref)) return !columnUnread(plan, 'stakeholders', 'id');
  return !columnUnread(plan, 'stakeholders', 'name') && !columnUnread(plan, 'stakeholders', 'role');
}

/** What initials (`DO`, `PM`) stand for: one stakeholder by name, or a role one stakeholder holds. */
function initialsMatch(plan: Plan, ref: string): { suggestion: string; suggestionLabel: string } | undefined {
  if (!/^\p{Lu}{2,3}$/u.test(ref)) return undefined;
  const rows = plan.rows('stakeholders');
  const byName = rows.filter((row) => {
    const name = row.value('name');
    return name !== undefined && initialsOf(name) === ref;
  });
  const byRole = [...holdersByRole(plan)].filter(([role, holders]) => holders.length === 1 && initialsOf(role) === ref);
  const people = new Set([...byName, ...byRole.map(([, holders]) => holders[0]!)]);
  if (people.size !== 1) return undefined;
  if (byName.length === 1) return { suggestion: byName[0]!.value('name')!, suggestionLabel: personDisplay(byName[0]!) };
  const [key, [holder]] = byRole[0]!;
  // In lower case as its holder's cell writes it: the key has no accents (normPerson).
  const written =
    rolesIn(holder!.value('role') ?? '')
      .find((r) => normPerson(r) === key)
      ?.toLowerCase() ?? key;
  const role = written.charAt(0).toUpperCase() + written.slice(1);
  return { suggestion: role, suggestionLabel: `${role} (${holder!.value('id') ?? personDisplay(holder!)})` };
}

/**
 * The one stakeholder listed with these two words in the other order (`Yuki Sato` for `Sato Yuki`,
 * listed family name first), with the initials at the other end or without points (`Ramesh K.S.`,
 * `KS Ramesh` for `K. S. Ramesh`): offered, never applied: only capitals say which is the family name.
 */
function byNameTurned(plan: Plan, ref: string): Row | undefined {
  const spelt = capitalsAsInitials(ref); // `KS Ramesh` for `K. S. Ramesh`, in either order
  const bare = (r: string): string => spacedInitials(withoutHonorific(normPerson(r)) ?? normPerson(r));
  const turned = [...turnedNames(bare(ref)), ...(spelt ? [bare(spelt), ...turnedNames(bare(spelt))] : [])];
  if (turned.length === 0) return undefined;
  const [row, ...others] = plan.rows('stakeholders').filter((r) => turned.includes(spacedInitials(bareListedName(r))));
  return others.length === 0 ? row : undefined;
}

type Suggestion = Omit<Extract<Resolution, { kind: 'unresolved' }>, 'kind'>;

/** The one stakeholder a note names by initials or a first or last name (`ADM (JK)`, `ED (Tremblay)`). */
function byNote(plan: Plan, note: string): Suggestion | undefined {
  const [row, ...more] = byPartOfName(plan, note);
  const named =
    row && more.length === 0 ? { suggestion: row.value('name')!, suggestionLabel: personDisplay(row) } : undefined;
  const found = named ?? initialsMatch(plan, note.trim());
  return found && { ...found, meant: 'initials' };
}

/**
 * A unique first or last name, or initial and last name (`S. Brandt`, `S Brandt`), else the
 * closest ID, name, handle, role or party; for a reference with a note in parentheses after it,
 * what the name before the note may mean.
 */
function suggest(plan: Plan, ref: string, parties: readonly string[]): Suggestion {
  // A note after the name (`E. Hart (Service Owner)`): the name is what may be misspelt. The note
  // stays in the suggestion when the reference still resolves with it.
  const note = TRAILING_NOTE.exec(ref);
  if (note && note.index > 0) {
    const inner = suggest(plan, ref.slice(0, note.index), parties);
    // A title the table does not list, with whose it is in the note (`ADM (JK)`): whom it names.
    if (inner.suggestion === undefined) return byNote(plan, note[0].trim().slice(1, -1)) ?? inner;
    const withNote = `${inner.suggestion} ${note[0].trim()}`;
    return { ...inner, suggestion: plan.person(withNote) ? withNote : inner.suggestion };
  }
  const byPart = byPartOfName(plan, ref);
  if (byPart.length === 1) {
    const name = byPart[0]!.value('name')!;
    return { suggestion: name, suggestionLabel: personDisplay(byPart[0]!), meant: 'part' };
  }
  const turned = byNameTurned(plan, ref);
  if (turned) return { suggestion: turned.value('name')!, suggestionLabel: personDisplay(turned), meant: 'near' };
  // Initials, as RACI headers and minutes write people and roles (`DO`, `PM`): the one stakeholder
  // whose name, or whose sole-held role, they are the initials of. Before a near spelling: `PM`
  // is the Project manager, not the `PMO` one letter away.
  const initials = initialsMatch(plan, ref.trim());
  if (initials) return { ...initials, meant: 'initials' };
  const acronym = partyByInitials(ref.trim(), parties);
  if (acronym) return { suggestion: acronym, suggestionLabel: acronym, meant: 'party' };
  const byCell = soleRowWithCell(plan, ref, personDisplay); // their job title
  if (byCell) return byCell;
  const rows = plan.rows('stakeholders');
  const labels = new Map<string, string>();
  for (const row of rows) {
    for (const key of ['id', 'name'] as const) {
      const v = row.value(key);
      if (v) labels.set(v, key === 'name' ? personDisplay(row) : v);
    }
    for (const c of row.cells) for (const m of c.text.matchAll(HANDLE)) labels.set(m[0], m[0]);
  }
  const people = new Set(labels.keys());
  // A role is meant only where the reference misspells it, not where it names another role
  // (`Service Desk Manager` is no `Service level manager`).
  const roles = new Set<string>();
  for (const [role, holders] of holdersByRole(plan)) {
    const written = holders[0]!.value('role')!;
    if (labels.has(written)) continue;
    roles.add(written);
    labels.set(
      written,
      holders.length === 1 ? `${written} (${holders[0]!.value('id') ?? personDisplay(holders[0]!)})` : role,
    );
  }
  for (const p of parties) if (!labels.has(p)) labels.set(p, p);
  const candidates = [...labels.keys()].filter((label) => !roles.has(label) || misspells(ref, label));
  const suggestion = didYouMean(ref, candidates);
  if (!suggestion) return {};
  const meant = people.has(suggestion) ? 'near' : roles.has(suggestion) ? 'role' : 'party';
  return { suggestion, suggestionLabel: labels.get(suggestion), meant };
}
