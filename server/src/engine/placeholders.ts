/**
 * Text a template or a fix writes for the author to type over: a column's prompt (`What could
 * happen`), a cell fix's prompt (`What reduces the likelihood or impact`), a stakeholder row's
 * `Sponsor name`, a list's `Lesson`. Until it is typed over nothing has been written there: a
 * register holding only such rows is as good as empty, and a Mitigation cell holding a prompt has
 * no mitigation. One place says which texts those are, for the templates that write them and the
 * rules that read them.
 */
import { isEmptyValue } from './emptyValues.js';
import type { ListItem, Plan, Row } from './model.js';
import { REGISTER_SPECS, registerSpec, type RegisterKind } from './schema.js';

/** What a cell fix writes into an empty cell of these columns, selected for typing over. */
export const CELL_PROMPTS = {
  mitigation: 'What reduces the likelihood or impact',
  contingency: 'What the project does if it happens',
} as const;

/** The item a template writes into a task list (exit criteria, a checklist) and a plain list. */
export const ITEM_PROMPTS = { tasks: 'Criterion', list: 'Lesson' } as const;

/** The Name a new Stakeholders row gets for a role the front matter names by ID or handle. */
export function roleNamePrompt(role: string): string {
  return `${role} name`;
}

/** A prompted column's prompt (its example): what templates and fixes write there. */
export function columnPrompt(kind: RegisterKind, key: string): string {
  const column = registerSpec(kind).columns.find((c) => c.key === key);
  if (!column?.prompt || column.example === undefined) throw new Error(`${kind}.${key} has no prompt`);
  return column.example;
}

interface Prompted {
  readonly key: string;
  /** The column's prompt as compared (see `comparable`). */
  readonly prompt: string;
  /** What a cell fix writes there, as compared. */
  readonly cellPrompt: string | undefined;
  /** The first letters (lower case) its placeholders start with, for `mayBePrompt`. */
  readonly firsts: string;
}

/**
 * The text as a placeholder is compared: in lower case, spaces (a no-break one too) as one,
 * without closing punctuation (`What reduces it?`, `…:`, `...`) or the brackets of a fill-in
 * (`[Sponsor name]`, `<Full name>`).
 */
const comparable = (text: string): string =>
  text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\[(.*)\]$|^<(.*)>$/, '$1$2')
    .replace(/(?<![\s.?!:;…])[\s.?!:;…]+$/, '')
    .toLowerCase();

/** Each register's prompted columns, worked out once. */
const PROMPTED = new Map<RegisterKind, readonly Prompted[]>(
  REGISTER_SPECS.map((r) => [
    r.kind,
    r.columns
      .filter((c) => c.prompt && c.example !== undefined)
      .map((c) => {
        const cellPrompt = (CELL_PROMPTS as Readonly<Record<string, string>>)[c.key];
        const prompt = comparable(c.example!);
        const compared = cellPrompt && comparable(cellPrompt);
        return { key: c.key, prompt, cellPrompt: compared, firsts: prompt[0]! + (compared?.[0] ?? '') };
      }),
  ]),
);

/** The `<Role> name` a Stakeholders row's Name holds as a placeholder, if the row has a role. */
function rolePromptOf(kind: RegisterKind, column: Prompted, row: Row | undefined): string | undefined {
  const role = kind === 'stakeholders' && column.key === 'name' ? row?.value('role') : undefined;
  return role === undefined ? undefined : roleNamePrompt(role);
}

/**
 * A quick test that spares most cells the comparison: a text whose first character is a letter
 * other than the first letter of each of its column's placeholders cannot read as one of them
 * (`comparable` keeps the first letter unless the text opens with a space or a bracket, which
 * this leaves to the comparison).
 */
function mayBePrompt(text: string, column: Prompted, rolePrompt: string | undefined): boolean {
  const code = text.charCodeAt(0);
  const letter = code | 0x20;
  // Not an ASCII letter: a space, a bracket, a digit or anything else goes to the comparison.
  if (letter < 0x61 || letter > 0x7a) return true;
  const first = String.fromCharCode(letter);
  return column.firsts.includes(first) || (rolePrompt !== undefined && rolePrompt[0]!.toLowerCase() === first);
}

/** Whether a cell's text is one of its column's placeholders. */
function holdsPrompt(kind: RegisterKind, column: Prompted, raw: string, row: Row | undefined): boolean {
  const rolePrompt = rolePromptOf(kind, column, row);
  if (!mayBePrompt(raw, column, rolePrompt)) return false;
  const text = comparable(raw);
  if (text === column.prompt || text === column.cellPrompt) return true;
  return rolePrompt !== undefined && text === comparable(rolePrompt);
}

/**
 * Whether a cell's text is still what a template or fix wrote for the author to replace: the
 * column's prompt, a cell fix's prompt for that column, or (Stakeholders' Name) the role's
 * `<Role> name` of the row.
 */
export function isPrompt(kind: RegisterKind, key: string, text: string, row?: Row): boolean {
  const column = PROMPTED.get(kind)?.find((c) => c.key === key);
  return column !== undefined && holdsPrompt(kind, column, text, row);
}

/**
 * A stakeholder's Name as written: none while it still reads a placeholder (`Sponsor name`,
 * `Full name`), so a fix or a message names the person by ID and role instead.
 */
export function writtenName(row: Row): string | undefined {
  const name = row.value('name');
  return name !== undefined && !isPrompt('stakeholders', 'name', name, row) ? name : undefined;
}

/** The prompt a row's cell still holds, if it holds one (for a finding to quote). */
export function promptIn(kind: RegisterKind, row: Row, key: string): string | undefined {
  const text = row.value(key);
  return text !== undefined && isPrompt(kind, key, text, row) ? text : undefined;
}

/**
 * Whether a row is a template's sample nobody has written into yet: the register's first prompted
 * column (what the entry is: a Risk, a Name, a Summary) still holds its prompt, and every other
 * prompted column it has is empty or still holds its own. A row whose Risk is written but whose
 * Mitigation is still a prompt is written: the rule on mitigations reports that cell; so is a
 * handover whose Handed over is written or left empty (its process, owner and date say what it is).
 */
export function isSampleRow(kind: RegisterKind, row: Row): boolean {
  const columns = PROMPTED.get(kind) ?? [];
  for (const [i, column] of columns.entries()) {
    const text = row.value(column.key);
    if (text === undefined && i > 0) continue;
    if (text === undefined || !holdsPrompt(kind, column, text, row)) return false;
  }
  return columns.length > 0;
}

/**
 * The column whose placeholder makes a register's row a template's sample (`isSampleRow`'s
 * first), if the register has one: a row written into a table without that column is no sample.
 */
export function sampleColumn(kind: RegisterKind): string | undefined {
  return PROMPTED.get(kind)?.[0]?.key;
}

/**
 * Whether a register's rows are all template samples: its presence rule reports the register
 * once, and the rules on single cells leave those rows alone.
 */
export function onlySamples(kind: RegisterKind, rows: readonly Row[]): boolean {
  return rows.length > 0 && rows.every((r) => isSampleRow(kind, r));
}

/**
 * A register's rows for the rules that read them one by one: none when they are all template
 * samples, which the register's presence rule (missing-risks, missing-handovers …) reports once.
 */
export function writtenRows(plan: Plan, kind: RegisterKind): readonly Row[] {
  const rows = plan.rows(kind);
  return onlySamples(kind, rows) ? [] : rows;
}

const ITEMS = new Set(Object.values(ITEM_PROMPTS).map(comparable));

/** Whether a list item is the template's sample item (`Lesson`, `Criterion`). */
export function isPromptItem(text: string): boolean {
  return ITEMS.has(comparable(text));
}

/**
 * Whether a register's list item is a sample nobody has written into: its text is the sample's,
 * and nothing is written under it (`- Lesson` used as a label, its lesson in a nested list).
 */
export function isSampleItem(plan: Plan, item: ListItem): boolean {
  if (!isPromptItem(item.text)) return false;
  const next = item.range.end.line + 1;
  return next >= plan.lines.lineCount || !/^\s+\S/.test(plan.lines.lineText(next));
}

/** A list register's items that say something: not empty (`-`, `TBD`) and not the template's sample. */
export function writtenItems(plan: Plan, items: readonly ListItem[]): ListItem[] {
  return items.filter((i) => !isEmptyValue(i.text) && !isSampleItem(plan, i));
}
