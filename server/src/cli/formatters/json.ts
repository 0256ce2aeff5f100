/**
 * The machine-readable format of contract section 6: one JSON object, stable key order, laid out
 * exactly as `JSON.stringify(output, null, 2)` lays it out, written one file at a time.
 */
import { JsonArrayWriter, nested } from './jsonLayout.js';
import { streamed } from './streamed.js';
import type { FileStream, LintedFile } from './types.js';

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

/** One object, its `files` written a plan at a time and its `summary` once the run is over. */
export const formatJson = streamed((): FileStream => {
  const files = new JsonArrayWriter(1);
  return {
    begin: (run) => `{\n  "version": 1,\n  "asOf": ${JSON.stringify(run.asOf)},\n  "files": [`,
    file: (file) => files.item(fileEntry(file)),
    end: (run) => {
      const { files: count, plans, errors, warnings, infos } = run.summary;
      return `${files.close()},\n  "summary": ${nested({ files: count, plans, errors, warnings, infos }, 1)}\n}\n`;
    },
  };
});
