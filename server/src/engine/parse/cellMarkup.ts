/**
 * The text of register cells and list items that hold inline markup (`**Open**`,
 * `` `CHG-1` ``, `[M-01](#milestones)`), read by micromark while the line scanner keeps the
 * block structure. The scanner finds where every cell and item starts and ends; only what a
 * marked-up text comes to needs micromark. A chunk's marked texts are parsed together, each as
 * the one cell of a table row, after the plan's link definitions. Inline content is read by
 * itself, so a cell's content reads there exactly as it does in its row, and so does an item's
 * one-line paragraph that holds no pipe. That costs a fraction of parsing the whole section: the
 * marked texts are a few dozen characters, the section a few thousand.
 */
import { complexLines } from '../markupLimits.js';
import { parseMarkdown } from './micromark.js';
import { inlineText } from './nodes.js';
import type { Line } from './scanLines.js';

export class MarkedTexts {
  private readonly lines: Line[] = [];
  private readonly contents: string[] = [];
  private readonly uses: ((text: string) => void)[] = [];
  private readonly lineBreaks: string[] = [];

  get size(): number {
    return this.contents.length;
  }

  /**
   * A cell's or an item's content (trimmed, no unescaped pipe) on `line`, and what to do with its
   * text, whose line breaks read as `lineBreak` (`inlineText`: a cell's are `\n`).
   */
  add(line: Line, content: string, use: (text: string) => void, lineBreak = ' '): void {
    if (this.lines[this.lines.length - 1] !== line) this.lines.push(line);
    this.contents.push(content);
    this.uses.push(use);
    this.lineBreaks.push(lineBreak);
  }

  /**
   * Reads every text added and hands each to its use; false when micromark must read the whole
   * chunk (a line with more markup than the parser is given, see markupLimits.ts).
   */
  read(text: string, definitions: string): boolean {
    for (const line of this.lines) if (complexLines(text, line.start, line.end).length > 0) return false;
    // Spaced from the pipes: a text ending in `\` must not escape the closing one.
    const rows = this.contents.map((c) => `| ${c} |`).join('\n');
    const source = `${definitions}| a |\n| - |\n${rows}`;
    const table = parseMarkdown(source).children.find((node) => node.position?.start.offset === definitions.length);
    if (table?.type !== 'table' || table.children.length !== this.contents.length + 1) return false;
    const cells = table.children.slice(1).map((row) => row.children[0]);
    if (cells.some((cell) => !cell)) return false;
    cells.forEach((cell, i) => this.uses[i]!(inlineText(cell!, this.lineBreaks[i]).trim()));
    return true;
  }
}
