#!/usr/bin/env node
/**
 * Benchmark row for `handoff report`: wall time and peak RSS of the portfolio report (HTML, the
 * heaviest format: table, charts, timeline) over a generated corpus, 10,000 plans by default.
 * The report goes to a scratch file outside the corpus; the corpus is checked to be unchanged and
 * the report to have one row per plan.
 *
 * As an extra row of bench/run.mjs (bench/extras.mjs):
 *
 *   import { reportBenchmark } from './report-bench.mjs';
 *   export const EXTRA_BENCHMARKS = [reportBenchmark];
 *
 * Alone (generates the corpus if needed; measures with bench/lib/measure.py when present):
 *
 *   node bench/report-bench.mjs                       # plans-10000, html
 *   node bench/report-bench.mjs --corpus plans-1000 --format md
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const REPO = join(BENCH_DIR, '..');
const CLI = join(REPO, 'dist', 'cli', 'handoff.cjs');
const AS_OF = '2026-11-25';
const REPORT_CORPORA = ['plans-1000', 'plans-10000'];

/** Size and mtime of every file: the report must only read the corpus. */
function fingerprint(dir) {
  let h = 0;
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    const s = statSync(join(e.parentPath ?? e.path, e.name));
    h = (h * 31 + s.size + Math.round(s.mtimeMs)) % 2147483647;
    n++;
  }
  return `${n}:${h}`;
}

/** Rows of the transitions table: the check that every plan made it into the report. */
function countRows(text, format) {
  if (format === 'json') return JSON.parse(text).plans.length;
  if (format === 'html') {
    const start = text.indexOf('<h2>Transitions</h2>');
    const table = text.slice(start, text.indexOf('</tbody>', start));
    return (table.match(/^<tr><td>/gm) ?? []).length;
  }
  return text.split('\n').filter((l) => /^\| (TP-|`)/.test(l)).length;
}

function reportArgs(format, outFile) {
  return [CLI, 'report', '.', '--format', format, '--as-of', AS_OF, '--out', outFile];
}

/** Measures one report run with the given measure function; returns a result row. */
function measureReport({ corpusDir, files, format, tmpDir, timeoutSeconds, measure }) {
  mkdirSync(tmpDir, { recursive: true });
  const outFile = join(tmpDir, `report.${format}`);
  rmSync(outFile, { force: true });
  const before = fingerprint(corpusDir);
  const m = measure({ cmd: process.execPath, args: reportArgs(format, outFile), cwd: corpusDir, timeoutSeconds, tmpDir });
  const after = fingerprint(corpusDir);
  const peakMiB = Math.round(Math.max(m.maxRssKiB ?? 0, m.treePeakRssKiB ?? 0) / 1024);
  const label = `${files.toLocaleString('en')} plans (${format})`;
  if (m.timedOut) return { label, value: `timed out after ${timeoutSeconds} s` };
  if (m.exitCode !== 0) return { label, value: 'failed', note: `exit code ${m.exitCode}: ${(m.stderr ?? '').trim().split('\n').slice(-2).join(' ⏎ ').slice(0, 200)}` };
  if (before !== after) return { label, value: 'failed', note: 'the report changed files in the corpus' };
  const text = readFileSync(outFile, 'utf8');
  const rows = countRows(text, format);
  const size = statSync(outFile).size;
  rmSync(outFile, { force: true });
  const note = rows >= files ? `${rows.toLocaleString('en')} rows, ${(size / 1024 / 1024).toFixed(1)} MiB of ${format}` : `only ${rows} rows for ${files} plans`;
  return { label, value: `${m.wallSeconds.toFixed(1)} s, ${peakMiB} MiB peak RSS`, note, wallSeconds: m.wallSeconds, peakRssMiB: peakMiB, ok: rows >= files };
}

/** An entry for EXTRA_BENCHMARKS (bench/extras.mjs). */
export const reportBenchmark = {
  id: 'handoff-report',
  title: 'handoff report',
  slow: true,
  unavailable: () => (existsSync(CLI) ? undefined : 'dist/cli/handoff.cjs not built yet (run `npm run build`), skipped'),
  async run(ctx) {
    const names = ctx.selectedCorpora.filter((c) => REPORT_CORPORA.includes(c));
    return names.map((name) =>
      measureReport({
        corpusDir: join(ctx.corpusRoot, name),
        files: ctx.corpora[name]?.files ?? 0,
        format: 'html',
        tmpDir: join(ctx.tmpDir, name),
        timeoutSeconds: 1200,
        measure: ctx.measureCommand,
      }),
    );
  },
};

// ---------------------------------------------------------------------------------------------
// Standalone

/** bench/lib/measure.py when it is there; else /usr/bin/time; else wall time only. */
function standaloneMeasure({ cmd, args, cwd, timeoutSeconds, tmpDir }) {
  const measurePy = join(BENCH_DIR, 'lib', 'measure.py');
  if (existsSync(measurePy)) {
    const raw = execFileSync(
      'python3',
      [measurePy, '--timeout', String(timeoutSeconds), '--cwd', cwd, '--stdout', join(tmpDir, 'stdout.txt'), '--stderr', join(tmpDir, 'stderr.txt'), '--', cmd, ...args],
      { encoding: 'utf8' },
    );
    const m = JSON.parse(raw);
    return { ...m, stderr: readFileSync(join(tmpDir, 'stderr.txt'), 'utf8') };
  }
  const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
  const t0 = performance.now();
  const r = timeBin
    ? spawnSync(timeBin, ['-f', '%M', cmd, ...args], { cwd, encoding: 'utf8', timeout: timeoutSeconds * 1000 })
    : spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: timeoutSeconds * 1000 });
  const wallSeconds = (performance.now() - t0) / 1000;
  const maxRssKiB = timeBin ? Number(r.stderr.trim().split('\n').pop()) || 0 : 0;
  return { exitCode: r.status, timedOut: r.error?.code === 'ETIMEDOUT', wallSeconds, maxRssKiB, treePeakRssKiB: 0, stderr: r.stderr };
}

async function main() {
  const { values } = parseArgs({
    options: { corpus: { type: 'string', default: 'plans-10000' }, format: { type: 'string', default: 'html' } },
  });
  if (!existsSync(CLI)) throw new Error('dist/cli/handoff.cjs is missing: run `npm run build` first');
  const { CORPUS_ROOT, ensureCorpora } = await import('./generate.mjs');
  const manifest = ensureCorpora([values.corpus], { log: (s) => console.log(`bench: ${s}`) });
  const files = manifest.corpora[values.corpus].files;
  const tmpDir = join(BENCH_DIR, '.tmp', 'report-bench');
  console.log(`bench: handoff report --format ${values.format} on ${values.corpus} (${os.cpus().length} cores, node ${process.version})`);
  const row = measureReport({ corpusDir: join(CORPUS_ROOT, values.corpus), files, format: values.format, tmpDir, timeoutSeconds: 1200, measure: standaloneMeasure });
  rmSync(tmpDir, { recursive: true, force: true });
  console.log(`| ${reportBenchmark.title} | ${row.label} | ${row.value} | ${row.note ?? ''} |`);
  if (!row.ok) process.exitCode = 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((err) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exitCode = 1;
  });
}
