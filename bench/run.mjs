#!/usr/bin/env node
/**
 * Benchmark: `handoff lint` against markdownlint-cli2 and remark-cli, side by side, in one run,
 * on the same generated corpora (see generate.mjs). Not a test: it measures and writes
 * bench/RESULTS.md and bench/results.json. See bench/README.md.
 *
 *   npm run bench                       # everything (remark on 10,000 plans alone takes minutes)
 *   npm run bench -- --quick            # the 1,000-plan corpus and the 1 MB plan only
 *   npm run bench -- --skip-slow        # leave out tool × corpus pairs known to take > 1 min
 *   npm run bench -- --only handoff --corpus plans-10000
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { EXTRA_BENCHMARKS } from './extras.mjs';
import { CORPORA, CORPUS_ROOT, GENERATOR_VERSION, ensureCorpora } from './generate.mjs';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const REPO = resolve(BENCH_DIR, '..');
// The competitors live in bench's own install (bench/package.json, installed by bench/setup.mjs).
const BENCH_MODULES = join(BENCH_DIR, 'node_modules');
const TMP = join(BENCH_DIR, '.tmp');
const MEASURE = join(BENCH_DIR, 'lib', 'measure.py');
const RESULTS_JSON = join(BENCH_DIR, 'results.json');
const RESULTS_MD = join(BENCH_DIR, 'RESULTS.md');
const AS_OF = '2026-11-25';
const MiB = 1024 * 1024;

/** Rows of the main table, in order, and the subset `--quick` runs. */
const ROWS = [
  { corpus: 'plans-1000', label: '1,000 plans' },
  { corpus: 'plans-10000', label: '10,000 plans' },
  { corpus: 'plan-1mb', label: '1 MB plan' },
  { corpus: 'plan-10mb', label: '10 MB plan' },
];
const QUICK_CORPORA = ['plans-1000', 'plan-1mb'];
const CORPUS_ALIASES = {
  1000: 'plans-1000',
  '1k': 'plans-1000',
  10000: 'plans-10000',
  '10k': 'plans-10000',
  '1mb': 'plan-1mb',
  '10mb': 'plan-10mb',
};

// ---------------------------------------------------------------------------------------------
// Tools. Each one: how to invoke it on a corpus directory (cwd = that directory, so it sees
// exactly the corpus files), which exit codes mean "ran fine", how long to wait, which corpora
// are known to be slow (> 1 min on a 2-core machine), and how to check from its output that it
// really linted every file.

const HANDOFF_CLI = join(REPO, 'dist', 'cli', 'handoff.cjs');

const TOOLS = [
  {
    id: 'handoff',
    label: 'handoff lint',
    unavailable: () =>
      existsSync(HANDOFF_CLI) ? undefined : 'dist/cli/handoff.cjs not built yet (run `npm run build`), skipped',
    command: () => ({ cmd: process.execPath, args: [HANDOFF_CLI, 'lint', '.', '--format', 'json', '--as-of', AS_OF] }),
    okExitCodes: [0, 1],
    timeoutSeconds: { default: 300, 'plans-10000': 900, 'plan-10mb': 600 },
    slow: [],
    verify({ stdout }, corpus) {
      let report;
      try {
        report = JSON.parse(stdout);
      } catch (err) {
        return { ok: false, note: `output is not JSON: ${err.message.slice(0, 120)}` };
      }
      const plans = report?.summary?.plans ?? report?.files?.length;
      const findings = (report?.files ?? []).reduce((n, f) => n + (f.diagnostics?.length ?? 0), 0);
      if (plans !== corpus.files)
        return { ok: false, files: plans, findings, note: `reported ${plans} plans, corpus has ${corpus.files}` };
      return { ok: true, files: plans, findings };
    },
  },
  {
    id: 'markdownlint-cli2',
    label: 'markdownlint-cli2',
    aliases: ['markdownlint', 'mdl'],
    unavailable: () =>
      existsSync(join(BENCH_MODULES, 'markdownlint-cli2')) ? undefined : 'markdownlint-cli2 not installed',
    command(corpus, tmp) {
      // Default rules; the config lives outside the corpus and names no globs, so only the
      // `**/*.md` of the corpus directory is linted. Output goes to files, never to the corpus.
      const config = join(tmp, '.markdownlint-cli2.jsonc');
      writeFileSync(
        config,
        JSON.stringify({ config: { default: true }, gitignore: false, noInlineConfig: false }, null, 2),
      );
      const bin = join(BENCH_MODULES, 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
      return { cmd: process.execPath, args: [bin, '**/*.md', '--config', config] };
    },
    okExitCodes: [0, 1],
    timeoutSeconds: { default: 300, 'plans-10000': 900, 'plan-10mb': 1800 },
    // 10,000 plans take minutes, but the CPU-ratio target needs them: --skip-slow keeps them.
    slow: ['plan-10mb'],
    verify({ stdout, stderr }, corpus) {
      const linted = Number(/Linting: (\d+) file/.exec(stdout)?.[1]);
      const findings = Number(
        /Summary: (\d+) (?:issue|error)/.exec(stdout)?.[1] ??
          stderr.split('\n').filter((l) => / MD\d{3}\//.test(l)).length,
      );
      if (linted !== corpus.files)
        return { ok: false, files: linted, findings, note: `linted ${linted} files, corpus has ${corpus.files}` };
      return { ok: true, files: linted, findings };
    },
  },
  {
    id: 'remark',
    label: 'remark-cli (parse only)',
    unavailable: () => (existsSync(join(BENCH_MODULES, 'remark-cli')) ? undefined : 'remark-cli not installed'),
    command() {
      // --no-stdout and no --output: unified-engine neither stringifies nor writes anything.
      const bin = join(BENCH_MODULES, 'remark-cli', 'cli.js');
      const args = [bin, '.', '--no-config', '--no-ignore', '--no-stdout', '--no-color', '--frail'];
      // Plugins by path: the corpus folder's own lookup would not reach bench/node_modules.
      const use = (name) => ['--use', join(BENCH_MODULES, name, 'index.js')];
      return { cmd: process.execPath, args: [...args, ...use('remark-frontmatter'), ...use('remark-gfm')] };
    },
    okExitCodes: [0, 1],
    timeoutSeconds: { default: 300, 'plans-10000': 1200, 'plan-10mb': 1800 },
    slow: ['plans-10000', 'plan-10mb'],
    verify({ stderr }, corpus) {
      // The default reporter prints one line per file ("x.plan.md: no issues found" or a header).
      const files = new Set(
        stderr
          .split('\n')
          .filter((l) => /^\S.*\.plan\.md/.test(l))
          .map((l) => l.split(/:| /)[0]),
      );
      const findings = stderr.split('\n').filter((l) => /^\s+\d+:\d+/.test(l)).length;
      if (files.size !== corpus.files)
        return {
          ok: false,
          files: files.size,
          findings,
          note: `reported ${files.size} files, corpus has ${corpus.files}`,
        };
      return { ok: true, files: files.size, findings };
    },
  },
];

// ---------------------------------------------------------------------------------------------
// Options

function parseOptions(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      'skip-slow': { type: 'boolean', default: false },
      only: { type: 'string', multiple: true },
      corpus: { type: 'string', multiple: true },
      repeat: { type: 'string', default: '1' },
      'timeout-scale': { type: 'string', default: '1' },
      fresh: { type: 'boolean', default: false },
      'no-write': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(`Usage: node bench/run.mjs [options]
  --quick              only the 1,000-plan corpus and the 1 MB plan
  --skip-slow          skip tool × corpus pairs known to take over a minute (${TOOLS.flatMap((t) => t.slow.map((c) => `${t.id}/${c}`)).join(', ')})
  --only <name>        handoff | markdownlint-cli2 | remark, or an extra benchmark (${EXTRA_BENCHMARKS.map((e) => e.id).join(', ')});
                       repeatable or comma-separated; extras are left out of --quick and --skip-slow when slow
  --corpus <name>      ${ROWS.map((r) => r.corpus).join(' | ')} (repeatable, or comma-separated)
  --repeat <n>         run each pair n times; the median wall time is reported (default 1; a pair
                       whose first run takes under 5 s is run at least 5 times)
  --timeout-scale <x>  multiply every per-tool timeout by x
  --fresh              do not merge with rows kept from earlier runs in bench/results.json
  --no-write           print the table only; leave RESULTS.md and results.json alone`);
    process.exit(0);
  }
  const list = (v) =>
    (v ?? [])
      .flatMap((s) => s.split(','))
      .map((s) => s.trim())
      .filter(Boolean);
  const only = list(values.only);
  const extras = only.filter((name) => EXTRA_BENCHMARKS.some((e) => e.id === name));
  const tools = only
    .filter((name) => !extras.includes(name))
    .map((name) => {
      const tool = TOOLS.find((t) => t.id === name || t.aliases?.includes(name));
      if (!tool) {
        const known = [...TOOLS.map((t) => t.id), ...EXTRA_BENCHMARKS.map((e) => e.id)];
        throw new Error(`unknown tool "${name}"; known: ${known.join(', ')}`);
      }
      return tool.id;
    });
  const corpora = list(values.corpus).map((name) => {
    const c = CORPUS_ALIASES[name] ?? name;
    if (!CORPORA[c]) throw new Error(`unknown corpus "${name}"; known: ${ROWS.map((r) => r.corpus).join(', ')}`);
    return c;
  });
  return {
    // BENCH_QUICK=1 is --quick for `npm run bench`, which takes no arguments of its own.
    quick: values.quick || process.env.BENCH_QUICK === '1',
    skipSlow: values['skip-slow'],
    // --only names tools and/or extra benchmarks; naming only extras runs no tool, and naming
    // only tools runs no extra.
    tools: only.length ? tools : TOOLS.map((t) => t.id),
    extras: only.length ? extras : EXTRA_BENCHMARKS.map((e) => e.id),
    corpora: corpora.length ? corpora : values.quick || process.env.BENCH_QUICK === '1' ? QUICK_CORPORA : ROWS.map((r) => r.corpus),
    repeat: Math.max(1, Number.parseInt(values.repeat, 10) || 1),
    timeoutScale: Number(values['timeout-scale']) || 1,
    fresh: values.fresh,
    write: !values['no-write'],
  };
}

// ---------------------------------------------------------------------------------------------
// Measuring

function listFiles(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath ?? e.path, e.name));
}

/** Size + mtime of every file: proves a tool wrote nothing into the corpus. */
function fingerprint(dir) {
  let h = 0;
  let n = 0;
  for (const file of listFiles(dir)) {
    const s = statSync(file);
    h = (h * 31 + s.size + Math.round(s.mtimeMs)) % 2147483647;
    n++;
  }
  return `${n}:${h}`;
}

/** Reads every file once so that no tool pays for a cold page cache the others do not. */
function warmCache(dir) {
  for (const file of listFiles(dir)) readFileSync(file);
}

/**
 * Runs one command under measure.py and returns its measurement. Exported through the context
 * given to extra benchmarks (extras.mjs), so that they measure the same way.
 */
function measureCommand({ cmd, args, cwd, timeoutSeconds, tmpDir }) {
  mkdirSync(tmpDir, { recursive: true });
  const stdoutFile = join(tmpDir, 'stdout.txt');
  const stderrFile = join(tmpDir, 'stderr.txt');
  const loadBefore = os.loadavg()[0];
  const raw = execFileSync(
    'python3',
    [
      MEASURE,
      '--timeout',
      String(timeoutSeconds),
      '--cwd',
      cwd,
      '--stdout',
      stdoutFile,
      '--stderr',
      stderrFile,
      '--',
      cmd,
      ...args,
    ],
    { encoding: 'utf8', maxBuffer: 16 * MiB },
  );
  const m = JSON.parse(raw);
  const read = (f) => {
    const size = statSync(f).size;
    // Outputs are only parsed to check the run; very large ones are read up to 256 MiB.
    return size > 256 * MiB ? '' : readFileSync(f, 'utf8');
  };
  return {
    ...m,
    loadBefore,
    loadAfter: os.loadavg()[0],
    stdout: read(stdoutFile),
    stderr: read(stderrFile),
    stdoutBytes: statSync(stdoutFile).size,
  };
}

/**
 * A pair whose first run takes less than this is run QUICK_RUNS times and its median reported,
 * whatever --repeat says (as hyperfine does): one sample of a sub-second run moves by a third on a
 * shared machine, and a few more cost little. Slower pairs are measured --repeat times.
 */
const QUICK_RUN_SECONDS = 5;
const QUICK_RUNS = 5;

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)];
}

function runPair(tool, row, corpus, opts) {
  const base = { tool: tool.id, toolLabel: tool.label, corpus: row.corpus, measuredAt: new Date().toISOString() };
  const reason = tool.unavailable();
  if (reason) return { ...base, status: 'unavailable', note: reason };
  if (opts.skipSlow && tool.slow.includes(row.corpus))
    return { ...base, status: 'skipped', note: 'known to be slow (--skip-slow)' };

  const dir = join(CORPUS_ROOT, row.corpus);
  const tmpDir = join(TMP, `${tool.id}-${row.corpus}`);
  rmSync(tmpDir, { recursive: true, force: true });
  mkdirSync(tmpDir, { recursive: true });
  const timeoutSeconds = Math.round(
    (tool.timeoutSeconds[row.corpus] ?? tool.timeoutSeconds.default) * opts.timeoutScale,
  );
  const before = fingerprint(dir);
  const runs = [];
  let wanted = opts.repeat;
  for (let i = 0; i < wanted; i++) {
    const { cmd, args } = tool.command(corpus, tmpDir);
    const m = measureCommand({ cmd, args, cwd: dir, timeoutSeconds, tmpDir });
    runs.push(m);
    if (m.timedOut || !tool.okExitCodes.includes(m.exitCode)) break;
    if (i === 0 && m.wallSeconds < QUICK_RUN_SECONDS) wanted = Math.max(wanted, QUICK_RUNS);
  }
  const after = fingerprint(dir);
  const last = runs[runs.length - 1];
  const commandLine = (() => {
    const { cmd, args } = tool.command(corpus, tmpDir);
    const shown = args
      .map((a) => (a.startsWith(REPO) ? relative(REPO, a) : a))
      .map((a) => (/[*\s]/.test(a) ? `"${a}"` : a));
    return [cmd === process.execPath ? 'node' : cmd, ...shown].join(' ');
  })();
  rmSync(tmpDir, { recursive: true, force: true });

  const peakKiB = Math.max(...runs.map((r) => Math.max(r.maxRssKiB, r.treePeakRssKiB)));
  const memory = {
    peakRssMiB: round(peakKiB / 1024, 1),
    maxRssMiB: round(Math.max(...runs.map((r) => r.maxRssKiB)) / 1024, 1),
    treePeakRssMiB: round(Math.max(...runs.map((r) => r.treePeakRssKiB)) / 1024, 1),
    processes: Math.max(...runs.map((r) => r.processes)),
  };
  const common = {
    ...base,
    command: commandLine,
    cwd: relative(REPO, dir),
    timeoutSeconds,
    runs: runs.length,
    loadAverage: [round(runs[0].loadBefore, 2), round(last.loadAfter, 2)],
    ...memory,
  };
  if (before !== after) {
    return {
      ...common,
      status: 'error',
      note: 'the tool changed files in the corpus (it must only read them); corpus will be regenerated',
    };
  }
  if (last.timedOut)
    return { ...common, status: 'timeout', wallSeconds: last.wallSeconds, note: `killed after ${timeoutSeconds} s` };
  if (!tool.okExitCodes.includes(last.exitCode)) {
    const tail = (last.stderr || last.stdout).trim().split('\n').slice(-3).join(' ⏎ ').slice(0, 300);
    return { ...common, status: 'error', exitCode: last.exitCode, note: `exit code ${last.exitCode}: ${tail}` };
  }
  const check = tool.verify(last, corpus);
  const wall = median(runs.map((r) => r.wallSeconds));
  const pick = runs.find((r) => r.wallSeconds === wall) ?? last;
  return {
    ...common,
    status: check.ok ? 'ok' : 'error',
    note: check.note,
    exitCode: last.exitCode,
    wallSeconds: wall,
    wallSecondsAll: runs.map((r) => r.wallSeconds),
    cpuSeconds: round(pick.userSeconds + pick.systemSeconds, 2),
    filesPerSecond: significant(corpus.files / wall, 4),
    mbPerSecond: significant(corpus.bytes / MiB / wall, 4),
    filesChecked: check.files,
    findings: check.findings,
    outputBytes: last.stdoutBytes,
  };
}

function significant(n, digits) {
  return n === 0 ? 0 : Number(n.toPrecision(digits));
}

function round(n, digits) {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

// ---------------------------------------------------------------------------------------------
// Machine, merging with earlier runs, targets

function machineInfo() {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model?.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: round(os.totalmem() / 1024 ** 3, 1),
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    loadAverageAtStart: os.loadavg().map((l) => round(l, 2)),
  };
}

/**
 * A fixed single-threaded JavaScript workload, timed at the start and at the end of the run: on
 * a shared machine its wall time shows how much CPU the tools were actually getting.
 */
function calibrate() {
  const doc = JSON.stringify(
    Array.from({ length: 20000 }, (_, i) => ({ id: `R-${i}`, text: 'Risk text '.repeat(3), score: i % 25 })),
  );
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let n = 0;
  for (let i = 0; i < 12; i++) {
    const rows = JSON.parse(doc);
    n += rows.filter((r) => /^R-\d*7$/.test(r.id)).length;
    n += JSON.stringify(rows).length % 7;
  }
  const cpu = process.cpuUsage(cpu0);
  return {
    wallSeconds: round((performance.now() - t0) / 1000, 3),
    cpuSeconds: round((cpu.user + cpu.system) / 1e6, 3),
    checksum: n,
  };
}

const sameMachine = (a, b) =>
  a && b && a.cpuModel === b.cpuModel && a.cores === b.cores && a.memoryGiB === b.memoryGiB && a.node === b.node;

function mergeWithPrevious(measurements, machine, fresh) {
  if (fresh || !existsSync(RESULTS_JSON)) return { rows: measurements, kept: 0 };
  let previous;
  try {
    previous = JSON.parse(readFileSync(RESULTS_JSON, 'utf8'));
  } catch {
    return { rows: measurements, kept: 0 };
  }
  if (!sameMachine(previous.machine, machine) || previous.generatorVersion !== GENERATOR_VERSION)
    return { rows: measurements, kept: 0 };
  const key = (m) => `${m.tool}/${m.corpus}`;
  const measuredNow = new Set(
    measurements.filter((m) => m.status === 'ok' || m.status === 'timeout' || m.status === 'error').map(key),
  );
  const rows = [...measurements];
  let kept = 0;
  for (const old of previous.measurements ?? []) {
    if (measuredNow.has(key(old)) || !(old.status === 'ok' || old.status === 'timeout')) continue;
    const i = rows.findIndex((m) => key(m) === key(old));
    if (i >= 0) rows[i] = { ...old, keptFromEarlierRun: true };
    else rows.push({ ...old, keptFromEarlierRun: true });
    kept++;
  }
  return { rows, kept };
}

function find(rows, tool, corpus) {
  return rows.find((m) => m.tool === tool && m.corpus === corpus);
}

function ratios(rows) {
  return ROWS.map(({ corpus }) => {
    const h = find(rows, 'handoff', corpus);
    const out = { corpus };
    for (const other of ['markdownlint-cli2', 'remark']) {
      const o = find(rows, other, corpus);
      const key = other === 'remark' ? 'vsRemark' : 'vsMarkdownlint';
      // Same files, so the files/s ratio is the inverse ratio of wall times.
      if (h?.status === 'ok' && o?.status === 'ok') {
        out[key] = significant(o.wallSeconds / h.wallSeconds, 3);
        // CPU seconds move less than wall time on a shared machine; handoff's worker threads
        // count in full, so this ratio is the conservative one.
        if (h.cpuSeconds > 0) out[`${key}Cpu`] = significant(o.cpuSeconds / h.cpuSeconds, 3);
      }
      // A competitor that timed out was at most files/timeout fast: the ratio is a lower bound.
      else if (h?.status === 'ok' && o?.status === 'timeout')
        out[key] = { atLeast: significant(o.wallSeconds / h.wallSeconds, 3) };
    }
    return out;
  });
}

function targets(rows, ratioRows) {
  const h = (c) => find(rows, 'handoff', c);
  const ok = (m) => m?.status === 'ok';
  const verdict = (cond, measured) => (!measured ? 'not measured' : cond ? 'met' : 'missed');
  const r10k = ratioRows.find((r) => r.corpus === 'plans-10000')?.vsMarkdownlint;
  const r10kValue = typeof r10k === 'number' ? r10k : r10k?.atLeast;
  // With a lower bound only (markdownlint-cli2 timed out), "missed" cannot be concluded.
  const ratioVerdict = (goal) =>
    r10kValue === undefined
      ? 'not measured'
      : r10kValue >= goal
        ? 'met'
        : typeof r10k === 'number'
          ? 'missed'
          : 'unknown (lower bound only)';
  const rss1k = h('plans-1000')?.peakRssMiB;
  const rss10k = h('plans-10000')?.peakRssMiB;
  const cpuRatio = (corpus, goal) => {
    const v = ratioRows.find((r) => r.corpus === corpus)?.vsMarkdownlintCpu;
    return {
      target: `handoff ÷ markdownlint-cli2 in CPU seconds on ${ROWS.find((r) => r.corpus === corpus).label} ≥ ${goal}×`,
      value: typeof v === 'number' ? `${v}×` : '–',
      status: typeof v === 'number' ? (v >= goal ? 'met' : 'missed') : 'not measured',
    };
  };
  return [
    cpuRatio('plans-1000', 15),
    cpuRatio('plans-10000', 15),
    {
      target: '1 MB plan < 0.5 s',
      value: ok(h('plan-1mb')) ? `${h('plan-1mb').wallSeconds} s` : '–',
      status: verdict(h('plan-1mb')?.wallSeconds < 0.5, ok(h('plan-1mb'))),
    },
    {
      target: 'handoff ÷ markdownlint-cli2 files/s on 10,000 plans ≥ 3×',
      value: r10kValue === undefined ? '–' : `${typeof r10k === 'number' ? '' : '≥ '}${r10kValue}×`,
      status: ratioVerdict(3),
    },
    {
      target: 'stretch: ≥ 10×',
      value: r10kValue === undefined ? '–' : `${typeof r10k === 'number' ? '' : '≥ '}${r10kValue}×`,
      status: ratioVerdict(10),
    },
    {
      target: '10 MB plan < 15 s',
      value: ok(h('plan-10mb')) ? `${h('plan-10mb').wallSeconds} s` : '–',
      status: verdict(h('plan-10mb')?.wallSeconds < 15, ok(h('plan-10mb'))),
    },
    {
      target: 'peak RSS < 256 MiB on 10,000 plans',
      value: ok(h('plans-10000')) ? `${rss10k} MiB` : '–',
      status: verdict(rss10k < 256, ok(h('plans-10000'))),
    },
    {
      target: 'peak RSS flat with file count (10,000 ≤ 1.25 × 1,000)',
      value: ok(h('plans-1000')) && ok(h('plans-10000')) ? `${rss1k} → ${rss10k} MiB` : '–',
      status: verdict(rss10k <= rss1k * 1.25, ok(h('plans-1000')) && ok(h('plans-10000'))),
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Report

function fmt(n, digits = 1) {
  if (n === undefined || n === null || Number.isNaN(n)) return '–';
  return n.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** Rates span 0.01 (one 10 MB file) to thousands of files per second. */
function rate(n) {
  if (n === undefined || n === null) return '–';
  return n >= 100 ? fmt(n, 0) : n >= 1 ? fmt(n, 1) : String(significant(n, 2));
}

function renderMarkdown(results) {
  const { machine, corpora, measurements, ratioRows, targetRows, extras } = results;
  const out = [];
  out.push('# Benchmark results', '');
  out.push(
    `Written by \`npm run bench\` (\`bench/run.mjs\`), ${results.generatedAt.slice(0, 16).replace('T', ' ')} UTC. Do not edit by hand; see [README.md](README.md) for what is measured and how.`,
    '',
  );
  out.push('## Machine', '');
  out.push(
    '| CPU | cores | memory | Node | OS | load average at start / end (1, 5, 15 min) |',
    '| --- | --- | --- | --- | --- | --- |',
  );
  out.push(
    `| ${machine.cpuModel} | ${machine.cores} | ${machine.memoryGiB} GiB | ${machine.node} | ${machine.platform} | ${machine.loadAverageAtStart.join(', ')} / ${machine.loadAverageAtEnd?.join(', ') ?? '–'} |`,
    '',
  );
  const cal = (c) => (c ? `${c.wallSeconds} s wall for ${c.cpuSeconds} s CPU` : '–');
  out.push(
    `Calibration (a fixed single-threaded JavaScript workload run by the benchmark itself): ${cal(machine.calibrationAtStart)} at the start, ${cal(machine.calibrationAtEnd)} at the end. Wall well above CPU means the tools were competing for the cores.`,
    '',
  );
  if (machine.loadAverageAtStart[0] > machine.cores) {
    out.push(
      `> The machine was busy (load average ${machine.loadAverageAtStart[0]} on ${machine.cores} cores): wall times are inflated and noisy; CPU seconds are the steadier figure.`,
      '',
    );
  }
  out.push('## Corpora', '');
  out.push(`Generated by \`bench/generate.mjs\` (version ${results.generatorVersion}, deterministic).`, '');
  out.push('| corpus | files | size |', '| --- | ---: | ---: |');
  for (const row of ROWS) {
    const c = corpora[row.corpus];
    if (c)
      out.push(`| ${row.label} (\`${row.corpus}\`) | ${c.files.toLocaleString('en-GB')} | ${fmt(c.bytes / MiB)} MiB |`);
  }
  out.push('', '## Results', '');
  out.push(
    'Peak RSS is the larger of the kernel high-water mark of the biggest process (`getrusage` of the children) and the summed RSS of the whole process tree sampled every 50 ms.',
    '',
  );
  out.push(
    '"load" is the 1-minute load average when the row was measured: above the core count, every tool runs slower.',
    '',
    `A pair whose first run took under ${QUICK_RUN_SECONDS} s was run ${QUICK_RUNS} times: its wall and CPU seconds are those of the median run, its peak RSS the largest of all runs ("runs" in results.json).`,
    '',
  );
  out.push(
    '| corpus | tool | wall s | CPU s | files/s | MiB/s | peak RSS MiB | findings | status | measured (UTC) | load |',
  );
  out.push('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- | ---: |');
  for (const row of ROWS) {
    for (const tool of TOOLS) {
      const m = find(measurements, tool.id, row.corpus);
      if (!m) continue;
      const status = m.status === 'ok' ? 'ok' : `${m.status}${m.note ? `: ${m.note}` : ''}`;
      const wall = m.status === 'timeout' ? `> ${m.timeoutSeconds}` : fmt(m.wallSeconds, 2);
      const when = `${m.measuredAt.slice(0, 16).replace('T', ' ')}${m.keptFromEarlierRun ? ' (earlier run)' : ''}`;
      out.push(
        `| ${row.label} | ${tool.label} | ${wall} | ${fmt(m.cpuSeconds, 1)} | ${rate(m.filesPerSecond)} | ${rate(m.mbPerSecond)} | ${fmt(m.peakRssMiB, 0)} | ${m.findings?.toLocaleString('en-GB') ?? '–'} | ${status} | ${when} | ${m.loadAverage?.[0] ?? '–'} |`,
      );
    }
  }
  out.push('', '## handoff ÷ the others (files/s)', '');
  out.push(
    'Wall: the ratio of files/s (the targets use this one). CPU: the inverse ratio of CPU seconds, steadier on a shared machine and conservative for handoff, whose worker threads all count.',
    '',
  );
  out.push(
    '| corpus | ÷ markdownlint-cli2 (wall) | ÷ markdownlint-cli2 (CPU) | ÷ remark-cli (wall) | ÷ remark-cli (CPU) |',
    '| --- | ---: | ---: | ---: | ---: |',
  );
  const r = (v) =>
    v === undefined ? '–' : typeof v === 'number' ? `${fmt(v, 2)}×` : `≥ ${fmt(v.atLeast, 1)}× (other timed out)`;
  for (const row of ratioRows) {
    const cells = [row.vsMarkdownlint, row.vsMarkdownlintCpu, row.vsRemark, row.vsRemarkCpu].map(r);
    out.push(`| ${ROWS.find((x) => x.corpus === row.corpus).label} | ${cells.join(' | ')} |`);
  }
  out.push('', '## Targets', '');
  out.push('| target | measured | status |', '| --- | --- | --- |');
  for (const t of targetRows) out.push(`| ${t.target} | ${t.value} | ${t.status} |`);
  if (extras.length) {
    out.push('', '## Other measurements', '');
    out.push('| benchmark | case | value | notes | measured (UTC) |', '| --- | --- | --- | --- | --- |');
    for (const e of extras)
      out.push(
        `| ${e.benchmark} | ${e.label} | ${e.value ?? '–'} | ${e.note ?? ''} | ${e.measuredAt?.slice(0, 16).replace('T', ' ') ?? ''} |`,
      );
  }
  out.push('', '## Commands', '');
  const commands = new Map();
  for (const m of measurements) if (m.command && !commands.has(m.tool)) commands.set(m.tool, m.command);
  out.push('Run with the corpus directory as working directory:', '', '```sh');
  for (const [, c] of commands) out.push(c.replace(/\.tmp\/[^/]+\//, '.tmp/<pair>/'));
  out.push('```', '');
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Main

async function main() {
  const opts = parseOptions(process.argv.slice(2));
  const t0 = performance.now();
  const machine = machineInfo();
  machine.calibrationAtStart = calibrate();
  console.log(
    `bench: ${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, load ${machine.loadAverageAtStart.join(' ')}`,
  );
  const manifest = ensureCorpora(opts.corpora, { log: (s) => console.log(`bench: ${s}`) });
  mkdirSync(TMP, { recursive: true });

  const measurements = [];
  const tools = TOOLS.filter((t) => opts.tools.includes(t.id));
  for (const row of ROWS.filter((r) => opts.corpora.includes(r.corpus))) {
    const corpus = manifest.corpora[row.corpus];
    warmCache(join(CORPUS_ROOT, row.corpus));
    for (const tool of tools) {
      process.stdout.write(`bench: ${row.label} × ${tool.label} … `);
      const m = runPair(tool, row, corpus, opts);
      measurements.push(m);
      if (m.status === 'ok') console.log(`${m.wallSeconds} s, ${m.filesPerSecond} files/s, ${m.peakRssMiB} MiB`);
      else console.log(`${m.status}${m.note ? ` (${m.note})` : ''}`);
      if (m.status === 'error' && /changed files in the corpus/.test(m.note)) {
        // Force regeneration so later runs start from pristine files.
        delete manifest.corpora[row.corpus];
        writeFileSync(join(CORPUS_ROOT, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
      }
    }
  }

  // Hooks: benchmarks other than "lint a corpus" (language-server latency, `handoff report` …)
  // live in extras.mjs and get the same measuring helpers.
  const extras = [];
  for (const extra of EXTRA_BENCHMARKS) {
    if (!opts.extras.includes(extra.id) || ((opts.quick || opts.skipSlow) && extra.slow)) continue;
    const ctx = {
      repoRoot: REPO,
      corpusRoot: CORPUS_ROOT,
      corpora: manifest.corpora,
      selectedCorpora: opts.corpora,
      asOf: AS_OF,
      tmpDir: join(TMP, `extra-${extra.id}`),
      quick: opts.quick,
      measureCommand,
      log: (s) => console.log(`bench: ${extra.id}: ${s}`),
    };
    try {
      const reason = extra.unavailable?.(ctx);
      if (reason) {
        extras.push({ benchmark: extra.title, label: '–', note: reason, measuredAt: new Date().toISOString() });
        continue;
      }
      for (const row of await extra.run(ctx))
        extras.push({ benchmark: extra.title, measuredAt: new Date().toISOString(), ...row });
    } catch (err) {
      extras.push({
        benchmark: extra.title,
        label: '–',
        note: `failed: ${err instanceof Error ? err.message : String(err)}`,
        measuredAt: new Date().toISOString(),
      });
    }
  }

  machine.calibrationAtEnd = calibrate();
  machine.loadAverageAtEnd = os.loadavg().map((l) => round(l, 2));
  const { rows, kept } = mergeWithPrevious(measurements, machine, opts.fresh);
  if (kept) console.log(`bench: kept ${kept} row(s) measured by an earlier run on this machine (--fresh to drop them)`);
  const ratioRows = ratios(rows);
  const results = {
    version: 1,
    generatedAt: new Date().toISOString(),
    durationSeconds: round((performance.now() - t0) / 1000, 1),
    options: {
      quick: opts.quick,
      skipSlow: opts.skipSlow,
      tools: opts.tools,
      corpora: opts.corpora,
      repeat: opts.repeat,
    },
    machine,
    generatorVersion: GENERATOR_VERSION,
    asOf: AS_OF,
    corpora: Object.fromEntries(
      ROWS.filter((r) => manifest.corpora[r.corpus]).map((r) => [
        r.corpus,
        { label: r.label, files: manifest.corpora[r.corpus].files, bytes: manifest.corpora[r.corpus].bytes },
      ]),
    ),
    measurements: rows,
    ratioRows,
    // Extra benchmarks may state a target of their own (engine CPU per plan, server latencies).
    targetRows: [
      ...targets(rows, ratioRows),
      ...extras.filter((e) => e.target).map((e) => ({ target: e.target, value: e.value, status: e.status })),
    ],
    extras,
  };
  const markdown = renderMarkdown(results);
  if (opts.write) {
    writeFileSync(RESULTS_JSON, JSON.stringify(results, null, 2) + '\n');
    writeFileSync(RESULTS_MD, markdown);
    console.log(
      `bench: wrote ${relative(REPO, RESULTS_MD)} and ${relative(REPO, RESULTS_JSON)} in ${results.durationSeconds} s`,
    );
  } else {
    console.log(markdown);
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exit(1);
});
