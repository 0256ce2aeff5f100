/**
 * Small helpers rules share: where to point a finding about something absent, how to write a
 * fix, and how to read the plan's domain values (levels, statuses, people).
 */
import type { Plan, Register, Row } from '../model.js';
import { registerSpec, SECTION_SPECS, type RegisterKind } from '../schema.js';
import { registerTemplate, sectionTemplate } from '../templates.js';
import { didYouMean, normalizeWord, parseIsoDate, suggestionText } from '../text.js';
import type { Fix, Health, IsoDate, Range, SectionKind, TextEdit } from '../types.js';
import type { RuleContext } from '../rule.js';

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

/** A fix that appends a register's template at the end of its stage section (or the document). */
export function insertRegisterFix(plan: Plan, kind: RegisterKind, asOf?: IsoDate): Fix {
  const eol = plan.lines.eol();
  const spec = registerSpec(kind);
  const section = spec.section ? plan.section(spec.section) : undefined;
  const body = registerTemplate(kind, { eol, asOf });
  if (section) {
    return {
      title: `Add the ${spec.title} register`,
      edits: [insertAt(plan, section.endOffset, `${eol}${eol}${body}`)],
      isPreferred: true,
    };
  }
  return {
    title: `Add the ${spec.title} register`,
    edits: [insertAt(plan, plan.text.length, endJoin(plan, eol) + body + eol)],
    isPreferred: true,
  };
}

function endJoin(plan: Plan, eol: string): string {
  const t = plan.text;
  if (t.length === 0) return '';
  if (t.endsWith(eol + eol) || t.endsWith('\n\n')) return '';
  if (t.endsWith('\n')) return eol;
  return eol + eol;
}

/** A fix that inserts a stage section in contract order. */
export function insertSectionFix(plan: Plan, kind: SectionKind, asOf?: IsoDate): Fix {
  const eol = plan.lines.eol();
  const order = SECTION_SPECS.map((s) => s.kind);
  const later = plan.sections.filter((s) => order.indexOf(s.kind) > order.indexOf(kind));
  const text = sectionTemplate(kind, { eol, asOf });
  const title = `Add the ${SECTION_SPECS.find((s) => s.kind === kind)!.title} section`;
  if (later.length) {
    const first = later.reduce((a, b) => (a.heading.offset < b.heading.offset ? a : b));
    return { title, edits: [insertAt(plan, first.heading.offset, text + eol + eol)], isPreferred: true };
  }
  return { title, edits: [insertAt(plan, plan.text.length, endJoin(plan, eol) + text + eol)], isPreferred: true };
}

/** Rows of a register, each with the register (for messages). */
export function tableRows(plan: Plan, kind: RegisterKind): { register: Register | undefined; rows: readonly Row[] } {
  const register = plan.register(kind);
  return { register, rows: register?.table?.rows ?? [] };
}

/** How a row is named in messages: its ID, else "row N". */
export function rowLabel(row: Row): string {
  return row.id ?? `row ${row.index + 1}`;
}

/** Likelihood / impact as 1–5 from a number or a word (Very low … Very high). */
export function parseLevel(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const t = normalizeWord(text);
  const words: Record<string, number> = { 'very low': 1, low: 2, medium: 3, moderate: 3, high: 4, 'very high': 5 };
  if (t in words) return words[t];
  if (/^[1-5]$/.test(t)) return Number(t);
  return undefined;
}

/** The risk's score as Likelihood × Impact, if both are readable. */
export function riskScore(row: Row): number | undefined {
  const l = parseLevel(row.value('likelihood'));
  const i = parseLevel(row.value('impact'));
  return l !== undefined && i !== undefined ? l * i : undefined;
}

export function statusIs(row: Row, ...values: string[]): boolean {
  const s = normalizeWord(row.value('status') ?? '');
  return values.some((v) => normalizeWord(v) === s);
}

/** A risk counts as open unless its status says Closed, Transferred or Occurred. */
export function isOpenRisk(row: Row): boolean {
  return !statusIs(row, 'closed', 'transferred', 'occurred');
}

/** An issue or corrective action is open unless Done / Closed / Resolved / Cancelled. */
export function isOpenItem(row: Row): boolean {
  return !statusIs(row, 'done', 'closed', 'resolved', 'complete', 'completed', 'cancelled', 'canceled');
}

/**
 * Checks a person reference; reports `unresolved-reference`-style messages through the callback
 * when it names nobody. Returns the matched Stakeholders row.
 */
export function checkPerson(
  ctx: RuleContext,
  ref: string,
  range: Range,
  what: string,
  target?: string,
): Row | undefined {
  const row = ctx.plan.person(ref);
  if (row) return row;
  const suggestion = didYouMean(ref, ctx.plan.personNames());
  ctx.report({
    range,
    target,
    message: `${what} "${ref}" is not in the Stakeholders table.${suggestionText(suggestion)} Add them as a stakeholder or use a listed ID, name or @handle.`,
    fixes: suggestion
      ? [{ title: `Replace with "${suggestion}"`, edits: [replace(range, suggestion)], isPreferred: true }]
      : undefined,
  });
  return undefined;
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
    ctx.report({
      range: registerAnchor(plan, kind),
      message: `No ${spec.title} register: ${what} Add a "### ${spec.title}" ${spec.shape === 'table' ? 'table' : 'list'}${where}.`,
      fixes: [insertRegisterFix(plan, kind, ctx.asOf)],
      target: kind,
    });
    return;
  }
  const count = spec.shape === 'table' ? (register.table?.rows.length ?? 0) : register.items.length;
  if (count === 0) {
    ctx.report({
      range: register.heading.range,
      message: `The ${spec.title} register is empty: ${what}`,
      target: kind,
    });
  }
}

/** A Status log Health cell as green / amber / red: the words, their initials or 🟢🟡🔴 (case-insensitive). */
export function parseHealth(text: string | undefined): Health | undefined {
  if (text === undefined) return undefined;
  if (text.includes('🟢')) return 'green';
  if (text.includes('🟡') || text.includes('🟠')) return 'amber';
  if (text.includes('🔴')) return 'red';
  const word = normalizeWord(text);
  if (word === 'green' || word === 'g') return 'green';
  if (word === 'amber' || word === 'a' || word === 'yellow') return 'amber';
  if (word === 'red' || word === 'r') return 'red';
  return undefined;
}

/**
 * The newest Status log entry: the row with the latest Date (the log is meant to be newest
 * first, but a row added at the bottom must still count). Among equal dates the first row wins;
 * rows without a readable date only count when no row has one.
 */
export function newestStatusEntry(plan: Plan): { row: Row; date: IsoDate | undefined } | undefined {
  let newest: { row: Row; date: IsoDate | undefined } | undefined;
  for (const row of plan.rows('statusLog')) {
    const date = parseIsoDate(row.value('date'));
    if (!newest) newest = { row, date };
    else if (date !== undefined && (newest.date === undefined || date > newest.date)) newest = { row, date };
  }
  return newest;
}

/** Whether any Corrective actions row is still open. */
export function hasOpenCorrectiveAction(plan: Plan): boolean {
  return plan.rows('correctiveActions').some(isOpenItem);
}

/** How a person reference reads in messages: "Ana Ng (S-02)" when it resolves, else as written. */
export function personLabel(plan: Plan, ref: string): string {
  const row = plan.person(ref);
  const name = row?.value('name');
  const id = row?.value('id');
  return name && id ? `${name} (${id})` : ref;
}
