/**
 * Text → plan model. The body is parsed with micromark/mdast (the parser remark-parse wraps)
 * with only the GFM constructs plans use (tables and task lists), one level-2 section at a time:
 * micromark's cost grows faster than linearly with document size, so a 1 MB plan parsed whole
 * takes seconds while its sections parse in a fraction of that. Offsets are shifted back, and
 * link reference definitions (document-wide in CommonMark) are appended to every chunk.
 */
import type { Heading as MdHeading, List, Nodes, Root, RootContent, Table as MdTable } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { fmNumber, fmString, parseFrontMatter } from './frontMatter.js';
import { scanChunk } from './scan.js';
import type {
  Cell,
  Checklist,
  DisableDirective,
  FmValue,
  FrontMatter,
  Heading,
  ListItem,
  Plan,
  PlanMeta,
  Register,
  Row,
  Section,
  Table,
} from './model.js';
import {
  columnKeyFor,
  REGISTER_BY_KIND,
  registerForHeading,
  SCHEMA_VERSION,
  sectionForHeading,
  type RegisterKind,
  type RegisterSpec,
} from './schema.js';
import { isEmptyValue, isIsoDate, LineIndex, normalizeWord } from './text.js';
import {
  HEALTH_VALUES,
  STAGES,
  TRANSITION_TYPES,
  type Health,
  type SectionKind,
  type Stage,
  type TransitionType,
} from './types.js';

const MICROMARK_EXTENSIONS = [gfmTable(), gfmTaskListItem()];
const MDAST_EXTENSIONS = [gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown()];

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Reads only the front matter: enough to tell whether a file declares the plan schema. */
export function declaresPlanSchema(text: string): boolean {
  const t = stripBom(text);
  if (!t.startsWith('---')) return false;
  const end = t.search(/\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/);
  const head = end < 0 ? t.slice(0, 65536) : t.slice(0, end);
  return /^schema[ \t]*:[ \t]*["']?transition-plan\/1["']?[ \t]*(?:#.*)?$/m.test(head);
}

// ---------------------------------------------------------------------------------------------
// Chunking

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const SPLIT_HEADING = /^ {0,3}#{1,2}(?:[ \t]|$)/;
const DEFINITION = /^ {0,3}\[(?:[^\]\\]|\\.)+\]:/;

/** Offsets at which the body can be cut into independently parsable chunks. */
export function chunkBoundaries(text: string, start: number): { cuts: number[]; definitions: string } {
  const cuts = [start];
  const defs: string[] = [];
  let fence: string | undefined;
  let inComment = false;
  let pos = start;
  while (pos < text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    const line = text.slice(pos, end).replace(/\r$/, '');
    if (fence) {
      const m = FENCE.exec(line);
      if (m && m[1]![0] === fence[0] && m[1]!.length >= fence.length && line.trim() === m[1]) fence = undefined;
    } else if (inComment) {
      if (line.includes('-->')) inComment = false;
    } else {
      const m = FENCE.exec(line);
      if (m) {
        if (!(m[1]![0] === '`' && line.slice(m.index + m[1]!.length).includes('`'))) fence = m[1];
      } else if (/^ {0,3}<!--/.test(line) && !line.includes('-->')) {
        inComment = true;
      } else if (SPLIT_HEADING.test(line)) {
        if (pos > cuts[cuts.length - 1]!) cuts.push(pos);
      } else if (DEFINITION.test(line)) {
        defs.push(line);
      }
    }
    pos = end + 1;
  }
  return { cuts, definitions: defs.length ? '\n\n' + defs.join('\n') + '\n' : '' };
}

export interface ParseOptions {
  /** Parse every chunk with micromark, never the line scanner (tests compare the two). */
  readonly forceMicromark?: boolean;
  /**
   * Parses the body from `start` into top-level mdast nodes with absolute offsets, instead of
   * chunk by chunk from scratch (incremental.ts reuses unchanged chunks). Must give the same
   * nodes as the default.
   */
  readonly parseBody?: (text: string, start: number) => RootContent[];
  /**
   * Tables built from mdast nodes that `parseBody` reused unchanged. A table whose node is the
   * same object, for the same register, starting on the same line, is the same table: its
   * cells' line/character ranges cannot have changed, so it is reused instead of rebuilt.
   */
  readonly tableMemo?: WeakMap<object, { readonly line: number; readonly kind: RegisterKind; readonly table: Table }>;
}

/** Top-level nodes of one chunk `[from, to)`, offsets absolute; `definitions` from chunkBoundaries. */
export function parseChunk(
  text: string,
  from: number,
  to: number,
  definitions: string,
  opts: ParseOptions = {},
): RootContent[] {
  const scanned = opts.forceMicromark ? undefined : scanChunk(text, from, to);
  if (scanned) return scanned;
  const out: RootContent[] = [];
  const root: Root = fromMarkdown(text.slice(from, to) + definitions, {
    extensions: MICROMARK_EXTENSIONS,
    mdastExtensions: MDAST_EXTENSIONS,
  });
  for (const node of root.children) {
    if (node.type === 'definition') continue;
    const s = node.position?.start.offset ?? 0;
    if (s >= to - from) continue;
    shiftOffsets(node, from);
    out.push(node);
  }
  return out;
}

function parseChunks(text: string, start: number, opts: ParseOptions): RootContent[] {
  const { cuts, definitions } = chunkBoundaries(text, start);
  const out: RootContent[] = [];
  for (let i = 0; i < cuts.length; i++) {
    const from = cuts[i]!;
    const to = i + 1 < cuts.length ? cuts[i + 1]! : text.length;
    if (from >= to) continue;
    for (const node of parseChunk(text, from, to, definitions, opts)) out.push(node);
  }
  return out;
}

export function shiftOffsets(root: Nodes, by: number): void {
  // Iterative, not recursive: a hostile plan can nest thousands of block quotes.
  const stack: Nodes[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.position) {
      node.position.start.offset = (node.position.start.offset ?? 0) + by;
      node.position.end.offset = (node.position.end.offset ?? 0) + by;
    }
    if ('children' in node) for (const child of node.children) stack.push(child as Nodes);
  }
}

// ---------------------------------------------------------------------------------------------
// Model building

export function inlineText(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
    case 'html':
      return node.value;
    case 'break':
      return ' ';
    case 'image':
      return node.alt ?? '';
    default:
      if ('children' in node) return (node.children as Nodes[]).map(inlineText).join('');
      return '';
  }
}

function startOf(node: Nodes): number {
  return node.position?.start.offset ?? 0;
}
function endOf(node: Nodes): number {
  return node.position?.end.offset ?? 0;
}

class RowImpl implements Row {
  constructor(
    readonly index: number,
    readonly cells: readonly Cell[],
    readonly range: Row['range'],
    private readonly table: TableImpl,
  ) {}
  get id(): string | undefined {
    return this.value('id');
  }
  cell(key: string): Cell | undefined {
    const i = this.table.keyIndex.get(key);
    return i === undefined ? undefined : this.cells[i];
  }
  value(key: string): string | undefined {
    const c = this.cell(key);
    return c && !c.empty ? c.text : undefined;
  }
  cellByHeader(header: string): Cell | undefined {
    const h = normalizeWord(header);
    const i = this.table.headers.findIndex((c) => normalizeWord(c.text) === h);
    return i < 0 ? undefined : this.cells[i];
  }
}

class TableImpl implements Table {
  rows: Row[] = [];
  readonly keyIndex = new Map<string, number>();
  constructor(
    readonly headers: readonly Cell[],
    readonly columnKeys: readonly (string | undefined)[],
    readonly range: Table['range'],
    readonly headerRange: Table['range'],
  ) {
    columnKeys.forEach((k, i) => {
      if (k && !this.keyIndex.has(k)) this.keyIndex.set(k, i);
    });
  }
  has(key: string): boolean {
    return this.keyIndex.has(key);
  }
}

function buildCell(node: Nodes, text: string, lines: LineIndex): Cell {
  const s = startOf(node);
  const e = endOf(node);
  const value = inlineText(node).trim();
  let a = s;
  let b = e;
  // micromark's last cell can run past the closing pipe over trailing white space.
  let t = b;
  while (t > a && /\s/.test(text[t - 1]!)) t--;
  if (t < b && t - 1 > a && text[t - 1] === '|' && text[t - 2] !== '\\') b = t;
  if (text[a] === '|') a++;
  if (b > a && text[b - 1] === '|' && text[b - 2] !== '\\') b--;
  while (a < b && /\s/.test(text[a]!)) a++;
  while (b > a && /\s/.test(text[b - 1]!)) b--;
  return { text: value, range: lines.range(a, b), empty: isEmptyValue(value) };
}

function buildTable(node: MdTable, spec: RegisterSpec, text: string, lines: LineIndex): Table {
  const [head, ...body] = node.children;
  const headers = (head?.children ?? []).map((c) => buildCell(c, text, lines));
  const columnKeys = headers.map(
    (h) => columnKeyFor(spec, h.text) ?? (spec.kind === 'responsibilities' ? undefined : undefined),
  );
  const table = new TableImpl(
    headers,
    columnKeys,
    lines.range(startOf(node), endOf(node)),
    head ? lines.range(startOf(head), endOf(head)) : lines.range(startOf(node), startOf(node)),
  );
  body.forEach((rowNode, index) => {
    const cells: Cell[] = rowNode.children.map((c) => buildCell(c, text, lines));
    const rowEnd = lines.positionAt(endOf(rowNode));
    while (cells.length < headers.length) {
      cells.push({ text: '', range: { start: rowEnd, end: rowEnd }, empty: true });
    }
    table.rows.push(new RowImpl(index, cells, lines.range(startOf(rowNode), endOf(rowNode)), table));
  });
  return table;
}

function listItems(list: List, text: string, lines: LineIndex): ListItem[] {
  return list.children.map((item) => {
    const first = item.children[0];
    const t = first ? inlineText(first).trim() : '';
    return {
      text: t,
      checked: item.checked ?? undefined,
      range: lines.range(startOf(item), trimEnd(text, endOf(first ?? item))),
    };
  });
}

function trimEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/.test(text[e - 1]!)) e--;
  return e;
}

function buildHeading(node: MdHeading, text: string, lines: LineIndex): Heading {
  const s = startOf(node);
  const e = trimEnd(text, endOf(node));
  const first = node.children[0];
  const last = node.children[node.children.length - 1];
  const ts = first ? startOf(first) : e;
  const te = last ? endOf(last) : e;
  return {
    depth: node.depth,
    text: inlineText(node).trim(),
    range: lines.range(s, e),
    textRange: lines.range(ts, te),
    offset: s,
  };
}

interface MutableRegister {
  kind: RegisterKind;
  spec: RegisterSpec;
  heading: Heading;
  section: SectionKind | undefined;
  table: Table | undefined;
  items: ListItem[];
  checklists: Map<string, Checklist>;
  endOffset: number;
}

const DIRECTIVE = /<!--\s*handoff-(disable-next-line|disable-line|disable|enable)\b((?:(?!-->)[\s\S])*)-->/g;

function scanDirectives(text: string, lines: LineIndex): DisableDirective[] {
  if (!text.includes('handoff-')) return [];
  const out: DisableDirective[] = [];
  for (const m of text.matchAll(DIRECTIVE)) {
    const start = m.index;
    const rules = m[2]!
      .split(/[\s,]+/)
      .map((r) => r.trim())
      .filter(Boolean);
    const range = lines.range(start, start + m[0].length);
    // The comment says `disable-next-line`; the model (and suppress.ts) call that kind `next-line`.
    const kind: DisableDirective['kind'] =
      m[1] === 'disable-next-line' ? 'next-line' : m[1] === 'disable-line' ? 'line' : (m[1] as 'disable' | 'enable');
    out.push({ kind, rules, line: range.end.line, range });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

function enumValue<T extends string>(v: FmValue | undefined, values: readonly T[]): T | undefined {
  const s = fmString(v);
  return s && (values as readonly string[]).includes(s) ? (s as T) : undefined;
}

function isoValue(v: FmValue | undefined): string | undefined {
  const s = fmString(v);
  return s && isIsoDate(s) ? s : undefined;
}

function stringList(v: FmValue | undefined): string[] {
  if (!v) return [];
  if (v.kind === 'scalar') {
    const s = fmString(v);
    return s ? [s] : [];
  }
  return v.items.map((i) => fmString(i)).filter((s): s is string => !!s);
}

export function buildMeta(fm: FrontMatter): PlanMeta {
  const e = fm.entries;
  const dates = e.get('dates');
  const budget = e.get('budget');
  const tol = e.get('tolerances');
  const cadence = fmNumber(e.get('reporting_cadence_days'));
  return {
    id: fmString(e.get('id')),
    title: fmString(e.get('title')),
    service: fmString(e.get('service')),
    transitionType: enumValue<TransitionType>(e.get('transition_type'), TRANSITION_TYPES),
    stage: enumValue<Stage>(e.get('stage'), STAGES),
    health: enumValue<Health>(e.get('health'), HEALTH_VALUES),
    sponsor: fmString(e.get('sponsor')),
    serviceOwner: fmString(e.get('service_owner')),
    projectManager: fmString(e.get('project_manager')),
    transitionManager: fmString(e.get('transition_manager')),
    changeRef: fmString(e.get('change_ref')),
    releaseRef: fmString(e.get('release_ref')),
    sdp: fmString(e.get('sdp')),
    dates: {
      start: isoValue(dates?.entries.get('start')),
      goLive: isoValue(dates?.entries.get('go_live')),
      close: isoValue(dates?.entries.get('close')),
    },
    budget: {
      currency: fmString(budget?.entries.get('currency')),
      approved: fmNumber(budget?.entries.get('approved')),
      contingency: fmNumber(budget?.entries.get('contingency')),
    },
    tolerances: {
      costPct: fmNumber(tol?.entries.get('cost_pct')),
      scheduleDays: fmNumber(tol?.entries.get('schedule_days')),
    },
    reportingCadenceDays: cadence !== undefined && Number.isInteger(cadence) && cadence > 0 ? cadence : undefined,
    dependsOn: stringList(e.get('depends_on')),
    tags: stringList(e.get('tags')),
  };
}

function normPerson(s: string): string {
  return s.trim().toLowerCase().replace(/\s+/g, ' ');
}

const ID_TOKEN = /^[A-Za-z]{1,4}-\d+$/;

export function parsePlan(uri: string, rawText: string, opts: ParseOptions = {}): Plan {
  const text = stripBom(rawText);
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
  let sectionList: { kind: SectionKind; heading: Heading; end: number }[] = [];
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
      checklists: new Map(),
      endOffset: trimEnd(text, lines.lineEnd(heading.range.end.line)),
    };
    registers.push(reg);
    checklist = undefined;
  };

  for (const node of nodes) {
    if (node.type === 'heading') {
      const h = buildHeading(node, text, lines);
      headings.push(h);
      if (h.depth === 1) {
        title ??= h;
        closeRegister();
        currentSection = undefined;
        continue;
      }
      if (h.depth === 2) {
        closeRegister();
        const kind = sectionForHeading(h.text);
        if (currentSection) sectionList[sectionList.length - 1]!.end = h.offset;
        if (kind) {
          currentSection = { kind, heading: h };
          sectionList.push({ kind, heading: h, end: text.length });
        } else {
          currentSection = undefined;
          const rk = registerForHeading(h.text);
          if (rk) openRegister(rk, h, undefined);
        }
        continue;
      }
      if (h.depth === 3) {
        closeRegister();
        const rk = registerForHeading(h.text);
        if (rk) openRegister(rk, h, currentSection?.kind);
        continue;
      }
      if (h.depth === 4 && reg?.kind === 'handovers') {
        const m = /^([A-Za-z]{1,4}-\d+)\b/.exec(h.text);
        if (m) {
          checklist = { id: m[1]!, heading: h, items: [] };
          reg.checklists.set(m[1]!.toUpperCase(), checklist);
          reg.endOffset = trimEnd(text, endOf(node));
          continue;
        }
      }
      if (reg) reg.endOffset = trimEnd(text, endOf(node));
      continue;
    }
    if (!reg) continue;
    if (node.type === 'table' && reg.spec.shape === 'table' && !reg.table && !checklist) {
      const line = opts.tableMemo ? lines.positionAt(startOf(node)).line : 0;
      const memo = opts.tableMemo?.get(node);
      if (memo && memo.line === line && memo.kind === reg.kind) {
        reg.table = memo.table;
      } else {
        reg.table = buildTable(node, reg.spec, text, lines);
        opts.tableMemo?.set(node, { line, kind: reg.kind, table: reg.table });
      }
    } else if (node.type === 'list') {
      const items = listItems(node, text, lines);
      if (checklist) checklist.items.push(...items);
      else if (reg.spec.shape !== 'table') reg.items.push(...items);
    }
    if (node.type !== 'html' || !/handoff-/.test(node.value)) reg.endOffset = trimEnd(text, endOf(node));
  }

  for (const s of sectionList) {
    sections.push({
      kind: s.kind,
      heading: s.heading,
      range: lines.range(s.heading.offset, trimEnd(text, s.end)),
      endOffset: trimEnd(text, s.end),
    });
  }
  sectionList = [];

  const finalRegisters: Register[] = registers.map((r) => ({
    kind: r.kind,
    spec: r.spec,
    heading: r.heading,
    section: r.section,
    table: r.table,
    items: r.items,
    checklists: r.checklists,
    range: lines.range(r.heading.offset, r.endOffset),
    endOffset: r.endOffset,
  }));

  // Person index: stakeholder ID, name (with or without a parenthetical) and any @handle.
  const people = new Map<string, Row>();
  const stakeholders = finalRegisters.find((r) => r.kind === 'stakeholders')?.table;
  for (const row of stakeholders?.rows ?? []) {
    const keys: string[] = [];
    const id = row.value('id');
    const name = row.value('name');
    if (id) keys.push(id);
    if (name) {
      keys.push(name);
      const bare = name.replace(/\s*\(.*?\)\s*/g, ' ').trim();
      if (bare) keys.push(bare);
    }
    for (const c of row.cells) for (const m of c.text.matchAll(/@[\w.-]+/g)) keys.push(m[0]);
    for (const k of keys) if (!people.has(normPerson(k))) people.set(normPerson(k), row);
  }

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
    person(ref: string): Row | undefined {
      const r = normPerson(ref);
      if (!r) return undefined;
      const direct = people.get(r);
      if (direct) return direct;
      const bare = r.replace(/\s*\(.*?\)\s*/g, ' ').trim();
      if (bare && people.has(bare)) return people.get(bare);
      const paren = /\(([^)]+)\)/.exec(r)?.[1];
      if (paren && people.has(normPerson(paren))) return people.get(normPerson(paren));
      const token = r.split(/[\s,;]+/)[0];
      if (token && ID_TOKEN.test(token) && people.has(token)) return people.get(token);
      return undefined;
    },
    personNames(): string[] {
      const out: string[] = [];
      for (const row of stakeholders?.rows ?? []) {
        const id = row.value('id');
        const name = row.value('name');
        if (id) out.push(id);
        if (name) out.push(name);
      }
      return out;
    },
  };
  return plan;
}
