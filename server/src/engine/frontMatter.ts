/**
 * Front matter: found by hand, parsed by the `yaml` package as a YAML 1.2 core-schema document.
 *
 * Why not gray-matter: it evaluates `---js` / `---javascript` front matter with `eval`, caches
 * every input forever when called without options, and returns no positions. Here the language
 * marker after `---` is never honoured (it is reported), the document is walked node by node so
 * no JavaScript object is ever built from untrusted keys (`__proto__` is just a string), aliases
 * are counted and bounded, and size and nesting depth are capped before the parser runs.
 */
import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  stringify,
  type DocumentOptions,
  type Node,
  type ParseOptions,
  type SchemaOptions,
} from 'yaml';
import type { FmValue, FrontMatter, FrontMatterError } from './model.js';
import { withWikiLinksRead } from './text.js';
import { afterLineBreak, lineEndAt, type LineIndex } from './lines.js';
import type { Range } from './types.js';
import { parseSimpleYaml, type SimpleNode } from './simpleYaml.js';

/**
 * How Handoff parses YAML it is given (front matter, `.handoff.yaml`): YAML 1.2's core schema, no
 * custom tags (nothing a document names is constructed), strict, plain error messages.
 */
export const YAML_OPTIONS: Readonly<ParseOptions & DocumentOptions & SchemaOptions> = {
  version: '1.2',
  schema: 'core',
  customTags: [],
  prettyErrors: false,
  strict: true,
};

/**
 * A string as a front-matter value a fix writes: plain when YAML reads it back as that string
 * (`S-04`, `Daniel Osei`), else quoted (`"@p.raman"`, `"yes"`), on one line.
 */
export function yamlScalar(text: string): string {
  return stringify(text, { lineWidth: 0 }).trimEnd();
}

export const MAX_FRONT_MATTER_BYTES = 256 * 1024;
export const MAX_FRONT_MATTER_DEPTH = 64;
export const MAX_ALIASES = 100;

const OPEN = /^---[ \t]*([^\r\n]*)$/;

type FrontMatterBlock = Omit<FrontMatter, 'entries' | 'errors'>;

/**
 * A front matter built as one object literal, always with the same keys in the same order. An
 * object spread (`{ ...block, entries }`) would give, once V8 had optimised it, every plan's front
 * matter a hidden class of its own, and each read of it across the engine would then be a slow one.
 */
function frontMatterOf(
  block: FrontMatterBlock,
  entries: ReadonlyMap<string, FmValue>,
  errors: FrontMatterError[],
): FrontMatter {
  return {
    present: block.present,
    range: block.range,
    bodyOffset: block.bodyOffset,
    contentOffset: block.contentOffset,
    closingOffset: block.closingOffset,
    entries,
    errors,
  };
}

function emptyFrontMatter(bodyOffset = 0, errors: FrontMatterError[] = []): FrontMatter {
  const zero = { line: 0, character: 0 };
  const block = { present: false, range: { start: zero, end: zero }, bodyOffset, contentOffset: 0, closingOffset: 0 };
  return frontMatterOf(block, new Map(), errors);
}

/** Depth of bracket and indentation nesting, measured before any parsing. */
export function nestingDepth(src: string): number {
  let depth = 0;
  let max = 0;
  let quote = '';
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quote) {
      if (ch === quote) quote = '';
      else if (ch === '\\' && quote === '"') i++;
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '#' && (i === 0 || /\s/.test(src[i - 1]!))) {
      while (i < src.length && src[i] !== '\n') i++;
    } else if (ch === '[' || ch === '{') {
      if (++depth > max) max = depth;
    } else if (ch === ']' || ch === '}') depth = Math.max(0, depth - 1);
    else if (ch === '\n') quote = '';
  }
  let indentMax = 0;
  for (const m of src.matchAll(/^( *)(?:- )*/gm)) {
    const level = Math.floor(m[0].length / 2);
    if (level > indentMax) indentMax = level;
  }
  return Math.max(max, indentMax);
}

/**
 * The text up to the end of its front matter, the closing line's break included: all of a plan
 * that `parseFrontMatter` reads when its front matter is closed, found without indexing every
 * line of a long body. The whole text when there is no closed front matter.
 */
export function frontMatterHead(text: string): string {
  if (!text.startsWith('---')) return text;
  const lfOnly = !text.includes('\r');
  for (let end = lineEndAt(text, 0, text.length, lfOnly); end < text.length;) {
    const start = afterLineBreak(text, end);
    end = lineEndAt(text, start, text.length, lfOnly);
    if (end >= text.length) break;
    if (isClosingLine(text.slice(start, end))) return text.slice(0, afterLineBreak(text, end));
  }
  return text;
}

/** Whether the front matter opens and is never closed: then it holds the whole document. */
export function neverClosed(fm: FrontMatter): boolean {
  return fm.present && fm.closingOffset === 0;
}

/** A line that closes front matter: `---` or `...` alone. */
function isClosingLine(line: string): boolean {
  const t = line.trimEnd();
  return t === '---' || t === '...';
}

/** `yamlOnly`: never the fast path (tests compare the two). */
export function parseFrontMatter(text: string, lines: LineIndex, yamlOnly = false): FrontMatter {
  if (!text.startsWith('---')) return emptyFrontMatter();
  const firstLineEnd = lines.lineEnd(0);
  const opening = OPEN.exec(text.slice(0, firstLineEnd));
  if (!opening) return emptyFrontMatter();
  // Find the closing line: `---` or `...` alone.
  let closeLine = -1;
  for (let line = 1; line < lines.lineCount; line++) {
    if (isClosingLine(lines.lineText(line))) {
      closeLine = line;
      break;
    }
  }
  const contentOffset = lines.lineStart(1);
  const errors: FrontMatterError[] = [];
  const language = opening[1]!.trim();
  if (closeLine < 0) {
    errors.push({
      message: 'The front matter is never closed: add a line with `---` after the last key.',
      range: lines.lineRange(0),
    });
    const block = {
      present: true,
      range: lines.range(0, text.length),
      bodyOffset: text.length,
      contentOffset,
      closingOffset: 0,
    };
    return frontMatterOf(block, new Map(), errors);
  }
  const closingOffset = lines.lineStart(closeLine);
  const bodyOffset = closeLine + 1 < lines.lineCount ? lines.lineStart(closeLine + 1) : text.length;
  const base: FrontMatterBlock = {
    present: true,
    range: lines.range(0, lines.lineEnd(closeLine)),
    bodyOffset,
    contentOffset,
    closingOffset,
  };
  if (language && language.toLowerCase() !== 'yaml') {
    errors.push({
      message: `Front matter in "${language}" is not supported: plans use YAML front matter only, and no front matter is ever run as code. Remove "${language}" after the opening ---.`,
      range: lines.lineRange(0),
    });
    return frontMatterOf(base, new Map(), errors);
  }
  const src = text.slice(contentOffset, closingOffset);
  if (src.length > MAX_FRONT_MATTER_BYTES) {
    errors.push({
      message: `The front matter is ${Math.round(src.length / 1024)} KB; the limit is ${MAX_FRONT_MATTER_BYTES / 1024} KB. Keep registers in the body's tables.`,
      range: lines.lineRange(0),
    });
    return frontMatterOf(base, new Map(), errors);
  }
  const depth = nestingDepth(src);
  if (depth > MAX_FRONT_MATTER_DEPTH) {
    errors.push({
      message: `The front matter is nested ${depth} levels deep; the limit is ${MAX_FRONT_MATTER_DEPTH}.`,
      range: lines.lineRange(0),
    });
    return frontMatterOf(base, new Map(), errors);
  }

  const toRange = (a: number, b: number): Range => lines.range(contentOffset + a, contentOffset + b);
  const simple = yamlOnly ? undefined : parseSimpleYaml(src);
  if (simple?.kind === 'map') {
    const entries = new Map<string, FmValue>();
    for (const p of simple.pairs)
      entries.set(p.key, fromSimple(p.key, toRange(p.keyStart, p.keyEnd), p.value, toRange));
    return frontMatterOf(base, entries, errors);
  }
  const doc = parseDocument(src, { ...YAML_OPTIONS, uniqueKeys: true, keepSourceTokens: false });
  for (const e of doc.errors) {
    const [a, b] = e.pos;
    errors.push({ message: `Invalid YAML: ${firstLine(e.message)}`, range: toRange(a, Math.max(a, b)) });
  }
  for (const w of doc.warnings) {
    const [a, b] = w.pos;
    const msg = /tag/i.test(w.message)
      ? `Custom YAML tags are not allowed in plans: ${firstLine(w.message)}`
      : `Invalid YAML: ${firstLine(w.message)}`;
    errors.push({ message: msg, range: toRange(a, Math.max(a, b)) });
  }
  let aliases = 0;
  const walker = {
    alias(): boolean {
      aliases++;
      return aliases <= MAX_ALIASES;
    },
  };
  const entries = new Map<string, FmValue>();
  const contents = doc.contents;
  if (errors.length === 0 && contents && !isMap(contents) && !(isScalar(contents) && contents.value === null)) {
    errors.push({
      message: 'The front matter must be a map of keys (`key: value` lines).',
      range: toRange(contents.range?.[0] ?? 0, contents.range?.[1] ?? 0),
    });
  }
  if (isMap(contents)) {
    for (const item of contents.items) {
      if (!isPair(item) || !isScalar(item.key)) continue;
      const key = String(item.key.value);
      const keyRange = toRange(item.key.range?.[0] ?? 0, item.key.range?.[1] ?? 0);
      const value = toFmValue(key, keyRange, item.value as Node | null, toRange, doc, walker, 0);
      if (!entries.has(key)) entries.set(key, value);
    }
  }
  if (aliases > MAX_ALIASES) {
    errors.push({
      message: `The front matter uses more than ${MAX_ALIASES} YAML aliases; plans do not need them.`,
      range: lines.lineRange(0),
    });
  }
  return frontMatterOf(base, entries, errors);
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.trim();
}

type ToRange = (a: number, b: number) => Range;

function toFmValue(
  key: string,
  keyRange: Range,
  node: Node | null,
  toRange: ToRange,
  doc: ReturnType<typeof parseDocument>,
  walker: { alias(): boolean },
  depth: number,
): FmValue {
  const empty = new Map<string, FmValue>();
  if (node && isAlias(node)) {
    // Resolve one level only; a resolved node full of aliases is counted again, so an
    // alias bomb stops at MAX_ALIASES instead of expanding.
    if (!walker.alias()) return other(key, keyRange, toRange(0, 0));
    const target = node.resolve(doc) as Node | undefined;
    const range = toRange(node.range?.[0] ?? 0, node.range?.[1] ?? 0);
    if (!target || depth > 8) return other(key, keyRange, range);
    const v = toFmValue(key, keyRange, target, toRange, doc, walker, depth + 1);
    return { ...v, range };
  }
  if (!node) return { key, keyRange, range: keyRange, kind: 'null', value: null, items: [], entries: empty };
  const range = toRange(node.range?.[0] ?? 0, node.range?.[1] ?? 0);
  if (isScalar(node)) {
    const value = node.value;
    if (value === null) return { key, keyRange, range, kind: 'null', value: null, items: [], entries: empty };
    return { key, keyRange, range, kind: 'scalar', value: scalarValue(value, node.source), items: [], entries: empty };
  }
  if (depth > 8) return other(key, keyRange, range);
  if (isSeq(node)) {
    const items = node.items.map((it, i) =>
      toFmValue(String(i), range, it as Node | null, toRange, doc, walker, depth + 1),
    );
    return { key, keyRange, range, kind: 'seq', value: undefined, items, entries: empty };
  }
  if (isMap(node)) {
    const entries = new Map<string, FmValue>();
    for (const item of node.items) {
      if (!isPair(item) || !isScalar(item.key)) continue;
      const k = String(item.key.value);
      const kr = toRange(item.key.range?.[0] ?? 0, item.key.range?.[1] ?? 0);
      if (!entries.has(k)) entries.set(k, toFmValue(k, kr, item.value as Node | null, toRange, doc, walker, depth + 1));
    }
    return { key, keyRange, range, kind: 'map', value: undefined, items: [], entries };
  }
  return other(key, keyRange, range);
}

/**
 * A number with a point before each group of three digits (`480.000`, `1.250.000`): YAML reads
 * 480, where a plan from a country that groups thousands with a point means 480000.
 */
const POINT_GROUPED = /^\d{1,3}(?:\.\d{3})+$/;

/** Whether a front-matter number is written grouped with points (`480.000`): see POINT_GROUPED. */
export function isPointGrouped(source: string): boolean {
  return POINT_GROUPED.test(source);
}

/**
 * A scalar as the model holds it: a string's wiki links read as the notes they link to, and a
 * number grouped with points kept as written (a text, which no number check takes for the
 * number YAML reads: front-matter-schema says what it may be).
 */
function scalarValue<T>(value: T, source?: string): T | string {
  if (typeof value === 'number' && source !== undefined && isPointGrouped(source)) return source;
  return typeof value === 'string' ? withWikiLinksRead(value) : value;
}

/** The FmValue toFmValue gives for the same node parsed by `yaml`. */
function fromSimple(key: string, keyRange: Range, node: SimpleNode, toRange: ToRange): FmValue {
  const empty = new Map<string, FmValue>();
  const range = toRange(node.start, node.end);
  if (node.kind === 'scalar')
    return { key, keyRange, range, kind: 'scalar', value: scalarValue(node.value), items: [], entries: empty };
  if (node.kind === 'seq') {
    const items = node.items.map((it, i) => fromSimple(String(i), range, it, toRange));
    return { key, keyRange, range, kind: 'seq', value: undefined, items, entries: empty };
  }
  const entries = new Map<string, FmValue>();
  for (const p of node.pairs) entries.set(p.key, fromSimple(p.key, toRange(p.keyStart, p.keyEnd), p.value, toRange));
  return { key, keyRange, range, kind: 'map', value: undefined, items: [], entries };
}

function other(key: string, keyRange: Range, range: Range): FmValue {
  return { key, keyRange, range, kind: 'other', value: undefined, items: [], entries: new Map() };
}

/** A scalar front-matter value as a trimmed string (numbers are stringified), else undefined. */
export function fmString(v: FmValue | undefined): string | undefined {
  if (!v || v.kind !== 'scalar') return undefined;
  if (typeof v.value === 'string') return v.value.trim() || undefined;
  if (typeof v.value === 'number' || typeof v.value === 'bigint') return String(v.value);
  return undefined;
}

export function fmNumber(v: FmValue | undefined): number | undefined {
  if (!v || v.kind !== 'scalar') return undefined;
  if (typeof v.value === 'number' && Number.isFinite(v.value)) return v.value;
  return undefined;
}
