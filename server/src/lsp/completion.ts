/**
 * Completion from the plan model and the schema: front-matter keys and enum values, currency
 * codes, person references, ITIL processes, plan ids, the row IDs a Depends on, Covers or Link
 * names, a new row's next free ID, the words and levels a cell reads, RACI letters, rule names.
 * The engine says what is at the position (`locate`); this module only turns candidates into
 * completion items.
 */
import { CompletionItemKind, type CompletionItem, type Position } from 'vscode-languageserver';
import type { HandoffConfig } from '../engine/config.js';
import type { Plan } from '../engine/model.js';
import { partyNames, personDisplay, soleRoleHolders } from '../engine/references.js';
import { takesParties } from '../engine/rules/unresolvedReference.js';
import {
  locate,
  PERSON_COLUMNS,
  PERSON_KEYS,
  PROCESS_COLUMNS,
  splitRow,
  type CellLocation,
  type FrontMatterValueLocation,
} from '../engine/positions.js';
import type { Rule } from '../engine/rule.js';
import {
  entryColumn,
  FRONT_MATTER_BY_KEY,
  FRONT_MATTER_KEYS,
  registerSpec,
  SCHEMA_VERSION,
  stageDescription,
  SUBKEYS,
  type RegisterKind,
} from '../engine/schema.js';
import type { PlanSummary } from '../engine/summary.js';
import { HEALTH_VALUES, type IsoDate, type Range } from '../engine/types.js';
import { VALUE_COLUMNS } from '../engine/valueCells.js';
import { currencyCodes, HEALTH_NAMES, levelName, wordsOf } from '../engine/values.js';
import { dominantPrefix, nextFreeId, RACI_ROLES } from '../engine/domain.js';
import { personAs, personStyle } from '../engine/personStyle.js';
import { yamlScalar } from '../engine/frontMatter.js';
import { dateCandidates } from './dateCompletion.js';
import { processCandidates } from './processCompletion.js';
import { templateCompletions } from './templateCompletion.js';
import { toLspRange } from './toLsp.js';

export interface CompletionInput {
  readonly plan: Plan;
  readonly position: Position;
  readonly rules: readonly Rule[];
  readonly summaries: readonly PlanSummary[];
  /** The plan's configuration: its parties are offered where a team may hold a cell. */
  readonly config?: HandoffConfig;
  /** The as-of date: with it, the templates are offered as snippets at the start of a body line. */
  readonly asOf?: IsoDate;
}

function item(
  label: string,
  kind: CompletionItemKind,
  range: Range,
  extra: Partial<CompletionItem> = {},
): CompletionItem {
  const { insertText, ...rest } = extra;
  return { label, kind, textEdit: { range: toLspRange(range), newText: insertText ?? label }, ...rest };
}

/** Cells holding a list of values (`M-01, M-02`): completion writes the item at the cursor. */
const LIST_CELLS: Readonly<Partial<Record<RegisterKind, string>>> = {
  milestones: 'dependsOn',
  decisions: 'covers',
  correctiveActions: 'link',
};

function isListCell(loc: CellLocation): boolean {
  return loc.columnKey !== undefined && LIST_CELLS[loc.register.kind] === loc.columnKey;
}

/** The registers whose rows a corrective action's Link names: the risk, issue or milestone it corrects. */
const LINKED: readonly RegisterKind[] = ['issues', 'risks', 'milestones'];

/** Row IDs of `kinds` (but `own`), each with what its row is. */
function rowIds(plan: Plan, kinds: readonly RegisterKind[], range: Range, own?: string): CompletionItem[] {
  return kinds.flatMap((kind, k) => {
    const entry = entryColumn(registerSpec(kind))?.key;
    return plan
      .rows(kind)
      .filter((r) => r.id && r.id !== own)
      .map((r, i) => {
        const what = (entry && r.value(entry)) || undefined;
        return item(r.id!, CompletionItemKind.Reference, range, {
          labelDetails: { description: what },
          detail: what ? `${registerSpec(kind).title}: ${what}` : registerSpec(kind).title,
          sortText: `${k}${String(i).padStart(5, '0')}`,
        });
      });
  });
}

/** In a new or unnumbered row's ID cell: the register's next free ID (`R-04` after `R-03`). */
function nextIdItem(loc: CellLocation, range: Range): CompletionItem[] {
  const prefix = loc.register.spec.idPrefix;
  if (!prefix) return [];
  const ids = loc.table.rows.filter((r) => r !== loc.row).map((r) => r.id);
  const next = nextFreeId(dominantPrefix(ids, prefix), ids);
  return [
    item(next, CompletionItemKind.Value, range, {
      labelDetails: { description: `next free ${loc.register.spec.title} ID` },
      detail: `The next free ID of ${loc.register.spec.title}`,
      preselect: true,
    }),
  ];
}

/** A table's delimiter row, whole or being typed (`| --- | :-: |`). */
const DELIMITER_ROW = /^[\s|:]*-[-\s|:]*$/;

/** Where a cell completion's edit goes and what it writes for a value. */
interface CellEdit {
  readonly range: Range;
  readonly text: (value: string) => string;
}

/**
 * The edit of a completion in a table cell; its range is on the position's line and holds the
 * position (LSP 3.17). In an empty or white-space-only cell it is all the space between the pipes,
 * written back as ` value ` so the table stays readable; in a list cell the item at the cursor (a
 * value typed right after a comma gets a space before it); in any other cell the cell's text,
 * stretched to the cursor when it stands in the padding.
 */
function cellEdit(plan: Plan, loc: CellLocation, position: Position): CellEdit {
  const line = position.line;
  const text = plan.lines.lineText(line);
  const ch = Math.min(position.character, text.length);
  const at = (a: number, b: number): Range => ({ start: { line, character: a }, end: { line, character: b } });
  if (loc.word.text === '') {
    const span = splitRow(text).find((s) => ch >= s.start && ch <= s.end) ?? { start: ch, end: ch };
    const before = text[span.start - 1] === '|' ? ' ' : '';
    const after = text[span.end] === '|' ? ' ' : '';
    return { range: at(span.start, span.end), text: (v) => `${before}${v}${after}` };
  }
  if (isListCell(loc)) {
    const lo = loc.word.range.start.character;
    const hi = loc.word.range.end.character;
    let a = ch;
    let b = ch;
    while (a > lo && !/[,;\s]/.test(text[a - 1]!)) a--;
    while (b < hi && !/[,;\s]/.test(text[b]!)) b++;
    const spaced = a === b && /[,;]/.test(text[a - 1] ?? '');
    return { range: at(a, b), text: (v) => (spaced ? ` ${v}` : v) };
  }
  const { start, end } = loc.word.range;
  return { range: at(Math.min(start.character, ch), Math.max(end.character, ch)), text: (v) => v };
}

/**
 * Who may be named here: the stakeholders, written the way the plan writes people (ID, name or
 * @handle, `personStyle`); in a register cell also the roles exactly one stakeholder holds (a role
 * is a reference to its holder, contract §2), and — where a team may hold the cell — the
 * Stakeholders teams and the configured parties.
 */
function people(plan: Plan, range: Range, cell?: { readonly parties?: readonly string[] }): CompletionItem[] {
  const out: CompletionItem[] = [];
  const style = personStyle(plan);
  plan.rows('stakeholders').forEach((row, i) => {
    const id = row.value('id');
    if (!id) return;
    const name = row.value('name') ?? '';
    const role = row.value('role') ?? '';
    const handle = row.value('handle') ?? '';
    const written = personAs(plan, row, style);
    // Every row, not only the highlighted one, shows who it is: the name beside an ID or a
    // handle, the ID beside a name.
    const beside = written === name ? id : name;
    out.push(
      item(written, CompletionItemKind.Reference, range, {
        labelDetails: { detail: beside ? ` ${beside}` : undefined, description: role || undefined },
        detail: [written === id ? name : `${name} (${id})`, role].filter(Boolean).join(' — '),
        filterText: [...new Set([written, id, name, handle])].filter(Boolean).join(' '),
        sortText: String(i).padStart(5, '0'),
      }),
    );
  });
  if (!cell) return out;
  // A stakeholder whose Role cell names one role several ways (`Sponsor (SRO)`, also `Sponsor`) once.
  for (const row of new Set(soleRoleHolders(plan))) {
    out.push(
      item(row.value('role')!, CompletionItemKind.Reference, range, {
        labelDetails: { description: personDisplay(row) },
        detail: `Role held by ${personDisplay(row)}`,
        sortText: `1${row.value('role')}`,
      }),
    );
  }
  for (const party of cell.parties ?? []) {
    out.push(
      item(party, CompletionItemKind.Module, range, {
        labelDetails: { description: 'team or organisation' },
        sortText: `2${party}`,
      }),
    );
  }
  return out;
}

/** ISO 4217 codes for `budget.currency`, each with its name where the runtime knows it. */
function currencies(range: Range): CompletionItem[] {
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames(['en'], { type: 'currency' });
  } catch {
    names = undefined;
  }
  return currencyCodes().map((code) => {
    const name = names?.of(code);
    return item(code, CompletionItemKind.Constant, range, {
      labelDetails: name && name !== code ? { description: name } : undefined,
    });
  });
}

/** What a table cell takes, as items editing `range`. */
function cellCompletions(input: CompletionInput, loc: CellLocation, range: Range): CompletionItem[] {
  const { plan } = input;
  const kind = loc.register.kind;
  const key = loc.columnKey;
  if (key && PERSON_COLUMNS[kind]?.includes(key)) {
    const parties = takesParties(kind, key) ? partyNames(plan, input.config?.parties) : undefined;
    return people(plan, range, { parties });
  }
  // Columns that take one of a list of words (Met, decision Type and Status, PIR Result).
  const values = key ? loc.register.spec.columns.find((c) => c.key === key)?.values : undefined;
  if (values) return values.map((v) => item(v, CompletionItemKind.EnumMember, range));
  // Columns read as a status word, a health or a level: the words they read.
  const reads = key ? VALUE_COLUMNS[kind]?.[key] : undefined;
  if (reads !== undefined && typeof reads === 'object') {
    return wordsOf(reads.words).map((w) => item(w, CompletionItemKind.EnumMember, range));
  }
  if (reads === 'health') {
    return HEALTH_VALUES.map((h) => item(HEALTH_NAMES[h], CompletionItemKind.EnumMember, range));
  }
  if (reads === 'level') {
    return [1, 2, 3, 4, 5].map((n) =>
      item(String(n), CompletionItemKind.EnumMember, range, {
        labelDetails: { description: levelName(n) },
      }),
    );
  }
  if (reads === 'date' && key) {
    return dateCandidates(plan, kind, key, loc.row, input.asOf).map((c, i) =>
      item(c.date, CompletionItemKind.Value, range, {
        labelDetails: { description: c.description },
        sortText: String(i),
      }),
    );
  }
  if (key && PROCESS_COLUMNS[kind]?.includes(key)) {
    return processCandidates(plan, kind, input.config).map((c) =>
      item(c.name, CompletionItemKind.Value, range, {
        labelDetails: c.description ? { description: c.description } : undefined,
        sortText: c.sortText,
      }),
    );
  }
  // A RACI matrix's cell under a person or role: the four letters.
  if (kind === 'responsibilities' && key === undefined) {
    return RACI_ROLES.map(([letter, role], i) =>
      item(letter, CompletionItemKind.EnumMember, range, {
        labelDetails: { description: role },
        sortText: String(i),
      }),
    );
  }
  if (kind === 'milestones' && key === 'dependsOn') return rowIds(plan, ['milestones'], range, loc.row?.id);
  if (kind === 'decisions' && key === 'covers') {
    // Milestone IDs, or the whole schedule or cost (contract §3: Covers).
    const scope = (['schedule', 'cost'] as const).map((w) =>
      item(w, CompletionItemKind.Keyword, range, {
        labelDetails: { description: w === 'schedule' ? 'any milestone slip' : 'the cost overrun' },
        sortText: `9${w}`,
      }),
    );
    return [...rowIds(plan, ['milestones'], range), ...scope];
  }
  if (kind === 'correctiveActions' && key === 'link') return rowIds(plan, LINKED, range);
  if (key === 'id') return nextIdItem(loc, range);
  if (kind === 'waivers' && key === 'rule') {
    return input.rules.map((r) => item(r.name, CompletionItemKind.Keyword, range, { detail: r.description }));
  }
  return [];
}

/** What a front-matter value takes, as items editing `range`. */
function frontMatterValues(input: CompletionInput, loc: FrontMatterValueLocation, range: Range): CompletionItem[] {
  const { plan } = input;
  if (loc.key === 'budget' && loc.subKey === 'currency') return currencies(range);
  const spec = FRONT_MATTER_BY_KEY.get(loc.key);
  if (!spec || loc.subKey !== undefined) return [];
  if (spec.type === 'enum') {
    // In the schema's order (for stage: the lifecycle), not alphabetical.
    return (spec.values ?? []).map((v, i) => {
      const description = loc.key === 'stage' ? stageDescription(v) : undefined;
      return item(v, CompletionItemKind.EnumMember, range, {
        sortText: String(i).padStart(3, '0'),
        labelDetails: description ? { description } : undefined,
        documentation: description,
      });
    });
  }
  if (spec.type === 'schema') return [item(SCHEMA_VERSION, CompletionItemKind.Constant, range)];
  if (spec.type === 'person' && PERSON_KEYS.includes(loc.key)) return people(plan, range);
  if (spec.type === 'planIdList') {
    const own = plan.meta.id;
    const ids = new Map<string, PlanSummary>();
    for (const s of input.summaries) if (s.id && s.id !== own && !ids.has(s.id)) ids.set(s.id, s);
    return [...ids.values()].map((s) =>
      item(s.id!, CompletionItemKind.Reference, range, {
        labelDetails: { description: s.title },
        detail: [s.title, s.stage].filter(Boolean).join(' — '),
      }),
    );
  }
  return [];
}

/**
 * The edit of a front-matter value completion: the value's word (which `locate` never lets reach
 * back over the key: `stage:|` is a value still to write); a value written right after the colon
 * gets the space YAML needs, and one YAML cannot take plain (a handle) its quotes, unless written
 * between quotes already.
 */
function valueEdit(plan: Plan, loc: FrontMatterValueLocation): CellEdit {
  const { range } = loc.word;
  const before = plan.lines.lineText(range.start.line)[range.start.character - 1];
  const quoted = before === '"' || before === "'";
  return {
    range,
    text: (v) => {
      // `@l.chen` must be quoted: `@` is reserved at a plain scalar's start (`yamlScalar`).
      const value = quoted ? v : yamlScalar(v);
      return before === ':' ? ` ${value}` : value;
    },
  };
}

export function completions(input: CompletionInput): CompletionItem[] {
  const { plan, position } = input;
  const loc = locate(plan, position);
  switch (loc.kind) {
    case 'frontMatterKey': {
      if (loc.parent !== undefined) {
        const existing = plan.frontMatter.entries.get(loc.parent)?.entries;
        return (SUBKEYS[loc.parent] ?? [])
          .filter((k) => !existing?.has(k) || k === loc.word.text)
          .map((k) => item(k, CompletionItemKind.Property, loc.word.range, { insertText: `${k}: ` }));
      }
      const present = plan.frontMatter.entries;
      return FRONT_MATTER_KEYS.filter((k) => !present.has(k.key) || k.key === loc.word.text).map((k, i) =>
        item(k.key, CompletionItemKind.Property, loc.word.range, {
          insertText: `${k.key}: `,
          detail: k.description,
          sortText: String(i).padStart(3, '0'),
        }),
      );
    }
    case 'frontMatterValue': {
      const edit = valueEdit(plan, loc);
      return frontMatterValues(input, loc, edit.range).map((c) =>
        c.textEdit ? { ...c, textEdit: { ...c.textEdit, newText: edit.text(c.textEdit.newText) } } : c,
      );
    }
    case 'cell': {
      // Nothing in the header, nor in the `| --- |` row (a `-` typed there is no value).
      if (loc.isHeader || DELIMITER_ROW.test(plan.lines.lineText(position.line))) return [];
      const edit = cellEdit(plan, loc, position);
      return cellCompletions(input, loc, edit.range).map((c) =>
        c.textEdit ? { ...c, textEdit: { ...c.textEdit, newText: edit.text(c.textEdit.newText) } } : c,
      );
    }
    case 'directive':
      return input.rules.map((r) =>
        item(r.name, CompletionItemKind.Keyword, loc.word.range, { detail: r.description }),
      );
    default: {
      if (!input.asOf) return [];
      const planIds = input.summaries.flatMap((s) => (s.id ? [s.id] : []));
      return templateCompletions({ plan, position, asOf: input.asOf, config: input.config, planIds });
    }
  }
}
