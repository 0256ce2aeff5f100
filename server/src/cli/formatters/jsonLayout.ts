/**
 * JSON written a piece at a time, laid out exactly as `JSON.stringify(value, null, 2)` lays out
 * the whole document: the streamed JSON formats (json, sarif, rdjson, gitlab) write their
 * opening, one piece per plan and their closing with these, so the concatenation is the text
 * `JSON.stringify` would give for the finished document.
 */

/** `value` as JSON.stringify(…, null, 2) writes it `depth` levels deep (JSON strings hold no line break). */
export function nested(value: unknown, depth: number): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${'  '.repeat(depth)}`);
}

/**
 * The items of one JSON array `depth` levels deep, written as they come: `item` gives each one's
 * text with the comma and line break before it; `close` the closing bracket (`[]` when empty).
 */
export class JsonArrayWriter {
  private count = 0;

  constructor(private readonly depth: number) {}

  item(value: unknown): string {
    const before = this.count++ === 0 ? '' : ',';
    return `${before}\n${'  '.repeat(this.depth + 1)}${nested(value, this.depth + 1)}`;
  }

  close(): string {
    return this.count === 0 ? ']' : `\n${'  '.repeat(this.depth)}]`;
  }
}
