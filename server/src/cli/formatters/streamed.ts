/**
 * A format defined by its opening, its piece per plan and its closing (`FileStream`): the host
 * writes those as the run goes; for a finished run, the formatter yields the same pieces.
 */
import type { FileStream, FormatOptions, Formatter, LintRun } from './types.js';

export function streamed(open: () => FileStream): Formatter & { readonly stream: () => FileStream } {
  function* format(run: LintRun, options: FormatOptions): Generator<string, void, undefined> {
    const stream = open();
    yield stream.begin(run, options);
    for (let i = 0; i < run.files.length; i++) yield stream.file(run.files[i]!, i, options);
    yield stream.end(run, run.files.length, options);
  }
  return Object.assign(format, { stream: open });
}
