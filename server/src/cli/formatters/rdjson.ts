/**
 * reviewdog's Diagnostic Format as one JSON document (rdjson: a `DiagnosticResult`), for
 * `reviewdog -f=rdjson`. Positions are 1-based with columns counted in UTF-8 bytes, as the format
 * specifies (the engine counts UTF-16 code units, so columns are converted on the line's text);
 * each finding's preferred fix becomes `suggestions`, which reviewdog posts as suggested changes.
 */
import { DOCS_BASE, docsUrl } from '../../engine/rule.js';
import type { Fix, Position, Severity } from '../../engine/types.js';
import { workspacePath } from './github.js';
import { JsonArrayWriter, nested } from './jsonLayout.js';
import { streamed } from './streamed.js';
import type { FileStream, FormatOptions, LintedFile } from './types.js';

type RdSeverity = 'ERROR' | 'WARNING' | 'INFO';

const SEVERITY: Record<Severity, RdSeverity> = { error: 'ERROR', warning: 'WARNING', info: 'INFO' };
const SOURCE = { name: 'handoff', url: DOCS_BASE.replace(/\/blob\/.*$/, '') };

interface RdPosition {
  line: number;
  column: number;
}

interface RdRange {
  start: RdPosition;
  end: RdPosition;
}

export interface RdDiagnostic {
  message: string;
  location: { path: string; range: RdRange };
  severity: RdSeverity;
  code: { value: string; url: string };
  suggestions?: { range: RdRange; text: string }[];
}

/** UTF-8 byte length of the first `utf16Column` code units of a line (a lone surrogate counts 3, as TextEncoder writes U+FFFD). */
export function utf8Column(lineText: string | undefined, utf16Column: number): number {
  if (lineText === undefined) return utf16Column + 1;
  const prefix = lineText.slice(0, utf16Column);
  // Columns past the end of the line (an insertion at its end) count one byte per code unit.
  return new TextEncoder().encode(prefix).length + Math.max(0, utf16Column - lineText.length) + 1;
}

/**
 * The fix a reviewer may accept with one click: the preferred one only. A suggestion shows the
 * text, not the fix's title, so a guess (a date, an owner, a value the plan does not give) offered
 * as a suggestion would read as the answer; those stay in the editor, titled as the guesses they are.
 */
export function preferredFix(fixes: readonly Fix[] | undefined): Fix | undefined {
  return fixes?.find((f) => f.isPreferred);
}

/** A file's diagnostics, each with its preferred fix as suggestions. */
function fileDiagnostics(file: LintedFile, options: FormatOptions): RdDiagnostic[] {
  if (file.diagnostics.length === 0) return [];
  const root = options.env['GITHUB_WORKSPACE'] ?? options.env['CI_PROJECT_DIR'];
  const lines = options.sourceLines?.(file.path);
  const position = (p: Position): RdPosition => ({
    line: p.line + 1,
    column: utf8Column(lines?.[p.line], p.character),
  });
  const filePath = workspacePath(file, root);
  return file.diagnostics.map((d) => {
    const diagnostic: RdDiagnostic = {
      message: d.message,
      location: {
        path: filePath,
        range: { start: position(d.finding.range.start), end: position(d.finding.range.end) },
      },
      severity: SEVERITY[d.severity],
      code: { value: d.rule, url: docsUrl(d.rule) },
    };
    const fix = preferredFix(d.finding.fixes);
    if (fix && fix.edits.length > 0) {
      diagnostic.suggestions = fix.edits.map((e) => ({
        range: { start: position(e.range.start), end: position(e.range.end) },
        text: e.newText,
      }));
    }
    return diagnostic;
  });
}

/**
 * One `DiagnosticResult`, written a plan's diagnostics at a time: `source`, then `diagnostics`,
 * then the overall `severity` (the worst of the run's findings), which is known only at the end.
 */
export const formatRdjson = streamed((): FileStream => {
  const diagnostics = new JsonArrayWriter(1);
  let worst: Severity = 'info';
  return {
    begin: () => `{\n  "source": ${nested(SOURCE, 1)},\n  "diagnostics": [`,
    file: (file, _index, options) => {
      for (const d of file.diagnostics)
        if (d.severity === 'error' || (d.severity === 'warning' && worst === 'info')) worst = d.severity;
      return fileDiagnostics(file, options)
        .map((d) => diagnostics.item(d))
        .join('');
    },
    end: () => `${diagnostics.close()},\n  "severity": ${JSON.stringify(SEVERITY[worst])}\n}\n`,
  };
});
