/**
 * A table register written as a bulleted or numbered list (`- R-01: Late data (owner Ben Cole)`):
 * the fix that writes its items as the register's table, one row each. Nothing is guessed and
 * nothing is lost: an item's leading ID goes under ID (an item without one gets the next free
 * ID), the rest of its text, as written, under the column that says what an entry is (Risk,
 * Statement, a Status log's Summary), the Type the heading names where it names one kind of entry
 * (`### Constraints`), and the other columns the register needs are left for the author to fill.
 */
import { LEADING_ROW_ID, nextFreeId } from './domain.js';
import { markdownTableLines } from './fixes.js';
import type { Plan, Register } from './model.js';
import { entryColumn, type ColumnSpec, type RegisterKind } from './schema.js';
import { normalizeHeading } from './text.js';
import type { Fix } from './types.js';

/** A list item's first line: its marker and text (a task box is part of the text). */
const ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]+(.*))?$/;
/** A task item's box: `[ ]`, `[x]`. */
const TASK_BOX = /^\[[ xX]\]\s+/;
/** Bold around an item's first word (its ID): `**R-01**`, `__R-01__`. Group 2: the word. */
const BOLD_START = /^(\*\*|__)(\S+?)\1/;
/** What separates an item's ID from its text: `R-01:`, `R-01 –`, `R-01 `. */
const AFTER_ID = /^(?:\s*[:.–—-]\s*|\s+)/;

/** An item's leading row ID (`LEADING_ROW_ID`), bold or not, and its text after it. */
function leadingId(item: string): { id: string | undefined; rest: string } {
  const bold = BOLD_START.exec(item);
  const unbolded = bold ? bold[2]! + item.slice(bold[0].length) : item;
  const id = LEADING_ROW_ID.exec(unbolded)?.[1];
  const after = id === undefined ? null : AFTER_ID.exec(unbolded.slice(id.length));
  return id !== undefined && after
    ? { id, rest: unbolded.slice(id.length + after[0].length) }
    : { id: undefined, rest: item };
}

/** The items of the register's list, and the lines they take, or undefined when there is none. */
function listUnder(plan: Plan, register: Register): { items: string[]; first: number; last: number } | undefined {
  const { lines } = plan;
  const items: string[] = [];
  let first: number | undefined;
  let last = -1;
  for (let line = register.heading.range.end.line + 1; line <= register.range.end.line; line++) {
    const text = lines.lineText(line);
    const item = ITEM.exec(text);
    if (item) {
      items.push((item[1] ?? '').trim().replace(TASK_BOX, ''));
      first ??= line;
      last = line;
    } else if (text.trim() === '') {
      continue;
    } else if (first !== undefined && /^\s{2,}\S/.test(text)) {
      // A continuation of the item above (a wrapped line, or a nested item): joined to it.
      items[items.length - 1] = `${items[items.length - 1]} ${text.trim()}`.trim();
      last = line;
    } else if (first !== undefined || /^\s*(?:#|```|~~~)/.test(text)) {
      break;
    }
  }
  return first === undefined ? undefined : { items, first, last };
}

/**
 * The Type an item takes from the heading its list stands under, where the heading names one
 * kind of entry: `### Assumptions` holds assumptions, `### Constraints` constraints.
 */
const TYPE_BY_HEADING: Readonly<Partial<Record<RegisterKind, Readonly<Record<string, string>>>>> = {
  assumptions: { assumptions: 'Assumption', constraints: 'Constraint' },
};

/**
 * The fix writing the register's lists as its table: the list under its heading and those under
 * the headings joined to it (`### Assumptions`, then `### Constraints`), each where it stands, as
 * tables with the same columns, which are read as one register.
 */
export function listAsTableFix(plan: Plan, register: Register): Fix | undefined {
  const { spec } = register;
  if (spec.shape !== 'table') return undefined;
  const lists = [register, ...plan.registers.filter((r) => r.joinedTo === register)].flatMap((r) => {
    const list = listUnder(plan, r);
    return list ? [{ ...list, type: TYPE_BY_HEADING[spec.kind]?.[normalizeHeading(r.heading.text)] }] : [];
  });
  if (lists.length === 0) return undefined;
  // The column that says what an entry is: the one the schema marks (a Status log's Summary),
  // else the first the register needs that is free text (not its ID, a word of a list or a
  // person): Risk, Milestone, Name.
  const text = entryColumn(spec);
  if (!text) return undefined;
  const columns = spec.columns.filter((c) => c.required || c === text);
  // An item without an ID gets the next one free of those written and those given before it.
  const ids = lists.flatMap((l) => l.items.map((item) => leadingId(item).id)).filter((id) => id !== undefined);
  const eol = plan.lines.eol();
  const { lines } = plan;
  const edits = lists.map((list) => {
    const rows = list.items.map(leadingId).map(({ id: written, rest }) => {
      const id = written ?? (spec.idPrefix ? nextFreeId(spec.idPrefix, ids) : '');
      if (!written) ids.push(id);
      const cell = (c: ColumnSpec): string =>
        c.key === 'id'
          ? id
          : c === text
            ? rest.replace(/(?<!\\)\|/g, '\\|')
            : c.key === 'type'
              ? (list.type ?? '')
              : '';
      return columns.map(cell);
    });
    return {
      range: { start: { line: list.first, character: 0 }, end: lines.positionAt(lines.lineEnd(list.last)) },
      newText: markdownTableLines([columns.map((c) => c.header), ...rows]).join(eol),
    };
  });
  const n = lists.reduce((sum, l) => sum + l.items.length, 0);
  const typed = lists.some((l) => l.type !== undefined) ? ', Type from its heading' : '';
  return {
    title: `Write the ${n} ${n === 1 ? 'item' : 'items'} as the ${spec.title} table (each under ${text.header}${typed}, the other columns to fill in)`,
    edits,
  };
}
