/**
 * How a plan writes the people its cells and keys name: by stakeholder ID (`S-07`), by name
 * (`Claire Dunn`) or by @handle (`@c.dunn`). Completion and the fixes that write a person (a
 * receiving owner, a core role, a did-you-mean) write them the same way, so that a plan written by
 * names does not get IDs in between.
 */
import type { Plan, Row } from './model.js';
import { PERSON_COLUMNS, PERSON_KEYS } from './positions.js';
import type { RegisterKind } from './schema.js';
import { perPlan } from './perPlan.js';
import { writtenName } from './placeholders.js';
import { normPerson } from './parse/personForm.js';

export type PersonStyle = 'id' | 'name' | 'handle';

const same = (a: string | undefined, b: string): boolean => a !== undefined && normPerson(a) === normPerson(b);

/**
 * The form most of the plan's person references that resolve are written in (person columns,
 * RACI column headers, front-matter people); IDs when there are none, or on a tie.
 */
export function personStyle(plan: Plan): PersonStyle {
  const count: Record<PersonStyle, number> = { id: 0, name: 0, handle: 0 };
  const tally = (text: string): void => {
    const row = text.trim() ? plan.person(text) : undefined;
    if (!row) return;
    if (same(row.value('id'), text)) count.id++;
    else if (same(row.value('handle'), text)) count.handle++;
    else if (same(row.value('name'), text)) count.name++;
  };
  for (const [kind, columns] of Object.entries(PERSON_COLUMNS) as [RegisterKind, readonly string[]][]) {
    for (const row of plan.rows(kind)) for (const column of columns) tally(row.cell(column)?.text ?? '');
  }
  const raci = plan.register('responsibilities')?.table;
  raci?.headers.forEach((h, i) => {
    if (raci.columnKeys[i] === undefined) tally(h.text);
  });
  for (const key of PERSON_KEYS) {
    const v = plan.frontMatter.entries.get(key);
    if (v?.kind === 'scalar' && typeof v.value === 'string') tally(v.value);
  }
  const best = (['name', 'handle'] as const).reduce<PersonStyle>((a, b) => (count[b] > count[a] ? b : a), 'id');
  return best;
}

/**
 * How a stakeholder is written in a plan of that style: their ID where the other form would not
 * name them (a name still a template's placeholder, a name two stakeholders share); their name
 * when they have no ID.
 */
export function personAs(plan: Plan, row: Row, style: PersonStyle): string {
  const id = row.value('id');
  const name = writtenName(row);
  const form = style === 'name' ? name : style === 'handle' ? row.value('handle') : undefined;
  return (form && plan.person(form) === row ? form : undefined) ?? id ?? name ?? '';
}

const styleOf = perPlan(personStyle);

/** How a fix writes a stakeholder into this plan: as the plan writes people (`personStyle`). */
export function personRef(plan: Plan, row: Row): string {
  return personAs(plan, row, styleOf(plan));
}
