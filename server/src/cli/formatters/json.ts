/** The machine-readable format of contract section 6: one JSON object, stable key order. */
import type { FormatOptions, LintRun } from './types.js';

export function formatJson(run: LintRun, _options: FormatOptions): string {
  const output = {
    version: 1,
    asOf: run.asOf,
    files: run.files.map((file) => ({
      path: file.path,
      diagnostics: file.diagnostics.map((d) => ({
        rule: d.rule,
        severity: d.severity,
        message: d.message,
        line: d.line,
        column: d.column,
        endLine: d.endLine,
        endColumn: d.endColumn,
      })),
    })),
    summary: {
      files: run.summary.files,
      plans: run.summary.plans,
      errors: run.summary.errors,
      warnings: run.summary.warnings,
      infos: run.summary.infos,
    },
  };
  return JSON.stringify(output, null, 2) + '\n';
}
