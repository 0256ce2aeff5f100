/**
 * Text → plan model: front matter, then the body's top-level nodes (chunks.ts, or the
 * incremental parser's `parseBody`), walked once to build headings, sections, registers and the
 * person index.
 */
import { rowIdKey } from '../domain.js';
import { fmString, parseFrontMatter } from '../frontMatter.js';
import { HeadingTracker } from '../headings.js';
import type { Checklist, Heading, ListItem, Plan, Register, Section, Table } from '../model.js';
import { REGISTER_BY_KIND, SCHEMA_VERSION, type RegisterKind, type RegisterSpec } from '../schema.js';
import { LineIndex, normalizeLoneCr, stripBom } from '../lines.js';
import type { SectionKind } from '../types.js';
import { parseChunks } from './chunks.js';
import { scanDirectives } from './directives.js';
import { buildMeta } from './meta.js';
import { buildTable, endOf, joinTables, listItems, startOf, trimEnd } from './nodes.js';
import { buildHeading } from './headingNode.js';
import { withoutLeadingNotes } from './noteTables.js';
import { criteriaFromLines, criteriaFromTable } from './criteriaForms.js';
import type { ParseOptions } from './options.js';
import { personIndex } from './people.js';
import { otherAmountUnit } from '../values/amountUnit.js';

interface MutableRegister {
  kind: RegisterKind;
  spec: RegisterSpec;
  heading: Heading;
  section: SectionKind | undefined;
  table: Table | undefined;
  items: ListItem[];
  listItemsNotRows: number;
  tablesNotRead: Table[];
  /** The tables under this heading, in order: read into the register once the plan is walked. */
  tables: Table[];
  checklists: Map<string, Checklist>;
  endOffset: number;
  /** The first register of its kind, when this is a later one (see `Register.joinedTo`). */
  joinedTo: MutableRegister | undefined;
}

/** Registers a plan may write once per stage section: a later one is not more of the first. */
const PER_SECTION: ReadonlySet<RegisterKind> = new Set(['exitCriteria']);

export function parsePlan(uri: string, rawText: string, opts: ParseOptions = {}): Plan {
  const text = normalizeLoneCr(stripBom(rawText));
  const lines = new LineIndex(text);
  const frontMatter = parseFrontMatter(text, lines);
  const meta = buildMeta(frontMatter);
  const declaresSchema = fmString(frontMatter.entries.get('schema')) === SCHEMA_VERSION;
  const bodyStart = frontMatter.present ? frontMatter.bodyOffset : 0;
  const nodes = opts.parseBody ? opts.parseBody(text, bodyStart) : parseChunks(text, bodyStart, opts);

  const headings: Heading[] = [];
  const sections: Section[] = [];
  const registers: MutableRegister[] = [];
  let title: Heading | undefined;
  let currentSection: { kind: SectionKind; heading: Heading } | undefined;
  const sectionList: { kind: SectionKind; heading: Heading; end: number }[] = [];
  let reg: MutableRegister | undefined;
  let checklist: { id: string; heading: Heading; items: ListItem[] } | undefined;

  const closeRegister = (): void => {
    reg = undefined;
    checklist = undefined;
  };
  const openRegister = (kind: RegisterKind, heading: Heading, section: SectionKind | undefined): void => {
    reg = {
      kind,
      spec: REGISTER_BY_KIND.get(kind)!,
      heading,
      section,
      table: undefined,
      items: [],
      listItemsNotRows: 0,
      tablesNotRead: [],
      tables: [],
      checklists: new Map(),
      endOffset: trimEnd(text, lines.lineEnd(heading.range.end.line)),
      joinedTo: PER_SECTION.has(kind) ? undefined : registers.find((r) => r.kind === kind && !r.joinedTo),
    };
    registers.push(reg);
    checklist = undefined;
  };

  const tracker = new HeadingTracker(opts.aliases?.registers);
  for (const node of nodes) {
    if (node.type === 'heading') {
      const h = buildHeading(node, text, lines);
      headings.push(h);
      const event = tracker.heading(h.depth, h.text);
      if (event.type === 'title') {
        title ??= h;
        closeRegister();
        currentSection = undefined;
        continue;
      }
      if (h.depth === 2) {
        closeRegister();
        if (currentSection) sectionList[sectionList.length - 1]!.end = h.offset;
        if (event.type === 'section') {
          currentSection = { kind: event.section, heading: h };
          sectionList.push({ kind: event.section, heading: h, end: text.length });
        } else {
          currentSection = undefined;
          if (event.type === 'register') openRegister(event.register, h, undefined);
        }
        continue;
      }
      if (h.depth === 3) {
        closeRegister();
        if (event.type === 'register') openRegister(event.register, h, currentSection?.kind);
        continue;
      }
      if (event.type === 'checklist' && reg) {
        checklist = { id: event.id, heading: h, items: [] };
        (reg.joinedTo ?? reg).checklists.set(rowIdKey(event.id), checklist);
        reg.endOffset = trimEnd(text, endOf(node));
        continue;
      }
      if (reg) reg.endOffset = trimEnd(text, endOf(node));
      continue;
    }
    if (!reg) continue;
    // A later register of a kind (a second `### Risks`, `### Risk register (supplier risks)`) is
    // read as more of the first: its tables, items and checklists are the first's.
    const into = reg.joinedTo ?? reg;
    if (node.type === 'table' && reg.spec.shape === 'table' && !checklist) {
      const line = opts.tableMemo ? lines.positionAt(startOf(node)).line : 0;
      const memo = opts.tableMemo?.get(node);
      let table: Table;
      if (memo && memo.line === line && memo.kind === reg.kind) {
        table = memo.table;
      } else {
        table = buildTable(node, reg.spec, text, lines, opts.aliases?.columns.get(reg.kind));
        opts.tableMemo?.set(node, { line, kind: reg.kind, table });
      }
      reg.tables.push(table);
    } else if (node.type === 'table' && reg.spec.shape === 'list' && !checklist) {
      // A list register kept as a table (a PRINCE2 Lessons Log): each row that says something is
      // an entry, its filled cells its text. A row of an ID, an owner and `TBD`s says nothing.
      const table = buildTable(node, reg.spec, text, lines, undefined);
      for (const row of table.rows) {
        const cells = row.cells.filter((c) => !c.empty).map((c) => c.text);
        if (cells.some((c) => /\S\s+\S/.test(c))) {
          into.items.push({ text: cells.join(' – '), checked: undefined, range: row.range });
        }
      }
    } else if (node.type === 'table' && reg.spec.shape === 'tasks' && !checklist) {
      into.items.push(...criteriaFromTable(buildTable(node, reg.spec, text, lines, undefined)));
    } else if (node.type === 'paragraph' && reg.spec.shape === 'tasks' && !checklist) {
      into.items.push(...criteriaFromLines(text, startOf(node), endOf(node), lines));
    } else if (node.type === 'list') {
      const items = listItems(node, text, lines);
      if (checklist) checklist.items.push(...items);
      else if (reg.spec.shape !== 'table') into.items.push(...items);
      else into.listItemsNotRows += items.length;
    }
    if (node.type !== 'html' || !/handoff-/.test(node.value)) reg.endOffset = trimEnd(text, endOf(node));
  }

  // Each heading's tables, in document order, into its register (a later heading's into the
  // first of its kind): a note table before the register's own (a scoring key, a legend) is no
  // part of it, and a later table with the same columns holds more rows (`Closed risks` under
  // the open ones), unless a column's unit note differs (`Approved` over one, `Approved (tys. zł)`
  // over the next): its amounts would be read in the first's unit.
  for (const r of registers) {
    const into = r.joinedTo ?? r;
    for (const table of withoutLeadingNotes(r.tables, r.spec)) {
      if (!into.table) into.table = table;
      else {
        const sameUnits = otherAmountUnit(headerTexts(into.table), headerTexts(table)) === undefined;
        const joined = sameUnits ? joinTables(into.table, table) : undefined;
        if (joined) into.table = joined;
        else into.tablesNotRead.push(table);
      }
    }
  }

  for (const s of sectionList) {
    sections.push({
      kind: s.kind,
      heading: s.heading,
      range: lines.range(s.heading.offset, trimEnd(text, s.end)),
      endOffset: trimEnd(text, s.end),
    });
  }

  const finals = new Map<MutableRegister, Register>();
  const finalRegisters: Register[] = registers.map((r) => {
    const final: Register = {
      kind: r.kind,
      spec: r.spec,
      heading: r.heading,
      section: r.section,
      table: r.table,
      items: r.items,
      listItemsNotRows: r.listItemsNotRows,
      tablesNotRead: r.tablesNotRead,
      checklists: r.checklists,
      range: lines.range(r.heading.offset, r.endOffset),
      endOffset: r.endOffset,
      joinedTo: r.joinedTo && finals.get(r.joinedTo),
    };
    finals.set(r, final);
    return final;
  });

  const stakeholders = finalRegisters.find((r) => r.kind === 'stakeholders')?.table;
  const people = personIndex(stakeholders);

  const plan: Plan = {
    uri,
    text,
    lines,
    frontMatter,
    declaresSchema,
    title,
    headings,
    sections,
    registers: finalRegisters,
    directives: scanDirectives(text, lines),
    meta,
    section: (kind) => sections.find((s) => s.kind === kind),
    register: (kind) => finalRegisters.find((r) => r.kind === kind && kind !== 'exitCriteria'),
    rows: (kind) => finalRegisters.find((r) => r.kind === kind)?.table?.rows ?? [],
    exitCriteria: (section) => finalRegisters.find((r) => r.kind === 'exitCriteria' && r.section === section),
    person: people.person,
    personNames: people.personNames,
  };
  return plan;
}

/** A table's headers as written. */
function headerTexts(table: Table): string[] {
  return table.headers.map((h) => h.text);
}
