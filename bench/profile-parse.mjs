#!/usr/bin/env node
/**
 * Profiling aid for the engine: where does `parsePlan` / `lintDocument` spend its time?
 * Uses the compiled engine in out/ (run `npx tsc -b` first) on the benchmark corpora.
 *
 *   node bench/profile-parse.mjs                   # 1 MB plan, 10 MB plan, 1,000 corpus files
 *   node bench/profile-parse.mjs --only plan-1mb --iterations 5
 *   node bench/profile-parse.mjs --experiments     # also: unchunked parse, parse without GFM, …
 *   node --cpu-prof --cpu-prof-dir=bench/.tmp bench/profile-parse.mjs --only plan-1mb
 *
 * Times are CPU milliseconds of this process (process.cpuUsage), which stay meaningful on a
 * machine shared with other work, unlike wall time.
 *
 * Phases. The engine exposes no timing hooks, so the phases are re-run here one by one with the
 * same functions and inputs parsePlan uses; "model build" is what remains of parsePlan:
 *   line index    new LineIndex(text)
 *   front matter  parseFrontMatter + buildMeta (the `yaml` package)
 *   chunking      chunkBoundaries (cuts the body before # / ## headings)
 *   scan          scanChunk, the engine's line-scanner fast path, on every chunk (engine/parse/scan.ts)
 *   tokenize      micromark preprocess → parse → postprocess of the chunks the scanner gave up on
 *   mdast         turning those events into mdast (fromMarkdown − tokenize)
 *   model build   parsePlan − all of the above (tables, rows, cells, ranges, registers, people)
 *   rules         every rule's check(), timed one by one (top rules listed)
 *   lint other    lintPlan − rules (suppressions via summarize, sorting, filtering)
 *   summarize     the extra summarize() lintDocument runs for its result
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { parse as micromarkParse, postprocess, preprocess } from 'micromark';
import { gfmTable } from 'micromark-extension-gfm-table';
import { CORPUS_ROOT, ensureCorpora } from './generate.mjs';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ENGINE = join(REPO, 'out', 'server', 'src', 'engine');
const AS_OF = '2026-11-25';

const { values: opts } = parseArgs({
  options: {
    only: { type: 'string', multiple: true },
    iterations: { type: 'string', default: '3' },
    files: { type: 'string', default: '1000' },
    experiments: { type: 'boolean', default: false },
  },
});
const iterations = Math.max(1, Number(opts.iterations) || 3);

const load = (name) => import(pathToFileURL(join(ENGINE, name)).href);
const loadStart = performance.now();
let engineModules;
try {
  engineModules = await Promise.all([
    load('parse/index.js'),
    load('frontMatter.js'),
    load('lines.js'),
    load('index.js'),
    load('summary.js'),
    load('config.js'),
  ]);
} catch (err) {
  console.error(`Cannot load the compiled engine from ${ENGINE} (run \`npx tsc -b\` first): ${err.message}`);
  process.exit(2);
}
const [
  { parsePlan, chunkBoundaries, buildMeta, stripBom },
  { parseFrontMatter },
  { LineIndex },
  { createPlanEngine },
  { summarize },
  { DEFAULT_CONFIG },
] = engineModules;
// The scanner fast path is newer than the chunked parse; without it every chunk goes to micromark.
const scanChunk = await load('parse/scan.js').then(
  (m) => m.scanChunk,
  () => undefined,
);
console.log(`engine modules loaded in ${(performance.now() - loadStart).toFixed(0)} ms`);
let coldReported = false;

// The engine's own extensions: the profile tokenizes exactly what the engine does.
const { MICROMARK_EXTENSIONS, MDAST_EXTENSIONS } = await load('parse/micromark.js');

// ---------------------------------------------------------------------------------------------

/**
 * Rules wrapped so that each check() adds its CPU time to `sink.times` — only while
 * `sink.times` is set, so warm-up runs and lintDocument's own lint are not counted.
 */
function timedEngine(sink) {
  const plain = createPlanEngine();
  const rules = plain.rules.map((rule) =>
    rule.check
      ? {
          ...rule,
          check(ctx) {
            const times = sink.times;
            if (!times) return rule.check(ctx);
            const t = process.cpuUsage();
            try {
              return rule.check(ctx);
            } finally {
              const d = process.cpuUsage(t);
              times.set(rule.name, (times.get(rule.name) ?? 0) + (d.user + d.system) / 1000);
            }
          },
        }
      : rule,
  );
  return createPlanEngine({ rules });
}

/** The chunks parsePlan cuts: { from, to, source } with source = the text micromark would get. */
function chunkSpans(text, start) {
  const { cuts, definitions } = chunkBoundaries(text, start);
  const out = [];
  for (let i = 0; i < cuts.length; i++) {
    const from = cuts[i];
    const to = i + 1 < cuts.length ? cuts[i + 1] : text.length;
    if (from < to) out.push({ from, to, source: text.slice(from, to) + definitions });
  }
  return out;
}

const chunks = (text, start) => chunkSpans(text, start).map((c) => c.source);

function tokenize(chunk, extensions = MICROMARK_EXTENSIONS) {
  return postprocess(
    micromarkParse({ extensions })
      .document()
      .write(preprocess()(chunk, undefined, true)),
  );
}

/** [CPU ms, result] of fn(). */
const time = (fn) => {
  const t = process.cpuUsage();
  const value = fn();
  const d = process.cpuUsage(t);
  return [(d.user + d.system) / 1000, value];
};

/** Profiles one document; returns ms per phase. */
function profileText(uri, raw, engine, sink, ruleTimes) {
  const p = {};
  const text = stripBom(raw);
  const [tLines, lines] = time(() => new LineIndex(text));
  p['line index'] = tLines;
  const [tFm, fm] = time(() => parseFrontMatter(text, lines));
  p['front matter'] = tFm + time(() => buildMeta(fm))[0];
  const start = fm.present ? fm.bodyOffset : 0;
  const [tChunk, parts] = time(() => chunkSpans(text, start));
  p.chunking = tChunk;
  const [tScan, scanned] = time(() => parts.map((c) => (scanChunk ? scanChunk(text, c.from, c.to) : undefined)));
  p.scan = tScan;
  const fallback = parts.filter((_, i) => !scanned[i]).map((c) => c.source);
  p.tokenize = time(() => fallback.forEach((c) => tokenize(c)))[0];
  const tFrom = time(() =>
    fallback.forEach((c) => fromMarkdown(c, { extensions: MICROMARK_EXTENSIONS, mdastExtensions: MDAST_EXTENSIONS })),
  )[0];
  p.mdast = Math.max(0, tFrom - p.tokenize);
  const [tParse, plan] = time(() => parsePlan(uri, raw));
  p['model build'] = Math.max(0, tParse - tLines - p['front matter'] - tChunk - tScan - tFrom);
  p['parsePlan (total)'] = tParse;
  const ruleMs = new Map();
  sink.times = ruleMs;
  const tLint = time(() => engine.lintPlan(plan, { asOf: AS_OF }))[0];
  sink.times = undefined;
  p.rules = sum(ruleMs);
  if (ruleTimes) for (const [k, v] of ruleMs) ruleTimes.set(k, (ruleTimes.get(k) ?? 0) + v);
  p['lint other'] = Math.max(0, tLint - p.rules);
  p.summarize = time(() => summarize(plan, DEFAULT_CONFIG, AS_OF, engine.ruleNames))[0];
  p['lintDocument (total)'] = time(() => engine.lintDocument(uri, raw, { asOf: AS_OF }))[0];
  p.chunks = parts.length;
  p.fallbackChunks = fallback.length;
  p.fallbackKiB = fallback.reduce((n, c) => n + c.length, 0) / 1024;
  p.largestChunkKiB = Math.max(...parts.map((c) => c.source.length)) / 1024;
  return p;
}

function sum(map) {
  let s = 0;
  for (const v of map.values()) s += v;
  return s;
}

const PHASES = [
  'line index',
  'front matter',
  'chunking',
  'scan',
  'tokenize',
  'mdast',
  'model build',
  'parsePlan (total)',
  'rules',
  'lint other',
  'summarize',
  'lintDocument (total)',
];

function printPhases(title, runs, perFileDivisor = 1) {
  const median = (k) => {
    const s = runs.map((r) => r[k]).sort((a, b) => a - b);
    return s[Math.floor((s.length - 1) / 2)];
  };
  const parse = median('parsePlan (total)');
  const r = runs[0];
  console.log(`\n${title}`);
  console.log(
    `  ${r.chunks} chunk(s), largest ${r.largestChunkKiB.toFixed(0)} KiB; micromark parsed ${r.fallbackChunks} of them (${r.fallbackKiB.toFixed(0)} KiB)${scanChunk ? ', the scanner the rest' : ' (no scanner in this engine)'}`,
  );
  console.log(
    `  ${'phase'.padEnd(22)} ${'CPU ms'.padStart(10)} ${perFileDivisor > 1 ? 'ms/file'.padStart(9) : ''}  share of parsePlan+lint`,
  );
  const whole = parse + median('rules') + median('lint other');
  for (const k of PHASES) {
    const v = median(k);
    const share = k.includes('total') || k === 'summarize' ? '' : `${((100 * v) / whole).toFixed(1).padStart(5)} %`;
    console.log(
      `  ${k.padEnd(22)} ${v.toFixed(1).padStart(10)} ${perFileDivisor > 1 ? (v / perFileDivisor).toFixed(2).padStart(9) : ''}  ${share}`,
    );
  }
}

function printRules(ruleTimes, divisor, top = 8) {
  const rows = [...ruleTimes.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
  console.log(
    `  slowest rules (CPU ms${divisor > 1 ? ', per run' : ''}): ` +
      rows.map(([n, v]) => `${n} ${(v / divisor).toFixed(1)}`).join(', '),
  );
}

// ---------------------------------------------------------------------------------------------

const targets = opts.only ?? ['plan-1mb', 'plan-10mb', 'plans-1000'];
ensureCorpora(targets, { log: (s) => console.log(`profile: ${s}`) });

for (const name of targets) {
  const dir = join(CORPUS_ROOT, name);
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.plan.md'))
    .map((e) => join(e.parentPath ?? e.path, e.name))
    .sort()
    .slice(0, Number(opts.files) || 1000);
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  const bytes = texts.reduce((s, t) => s + t.length, 0);
  const ruleTimes = new Map();
  const sink = { times: undefined };
  const engine = timedEngine(sink);

  if (texts.length === 1) {
    // One large plan: a warm-up run, then `iterations` measured runs (median reported).
    profileText(files[0], texts[0], engine, sink);
    const runs = [];
    for (let i = 0; i < iterations; i++) runs.push(profileText(files[0], texts[0], engine, sink, ruleTimes));
    printPhases(`${name}: ${(bytes / 1048576).toFixed(1)} MiB, median of ${iterations} run(s) after a warm-up`, runs);
    printRules(ruleTimes, iterations);
  } else {
    // Many small plans: per-phase sums over one pass, after a warm-up pass over 100 files.
    if (!coldReported && targets.indexOf(name) > 0) {
      console.log(
        '\n(cold-process cost not measured: this process is already warm; use --only with this corpus alone)',
      );
      coldReported = true;
    }
    if (!coldReported) {
      // What a fresh process (each CLI worker) pays before the JIT has warmed up.
      const cold = createPlanEngine();
      const [first] = time(() => cold.lintDocument(files[0], texts[0], { asOf: AS_OF }));
      const [next10] = time(() =>
        texts.slice(1, 11).forEach((t, i) => cold.lintDocument(files[i + 1], t, { asOf: AS_OF })),
      );
      console.log(
        `\ncold process: first lintDocument ${first.toFixed(1)} ms, next 10 files ${(next10 / 10).toFixed(1)} ms each`,
      );
      coldReported = true;
    }
    for (const [i, t] of texts.slice(0, 100).entries()) profileText(files[i], t, engine, sink);
    const total = {};
    for (const [i, t] of texts.entries()) {
      const p = profileText(files[i], t, engine, sink, ruleTimes);
      for (const k of [...PHASES, 'chunks', 'fallbackChunks', 'fallbackKiB']) total[k] = (total[k] ?? 0) + p[k];
      total.largestChunkKiB = Math.max(total.largestChunkKiB ?? 0, p.largestChunkKiB);
    }
    printPhases(
      `${name}: ${texts.length} files, ${(bytes / 1048576).toFixed(1)} MiB, one pass after a warm-up (sums)`,
      [total],
      texts.length,
    );
    printRules(ruleTimes, 1);
  }

  if (opts.experiments) experiments(name, files, texts);
}

/** Alternatives measured on the same text, to size possible engine changes. */
function experiments(name, files, texts) {
  console.log(`\n  experiments on ${name}:`);
  const run = (label, fn, reps = texts.length === 1 ? iterations : 1) => {
    fn(); // warm-up
    const times = [];
    for (let i = 0; i < reps; i++) times.push(time(fn)[0]);
    times.sort((a, b) => a - b);
    console.log(`    ${label.padEnd(66)} ${times[Math.floor((times.length - 1) / 2)].toFixed(1).padStart(9)} CPU ms`);
  };
  const bodies = texts.map((t) => {
    const text = stripBom(t);
    const fm = parseFrontMatter(text, new LineIndex(text));
    return { text, start: fm.present ? fm.bodyOffset : 0 };
  });
  if (texts.length === 1 && texts[0].length > 2 * 1048576 && !opts.experiments_heavy) {
    // Every chunk through micromark takes minutes here (its cost grows faster than the chunk).
    console.log('    (skipped above 2 MiB: run the experiments on plan-1mb, where they take seconds)');
    return;
  }
  const allChunks = bodies.flatMap((b) => chunks(b.text, b.start));
  run('parsePlan (scanner fast path + micromark fallback)', () => texts.forEach((t, i) => parsePlan(files[i], t)));
  run('parsePlan with forceMicromark (every chunk through micromark)', () =>
    texts.forEach((t, i) => parsePlan(files[i], t, { forceMicromark: true })),
  );
  run('tokenize chunks with GFM table + task list (as parsePlan)', () => allChunks.forEach((c) => tokenize(c)));
  run('tokenize chunks without any extension', () => allChunks.forEach((c) => tokenize(c, [])));
  run('tokenize chunks with GFM table only', () => allChunks.forEach((c) => tokenize(c, [gfmTable()])));
  run('tokenize chunks, CommonMark constructs plans never use off', () =>
    allChunks.forEach((c) =>
      tokenize(c, [
        ...MICROMARK_EXTENSIONS,
        {
          disable: {
            null: ['codeIndented', 'htmlText', 'autolink', 'characterReference', 'labelStartImage', 'setextUnderline'],
          },
        },
      ]),
    ),
  );
  const sectionsOnly = bodies.flatMap((b) => splitAtLevel3(b.text, b.start));
  run(`tokenize at ### granularity (${sectionsOnly.length} pieces)`, () => sectionsOnly.forEach((c) => tokenize(c)));
  if (texts.length === 1 && texts[0].length <= 2 * 1048576) {
    run(
      'fromMarkdown of the whole body, unchunked',
      () =>
        bodies.forEach((b) =>
          fromMarkdown(b.text.slice(b.start), { extensions: MICROMARK_EXTENSIONS, mdastExtensions: MDAST_EXTENSIONS }),
        ),
      1,
    );
  }
  run('LineIndex only', () => bodies.forEach((b) => new LineIndex(b.text)));
}

/** Cuts additionally before every level-3 heading (outside code fences), like a finer chunker would. */
function splitAtLevel3(text, start) {
  const out = [];
  for (const chunk of chunks(text, start)) {
    let last = 0;
    const re = /^ {0,3}### /gm;
    let m;
    while ((m = re.exec(chunk))) {
      if (m.index > last) out.push(chunk.slice(last, m.index));
      last = m.index;
    }
    out.push(chunk.slice(last));
  }
  return out;
}
