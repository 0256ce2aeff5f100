/**
 * A fast path for the front matter most plans have: `key: value` lines, a block map or list one
 * level deep (`dates:` then `  start: …`), and flow lists of plain words (`tags: [a, b]`). For
 * that shape it gives exactly the nodes (values and source ranges) the `yaml` package gives with
 * the core schema. It also reads what hand-written front matter has and YAML skips: spaces at
 * the end of a line, blank lines and comment lines between top-level keys, a comment after a value
 * on a line without quotes; and values quoted on one line with no quote of their own kind or
 * backslash inside. Anything else — a comment on a line with quotes, a tab, a CR that does not end
 * a line (CRLF line endings are read), an anchor, a number that is not a plain integer, a
 * duplicate key, deeper nesting — returns undefined and the `yaml` package parses the block
 * (`test/engine/simpleYaml.test.ts` compares the two on every fixture and example, on edge cases
 * and on generated front matter).
 */

/** A node as `yaml` would give it: a scalar's value, or a collection; [start, end) in the source. */
export type SimpleNode =
  | { readonly kind: 'scalar'; readonly value: string | number | boolean; readonly start: number; readonly end: number }
  | { readonly kind: 'seq'; readonly items: readonly SimpleNode[]; readonly start: number; readonly end: number }
  | { readonly kind: 'map'; readonly pairs: readonly SimplePair[]; readonly start: number; readonly end: number };

export interface SimplePair {
  readonly key: string;
  readonly keyStart: number;
  readonly keyEnd: number;
  readonly value: SimpleNode;
}

const KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** A plain scalar these rules can type without the `yaml` package (see `scalar`). */
const SAFE_FIRST = /^[A-Za-z_/(]/;
const INT = /^(?:0|[1-9][0-9]{0,14})$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const BOOL = new Map([
  ['true', true],
  ['True', true],
  ['TRUE', true],
  ['false', false],
  ['False', false],
  ['FALSE', false],
]);
const NULLS = new Set(['null', 'Null', 'NULL']);
/** Control characters, BOMs, line separators and the like: left to the `yaml` package. */
// eslint-disable-next-line no-control-regex -- these are exactly what the fast path refuses
const UNUSUAL = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]/;

/** A plain scalar's typed value, or undefined when the fast path cannot be sure of it. */
function scalar(text: string, inFlow: boolean): string | number | boolean | undefined {
  if (!text || text !== text.trim()) return undefined;
  // "…" without escapes (a backslash never reaches here) is its inner text.
  // '…' without '' in it likewise: a single quote inside a plain scalar (Bob's) is just a letter.
  const quote = text[0];
  if (quote === '"' || quote === "'") {
    const inner = text.slice(1, -1);
    return !inFlow && text.length >= 2 && text.endsWith(quote) && !inner.includes(quote) ? inner : undefined;
  }
  if (text.includes('"')) return undefined;
  // No ' #' reaches here: withoutComment cut the comment, or left a line with quotes to yaml.
  if (text.includes(': ') || text.endsWith(':')) return undefined;
  if (inFlow && /[[\]{},:]/.test(text)) return undefined;
  if (INT.test(text)) return Number(text);
  if (DATE.test(text)) return text;
  if (!SAFE_FIRST.test(text)) return undefined;
  const b = BOOL.get(text);
  if (b !== undefined) return b;
  if (NULLS.has(text)) return undefined;
  return text;
}

/** A value after `key: ` on one line, starting at `at`: a plain scalar or a flow list of them. */
function inlineValue(line: string, from: number, at: number): SimpleNode | undefined {
  const text = line.slice(from);
  if (text.startsWith('[')) {
    if (!text.endsWith(']')) return undefined;
    const inner = text.slice(1, -1);
    const items: SimpleNode[] = [];
    if (inner.length) {
      let pos = 1;
      for (const part of inner.split(', ')) {
        const v = scalar(part, true);
        if (v === undefined) return undefined;
        items.push({ kind: 'scalar', value: v, start: at + pos, end: at + pos + part.length });
        pos += part.length + 2;
      }
    }
    return { kind: 'seq', items, start: at, end: at + text.length };
  }
  const v = scalar(text, false);
  return v === undefined ? undefined : { kind: 'scalar', value: v, start: at, end: at + text.length };
}

/** `key: value` at `indent` spaces: [key, offset of the value in the line] or undefined. */
function keyOf(line: string, indent: number): [string, number] | undefined {
  const colon = line.indexOf(':', indent);
  if (colon < 0) return undefined;
  const key = line.slice(indent, colon);
  if (key.length > 100 || !KEY.test(key) || BOOL.has(key) || NULLS.has(key)) return undefined;
  if (colon + 1 === line.length) return [key, -1];
  if (line[colon + 1] !== ' ' || line[colon + 2] === ' ' || colon + 2 >= line.length) return undefined;
  return [key, colon + 2];
}

/**
 * A line without its trailing spaces (YAML ignores them after a plain scalar, a flow list or a
 * key) and its line break; `length` is what the line takes in the source, both included.
 */
interface Line {
  readonly text: string;
  readonly length: number;
}

function splitLines(src: string): Line[] {
  return src
    .slice(0, -1)
    .split('\n')
    .map((l) => ({ text: withoutTrailingSpaces(l.endsWith('\r') ? l.slice(0, -1) : l), length: l.length + 1 }));
}

/** Only spaces: to YAML a no-break or other Unicode space is part of the value (unlike `trimEnd`). */
function withoutTrailingSpaces(line: string): string {
  let end = line.length;
  while (end > 0 && line.charCodeAt(end - 1) === 0x20) end--;
  return end === line.length ? line : line.slice(0, end);
}

/** Characters whose YAML meaning the fast path does not read (tabs, anchors, aliases, tags, block scalars, directives, flow maps, escapes). */
const REFUSED = /[\t&*!|>%`{}\\]/;

/**
 * A blank line, or a comment from its first column, between top-level keys: YAML skips both, and
 * a block map or list before them ends at its last line. Anywhere else they go to `yaml`.
 */
function ignored(line: string): boolean {
  return line === '' || line.startsWith('#');
}

/**
 * A line without the comment after its value (` # …`, which YAML starts at a `#` after a space;
 * `C#` is a letter of a plain value), or undefined when the line also has a quote, since a `#`
 * inside quotes starts nothing.
 */
function withoutComment(line: string): string | undefined {
  const hash = line.indexOf(' #');
  if (hash < 0) return line;
  if (line.includes('"') || line.includes("'")) return undefined;
  return withoutTrailingSpaces(line.slice(0, hash));
}

/** The top-level map of `src` (the text between the `---` lines), or undefined: use `yaml`. */
export function parseSimpleYaml(src: string): SimpleNode | undefined {
  if (!src.endsWith('\n') || /\r(?!\n)/.test(src) || UNUSUAL.test(src)) return undefined;
  const lines: Line[] = [];
  for (const line of splitLines(src)) {
    if (ignored(line.text)) {
      lines.push(line);
      continue;
    }
    const text = withoutComment(line.text);
    if (text === undefined || REFUSED.test(text)) return undefined;
    lines.push(text === line.text ? line : { text, length: line.length });
  }
  const pairs: SimplePair[] = [];
  const keys = new Set<string>();
  let offset = 0;
  let i = 0;
  while (i < lines.length) {
    const { text: line, length } = lines[i]!;
    if (ignored(line)) {
      offset += length;
      i++;
      continue;
    }
    const k = keyOf(line, 0);
    if (!k) return undefined;
    const [key, valueAt] = k;
    if (keys.has(key)) return undefined;
    keys.add(key);
    const lineStart = offset;
    offset += length;
    i++;
    let value: SimpleNode | undefined;
    if (valueAt >= 0) {
      value = inlineValue(line, valueAt, lineStart + valueAt);
    } else {
      // A block map or list one level deep: the lines indented by exactly two spaces.
      const start = offset;
      const children: Line[] = [];
      while (i < lines.length && lines[i]!.text.startsWith('  ')) children.push(lines[i++]!);
      if (!children.length) return undefined;
      value = block(children, start);
      offset += children.reduce((n, l) => n + l.length, 0);
    }
    if (!value) return undefined;
    pairs.push({ key, keyStart: lineStart, keyEnd: lineStart + key.length, value });
  }
  if (!pairs.length) return undefined;
  return { kind: 'map', pairs, start: 0, end: src.length };
}

function block(children: readonly Line[], start: number): SimpleNode | undefined {
  const isSeq = children[0]!.text.startsWith('  - ');
  let offset = start;
  const items: SimpleNode[] = [];
  const pairs: SimplePair[] = [];
  const keys = new Set<string>();
  for (const { text: line, length } of children) {
    if (line[2] === ' ') return undefined;
    if (isSeq) {
      if (!line.startsWith('  - ') || line[4] === ' ') return undefined;
      const v = scalar(line.slice(4), false);
      if (v === undefined) return undefined;
      items.push({ kind: 'scalar', value: v, start: offset + 4, end: offset + line.length });
    } else {
      const k = keyOf(line, 2);
      if (!k || k[1] < 0 || keys.has(k[0])) return undefined;
      keys.add(k[0]);
      const v = scalar(line.slice(k[1]), false);
      if (v === undefined) return undefined;
      pairs.push({
        key: k[0],
        keyStart: offset + 2,
        keyEnd: offset + 2 + k[0].length,
        value: { kind: 'scalar', value: v, start: offset + k[1], end: offset + line.length },
      });
    }
    offset += length;
  }
  return isSeq
    ? { kind: 'seq', items, start: start + 2, end: offset }
    : { kind: 'map', pairs, start: start + 2, end: offset };
}
