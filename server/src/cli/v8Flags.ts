/**
 * The V8 settings of the `handoff` process, measured on the benchmark's corpora (2 cores). V8
 * reads each of these flags when it next needs it (a collection, a compilation), so they may be
 * set while the process runs; worker threads share them. The language server keeps V8's defaults.
 */
import { setFlagsFromString } from 'node:v8';

/**
 * From this many files a run keeps TurboFan's inlining (`setFlagsForRunOf`): 3,000 plans took the same
 * wall time with it or without, 5,000 0.1–0.2 s less with it and 10,000 about 0.5 s less (8.0
 * against 8.5 s), the second core compiling while the first lints.
 */
const INLINING_FROM_FILES = 4000;

/** Set once, before anything is read. */
export function setCliFlags(): void {
  /*
   * V8 moves the objects of an allocation site straight to the old generation when most of them
   * outlive a collection. A lint run builds each plan's objects and drops them; a full collection
   * that happened while one plan was half built made V8 take its sites for long-lived, and every
   * later plan's objects then went to the old generation: on 10,000 plans, in about 1 run in 6,
   * 17–18 full collections instead of 2, a peak of 185 MB instead of 140 MB and 3 s more. Without
   * this pretenuring, none in 18 runs (`--trace-gc`), and the same time otherwise.
   */
  setFlagsFromString('--no-allocation-site-pretenuring');
  /*
   * A run is short and cold: each plan is linted once, and most functions are optimised while the
   * run goes on. Inlining each callee's bytecode into its callers doubled the cost of those
   * optimisations (4.2 s against 2.0 s over 10,000 plans, summed from `--trace-opt`) for code no
   * faster once warm (0.47–0.58 against 0.51–0.58 ms a plan, the same plans linted over and
   * over). Without it, 1,000 plans took 1.51–1.58 s instead of 1.70–1.80 s (2.2 s of CPU instead
   * of 2.7 s), the 1 MB plan 0.59–0.62 s instead of 0.64–0.67 s, the 10 MB plan 1.9 s instead
   * of 2.0 s.
   */
  setFlagsFromString('--no-turbo-inlining');
}

/** Once the files of a run are known: a long run pays for inlining once and gains by it. */
export function setFlagsForRunOf(files: number): void {
  if (files >= INLINING_FROM_FILES) setFlagsFromString('--turbo-inlining');
}
