/**
 * Whether a text is a plan, and its model: the checks in front of the engine (size, binary,
 * schema or glob) that decide what gets parsed at all.
 */
import type { HandoffConfig } from '../engine/config.js';
import type { Plan, PlanEngine } from '../engine/index.js';
import type { Finding, Range } from '../engine/types.js';

export interface Analysis {
  readonly isPlan: boolean;
  readonly config: HandoffConfig;
  readonly plan: Plan | undefined;
  /** A finding replacing the parse (file too large). */
  readonly notice: Finding | undefined;
}

const ZERO: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** How much of a too-large file is looked at to see whether it declares the plan schema. */
export const HEAD_CHARS = 65536;

/** UTF-8 length of a string without encoding it. */
export function utf8Length(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) n += 1;
    else if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 2; // a surrogate pair: 4 bytes for 2 code units
      i++;
    } else n += 2;
  }
  return n;
}

/** The finding that stands for a plan too large to check. */
/**
 * Time one open document may take to parse before it is given up (one "too complex" notice
 * instead of findings) so the server moves on. `HANDOFF_LINT_BUDGET_MS` overrides it (tests; the
 * web worker has no environment and keeps the default).
 */
export const LINT_BUDGET_MS = ((raw) =>
  raw !== '' && Number.isFinite(Number(raw)) && Number(raw) >= 0 ? Number(raw) : 2000)(
  (typeof process === 'undefined' ? undefined : process.env['HANDOFF_LINT_BUDGET_MS']) ?? '',
);
/** A parse longer than this yields to pending requests (other documents) before the rules run. */
export const YIELD_AFTER_MS = 20;

export function tooComplexNotice(parseMs: number): Finding {
  return {
    rule: 'too-complex-to-lint',
    severity: 'warning',
    message: `This plan took ${Math.round(parseMs)} ms to read, more than the ${LINT_BUDGET_MS} ms a plan may take, so it is not checked. Simplify its Markdown (deeply nested lists, quotes or inline markup) or run \`handoff lint\` on it.`,
    range: ZERO,
  };
}

export function tooLargeNotice(limitMB: number, bytes?: number): Finding {
  const size = bytes === undefined ? 'larger than' : `${(bytes / 1024 / 1024).toFixed(1)} MB, more than`;
  return {
    rule: 'file-too-large',
    severity: 'warning',
    message: `This plan is ${size} the ${limitMB} MB limit (setting handoff.maxFileSizeMB), so it is not checked.`,
    range: ZERO,
  };
}

export interface AnalyzeOptions {
  readonly engine: PlanEngine;
  readonly config: HandoffConfig;
  readonly matchesGlob: boolean;
  readonly maxBytes: number;
  readonly limitMB: number;
  /** Parses a plan (incrementally for open documents). */
  readonly parse: (text: string) => Plan;
}

export function analyze(text: string, o: AnalyzeOptions): Analysis {
  // Each outcome an object literal of the same shape (a spread would give each its own hidden class).
  const outcome = (isPlan: boolean, plan?: Plan, notice?: Finding): Analysis => ({
    isPlan,
    config: o.config,
    plan,
    notice,
  });
  if (text.length > o.maxBytes / 4) {
    const bytes = utf8Length(text);
    if (bytes > o.maxBytes) {
      if (!o.matchesGlob && !o.engine.isPlanText(text.slice(0, HEAD_CHARS), false)) return outcome(false);
      return outcome(true, undefined, tooLargeNotice(o.limitMB, bytes));
    }
  }
  if (text.slice(0, 8192).includes('\u0000')) return outcome(false);
  if (!o.engine.isPlanText(text, o.matchesGlob)) return outcome(false);
  return outcome(true, o.parse(text));
}
