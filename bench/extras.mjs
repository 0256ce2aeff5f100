/**
 * Hooks for benchmark rows other than "lint a corpus with three tools": language-server latency,
 * `handoff report`, and whatever comes next. run.mjs runs every entry of EXTRA_BENCHMARKS after
 * the main table and prints its rows under "Other measurements" in RESULTS.md (and under
 * `extras` in results.json).
 *
 * An entry:
 *
 *   {
 *     id: 'lsp-latency',                    // kebab-case, unique
 *     title: 'Language server latency',     // first column of the table
 *     slow: false,                          // true: left out by --quick
 *     unavailable(ctx) { return reason },   // optional: a string skips the entry with that note
 *     async run(ctx) { return [{ label, value, note }] },
 *   }
 *
 * ctx gives: repoRoot, corpusRoot, corpora (manifest entries: dir, files, bytes),
 * selectedCorpora (names chosen with --corpus / --quick), asOf, tmpDir (scratch, yours),
 * log(text), and measureCommand({ cmd, args, cwd, timeoutSeconds, tmpDir }) which runs a
 * command under bench/lib/measure.py exactly like the main rows and returns
 * { exitCode, timedOut, wallSeconds, userSeconds, systemSeconds, maxRssKiB, treePeakRssKiB,
 *   stdout, stderr, … }.
 *
 * `handoff report` (report-bench.mjs) is registered below; it is `slow`, so --quick leaves it out,
 * and it runs on the selected many-plan corpora.
 *
 * Language-server latency is measured by the standalone lsp-latency.mjs (Handoff against remark's
 * language server, results in lsp-results.md); an entry here could run it and return its rows.
 */
import { reportBenchmark } from './report-bench.mjs';

/** @type {Array<{ id: string, title: string, slow?: boolean, unavailable?: (ctx: object) => string | undefined, run: (ctx: object) => Promise<Array<{ label: string, value?: string, note?: string }>> }>} */
export const EXTRA_BENCHMARKS = [reportBenchmark];
