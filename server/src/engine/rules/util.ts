/**
 * Small helpers rules share: where to point a finding about something absent, how to write an
 * edit, how to name a row or a person in a message. Checking a person reference is in
 * personCheck.ts, reporting a register that is absent in registerPresence.ts; what rows mean
 * (open, score, status) is in rowFacts.ts, which the views read too.
 */
import type { Plan, Row } from '../model.js';
import { personDisplay } from '../references.js';
import { registerSpec, type RegisterKind } from '../schema.js';
import type { Range, TextEdit } from '../types.js';
import { withNote } from '../text.js';

export function replace(range: Range, newText: string): TextEdit {
  return { range, newText };
}

/**
 * Replaces a cell's text and keeps its column's width: in a table padded to line up (spaces after
 * the text up to the pipe), a shorter text is padded to the old one's length, so the columns still
 * line up. Elsewhere, as `replace`.
 */
export function replaceInCell(plan: Plan, range: Range, newText: string): TextEdit {
  const start = plan.lines.offsetAt(range.start);
  const end = plan.lines.offsetAt(range.end);
  const old = end - start;
  let pad = 0;
  while (plan.text[end + pad] === ' ') pad++;
  // Padded: more than one space after the text, or one and the line as long as the line above
  // (the rows of a table padded to line up are all as long).
  const line = range.start.line;
  const sameLength = (): boolean =>
    line > 0 && plan.lines.lineText(line).trimEnd().length === plan.lines.lineText(line - 1).trimEnd().length;
  const aligned = newText.length < old && (pad >= 2 || (pad === 1 && sameLength()));
  return replace(range, aligned ? newText.padEnd(old) : newText);
}

export function insertAt(plan: Plan, offset: number, newText: string): TextEdit {
  const pos = plan.lines.positionAt(offset);
  return { range: { start: pos, end: pos }, newText };
}

/**
 * Where to report what has no text of its own (a key, a section or a register the plan lacks):
 * the front-matter `stage` value, which says what the plan must have, as the format's last
 * fallback; without one, the title, else the first line.
 */
export function planAnchor(plan: Plan): Range {
  const stage = plan.frontMatter.entries.get('stage');
  if (stage?.kind === 'scalar') return stage.range;
  if (plan.title) return plan.title.range;
  return plan.lines.lineRange(0);
}

/** Where a front-matter key the plan lacks is reported: its `stage` value, else the front matter's first line. */
export function frontMatterAnchor(plan: Plan): Range {
  const stage = plan.frontMatter.entries.get('stage');
  if (stage?.kind === 'scalar') return stage.range;
  return plan.frontMatter.present ? plan.lines.lineRange(0) : planAnchor(plan);
}

/** The front-matter value's range, or `frontMatterAnchor` when the key is absent. */
export function keyAnchor(plan: Plan, key: string): Range {
  const v = plan.frontMatter.entries.get(key);
  if (v) return v.kind === 'null' ? v.keyRange : v.range;
  return frontMatterAnchor(plan);
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

/**
 * How a row is named in messages: its ID, else "row N", with what it is about after it when given
 * (`M-06 (DR de-registration)`; its own parentheses read as commas, `withNote`).
 */
export function rowLabel(row: Row, about?: string): string {
  const id = row.id ?? `row ${row.index + 1}`;
  return about ? withNote(id, about) : id;
}

/** One thing as a list, or undefined without it (a rule's optional fix). */
export function optional<T>(x: T | undefined): T[] | undefined {
  return x === undefined ? undefined : [x];
}

/**
 * How a person reference reads in messages: as the stakeholder it resolves to (`personDisplay`),
 * else as written.
 */
export function personLabel(plan: Plan, ref: string): string {
  const row = plan.person(ref);
  return row?.value('id') && row.value('name') ? personDisplay(row) : ref;
}
