/**
 * Checking a reference to a person (or a party) for the rules that read one: a role several
 * stakeholders hold, a team or a board where one person answers, several people where one does,
 * a name nobody has, each reported with what it may mean and a fix that writes it.
 */
import type { Plan, Row } from '../model.js';
import { keepOnly, replaceWithEach } from './personFixes.js';
import { personRef } from '../personStyle.js';
import {
  namedParty,
  personDisplay,
  readDelegation,
  readSeveral,
  resolveReference,
  type Delegation,
  type GroupPart,
  type Resolution,
  type SeveralReading,
} from '../references.js';
import type { Fix, Range } from '../types.js';
import type { BesideName } from '../besideName.js';
import type { RuleContext } from '../rule.js';
import { mailboxParts } from '../parse/people.js';
import { boardMembers } from '../control.js';
import { isBoardName } from '../boards.js';
import { replace } from './util.js';
import { mayBeNewStakeholder } from '../newStakeholder.js';

/** What a reference may name: `parties` as well as people, `several` of them (a joint approval). */
export interface PersonCheck {
  readonly parties?: boolean;
  readonly several?: boolean;
  /** How a fix writes a reference: as it is in a cell; front matter quotes what YAML would not read back. */
  readonly write?: (text: string) => string;
  /**
   * The stakeholder the reference's context names (a Sign-off row's Role, the role of a
   * front-matter key): who a board, a role several hold or a name several have means first.
   */
  readonly holder?: Row;
  /** Why `holder` is meant, after their name in a message: "holds the row's role" unless said. */
  readonly holderIs?: string;
  /** What the person in the column did, for someone who did it for another: "signed", "approved". */
  readonly acted?: string;
  /** People who already have their place (another RACI column): never the did-you-mean. */
  readonly taken?: ReadonlySet<Row>;
  /** What the reference is, in a fix's title (`owner`: "Set owner to Dee Fox (S-04)"). */
  readonly field?: string;
}

/**
 * Checks a person (or, with `parties`, a party) reference and reports `unresolved-reference`-style
 * findings: a role several stakeholders hold (naming them, a fix for each, none preferred), several
 * people where one answers for the row (a fix keeps each), a name nobody has (with a did-you-mean
 * and a quick fix), or, among several names, the ones nobody has and the teams and shared roles
 * (each said as what it is). Returns the matched Stakeholders row, if a person. `label` names the reference in messages (a function:
 * worked out only when there is a finding).
 */
export function checkPerson(
  ctx: RuleContext,
  ref: string,
  range: Range,
  label: string | (() => string),
  target?: string,
  check: PersonCheck = {},
): Row | undefined {
  const { parties = false, several = false, write = (text: string) => text, holder, holderIs, taken, field } = check;
  const opts = { parties, configuredParties: ctx.config.parties };
  const r = resolveReference(ctx.plan, ref, opts);
  if (r.kind === 'person') return r.row;
  if (r.kind === 'party' || r.kind === 'unread') return undefined;
  const what = typeof label === 'string' ? label : label();
  if (r.kind === 'ambiguous') {
    ctx.report({
      range,
      target,
      ...ambiguousReference(ctx.plan, what, ref, r, range, { write, field, holder, holderIs }),
    });
    return undefined;
  }
  const where = parties ? 'the Stakeholders table, its teams or the configured parties' : 'the Stakeholders table';
  const allowed = parties ? 'a listed ID, name, @handle, role, team or party' : 'a listed ID, name, @handle or role';
  // Someone for another person (`Eve Sim on behalf of Bob Ray`): both named, neither the reference.
  const delegation = readDelegation(ctx.plan, ref);
  if (delegation) {
    ctx.report({ range, target, ...delegated(what, ref, delegation, range, check) });
    return undefined;
  }
  const split = readSeveral(ctx.plan, ref, opts);
  if (split?.kind === 'several') {
    if (several) return undefined;
    ctx.report({
      range,
      target,
      message: `${what} "${ref}" names ${split.parts.length} ${parties ? 'people or teams' : 'people'}: one answers for it. Keep the one who does.`,
      fixes: keepOnly(split.parts, range, write),
    });
    return undefined;
  }
  if (split?.kind === 'unresolved') {
    ctx.report({ range, target, ...unresolvedParts(split, ref, range, { what, where, allowed, several, write }) });
    return undefined;
  }
  // A mailbox whose name is one stakeholder and whose address is another's.
  const mailbox = mailboxParts(ref);
  const byName = mailbox?.name ? ctx.plan.person(mailbox.name) : undefined;
  const byAddress = mailbox ? ctx.plan.person(mailbox.address) : undefined;
  if (byName && byAddress && byName !== byAddress) {
    const keep = [byName, byAddress].map((row) => personRef(ctx.plan, row));
    ctx.report({
      range,
      target,
      message: `${what} "${ref}" names ${personDisplay(byName)} by name and ${personDisplay(byAddress)} by address: write the one who answers for it.`,
      fixes: keepOnly(keep, range, write),
    });
    return undefined;
  }
  const team = parties ? undefined : namedParty(ctx.plan, ref, ctx.config.parties);
  if (team) {
    ctx.report({ range, target, ...teamNotPerson(ctx.plan, what, team, range, write) });
    return undefined;
  }
  if (!parties && isBoardName(ref)) {
    ctx.report({
      range,
      target,
      ...boardNotPerson(ctx.plan, what, ref, boardMembers(ctx.plan, ctx.config), range, write, holder, holderIs),
    });
    return undefined;
  }
  if (r.beside) {
    ctx.report({ range, target, ...besideNote(what, ref, r.beside, range, write, several) });
    return undefined;
  }
  const suggested = r.suggestion ? ctx.plan.person(r.suggestion) : undefined;
  const suggestion = suggested && taken?.has(suggested) ? undefined : r.suggestion;
  const meant = suggestion && r.suggestionLabel ? ` Did you mean ${r.suggestionLabel}?` : '';
  ctx.report({
    range,
    target,
    message:
      suggestion !== undefined && r.meant === 'part'
        ? `${what} "${ref}" is only part of a stakeholder's name.${meant} Write their listed name, ID or @handle.`
        : `${what} "${ref}" is not in ${where}.${meant} ${toDo(ctx, ref, range, allowed, parties)}`,
    fixes: suggestion
      ? [{ title: `Replace with "${suggestion}"`, edits: [replace(range, write(suggestion))], isPreferred: true }]
      : undefined,
  });
  return undefined;
}

/**
 * A listed person beside a note that is not theirs (`Supplier – Ben Carter`): said as what it is,
 * not as a name nobody has, with a fix writing the person's listed name, preferred only when the
 * note names nobody else (another team or another's role may mean someone else is meant); beside
 * another person, as several people, with a fix keeping each, and where an approval may be joint
 * (`several`) one writing both as a list, which a dash is not: it reads as a name with a note.
 */
export function besideNote(
  what: string,
  ref: string,
  beside: BesideName,
  range: Range,
  write: (text: string) => string,
  several = false,
): { message: string; fixes?: Fix[] } {
  const { row, note, noteIs } = beside;
  if (noteIs.kind === 'person') {
    const names = [row, noteIs.other].map((r) => r.value('name') ?? r.value('id')!);
    const both = `${personDisplay(row)} and ${personDisplay(noteIs.other)}`;
    if (!several)
      return {
        message: `${what} "${ref}" names ${both}: one answers for it. Keep the one who does.`,
        fixes: keepOnly(names, range, write),
      };
    const joint = names.join(', ');
    return {
      message: `${what} "${ref}" names ${both} joined by a dash, which reads as a name with a note: if both answer for it, write "${joint}"; if one does, keep that one.`,
      fixes: [{ title: `Write "${joint}"`, edits: [replace(range, write(joint))] }, ...keepOnly(names, range, write)],
    };
  }
  const is =
    noteIs.kind === 'team'
      ? 'a team they are not in'
      : noteIs.kind === 'role'
        ? `the role of ${noteIs.holders.map(personDisplay).join(', ')}`
        : 'which is neither a role they hold nor a cell of their row';
  const name = row.value('name') ?? row.value('id')!;
  return {
    message: `${what} "${ref}" names ${personDisplay(row)} beside "${note}", ${is}: write their listed name, ID or @handle.`,
    fixes: [
      {
        title: `Replace with "${name}"`,
        edits: [replace(range, write(name))],
        ...(noteIs.kind === 'other' ? { isPreferred: true } : {}),
      },
    ],
  };
}

/**
 * What to do about a reference nobody has: add them as a stakeholder only where it may be a
 * person's name (the editor offers that fix: `mayBeNewStakeholder`), list an organisation as a
 * party where one may be named, else use someone listed.
 */
function toDo(ctx: RuleContext, ref: string, range: Range, allowed: string, parties: boolean): string {
  if (mayBeNewStakeholder(ctx.plan, ref, range, ctx.config.parties))
    return `Add them as a stakeholder or use ${allowed}.`;
  return parties
    ? `Use ${allowed}, or list it under \`parties\` in the configuration if it is an organisation.`
    : `Use ${allowed}.`;
}

/** Members of a team a message names, at most; the fixes offer the same ones. */
const MEMBERS_NAMED = 4;

/** Why a Sign-off row's `holder` is meant, unless the check says otherwise. */
const HOLDS_ROLE = "holds the row's role";

/**
 * A role several stakeholders hold, or a name several have (`Steve` for Steve Morgan and Steve
 * Dalton): said with who they are, a fix for each. None is preferred, unless the context names
 * one of them (`holder`: the Sign-off row's role, the front-matter key's role): that one, first.
 */
export function ambiguousReference(
  plan: Plan,
  what: string,
  ref: string,
  r: Extract<Resolution, { kind: 'ambiguous' }>,
  range: Range,
  { write = (text: string) => text, field, holder, holderIs = HOLDS_ROLE }: PersonCheck,
): { message: string; fixes?: Fix[] } {
  const n = r.holders.length;
  const listed = r.holders.map(personDisplay).join(', ');
  const head =
    r.by === 'role'
      ? `${what} "${ref}" is a role held by ${n} stakeholders (${listed})`
      : `${what} "${ref}" could be any of ${n} stakeholders (${listed})`;
  const meant = holder && r.holders.includes(holder) ? holder : undefined;
  const offered = meant ? [meant, ...r.holders.filter((h) => h !== meant)] : r.holders;
  const fixes = replaceWithEach(plan, offered.slice(0, MEMBERS_NAMED), range, write, field);
  return {
    message: `${head}: name one of them.${meant ? ` ${personDisplay(meant)} ${holderIs}.` : ''}`,
    fixes: meant ? fixes?.map((f, i) => (i === 0 ? { ...f, isPreferred: true } : f)) : fixes,
  };
}

/**
 * Someone who acted for another stakeholder (`Eve Sim on behalf of Bob Ray`): both are named, and
 * only a board's decision is taken from who answered for it (contract §2). Where the column
 * records an act (a sign-off, an approval) the one who did it is said to have; a fix keeps each.
 */
function delegated(
  what: string,
  ref: string,
  { who, forWhom, written }: Delegation,
  range: Range,
  { write, acted, holder }: PersonCheck,
): { message: string; fixes: Fix[] } {
  const role = holder === forWhom ? `, and the row's role is ${forWhom.value('name') ?? personDisplay(forWhom)}'s` : '';
  return {
    message: acted
      ? `${what} "${ref}": ${personDisplay(who)} ${acted} on behalf of ${personDisplay(forWhom)}. Only a board's decision is taken from someone who answers for it; a person's is their own${role}. Keep the one who ${acted}.`
      : `${what} "${ref}" names 2 people: ${personDisplay(who)} on behalf of ${personDisplay(forWhom)}. One person answers for it: keep the one who does.`,
    // Who signed, approved or accepted is a fact: keeping only the one they acted for would
    // record that person doing it. Elsewhere (an owner) either may be the one who answers.
    fixes: keepOnly(acted ? [written[0]] : written, range, write),
  };
}

/**
 * A team or organisation where one person must answer (an owner, a receiving owner, an approver):
 * said as such, not as a name missing from the Stakeholders table, with a fix per member of the
 * team (as the plan writes people).
 */
function teamNotPerson(
  plan: Plan,
  what: string,
  team: { readonly name: string; readonly members: readonly Row[] },
  range: Range,
  write: (text: string) => string,
): { message: string; fixes?: Fix[] } {
  const { name, members } = team;
  const shown = members.slice(0, MEMBERS_NAMED);
  const listed = `${shown.map(personDisplay).join(', ')}${members.length > shown.length ? ' …' : ''}`;
  const kind =
    members.length === 0
      ? 'a team or organisation (a configured party)'
      : `a team in the Stakeholders table (${members.length === 1 ? `its only member is ${listed}` : `its members: ${listed}`})`;
  return {
    message: `${what} "${name}" is ${kind}, not a person: name the one person who answers for it.`,
    fixes: replaceWithEach(plan, shown, range, write),
  };
}

/**
 * A board where one person must answer (a sign-off, an approver): said as such, with a fix per
 * stakeholder who may decide for it (`boardMembers`: the sponsor first).
 */
function boardNotPerson(
  plan: Plan,
  what: string,
  board: string,
  members: readonly Row[],
  range: Range,
  write: (text: string) => string,
  holder?: Row,
  holderIs = HOLDS_ROLE,
): { message: string; fixes?: Fix[] } {
  if (holder) {
    // The row's role has one holder: the one who answers, first and preferred.
    const others = members.filter((m) => m !== holder).slice(0, MEMBERS_NAMED - 1);
    const fixes = replaceWithEach(plan, [holder, ...others], range, write)!;
    return {
      message: `${what} "${board.trim()}" is a board, not a person: name the one person who answers for it, ${personDisplay(holder)}, who ${holderIs}.`,
      fixes: fixes.map((f, i) => (i === 0 ? { ...f, isPreferred: true } : f)),
    };
  }
  const shown = members.slice(0, MEMBERS_NAMED);
  const listed = `${shown.map(personDisplay).join(', ')}${members.length > shown.length ? ' …' : ''}`;
  return {
    message: `${what} "${board.trim()}" is a board, not a person: name the one person who answers for it${shown.length ? ` (the sponsor or a stakeholder in a board role: ${listed})` : ', the sponsor or a stakeholder in a board role'}.`,
    fixes: replaceWithEach(plan, shown, range, write),
  };
}

/**
 * Among several names, the ones nobody has, each with what it may mean. Where one person answers
 * for the row, the repair is to keep one: a fix keeps each known name, and each meant one. Where
 * several may (a joint approval), a fix corrects an unknown name that has one reading.
 */
export function unresolvedParts(
  split: Extract<SeveralReading, { kind: 'unresolved' }>,
  ref: string,
  range: Range,
  words: {
    what: string;
    where: string;
    allowed?: string;
    several: boolean;
    /** How a fix writes a reference (front matter quotes what YAML would not read back). */
    write?: (text: string) => string;
  },
): { message: string; fixes?: Fix[] } {
  const { unresolved, parts, groups = [] } = split;
  const write = words.write ?? ((text: string) => text);
  const names = unresolved.map((u) => `"${u.part}"`).join(' and ');
  const meant = unresolved
    .filter((u) => u.suggestionLabel)
    .map((u) => (unresolved.length > 1 ? `${u.suggestionLabel} for "${u.part}"` : u.suggestionLabel))
    .join(', ');
  // A team or a role several hold is in the plan, but is no one person: said as what it is.
  const grouped = groups.map(groupSentence).join(' ');
  const head =
    unresolved.length > 0
      ? `${words.what} "${ref}" names ${names}, ${unresolved.length > 1 ? 'who are' : 'who is'} not in ${words.where}.${meant ? ` Did you mean ${meant}?` : ''}${grouped ? ` ${grouped}` : ''}`
      : `${words.what} "${ref}": ${grouped}`;
  if (!words.several) {
    const known = parts.filter((p) => !unresolved.some((u) => u.part === p) && !groups.some((g) => g.part === p));
    const keep = [...known, ...unresolved.flatMap((u) => (u.suggestion ? [u.suggestion] : []))];
    return {
      message: `${head} One person answers for it: keep the one who does.`,
      fixes: keepOnly(keep, range, write),
    };
  }
  const correctable = unresolved.filter((u) => u.suggestion && ref.indexOf(u.part) === ref.lastIndexOf(u.part));
  if (unresolved.length === 0) return { message: `${head} Name the people who approved it.` };
  return {
    message: `${head} Add them as a stakeholder or use ${words.allowed ?? 'a listed ID, name, @handle or role'}.`,
    fixes: correctable.map((u) => ({
      title: `Replace "${u.part}" with "${u.suggestion}"`,
      edits: [replace(range, write(ref.replace(u.part, u.suggestion!)))],
      isPreferred: correctable.length === 1,
    })),
  };
}

/** A group among the names, as what it is: a team, a role held by several or a name several have (naming them). */
function groupSentence(group: GroupPart): string {
  if (group.kind === 'team')
    return `"${group.part}" is a ${group.members.length > 0 ? 'team' : 'team or organisation'}, not a person.`;
  const listed = `${group.holders.length} stakeholders (${group.holders.map(personDisplay).join(', ')})`;
  return group.by === 'role'
    ? `"${group.part}" is a role held by ${listed}.`
    : `"${group.part}" could be any of ${listed}.`;
}
