/** The `handoff` executable: binds `main` to this process. */
import { setFlagsFromString } from 'node:v8';
import { main } from './main.js';
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

/*
 * V8 moves the objects of an allocation site straight to the old generation when most of them
 * outlive a collection. A lint run builds each plan's objects and drops them; a full collection
 * that happened while one plan was half built made V8 take its sites for long-lived, and every
 * later plan's objects then went to the old generation: on 10,000 plans, in about 1 run in 6,
 * 17–18 full collections instead of 2, a peak of 185 MB instead of 140 MB and 3 s more. Without
 * this pretenuring, none in 18 runs (`--trace-gc`), and the same time otherwise. V8 reads the
 * flag at each collection, so it may be set here, before anything is linted; worker threads
 * share it.
 */
setFlagsFromString('--no-allocation-site-pretenuring');

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
