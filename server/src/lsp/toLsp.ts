/**
 * Engine data → LSP data, in one place: severities, diagnostics, positions of findings as the
 * views see them. Engine ranges are already 0-based UTF-16, as LSP wants them.
 */
import {
  DiagnosticSeverity,
  type Diagnostic,
  type DiagnosticRelatedInformation,
  type Range as LspRange,
} from 'vscode-languageserver';
import { docsUrl } from '../engine/rule.js';
import type { Finding, Range, Severity } from '../engine/types.js';
import type { FindingCounts, FindingView } from '../protocol.js';

export const DIAGNOSTIC_SOURCE = 'handoff';
/** At most this many diagnostics per file; the rest are summarised by one info diagnostic. */
export const MAX_DIAGNOSTICS_PER_FILE = 1000;

/** Codes of the server's own notices (not engine rules: no rule documentation to link). */
export const HOST_CODES: ReadonlySet<string> = new Set(['file-too-large', 'too-complex-to-lint', 'invalid-config']);

/** The one mapping of engine severities to LSP severities. */
export function toLspSeverity(severity: Severity): DiagnosticSeverity {
  switch (severity) {
    case 'error':
      return DiagnosticSeverity.Error;
    case 'warning':
      return DiagnosticSeverity.Warning;
    default:
      return DiagnosticSeverity.Information;
  }
}

export function toLspRange(range: Range): LspRange {
  return {
    start: { line: range.start.line, character: range.start.character },
    end: { line: range.end.line, character: range.end.character },
  };
}

/** What a published diagnostic carries in `data` (LSP keeps it for the code action request). */
export interface DiagnosticData {
  readonly findingKey: string;
}

/**
 * A finding's identity within its document's findings: rule, range, and a hash of its waiver
 * target and message. Published in `Diagnostic.data`, it lets a code action find its finding
 * among the current ones without trusting what the client echoes back (a key of another text, or
 * of an older version, matches none). The message is hashed, not repeated: written out, it made
 * every diagnostic carry its message twice (about a third of what indexing a workspace sends).
 * Two findings of one rule on one range with different messages or targets collide with a
 * chance of about 1 in 2^53.
 */
export function findingKey(finding: Finding): string {
  const { start, end } = finding.range;
  const detail = hash53(`${finding.target ?? ''}\u0000${finding.message}`);
  return `${finding.rule}@${start.line}:${start.character}-${end.line}:${end.character}#${detail.toString(36)}`;
}

/** cyrb53, a fast 53-bit string hash (public domain, by bryc): enough to tell messages apart. */
function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** The key a diagnostic the client sent back carries, if it carries one. */
export function diagnosticFindingKey(diagnostic: Diagnostic): string | undefined {
  const data: unknown = diagnostic.data;
  if (typeof data !== 'object' || data === null) return undefined;
  const key = (data as Partial<Record<keyof DiagnosticData, unknown>>).findingKey;
  return typeof key === 'string' ? key : undefined;
}

/** A finding as an LSP diagnostic; `uri` is the document's own URI (for related locations). */
export function toDiagnostic(finding: Finding, uri: string): Diagnostic {
  const data: DiagnosticData = { findingKey: findingKey(finding) };
  const d: Diagnostic = {
    range: toLspRange(finding.range),
    severity: toLspSeverity(finding.severity),
    source: DIAGNOSTIC_SOURCE,
    code: finding.rule,
    message: finding.message,
    data,
  };
  if (!HOST_CODES.has(finding.rule)) d.codeDescription = { href: docsUrl(finding.rule) };
  if (finding.related?.length) {
    d.relatedInformation = finding.related.map((r): DiagnosticRelatedInformation => ({
      location: { uri: r.uri ?? uri, range: toLspRange(r.range) },
      message: r.message,
    }));
  }
  return d;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Diagnostics for a file, capped: the most severe findings are kept, in document order, and one
 * info diagnostic at the top says how many were left out.
 */
export function toDiagnostics(findings: readonly Finding[], uri: string, max = MAX_DIAGNOSTICS_PER_FILE): Diagnostic[] {
  if (findings.length <= max) return findings.map((f) => toDiagnostic(f, uri));
  const kept = [...findings]
    .map((f, i) => ({ f, i }))
    .sort((a, b) => SEVERITY_RANK[a.f.severity] - SEVERITY_RANK[b.f.severity] || a.i - b.i)
    .slice(0, max - 1)
    .sort((a, b) => a.i - b.i)
    .map(({ f }) => toDiagnostic(f, uri));
  const dropped = findings.length - kept.length;
  kept.unshift({
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: DIAGNOSTIC_SOURCE,
    message: `This file has ${findings.length} findings; only the ${kept.length} most severe are shown (${dropped} more not shown). Run \`handoff lint\` for the full list.`,
  });
  return kept;
}

export function toFindingView(f: Finding): FindingView {
  return {
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    line: f.range.start.line,
    character: f.range.start.character,
    endLine: f.range.end.line,
    endCharacter: f.range.end.character,
  };
}

export function countFindings(findings: readonly Finding[]): FindingCounts {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}

export function sameRange(a: Range, b: Range): boolean {
  return (
    a.start.line === b.start.line &&
    a.start.character === b.start.character &&
    a.end.line === b.end.line &&
    a.end.character === b.end.character
  );
}
