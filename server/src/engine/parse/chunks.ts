/**
 * Cutting the body into chunks and parsing one chunk. The body is parsed with micromark/mdast
 * (the parser remark-parse wraps) with only the GFM constructs plans use (tables and task
 * lists), one level-2 section at a time: micromark's cost grows faster than linearly with
 * document size, so a 1 MB plan parsed whole takes seconds while its sections parse in a
 * fraction of that. Offsets are shifted back, and link reference definitions (document-wide in
 * CommonMark) are put before every chunk. The line scanner (scan.ts) takes a chunk first;
 * micromark parses the chunks it gives up on.
 */
import type { Definition, Nodes, Root, RootContent } from 'mdast';
import { hideComplexMarkup } from '../markupLimits.js';
import { parseMarkdown } from './micromark.js';
import type { ParseOptions } from './options.js';
import { scanChunk } from './scan.js';
import { closesFence, DEFINITION, FENCE, fenceOpenedBy } from './scanLines.js';

const SPLIT_HEADING = /^ {0,3}#{1,2}(?:[ \t]|$)/;

/**
 * Whether the line `[pos, end)` can open a fence or a comment, or be a cut or a definition: it
 * starts, after at most three spaces, with one of `` ` ~ < # [ `` (outside fences and comments,
 * every other line is passed over without being copied).
 */
function mayMatter(text: string, pos: number, end: number): boolean {
  let i = pos;
  while (i < end && i - pos < 3 && text.charCodeAt(i) === 32) i++;
  const c = text.charCodeAt(i);
  return c === 96 || c === 126 || c === 60 || c === 35 || c === 91;
}

/** A line after which a definition starts a paragraph: an ATX heading, a block of one line. */
const BLOCK_ENDED_BY_LINE = /^ {0,3}#{1,6}(?:[ \t]|$)/;

/** Whether `text[from, to)` holds only spaces, tabs and a carriage return (a blank line's content). */
function blankBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

/**
 * Offsets at which the body can be cut into independently parsable chunks, and the body's link
 * definitions; `unclosedFence` is the offset of a code fence that is never closed (everything
 * after it is code).
 *
 * Definitions are document-wide in CommonMark, and each chunk is parsed with all of them put
 * first. A definition line at the top level that starts a paragraph (after a blank line, a
 * heading, another such definition or the start of the body) is taken as it is. Any other `]:`
 * in a chunk may be a definition this pass cannot judge: one in a list item or a block quote
 * (`- [rb]: https://…`), one spread over lines, or a line that only looks like one (it continues
 * a paragraph or a table row). The definitions of such a chunk are micromark's.
 */
export function chunkBoundaries(
  text: string,
  start: number,
): { cuts: number[]; definitions: string; unclosedFence?: number } {
  const cuts = [start];
  /** The definition lines taken as they are, in order: their chunk (index of its cut) and extent. */
  const sure: SureDefinition[] = [];
  /** Chunks whose definitions micromark must find. */
  const unsure = new Set<number>();
  let lastSureEnd = -1;
  let fence: string | undefined;
  let fenceStart = 0;
  let inComment = false;
  let pos = start;
  while (pos < text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    if (!fence && !inComment && !mayMatter(text, pos, end)) {
      pos = end + 1;
      continue;
    }
    const line = text.slice(pos, end).replace(/\r$/, '');
    if (fence) {
      if (closesFence(line, fence)) fence = undefined;
    } else if (inComment) {
      if (line.includes('-->')) inComment = false;
    } else {
      if (FENCE.test(line)) {
        fence = fenceOpenedBy(line);
        if (fence) fenceStart = pos;
      } else if (/^ {0,3}<!--/.test(line) && !line.includes('-->')) {
        inComment = true;
      } else if (SPLIT_HEADING.test(line)) {
        if (pos > cuts[cuts.length - 1]!) cuts.push(pos);
      } else if (DEFINITION.test(line)) {
        // Any other definition line has its `]:` and makes its chunk unsure (markUnsureChunks).
        if (startsParagraph(text, start, pos, lastSureEnd) && !continuesOnNextLine(text, end)) {
          sure.push({ chunk: cuts.length - 1, start: pos, end, line });
          lastSureEnd = end;
        }
      }
    }
    pos = end + 1;
  }
  markUnsureChunks(text, start, cuts, sure, unsure);
  const lines: string[] = [];
  let d = 0;
  for (let chunk = 0; chunk < cuts.length; chunk++) {
    if (unsure.has(chunk)) {
      const to = chunk + 1 < cuts.length ? cuts[chunk + 1]! : text.length;
      for (const definition of definitionsOf(text, cuts[chunk]!, to)) lines.push(definition);
    }
    for (; d < sure.length && sure[d]!.chunk === chunk; d++) if (!unsure.has(chunk)) lines.push(sure[d]!.line);
  }
  // A blank line after each: a line that only looks like a definition (`[x]:` with no
  // destination) is then a paragraph of its own and cannot take the next one in.
  const definitions = lines.length ? lines.join('\n\n') + '\n\n' : '';
  return fence === undefined ? { cuts, definitions } : { cuts, definitions, unclosedFence: fenceStart };
}

interface SureDefinition {
  readonly chunk: number;
  readonly start: number;
  readonly end: number;
  readonly line: string;
}

/** Whether a definition line at `pos` starts a paragraph: what comes before it ended its block. */
function startsParagraph(text: string, start: number, pos: number, lastSureEnd: number): boolean {
  if (pos === start || lastSureEnd === pos - 1) return true;
  const prevEnd = pos - 1;
  const prevStart = text.lastIndexOf('\n', prevEnd - 1) + 1;
  return blankBetween(text, prevStart, prevEnd) || BLOCK_ENDED_BY_LINE.test(text.slice(prevStart, prevEnd));
}

/** Whether the line after the one ending at `end` may continue it (a title on the next line). */
function continuesOnNextLine(text: string, end: number): boolean {
  if (end >= text.length) return false;
  let next = text.indexOf('\n', end + 1);
  if (next < 0) next = text.length;
  if (blankBetween(text, end + 1, next)) return false;
  const line = text.slice(end + 1, next);
  return !DEFINITION.test(line) && !BLOCK_ENDED_BY_LINE.test(line) && !SPLIT_HEADING.test(line);
}

/**
 * Marks every chunk with a `]:` that is not on a definition line taken as it is. Linear: each
 * step moves past a definition line or on to the next chunk.
 */
function markUnsureChunks(
  text: string,
  start: number,
  cuts: readonly number[],
  sure: readonly SureDefinition[],
  unsure: Set<number>,
): void {
  let chunk = 0;
  let s = 0;
  let at = text.indexOf(']:', start);
  while (at >= 0) {
    while (s < sure.length && sure[s]!.end <= at) s++;
    if (s < sure.length && sure[s]!.start <= at) {
      at = text.indexOf(']:', sure[s]!.end);
      continue;
    }
    while (chunk + 1 < cuts.length && cuts[chunk + 1]! <= at) chunk++;
    unsure.add(chunk);
    if (chunk + 1 >= cuts.length) return;
    at = text.indexOf(']:', cuts[chunk + 1]!);
  }
}

/**
 * The definitions micromark finds in `text[from, to)`, at any depth, each written back as one
 * top-level definition (its normalised label; destination and title escaped so they read back
 * the same). Remembered for the chunks last asked about: an editor asks again at every keystroke.
 */
function definitionsOf(text: string, from: number, to: number): readonly string[] {
  const source = text.slice(from, to);
  const known = definitionMemo.get(source);
  if (known) return known;
  const hidden = hideComplexMarkup(text, from, to);
  const found: string[] = [];
  const stack: Nodes[] = [parseMarkdown(hidden ?? source)];
  // Depth first, children in order: definitions come out in document order.
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === 'definition') found.push(definitionLine(node));
    else if ('children' in node)
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
  }
  if (definitionMemo.size >= DEFINITION_MEMO_SIZE) definitionMemo.clear();
  definitionMemo.set(source, found);
  return found;
}

/** Few: a key is a slice of the document and keeps that version of its text alive. */
const DEFINITION_MEMO_SIZE = 8;
const definitionMemo = new Map<string, readonly string[]>();

/** Backslash before what would end or change a destination or title when read back. */
const escapeDefinitionText = (s: string): string => s.replace(/[\\<>"&()]/g, '\\$&');

function definitionLine(node: Definition): string {
  const title = node.title === null || node.title === undefined ? '' : ` "${escapeDefinitionText(node.title)}"`;
  // The identifier is the label as written, normalised (escapes kept), as references are matched.
  return `[${node.identifier}]: <${escapeDefinitionText(node.url)}>${title}`;
}

/** Top-level nodes of one chunk `[from, to)`, offsets absolute; `definitions` from chunkBoundaries. */
export function parseChunk(
  text: string,
  from: number,
  to: number,
  definitions: string,
  opts: ParseOptions = {},
): RootContent[] {
  const scanned = opts.forceMicromark ? undefined : scanChunk(text, from, to, opts.aliases?.registers, definitions);
  if (scanned) return scanned;
  const out: RootContent[] = [];
  // Lines with more inline markup than micromark can resolve in bounded time are parsed with
  // their markup hidden, and their text nodes then given back the text as typed.
  const hidden = hideComplexMarkup(text, from, to);
  // The definitions go first: after the chunk, an HTML block it leaves open (`<!--` with no
  // `-->`) would take them in, and its references would not resolve.
  const root: Root = parseMarkdown(definitions + (hidden ?? text.slice(from, to)));
  const base = from - definitions.length;
  if (hidden !== undefined) restoreHiddenText(root, text, base);
  for (const node of root.children) {
    // The definitions, and a line that looked like one but is not (`[x]:` with no destination).
    if (node.type === 'definition' || (node.position?.start.offset ?? 0) < definitions.length) continue;
    shiftOffsets(node, base);
    out.push(node);
  }
  return out;
}

export function parseChunks(text: string, start: number, opts: ParseOptions): RootContent[] {
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

function restoreHiddenText(root: Root, text: string, from: number): void {
  const stack: Nodes[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === 'text' && node.position) {
      const typed = text.slice(from + (node.position.start.offset ?? 0), from + (node.position.end.offset ?? 0));
      if (typed.length === node.value.length) node.value = typed;
    }
    if ('children' in node) for (const child of node.children) stack.push(child as Nodes);
  }
}
