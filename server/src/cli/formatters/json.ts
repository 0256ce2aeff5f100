/**
 * The machine-readable format of contract section 6: one JSON object, stable key order, laid out
 * exactly as `JSON.stringify(output, null, 2)` lays it out, written one file at a time.
 */
import { nested } from './jsonLayout.js';
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

const JSON_STREAM: FileStream = {
  begin: (run) => `{\n  "version": 1,\n  "asOf": ${JSON.stringify(run.asOf)},\n  "files": [`,
  file: (file, index) => `${index === 0 ? '' : ','}\n    ${nested(fileEntry(file), 2)}`,
  end: (run, written) => {
    const { files, plans, errors, warnings, infos } = run.summary;
    const close = written === 0 ? '],\n' : '\n  ],\n';
    return `${close}  "summary": ${nested({ files, plans, errors, warnings, infos }, 1)}\n}\n`;
  },
};

export const formatJson = streamed(() => JSON_STREAM);
