/**
 * The V8 settings of the `handoff` process, measured on the benchmark's corpora (2 cores). V8
 * reads each of these flags when it next needs it (a collection, a compilation, the young
 * generation's growth), so they may be set while the process runs; worker threads share them.
 * The language server keeps V8's defaults.
 */
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';

/**
 * From this many files a run is long (`setFlagsForRunOf`). It keeps TurboFan's inlining: 3,000
 * plans took the same wall time with it or without, 5,000 0.1–0.2 s less with it and 10,000
 * about 0.5 s less (8.0 against 8.5 s), the second core compiling while the first lints.
 */
const LONG_RUN_FILES = 4000;

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

/** Set for a long run (`setFlagsForRunOf`). */
let watch: YoungGenerationWatch | undefined;

/** Called each time a run reads a file: the young generation's growth is looked at every few files. */
export function fileRead(): void {
  watch?.fileRead();
}

/**
 * The young generation's size (both semi-spaces) at which a run stops it growing: what 1,000
 * plans reach. V8 doubles it while a process keeps allocating, to 32 MB on 10,000 plans, which
 * saves some scavenges for 16 MB more memory. Its maximum is fixed when the process starts
 * (`--max-semi-space-size`), but its growth factor is read at each growth, so setting it to 1
 * keeps the size it has.
 */
export const YOUNG_GENERATION_CAP_BYTES = 16 * 1024 * 1024;
/** Files read between two looks at the young generation's size. */
const LOOK_EVERY_FILES = 4;

export interface YoungGenerationWatch {
  fileRead(): void;
}

/** Stops the young generation's growth once it reaches YOUNG_GENERATION_CAP_BYTES; looks every few files. */
export function watchYoungGeneration(
  youngBytes: () => number = () => getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')?.space_size ?? 0,
  stopGrowth: () => void = () => setFlagsFromString('--semi-space-growth-factor=1'),
): YoungGenerationWatch {
  let files = 0;
  let stopped = false;
  return {
    fileRead() {
      if (stopped || ++files % LOOK_EVERY_FILES !== 0) return;
      if (youngBytes() < YOUNG_GENERATION_CAP_BYTES) return;
      stopGrowth();
      stopped = true;
    },
  };
}

/**
 * Once the files of a run are known. A long run pays for inlining once and gains by it. And its
 * live data stays small (about 17 MB of heap on 10,000 plans: paths, summaries, the plan being
 * linted) while V8 let the old generation grow to about twice that before collecting it, by a
 * factor it works out for a long-lived process: at 20 % past what was live after the last full
 * collection, 10,000 plans peaked 6 MB lower, and with the young generation's growth stopped
 * too (`fileRead`) 22 MB lower (104–107 against 127–131 MB), for the same time within the
 * host's noise (medians of 5 alternated runs: 9.75 against 9.94 s wall, 11.8 s of CPU each).
 * Not for a short run: one 10 MB plan, whose live data grows as it is parsed, took 1.85 s
 * instead of 1.65 s with it.
 */
export function setFlagsForRunOf(files: number): void {
  if (files < LONG_RUN_FILES) return;
  setFlagsFromString('--turbo-inlining');
  setFlagsFromString('--heap-growing-percent=20');
  watch ??= watchYoungGeneration();
}
