/**
 * The machine-readable format of contract section 6: one JSON object, stable key order, laid out
 * exactly as `JSON.stringify(output, null, 2)` lays it out, written one file at a time.
 */
import type { FormatOptions, LintedFile, LintRun } from './types.js';

function fileEntry(file: LintedFile) {
  return {
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
  };
}

/** `value` as JSON.stringify(…, null, 2) writes it `depth` levels deep (JSON strings hold no line break). */
function nested(value: unknown, depth: number): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${'  '.repeat(depth)}`);
}

export function* formatJson(run: LintRun, _options: FormatOptions): Generator<string, void, undefined> {
  yield `{\n  "version": 1,\n  "asOf": ${JSON.stringify(run.asOf)},\n  "files": [`;
  for (let i = 0; i < run.files.length; i++) {
    yield `${i === 0 ? '' : ','}\n    ${nested(fileEntry(run.files[i]!), 2)}`;
  }
  yield run.files.length === 0 ? '],\n' : '\n  ],\n';
  const { files, plans, errors, warnings, infos } = run.summary;
  yield `  "summary": ${nested({ files, plans, errors, warnings, infos }, 1)}\n}\n`;
}
