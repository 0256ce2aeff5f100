/**
 * Applying fixes: the same edits the LSP offers as code actions. Edits are applied from the end
 * of the document backwards so earlier offsets stay valid; overlapping edits are refused.
 */
import { LineIndex } from './lines.js';
import type { Finding, Fix, TextEdit } from './types.js';

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

/** A fix `fixAll` applied: which rule, its title, and the line of the finding it repaired (0-based). */
export interface AppliedFix {
  readonly rule: string;
  readonly title: string;
  readonly line: number;
}

/** The safe fix of a finding (deterministic, no placeholder), if it has one. */
export function safeFix(finding: Finding): Fix | undefined {
  return finding.fixes?.find((f) => f.safe === true);
}

/**
 * Applies every safe fix, re-linting between passes (a fix can make another appear or vanish)
 * until none is left or `maxPasses` is reached. Fixes whose edits overlap one already taken in
 * a pass wait for the next one. A second run on the result changes nothing.
 */
export function fixAll(
  text: string,
  lint: (text: string) => readonly Finding[],
  maxPasses = 10,
): { text: string; applied: AppliedFix[] } {
  const applied: AppliedFix[] = [];
  let current = text;
  for (let pass = 0; pass < maxPasses; pass++) {
    const lines = new LineIndex(current);
    const taken: { start: number; end: number }[] = [];
    const edits: TextEdit[] = [];
    for (const finding of lint(current)) {
      const fix = safeFix(finding);
      if (!fix || fix.edits.length === 0) continue;
      const spans = fix.edits.map((e) => ({ start: lines.offsetAt(e.range.start), end: lines.offsetAt(e.range.end) }));
      if (spans.some((s) => taken.some((t) => s.start <= t.end && t.start <= s.end))) continue;
      taken.push(...spans);
      edits.push(...fix.edits);
      applied.push({ rule: finding.rule, title: fix.title, line: finding.range.start.line });
    }
    if (edits.length === 0) break;
    const next = applyEdits(current, edits);
    if (next === current) break;
    current = next;
  }
  return { text: current, applied };
}
