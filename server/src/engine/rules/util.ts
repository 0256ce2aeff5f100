/**
 * Small helpers rules share: where to point a finding about something absent, how to write a
 * fix, how to name a row or a person in a message. What rows mean (open, score, status) is in
 * rowFacts.ts, which the views read too.
 */
import { listAsTableFix } from '../listAsTable.js';
import type { Plan, Row } from '../model.js';
import { brokenTableUnder } from '../brokenTable.js';
import { combinedLogEntries, moveEntriesFix } from '../combinedLog.js';
import {
  nearMissHeading,
  registerHeadingsTooDeep,
  titleLineHeadingFix,
  titleLineOf,
  type NearMiss,
} from '../nearMissHeading.js';
import { registerSpec, SECTION_SPECS, type RegisterKind } from '../schema.js';
import { namedParty, personDisplay, readSeveral, resolveReference, type SeveralReading } from '../references.js';
import { isEmptyValue, LEADING_NUMBERING } from '../text.js';
import type { Fix, Range, TextEdit } from '../types.js';
import type { RuleContext } from '../rule.js';
import { fillEmptyRegisterFix, insertRegisterFix, registerHeadingsUpFix, renameHeadingFix } from '../fixes.js';
import { mailboxParts } from '../parse/people.js';
import { templateFill } from '../templateFill.js';
import { boardMembers } from '../control.js';
import { isBoardName } from '../domain.js';

export function replace(range: Range, newText: string): TextEdit {
  return { range, newText };
}

export function insertAt(plan: Plan, offset: number, newText: string): TextEdit {
  const pos = plan.lines.positionAt(offset);
  return { range: { start: pos, end: pos }, newText };
}

/** Where to report something missing from the whole plan: the title, else the front matter's first line. */
export function planAnchor(plan: Plan): Range {
  if (plan.title) return plan.title.range;
  if (plan.frontMatter.present) return plan.lines.lineRange(0);
  return plan.lines.lineRange(0);
}

/** The front-matter value's range, or the front matter's first line when the key is absent. */
export function keyAnchor(plan: Plan, key: string): Range {
  const v = plan.frontMatter.entries.get(key);
  if (v) return v.kind === 'null' ? v.keyRange : v.range;
  return plan.frontMatter.present ? plan.lines.lineRange(0) : planAnchor(plan);
}

/** Where a register that is missing should be reported: its stage section's heading, else the plan anchor. */
export function registerAnchor(plan: Plan, kind: RegisterKind): Range {
  const section = registerSpec(kind).section;
  const s = section ? plan.section(section) : undefined;
  return s ? s.heading.range : planAnchor(plan);
}

/** Register and section insertion fixes live with the other fix building blocks. */
export { insertRegisterFix, insertSectionFix } from '../fixes.js';

/**
 * Whether the row's table has the column. A required column that is absent (or under a header
 * Handoff does not read) is table-columns' one finding; the rules that read it say nothing about
 * the rows instead of taking every row's value as empty.
 */
export function hasColumn(row: Row, key: string): boolean {
  return row.cell(key) !== undefined;
}

/** How a row is named in messages: its ID, else "row N". */
export function rowLabel(row: Row): string {
  return row.id ?? `row ${row.index + 1}`;
}

/** What a reference may name: `parties` as well as people, `several` of them (a joint approval). */
export interface PersonCheck {
  readonly parties?: boolean;
  readonly several?: boolean;
  /** How a fix writes a reference: as it is in a cell; front matter quotes what YAML would not read back. */
  readonly write?: (text: string) => string;
  /** The stakeholder the row's own role names (a Sign-off row's Role): who a board written there means first. */
  readonly holder?: Row;
  /** People who already have their place (another RACI column): never the did-you-mean. */
  readonly taken?: ReadonlySet<Row>;
}

/**
 * Checks a person (or, with `parties`, a party) reference and reports `unresolved-reference`-style
 * findings: a role several stakeholders hold (naming them), several people where one answers for
 * the row (a fix keeps each), a name nobody has (with a did-you-mean and a quick fix), or, among
 * several names, the ones nobody has (each with its did-you-mean and fix). Returns
 * the matched Stakeholders row, if a person. `label` names the reference in messages (a function:
 * worked out only when there is a finding).
 */
export function checkPerson(
  ctx: RuleContext,
  ref: string,
  range: Range,
  label: string | (() => string),
  target?: string,
  { parties = false, several = false, write = (text: string) => text, holder, taken }: PersonCheck = {},
): Row | undefined {
  const opts = { parties, configuredParties: ctx.config.parties };
  const r = resolveReference(ctx.plan, ref, opts);
  if (r.kind === 'person') return r.row;
  if (r.kind === 'party' || r.kind === 'unread') return undefined;
  const what = typeof label === 'string' ? label : label();
  if (r.kind === 'ambiguous') {
    ctx.report({
      range,
      target,
      message: `${what} "${ref}" is a role held by ${r.holders.length} stakeholders (${r.holders.map(personDisplay).join(', ')}): name one of them.`,
    });
    return undefined;
  }
  const where = parties ? 'the Stakeholders table, its teams or the configured parties' : 'the Stakeholders table';
  const allowed = parties ? 'a listed ID, name, @handle, role, team or party' : 'a listed ID, name, @handle or role';
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
    const keep = [byName, byAddress].map((row) => row.value('id') ?? row.value('name')!);
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
    ctx.report({ range, target, ...teamNotPerson(what, team, range, write) });
    return undefined;
  }
  if (!parties && isBoardName(ref)) {
    ctx.report({
      range,
      target,
      ...boardNotPerson(what, ref, boardMembers(ctx.plan, ctx.config), range, write, holder),
    });
    return undefined;
  }
  const suggested = r.suggestion ? ctx.plan.person(r.suggestion) : undefined;
  const suggestion = suggested && taken?.has(suggested) ? undefined : r.suggestion;
  ctx.report({
    range,
    target,
    message: `${what} "${ref}" is not in ${where}.${suggestion && r.suggestionLabel ? ` Did you mean ${r.suggestionLabel}?` : ''} Add them as a stakeholder or use ${allowed}.`,
    fixes: suggestion
      ? [{ title: `Replace with "${suggestion}"`, edits: [replace(range, write(suggestion))], isPreferred: true }]
      : undefined,
  });
  return undefined;
}

/** Members of a team a message names, at most; the fixes offer the same ones. */
const MEMBERS_NAMED = 4;

/**
 * A team or organisation where one person must answer (an owner, a receiving owner, an approver):
 * said as such, not as a name missing from the Stakeholders table, with a fix per member of the
 * team (by ID where the row has one).
 */
function teamNotPerson(
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
    fixes: replaceWithEach(shown, range, write),
  };
}

/** One fix per person, each writing that person (by ID where the row has one) in place of the reference. */
function replaceWithEach(rows: readonly Row[], range: Range, write: (text: string) => string): Fix[] | undefined {
  if (rows.length === 0) return undefined;
  return rows.map((row) => {
    const ref = row.value('id') ?? row.value('name')!;
    return { title: `Replace with ${personDisplay(row)}`, edits: [replace(range, write(ref))] };
  });
}

/**
 * A board where one person must answer (a sign-off, an approver): said as such, with a fix per
 * stakeholder who may decide for it (`boardMembers`: the sponsor first).
 */
function boardNotPerson(
  what: string,
  board: string,
  members: readonly Row[],
  range: Range,
  write: (text: string) => string,
  holder?: Row,
): { message: string; fixes?: Fix[] } {
  if (holder) {
    // The row's role has one holder: the one who answers, first and preferred.
    const others = members.filter((m) => m !== holder).slice(0, MEMBERS_NAMED - 1);
    const fixes = replaceWithEach([holder, ...others], range, write)!;
    return {
      message: `${what} "${board.trim()}" is a board, not a person: name the one person who answers for it, ${personDisplay(holder)}, who holds the row's role.`,
      fixes: fixes.map((f, i) => (i === 0 ? { ...f, isPreferred: true } : f)),
    };
  }
  const shown = members.slice(0, MEMBERS_NAMED);
  const listed = `${shown.map(personDisplay).join(', ')}${members.length > shown.length ? ' …' : ''}`;
  return {
    message: `${what} "${board.trim()}" is a board, not a person: name the one person who answers for it${shown.length ? ` (the sponsor or a stakeholder in a board role: ${listed})` : ', the sponsor or a stakeholder in a board role'}.`,
    fixes: replaceWithEach(shown, range, write),
  };
}

/** One fix per name, each writing only that name where several were (`write` quotes it where needed). */
export function keepOnly(names: readonly string[], range: Range, write: (text: string) => string = (t) => t): Fix[] {
  return names.map((n) => ({ title: `Keep only "${n}"`, edits: [replace(range, write(n))] }));
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
  const { unresolved, parts } = split;
  const write = words.write ?? ((text: string) => text);
  const names = unresolved.map((u) => `"${u.part}"`).join(' and ');
  const meant = unresolved
    .filter((u) => u.suggestionLabel)
    .map((u) => (unresolved.length > 1 ? `${u.suggestionLabel} for "${u.part}"` : u.suggestionLabel))
    .join(', ');
  const head = `${words.what} "${ref}" names ${names}, ${unresolved.length > 1 ? 'who are' : 'who is'} not in ${words.where}.${meant ? ` Did you mean ${meant}?` : ''}`;
  if (!words.several) {
    const known = parts.filter((p) => !unresolved.some((u) => u.part === p));
    const keep = [...known, ...unresolved.flatMap((u) => (u.suggestion ? [u.suggestion] : []))];
    return {
      message: `${head} One person answers for it: keep the one who does.`,
      fixes: keepOnly(keep, range, write),
    };
  }
  const correctable = unresolved.filter((u) => u.suggestion && ref.indexOf(u.part) === ref.lastIndexOf(u.part));
  return {
    message: `${head} Add them as a stakeholder or use ${words.allowed ?? 'a listed ID, name, @handle or role'}.`,
    fixes: correctable.map((u) => ({
      title: `Replace "${u.part}" with "${u.suggestion}"`,
      edits: [replace(range, write(ref.replace(u.part, u.suggestion!)))],
      isPreferred: correctable.length === 1,
    })),
  };
}

/** One thing as a list, or undefined without it (a rule's optional fix). */
export function optional<T>(x: T | undefined): T[] | undefined {
  return x === undefined ? undefined : [x];
}

/**
 * Reports a register that is absent, or present with no rows (or no items), with a fix that
 * inserts its template. Used by missing-register and its more specific siblings.
 */
export function checkRegisterPresent(ctx: RuleContext, kind: RegisterKind, what: string): void {
  const { plan } = ctx;
  const spec = registerSpec(kind);
  const register = plan.register(kind);
  if (!register) {
    const where = spec.section ? ` under ${SECTION_SPECS.find((s) => s.kind === spec.section)!.title}` : '';
    const toAdd = `"### ${spec.title}" ${spec.shape === 'table' ? 'table' : 'list'}${where}`;
    const log = combinedLogEntries(plan, kind, ctx.config.aliases.registers);
    if (log) {
      const { heading, types, ids } = log;
      const count = log.table.lines.length;
      const listed = ids.length ? ` (${ids.slice(0, 3).join(', ')}${ids.length > 3 ? ' …' : ''})` : '';
      const required = spec.columns.filter((c) => c.required).map((c) => c.header);
      ctx.report({
        range: heading.range,
        message: `No ${spec.title} register: "${heading.text}" holds ${count} ${types} ${count === 1 ? 'entry' : 'entries'}${listed} in one table with other kinds, and Handoff reads them only from their own ${toAdd}. Move them into one, with its columns (${required.join(', ')}).`,
        fixes: () => [
          moveEntriesFix(plan, kind, log, ctx.config.aliases.columns),
          { ...insertRegisterFix(plan, kind, templateFill(plan, ctx.config, ctx.asOf)), isPreferred: false },
        ],
        target: kind,
      });
      return;
    }
    const title = titleLineOf(plan, kind, ctx.config.aliases.registers);
    if (title) {
      ctx.report({
        range: title.range,
        message: `No ${spec.title} register: "${title.text}" is ${title.written}, not a heading, so its table is read as part of the register above it. Make it the heading "### ${title.name}".`,
        fixes: () => [
          titleLineHeadingFix(title),
          { ...insertRegisterFix(plan, kind, templateFill(plan, ctx.config, ctx.asOf)), isPreferred: false },
        ],
        target: kind,
      });
      return;
    }
    const near = nearMissHeading(plan, kind, ctx.config.aliases);
    if (near) {
      // Renaming is the repair when what is under the heading fills the register; otherwise
      // (a required column missing, no row) neither fix is the obvious one.
      const complete = near.content === 'complete';
      const { heading } = near;
      ctx.report({
        range: heading.range,
        message: `No ${spec.title} register: ${nearMissAdvice(near, spec.title)}, or add a ${toAdd}.`,
        fixes: () => {
          const insert = {
            ...insertRegisterFix(plan, kind, templateFill(plan, ctx.config, ctx.asOf)),
            isPreferred: false,
          };
          if (heading.depth <= 3) return [{ ...renameHeadingFix(heading, kind), isPreferred: complete }, insert];
          // One of its names a level too deep: moved up, as written; with the others, when several are.
          const deep = registerHeadingsTooDeep(plan, ctx.config.aliases);
          const up = registerHeadingsUpFix(`Move "${heading.text}" up to level 3`, [heading], complete);
          const all =
            deep.length > 1
              ? [
                  registerHeadingsUpFix(
                    `Move all ${deep.length} register headings written too deep up to level 3`,
                    deep,
                    false,
                  ),
                ]
              : [];
          return [up, ...all, insert];
        },
        target: kind,
      });
      return;
    }
    ctx.report({
      range: registerAnchor(plan, kind),
      message: `No ${spec.title} register: ${what} Add a ${toAdd}.`,
      fixes: () => [insertRegisterFix(plan, kind, templateFill(plan, ctx.config, ctx.asOf))],
      target: kind,
    });
    return;
  }
  // A list item that is only a marker, `-` or `TBD` says nothing.
  const count =
    spec.shape === 'table'
      ? (register.table?.rows.length ?? 0)
      : register.items.filter((i) => !isEmptyValue(i.text)).length;
  if (count === 0) {
    // Rows written as a table Markdown does not read are not an empty register: table-columns
    // says why they are not read, in every register.
    if (spec.shape === 'table' && !register.table && brokenTableUnder(plan, register.heading)) return;
    // Entries written as a list are there: they are not read, which is not the same as none.
    const listed = spec.shape === 'table' && !register.table ? register.listItemsNotRows : 0;
    const columns = (): string =>
      spec.columns
        .filter((c) => c.required)
        .map((c) => c.header)
        .join(', ');
    ctx.report({
      range: register.heading.range,
      message:
        listed > 0
          ? `The ${spec.title} register is written as a list of ${listed} ${listed === 1 ? 'item' : 'items'}, and Handoff reads its entries only from a table, one row each, with the columns ${columns()}: write them as one.`
          : `The ${spec.title} register is empty: ${what}`,
      target: kind,
      fixes: () =>
        optional(
          listed > 0
            ? listAsTableFix(plan, register)
            : fillEmptyRegisterFix(plan, register, templateFill(plan, ctx.config, ctx.asOf)),
        ),
    });
  }
}

/** Why a heading that likely means a register is not read as it, and what to do if it is meant. */
function nearMissAdvice({ heading, by }: NearMiss, title: string): string {
  const written = `"${'#'.repeat(heading.depth)} ${heading.text}"`;
  if (heading.depth > 3) return `${written} is a level too deep to be read as it. Make it "### ${heading.text}"`;
  const has = by === 'columns' ? ' has its columns but' : '';
  return `${written}${has} is not one of its names. Rename it "### ${title}" (or add "${heading.text.replace(LEADING_NUMBERING, '')}" under aliases.registers in .handoff.yaml)`;
}

/** How a person reference reads in messages: "Ana Ng (S-02)" when it resolves, else as written. */
export function personLabel(plan: Plan, ref: string): string {
  const row = plan.person(ref);
  const name = row?.value('name');
  const id = row?.value('id');
  return name && id ? `${name} (${id})` : ref;
}
