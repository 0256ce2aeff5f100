/**
 * Re-parsing a plan as it is edited. The body is parsed in the same chunks as a full parse
 * (`chunkBoundaries`: cut before level-1/2 headings outside code and comments), and a chunk's
 * nodes depend only on its own text and the document's link definitions. So after an edit, only
 * the chunks whose text changed are parsed again; the others' nodes are reused, their offsets
 * moved by how far the chunk moved. The plan model is then built from the nodes exactly as a
 * full parse builds it, except that a register table whose node was reused and still starts on
 * the same line is the table built last time (typing within a line moves no later line). The
 * result is identical to a full parse (test/lsp/incremental.test.ts checks it, edit by edit).
 *
 * One parser per open document; it keeps the previous version's chunks only (memory is bounded
 * by one document's syntax tree), keyed by each chunk's text.
 */
import type { RootContent } from 'mdast';
import type { Plan, Table } from '../model.js';
import type { ConfigAliases } from '../configVocabulary.js';
import { chunkBoundaries, parseChunk, shiftOffsets } from './chunks.js';
import { parsePlan } from './plan.js';
import type { RegisterKind } from '../schema.js';

interface CachedChunk {
  readonly from: number;
  /** 0-based line the chunk starts on. */
  readonly line: number;
  readonly source: string;
  readonly nodes: RootContent[];
  /**
   * How far the offsets inside this chunk's tables lag behind their table node's own offset.
   * While a chunk only moves along its lines (no line added or removed before it), its tables
   * are reused whole (ParseOptions.tableMemo) and their cells are never read: shifting them
   * would be wasted work, so the shift is owed and paid when the chunk changes lines.
   */
  lag: number;
  used: boolean;
}

/** Line breaks in `[from, to)`, counted as LineIndex counts them (LF, CRLF and a lone CR). */
function countLines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) n++;
  }
  return n;
}

/**
 * Moves a reused chunk by `by`; tables' insides only when its lines moved (see `lag`). A table
 * the scanner read has no row nodes: its rows are offsets from its start, and move with it.
 */
function moveChunk(chunk: CachedChunk, by: number, linesMoved: boolean): number {
  let lag = chunk.lag;
  for (const node of chunk.nodes) {
    if (node.type !== 'table') {
      if (by !== 0) shiftOffsets(node, by);
      continue;
    }
    if (node.position && by !== 0) {
      node.position.start.offset = (node.position.start.offset ?? 0) + by;
      node.position.end.offset = (node.position.end.offset ?? 0) + by;
    }
    if (linesMoved && by + chunk.lag !== 0) for (const child of node.children) shiftOffsets(child, by + chunk.lag);
  }
  lag = linesMoved ? 0 : lag + by;
  return lag;
}

export interface IncrementalStats {
  readonly chunks: number;
  readonly reparsed: number;
}

export class IncrementalParser {
  private definitions: string | undefined;
  private chunks: CachedChunk[] = [];
  private length = 0;
  /** Tables built from reused nodes (see ParseOptions.tableMemo); entries die with their nodes. */
  private tableMemo = new WeakMap<object, { line: number; kind: RegisterKind; table: Table }>();
  /** Chunks of the last parse, and how many of them had to be parsed again. */
  lastStats: IncrementalStats = { chunks: 0, reparsed: 0 };

  /** The configuration's aliases the cached chunks and tables were built with. */
  private aliases: ConfigAliases | undefined;

  parse(uri: string, text: string, aliases?: ConfigAliases): Plan {
    // Other register or column names change which text is read: nothing can be reused.
    if (aliases !== this.aliases) this.reset();
    this.aliases = aliases;
    return parsePlan(uri, text, {
      parseBody: (t, start) => this.parseBody(t, start),
      tableMemo: this.tableMemo,
      aliases,
    });
  }

  /** Forgets the previous version (the next parse is a full one). */
  private reset(): void {
    this.definitions = undefined;
    this.chunks = [];
    this.tableMemo = new WeakMap();
  }

  /**
   * The previous version's chunk with this text: looked up where it would be if the edit was
   * before it (same offset) or after it (offset moved by the length change), else anywhere.
   */
  private reusable(
    byFrom: Map<number, CachedChunk>,
    from: number,
    delta: number,
    source: string,
  ): CachedChunk | undefined {
    const same = (c: CachedChunk | undefined): c is CachedChunk =>
      c !== undefined && !c.used && c.source.length === source.length && c.source === source;
    const here = byFrom.get(from);
    if (same(here)) return here;
    const moved = byFrom.get(from - delta);
    if (same(moved)) return moved;
    return this.chunks.find(same);
  }

  private parseBody(text: string, start: number): RootContent[] {
    const { cuts, definitions } = chunkBoundaries(text, start);
    // Link definitions are appended to every chunk: when they change, nothing can be reused.
    if (definitions !== this.definitions) this.chunks = [];
    const byFrom = new Map<number, CachedChunk>();
    for (const c of this.chunks) byFrom.set(c.from, c);
    const delta = text.length - this.length;
    const next: CachedChunk[] = [];
    const out: RootContent[] = [];
    let reparsed = 0;
    let line = countLines(text, 0, cuts[0] ?? 0);
    let lineAt = cuts[0] ?? 0;
    for (let i = 0; i < cuts.length; i++) {
      const from = cuts[i]!;
      const to = i + 1 < cuts.length ? cuts[i + 1]! : text.length;
      if (from >= to) continue;
      line += countLines(text, lineAt, from);
      lineAt = from;
      const source = text.slice(from, to);
      const cached = this.reusable(byFrom, from, delta, source);
      let nodes: RootContent[];
      let lag = 0;
      if (cached) {
        cached.used = true;
        lag = moveChunk(cached, from - cached.from, line !== cached.line);
        nodes = cached.nodes;
      } else {
        nodes = parseChunk(text, from, to, definitions, { aliases: this.aliases });
        reparsed++;
      }
      next.push({ from, line, source, nodes, lag, used: false });
      for (const node of nodes) out.push(node);
    }
    this.definitions = definitions;
    this.chunks = next;
    this.length = text.length;
    this.lastStats = { chunks: next.length, reparsed };
    return out;
  }
}
