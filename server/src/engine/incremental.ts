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
import type { Plan, Table } from './model.js';
import { chunkBoundaries, parseChunk, parsePlan, shiftOffsets } from './parse.js';
import type { RegisterKind } from './schema.js';

interface CachedChunk {
  from: number;
  nodes: RootContent[];
}

export interface IncrementalStats {
  readonly chunks: number;
  readonly reparsed: number;
}

export class IncrementalParser {
  private definitions: string | undefined;
  private chunks = new Map<string, CachedChunk[]>();
  /** Tables built from reused nodes (see ParseOptions.tableMemo); entries die with their nodes. */
  private tableMemo = new WeakMap<object, { line: number; kind: RegisterKind; table: Table }>();
  /** Chunks of the last parse, and how many of them had to be parsed again. */
  lastStats: IncrementalStats = { chunks: 0, reparsed: 0 };

  parse(uri: string, text: string): Plan {
    return parsePlan(uri, text, { parseBody: (t, start) => this.parseBody(t, start), tableMemo: this.tableMemo });
  }

  /** Forgets the previous version (the next parse is a full one). */
  reset(): void {
    this.definitions = undefined;
    this.chunks = new Map();
    this.tableMemo = new WeakMap();
  }

  private parseBody(text: string, start: number): RootContent[] {
    const { cuts, definitions } = chunkBoundaries(text, start);
    // Link definitions are appended to every chunk: when they change, nothing can be reused.
    const previous = definitions === this.definitions ? this.chunks : new Map<string, CachedChunk[]>();
    const next = new Map<string, CachedChunk[]>();
    const out: RootContent[] = [];
    let reparsed = 0;
    let count = 0;
    for (let i = 0; i < cuts.length; i++) {
      const from = cuts[i]!;
      const to = i + 1 < cuts.length ? cuts[i + 1]! : text.length;
      if (from >= to) continue;
      count++;
      const source = text.slice(from, to);
      const candidates = previous.get(source);
      const cached = candidates?.shift();
      if (candidates && candidates.length === 0) previous.delete(source);
      let nodes: RootContent[];
      if (cached) {
        const by = from - cached.from;
        if (by !== 0) for (const node of cached.nodes) shiftOffsets(node, by);
        nodes = cached.nodes;
      } else {
        nodes = parseChunk(text, from, to, definitions);
        reparsed++;
      }
      const list = next.get(source);
      if (list) list.push({ from, nodes });
      else next.set(source, [{ from, nodes }]);
      for (const node of nodes) out.push(node);
    }
    this.definitions = definitions;
    this.chunks = next;
    this.lastStats = { chunks: count, reparsed };
    return out;
  }
}
