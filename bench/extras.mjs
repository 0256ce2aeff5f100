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
 * The engine's findings check and CPU per plan (engine-bench.mjs → findings.mjs) and the language
 * server (lsp-bench.mjs → lsp-latency.mjs, full tables in lsp-results.md) are registered too; an
 * entry's row may carry `target` and `status`, which then appear under "Targets".
 */
import { engineBenchmark } from './engine-bench.mjs';
import { lspBenchmark } from './lsp-bench.mjs';
import { reportBenchmark } from './report-bench.mjs';

/** @type {Array<{ id: string, title: string, slow?: boolean, unavailable?: (ctx: object) => string | undefined, run: (ctx: object) => Promise<Array<{ label: string, value?: string, note?: string, target?: string, status?: string }>> }>} */
export const EXTRA_BENCHMARKS = [engineBenchmark, lspBenchmark, reportBenchmark];
