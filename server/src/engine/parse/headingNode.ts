/** A Markdown heading as the plan model holds it: its text, its range and its text's range. */
import type { Heading as MdHeading } from 'mdast';
import type { Heading } from '../model.js';
import type { LineIndex } from '../lines.js';
import { endOf, inlineText, startOf, trimEnd } from './nodes.js';

export function buildHeading(node: MdHeading, text: string, lines: LineIndex): Heading {
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
