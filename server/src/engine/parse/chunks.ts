/**
 * Cutting the body into chunks and parsing one chunk. The body is parsed with micromark/mdast
 * (the parser remark-parse wraps) with only the GFM constructs plans use (tables and task
 * lists), one level-2 section at a time: micromark's cost grows faster than linearly with
 * document size, so a 1 MB plan parsed whole takes seconds while its sections parse in a
 * fraction of that. Offsets are shifted back, and link reference definitions (document-wide in
 * CommonMark) are put before every chunk. The line scanner (scan.ts) takes a chunk first;
 * micromark parses the chunks it gives up on.
 */
import type { Nodes, Root, RootContent } from 'mdast';
import { hideComplexMarkup } from '../markupLimits.js';
import { parseMarkdown } from './micromark.js';
import type { ParseOptions } from './options.js';
import { scanChunk } from './scan.js';
import { DEFINITION } from './scanLines.js';

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
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

/**
 * Offsets at which the body can be cut into independently parsable chunks; `unclosedFence` is
 * the offset of a code fence that is never closed (everything after it is code).
 */
export function chunkBoundaries(
  text: string,
  start: number,
): { cuts: number[]; definitions: string; unclosedFence?: number } {
  const cuts = [start];
  const defs: string[] = [];
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
      const m = FENCE.exec(line);
      if (m && m[1]![0] === fence[0] && m[1]!.length >= fence.length && line.trim() === m[1]) fence = undefined;
    } else if (inComment) {
      if (line.includes('-->')) inComment = false;
    } else {
      const m = FENCE.exec(line);
      if (m) {
        if (!(m[1]![0] === '`' && line.slice(m.index + m[1]!.length).includes('`'))) {
          fence = m[1];
          fenceStart = pos;
        }
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
  const definitions = defs.length ? defs.join('\n') + '\n\n' : '';
  return fence === undefined ? { cuts, definitions } : { cuts, definitions, unclosedFence: fenceStart };
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
