/**
 * Building blocks for rules' quick fixes: who to propose for an empty person cell (stakeholders
 * ranked by how well their role fits the process or register), how to fill a cell, insert a row
 * in a table's own column order, add a column, and where the cursor goes afterwards.
 */
import type { HandoffConfig } from './config.js';
import { readinessPhase } from './control.js';
import { isRowId, nextFreeId } from './domain.js';
import type { Cell, Plan, Register, Row, Table } from './model.js';
import { DUE_FROM } from './rules/exitCriteriaUnmet.js';
import { registerSpec, SECTION_SPECS, type RegisterKind } from './schema.js';
import {
  registerTemplate,
  sectionRegisters,
  sectionTemplate,
  templateRowValues,
  type TemplateFill,
} from './templates.js';
import { addDays, parseIsoDate } from './text.js';
import { normalizeWord } from './text.js';
import { stageIndex, type Fix, type IsoDate, type SectionKind, type TextEdit } from './types.js';

/** Front-matter people a fix may fall back to. */
export type PersonKey = 'sponsor' | 'serviceOwner' | 'projectManager' | 'transitionManager';

/** Words that say nothing about which process or area a role belongs to. */
const GENERIC_WORDS = new Set([
  'and',
  'the',
  'for',
  'of',
  'management',
  'manager',
  'managers',
  'service',
  'services',
  'owner',
  'lead',
  'team',
  'head',
  'process',
  'senior',
]);

/** Word stems for matching a role against a process ("Configuration manager" ~ "Service Asset and Configuration Management"). */
function stems(text: string | undefined): Set<string> {
  const out = new Set<string>();
  if (!text) return out;
  for (const w of normalizeWord(text).split(/[^a-z0-9]+/)) {
    if (w.length < 3 || GENERIC_WORDS.has(w)) continue;
    out.add(w.slice(0, 6));
  }
  return out;
}

/** The stems of texts (process names, risks, roles …) asked about lately; bounded. */
let knownStems = new Map<string, Set<string>>();

function stemsOf(hint: string | undefined): ReadonlySet<string> {
  if (!hint) return NO_STEMS;
  let s = knownStems.get(hint);
  if (!s) {
    s = stems(hint);
    if (knownStems.size >= 1024) knownStems = new Map();
    knownStems.set(hint, s);
  }
  return s;
}

const NO_STEMS: ReadonlySet<string> = new Set();

/** A stakeholder row's role, team and responsibility stems, worked out once per row. */
const rowStems = new WeakMap<Row, readonly [ReadonlySet<string>, ReadonlySet<string>, ReadonlySet<string>]>();

function stemsOfRow(row: Row): readonly [ReadonlySet<string>, ReadonlySet<string>, ReadonlySet<string>] {
  let s = rowStems.get(row);
  if (!s) {
    s = [stemsOf(row.value('role')), stemsOf(row.value('team')), stemsOf(row.value('responsibility'))];
    rowStems.set(row, s);
  }
  return s;
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

export interface PersonCandidate {
  readonly row: Row;
  /** What to write in the cell: the stakeholder ID, else the name. */
  readonly ref: string;
  /** "Ana Ng (Change manager)". */
  readonly label: string;
}

function candidate(row: Row): PersonCandidate | undefined {
  const ref = row.id ?? row.value('name');
  if (!ref) return undefined;
  const name = row.value('name') ?? ref;
  const role = row.value('role');
  return { row, ref, label: role ? `${name} (${role})` : name };
}

/**
 * Stakeholders for a person cell, best first: those whose role (then team and responsibility)
 * shares words with `hint` (a process name, a risk), then the front-matter people named in
 * `fallback` in that order. At most `limit`; none when the plan lists nobody.
 */
export function rankPeople(
  plan: Plan,
  hint: string | undefined,
  fallback: readonly PersonKey[],
  limit = 3,
): readonly PersonCandidate[] {
  // The template fill and several rules rank people for the same process: once per plan.
  let ranked = rankings.get(plan);
  if (!ranked) rankings.set(plan, (ranked = new Map<string, readonly PersonCandidate[]>()));
  const key = `${limit}\u0000${fallback.join(',')}\u0000${hint ?? ''}`;
  let out = ranked.get(key);
  if (!out) {
    out = rankPeopleOnce(plan, hint, fallback, limit);
    ranked.set(key, out);
  }
  return out;
}

const rankings = new WeakMap<Plan, Map<string, readonly PersonCandidate[]>>();

function rankPeopleOnce(
  plan: Plan,
  hint: string | undefined,
  fallback: readonly PersonKey[],
  limit: number,
): PersonCandidate[] {
  const want = stemsOf(hint);
  // With no words to match, every score is 0: only the fallback people are proposed.
  const scored: Row[] = [];
  if (want.size > 0) {
    const hits: { row: Row; i: number; score: number }[] = [];
    const rows = plan.rows('stakeholders');
    for (let i = 0; i < rows.length; i++) {
      const [role, team, responsibility] = stemsOfRow(rows[i]!);
      const score = 3 * overlap(want, role) + overlap(want, team) + overlap(want, responsibility);
      if (score > 0) hits.push({ row: rows[i]!, i, score });
    }
    hits.sort((a, b) => b.score - a.score || a.i - b.i);
    for (const h of hits) scored.push(h.row);
  }
  for (const key of fallback) {
    const ref = plan.meta[key];
    const row = ref ? plan.person(ref) : undefined;
    if (row) scored.push(row);
  }
  const out: PersonCandidate[] = [];
  for (const row of scored) {
    if (out.some((c) => c.row === row)) continue;
    const c = candidate(row);
    if (c) out.push(c);
    if (out.length >= limit) break;
  }
  return out;
}

/** The edit that writes `text` into a cell (an empty cell's range is a point after its pipe). */
export function setCell(plan: Plan, cell: Cell, text: string): TextEdit {
  const escaped = text.replace(/\|/g, '\\|');
  const r = cell.range;
  if (r.start.line === r.end.line && r.start.character === r.end.character) {
    const line = plan.lines.lineText(r.start.line);
    const before = line[r.start.character - 1];
    const after = line[r.start.character];
    return {
      range: r,
      newText: `${before === '|' ? ' ' : ''}${escaped}${after === '|' ? ' ' : ''}`,
    };
  }
  return { range: r, newText: escaped };
}

/** Where the cursor goes after a fix: the first occurrence of `text` in the fix's only edit. */
function selectIn(edit: TextEdit, text: string): Fix['stops'] {
  const at = edit.newText.indexOf(text);
  return at < 0 ? undefined : [{ edit: 0, offset: at, length: text.length }];
}

/**
 * Whether a cell stands in the row's text. A row cut short (fewer cells than the header, as while
 * it is being typed) reads its missing cells as empty points at the line's end; text written
 * there would land in another column, so no fix fills such a cell.
 */
export function cellIsWritten(plan: Plan, cell: Cell): boolean {
  const r = cell.range;
  if (r.start.line !== r.end.line || r.start.character !== r.end.character) return true;
  return plan.lines.lineText(r.start.line).slice(r.start.character).trim() !== '';
}

/** One fix per candidate: "Set <what> to Ana Ng (Change manager)", the best one preferred. */
export function personCellFixes(plan: Plan, cell: Cell, what: string, candidates: readonly PersonCandidate[]): Fix[] {
  if (!cellIsWritten(plan, cell)) return [];
  return candidates.map((c, i) => ({
    title: `Set ${what} to ${c.label}`,
    edits: [setCell(plan, cell, c.ref)],
    isPreferred: i === 0 ? true : undefined,
  }));
}

/** A fix writing a placeholder into an empty cell and selecting it, so typing replaces it. */
export function placeholderCellFix(plan: Plan, cell: Cell, title: string, placeholder: string): Fix | undefined {
  if (!cellIsWritten(plan, cell)) return undefined;
  const edit = setCell(plan, cell, placeholder);
  return { title, edits: [edit], isPreferred: true, stops: selectIn(edit, placeholder) };
}

/** A table row in the table's column order, from values by column key ('-' for the others). */
export function rowText(table: Table, values: Readonly<Record<string, string>>): string {
  return `| ${table.columnKeys.map((k) => (k && values[k] !== undefined ? values[k] : '-').replace(/\|/g, '\\|')).join(' | ')} |`;
}

/** An edit inserting a row as the table's first data row (a log kept newest first). */
export function insertFirstRow(plan: Plan, table: Table, row: string): TextEdit {
  const delimiterLine = table.headerRange.end.line + 1;
  const at = plan.lines.positionAt(plan.lines.lineEnd(delimiterLine));
  return { range: { start: at, end: at }, newText: `${plan.lines.eol()}${row}` };
}

/** An edit appending a row after the table's last line. */
export function appendRow(plan: Plan, table: Table, row: string): TextEdit {
  const at = plan.lines.positionAt(plan.lines.lineEnd(table.range.end.line));
  return { range: { start: at, end: at }, newText: `${plan.lines.eol()}${row}` };
}

/** Selects `text` inside the fix's first edit once applied. */
export function withSelection(fix: Fix, text: string): Fix {
  const edit = fix.edits[0];
  return edit ? { ...fix, stops: selectIn(edit, text) } : fix;
}

/**
 * Edits adding a column at the right of a table: the header, the delimiter and a cell in every
 * row (`values` by 0-based row index, '-' elsewhere).
 */
export function addColumnEdits(
  plan: Plan,
  table: Table,
  header: string,
  values: ReadonlyMap<number, string>,
): TextEdit[] {
  const lines = [
    table.headerRange.end.line,
    table.headerRange.end.line + 1,
    ...table.rows.map((r) => r.range.start.line),
  ];
  const texts = [header, '---', ...table.rows.map((r) => values.get(r.index) ?? '-')];
  return lines.map((line, i) => {
    const raw = plan.lines.lineText(line);
    const trimmed = raw.replace(/[ \t]+$/, '');
    const at = plan.lines.positionAt(plan.lines.lineStart(line) + trimmed.length);
    const cell = texts[i]!.replace(/\|/g, '\\|');
    return { range: { start: at, end: at }, newText: trimmed.endsWith('|') ? ` ${cell} |` : ` | ${cell}` };
  });
}

/** The people the front matter names, in the role each holds: a new Stakeholders table lists them. */
const FRONT_MATTER_PEOPLE: readonly { key: PersonKey; role: string }[] = [
  { key: 'sponsor', role: 'Sponsor' },
  { key: 'serviceOwner', role: 'Service owner' },
  { key: 'projectManager', role: 'Project manager' },
  { key: 'transitionManager', role: 'Transition manager' },
];

/**
 * Stakeholders rows for a plan that lists none: one per person the front matter names, so each
 * reference resolves once the table is inserted — an ID as the row's ID, a @handle in a Handle
 * column, a name as the Name; rows without an ID of their own get the next free one.
 */
function coreStakeholderRows(plan: Plan): Record<string, string>[] {
  const prefix = registerSpec('stakeholders').idPrefix ?? 'S';
  const refs = FRONT_MATTER_PEOPLE.map(({ key, role }) => ({ ref: plan.meta[key]?.trim(), role }));
  const ids = refs.map((r) => r.ref).filter((r): r is string => !!r && isRowId(r));
  const seen = new Set<string>();
  const rows: Record<string, string>[] = [];
  for (const { ref, role } of refs) {
    if (!ref || seen.has(ref.toLowerCase())) continue;
    seen.add(ref.toLowerCase());
    if (isRowId(ref)) {
      rows.push({ id: ref, name: `${role} name`, role });
      continue;
    }
    const id = nextFreeId(prefix, ids);
    ids.push(id);
    rows.push(ref.startsWith('@') ? { id, name: `${role} name`, role, handle: ref } : { id, name: ref, role });
  }
  return rows;
}

/**
 * Registers whose new rows, as a template or a fix writes them (open, planned, not met), the
 * plan's stage would report: open risks, issues and corrective actions in a closed plan,
 * handovers not accepted and early life support not met from closure on.
 */
export function unsettledAtStage(plan: Plan): RegisterKind[] {
  const stage = plan.meta.stage ?? 'initiation';
  const out: RegisterKind[] = [];
  if (stage === 'closed') out.push('risks', 'issues', 'correctiveActions');
  if (stageIndex(stage) >= stageIndex('closure')) out.push('handovers', 'earlyLifeSupport');
  return out;
}

/** The registers of `unsettledAtStage`, and Go-live readiness (not met) once go-live is near. */
function unsettledRegisters(plan: Plan, config: HandoffConfig, asOf: IsoDate): RegisterKind[] {
  const out = unsettledAtStage(plan);
  const stage = plan.meta.stage ?? 'initiation';
  if (stageIndex(stage) >= stageIndex('control') && readinessPhase(plan, config, asOf)) out.push('goLiveReadiness');
  return out;
}

/** A date the plan can use for new rows: go-live when it is still ahead, else two weeks on. */
export function plannedDate(plan: Plan, asOf: IsoDate): IsoDate {
  const goLive = plan.meta.dates.goLive;
  return goLive && goLive >= asOf ? goLive : addDays(asOf, 14);
}

function capitalized(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * What a register or section template needs from this plan so that inserting it adds no
 * finding: its people, its dates, its core roles as stakeholders, one handover per process the
 * transition type requires, a first status entry dated today with the plan's health.
 */
export function templateFill(plan: Plan, config: HandoffConfig, asOf: IsoDate): TemplateFill {
  // Several rules' fixes ask for it on one lint: worked out once per plan, configuration and date.
  const cached = fills.get(plan);
  if (cached && cached.config === config && cached.asOf === asOf) return cached.fill;
  const fill = buildTemplateFill(plan, config, asOf);
  fills.set(plan, { config, asOf, fill });
  return fill;
}

const fills = new WeakMap<Plan, { config: HandoffConfig; asOf: IsoDate; fill: TemplateFill }>();

function buildTemplateFill(plan: Plan, config: HandoffConfig, asOf: IsoDate): TemplateFill {
  const listed =
    rankPeople(plan, undefined, ['projectManager', 'sponsor', 'serviceOwner'], 1)[0]?.ref ??
    plan.rows('stakeholders').find((r) => r.id)?.id;
  const date = plannedDate(plan, asOf);
  const rows: Partial<Record<RegisterKind, Record<string, string>[]>> = {};
  const noStakeholders = plan.rows('stakeholders').length === 0;
  let person = listed;
  if (noStakeholders) {
    const people = coreStakeholderRows(plan);
    if (people.length) rows.stakeholders = people;
    // Inserted together with the Stakeholders table, other registers name its people.
    person = (people.find((p) => p.role === 'Project manager') ?? people[0])?.id;
  }
  // With nobody listed, no reference resolves and none is reported: the front matter's people stand in.
  const fallbackOwner = noStakeholders ? (plan.meta.serviceOwner ?? plan.meta.projectManager) : undefined;
  const type = plan.meta.transitionType;
  const processes = type ? (config.requiredHandovers[type] ?? []) : [];
  if (processes.length) {
    const prefix = registerSpec('handovers').idPrefix ?? 'H';
    rows.handovers = processes.map((process, i) => ({
      id: `${prefix}-${String(i + 1).padStart(2, '0')}`,
      process,
      handedOver: `Operation of the service under ${process}`,
      receivingOwner:
        rankPeople(plan, process, ['serviceOwner', 'projectManager'], 1)[0]?.ref ?? person ?? fallbackOwner ?? '',
      planned: date,
      status: 'Planned',
    }));
  }
  rows.statusLog = [{ date: asOf, health: capitalized(plan.meta.health ?? 'green') }];
  rows.milestones = [{ milestone: 'Go-live', baseline: date, forecast: date }];
  // One budget line holding the approved budget, so that an inserted register agrees with it.
  const approved = plan.meta.budget.approved;
  if (approved !== undefined && approved > 0) {
    rows.resourceConsumption = [
      { line: 'Project budget', approved: String(approved), actual: '0', forecast: String(approved) },
    ];
  }
  rows.signOff = signOffRows(plan);
  const stage = plan.meta.stage ?? 'initiation';
  return {
    person,
    date,
    rows,
    skip: plan.registers.map((r) => r.kind),
    pastGates: SECTION_SPECS.map((s) => s.kind).filter((k) => stageIndex(stage) >= stageIndex(DUE_FROM[k])),
    unsettled: unsettledRegisters(plan, config, asOf),
  };
}

/**
 * `dates` for a plan that lacks some: what it has, else an envelope around its milestones
 * (start no later than the first, close no earlier than the last) so no milestone falls out.
 */
export function planDates(plan: Plan, asOf: IsoDate): { start: IsoDate; go_live: IsoDate; close: IsoDate } {
  const milestones = plan
    .rows('milestones')
    .flatMap((r) => [parseIsoDate(r.value('baseline')), parseIsoDate(r.value('forecast'))])
    .filter((d): d is IsoDate => d !== undefined)
    .sort();
  const d = plan.meta.dates;
  const first = milestones[0];
  const last = milestones[milestones.length - 1];
  const start = d.start ?? (first && first < asOf ? first : asOf);
  const goLive = d.goLive ?? addDays(start, 90);
  const latest = [goLive, last ?? goLive].sort()[1]!;
  return { start, go_live: goLive, close: d.close ?? addDays(latest, 30) };
}

/** Sign-off rows for the sponsor and the service owner, Pending: only they can approve. */
export function signOffRows(plan: Plan): Record<string, string>[] {
  // A person the Stakeholders table does not list is missing-core-role's finding; a row naming
  // them would only repeat it (with nobody listed, no reference is checked yet).
  const usable = (ref: string | undefined): ref is string =>
    !!ref && (plan.rows('stakeholders').length === 0 || plan.person(ref) !== undefined);
  const rows: Record<string, string>[] = [];
  if (usable(plan.meta.sponsor)) rows.push({ role: 'Sponsor', stakeholder: plan.meta.sponsor, decision: 'Pending' });
  if (usable(plan.meta.serviceOwner))
    rows.push({ role: 'Service owner', stakeholder: plan.meta.serviceOwner, decision: 'Pending' });
  return rows;
}

/**
 * A fix for a register that has a heading (and maybe a table header) but no rows: the
 * template's rows for this plan, or one list item, right where they belong.
 */
export function fillEmptyRegisterFix(plan: Plan, register: Register, fill: TemplateFill): Fix | undefined {
  const eol = plan.lines.eol();
  const title = `Add a first ${register.spec.title} entry`;
  const table = register.table;
  if (table) {
    if (table.columnKeys.every((k) => k === undefined)) return undefined;
    const rows = templateRowValues(register.kind, fill).map((v) => rowText(table, v));
    return { title, edits: [appendRow(plan, table, rows.join(eol))], isPreferred: true };
  }
  if (register.spec.shape === 'table') return undefined;
  const item = register.spec.shape === 'tasks' ? '- [ ] Criterion' : '- Lesson';
  const at = plan.lines.positionAt(plan.lines.lineEnd(register.heading.range.end.line));
  const text = register.spec.shape === 'tasks' ? 'Criterion' : 'Lesson';
  const edit = { range: { start: at, end: at }, newText: `${eol}${eol}${item}` };
  return { title, edits: [edit], isPreferred: true, stops: selectIn(edit, text) };
}

function insertAt(plan: Plan, offset: number, newText: string): TextEdit {
  const pos = plan.lines.positionAt(offset);
  return { range: { start: pos, end: pos }, newText };
}

/** What goes before text appended at the end of the plan so it starts a block of its own. */
function endJoin(plan: Plan, eol: string): string {
  const t = plan.text;
  if (t.length === 0) return '';
  if (t.endsWith(eol + eol) || t.endsWith('\n\n')) return '';
  if (t.endsWith('\n')) return eol;
  return eol + eol;
}

/** Where a stage section goes: before the first section of a later stage, else at the end. */
function sectionInsert(plan: Plan, kind: SectionKind, text: string): TextEdit {
  const eol = plan.lines.eol();
  const order = SECTION_SPECS.map((s) => s.kind);
  const later = plan.sections.filter((s) => order.indexOf(s.kind) > order.indexOf(kind));
  if (later.length) {
    const first = later.reduce((a, b) => (a.heading.offset < b.heading.offset ? a : b));
    return insertAt(plan, first.heading.offset, text + eol + eol);
  }
  return insertAt(plan, plan.text.length, endJoin(plan, eol) + text + eol);
}

/**
 * A fix adding a register at the end of its stage section; when the plan lacks that section,
 * the section's heading comes with it, in stage order (a register under another stage's
 * heading would be read as misplaced). Not preferred when its rows would be findings at the
 * plan's stage (`fill.unsettled`).
 */
export function insertRegisterFix(plan: Plan, kind: RegisterKind, fill?: TemplateFill): Fix {
  const eol = plan.lines.eol();
  const spec = registerSpec(kind);
  const title = `Add the ${spec.title} register`;
  const isPreferred = !fill?.unsettled?.includes(kind);
  const body = registerTemplate(kind, { eol, fill });
  const home = spec.section;
  const section = home ? plan.section(home) : undefined;
  if (section) return { title, edits: [insertAt(plan, section.endOffset, `${eol}${eol}${body}`)], isPreferred };
  if (home) {
    const heading = `## ${SECTION_SPECS.find((s) => s.kind === home)!.title}`;
    return { title, edits: [sectionInsert(plan, home, `${heading}${eol}${eol}${body}`)], isPreferred };
  }
  return { title, edits: [insertAt(plan, plan.text.length, endJoin(plan, eol) + body + eol)], isPreferred };
}

/**
 * A fix inserting a stage section with the registers the plan lacks, in stage order. Not
 * preferred when one of them would be a finding at the plan's stage (`fill.unsettled`).
 */
export function insertSectionFix(plan: Plan, kind: SectionKind, fill?: TemplateFill): Fix {
  const text = sectionTemplate(kind, { eol: plan.lines.eol(), fill });
  const written = sectionRegisters(kind).filter((k) => !fill?.skip?.includes(k));
  return {
    title: `Add the ${SECTION_SPECS.find((s) => s.kind === kind)!.title} section`,
    edits: [sectionInsert(plan, kind, text)],
    isPreferred: !written.some((k) => fill?.unsettled?.includes(k)),
  };
}
