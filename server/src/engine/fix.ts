/**
 * Applying fixes: the same edits the LSP offers as code actions. Edits are applied from the end
 * of the document backwards so earlier offsets stay valid; overlapping edits are refused.
 */
import { LineIndex } from './text.js';
import type { TextEdit } from './types.js';

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = new LineIndex(text);
  const spans = edits
    .map((e) => ({ start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end), text: e.newText }))
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  let limit = Infinity;
  for (const s of spans) {
    if (s.end > limit) throw new Error('Overlapping edits cannot be applied together.');
    out = out.slice(0, s.start) + s.text + out.slice(s.end);
    limit = s.start;
  }
  return out;
}
