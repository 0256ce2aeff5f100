/** The `handoff` executable: binds `main` to this process. */
import { main } from './main.js';
import { setCliFlags } from './v8Flags.js';
import type { CliWriter } from './io.js';
import { errorDetail } from '../engine/errors.js';

/**
 * stdout for `main`. When the reader goes away early (`handoff lint | head`), the rest of the
 * output is dropped, a writer waiting for the pipe to drain goes on, and the run still ends with
 * its own exit code (1 when it found errors), as it did when the output was one write.
 */
function pipedStdout(): CliWriter {
  let readerGone = false;
  const waiting = new Set<() => void>();
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    readerGone = true;
    for (const resume of [...waiting]) resume();
  });
  return {
    write: (chunk) => readerGone || process.stdout.write(chunk),
    once: (_event, listener) => {
      if (readerGone) return void listener();
      const resume = (): void => {
        waiting.delete(resume);
        process.stdout.off('drain', resume);
        listener();
      };
      waiting.add(resume);
      process.stdout.once('drain', resume);
    },
  };
}

setCliFlags();

// A closed stderr (`2>&1 | head`): stop quietly instead of crashing on EPIPE.
process.stderr.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

main({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  stdout: pipedStdout(),
  stderr: process.stderr,
  env: process.env,
  isTTY: process.stdout.isTTY === true,
  columns: process.stdout.isTTY === true ? process.stdout.columns : undefined,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`handoff: internal error: ${errorDetail(err)}\n`);
    process.exitCode = 2;
  },
);
