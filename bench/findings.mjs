#!/usr/bin/env node
/**
 * Findings check and engine CPU per plan, in one process, on the compiled engine in out/ (run
 * `npx tsc -b` first).
 *
 * Lints every plan of a corpus the way `handoff lint` does (the corpus's `.handoff.yaml`, as-of
 * 2026-11-25, then the cross-plan rules over the summaries) and hashes every finding in full:
 * rule, severity, message, range, related locations and fixes. The hash of the 1,000-plan corpus
 * is committed in `findings.sha256`; a speed change must leave it unchanged. When a rule change
 * is meant to change findings, `--update` rewrites the file (say so in the commit).
 *
 *   node bench/findings.mjs                     # check plans-1000 against findings.sha256
 *   node bench/findings.mjs --update            # write findings.sha256
 *   node bench/findings.mjs --corpus plans-10000 --json   # a machine-readable line, no check
 *   node bench/findings.mjs --markup            # the plans with markup in three registers (`plans-1000+markup`)
 *
 * It also prints the engine's CPU per plan (process.cpuUsage around lintDocument, after a
 * warm-up pass): the "≤ 1 ms per plan" target, independent of process start-up and file reads.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { CORPUS_ROOT, ensureCorpora } from './generate.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ENGINE = join(HERE, '..', 'out', 'server', 'src', 'engine');
const HASH_FILE = join(HERE, 'findings.sha256');
const AS_OF = '2026-11-25';

const { values: opts } = parseArgs({
  options: {
    corpus: { type: 'string', default: 'plans-1000' },
    update: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    passes: { type: 'string', default: '1' },
    // Each plan with inline markup as practitioners write it in three of its registers; its
    // findings hash to the `plans-1000+markup` line of findings.sha256.
    markup: { type: 'boolean', default: false },
  },
});

/**
 * A plan with inline markup where practitioners put it: the first risk's status in bold, the
 * second milestone's dependency as a link, the first handover's process in italics. Three
 * registers in three sections; what the rules read of those cells is unchanged.
 */
export function withPractitionerMarkup(text) {
  return text
    .replace(/^(\| R-01 \|.*\| )(Open|Closed)( \|.*)$/m, '$1**$2**$3')
    .replace(/^(\| M-02 \|.*\| )(M-01)( \|.*)$/m, '$1[$2](#milestones)$3')
    .replace(/^(\| H-01 \| )([^|]+?)( \|.*)$/m, '$1*$2*$3');
}

const load = (name) => import(pathToFileURL(join(ENGINE, name)).href);
let engineIndex, configModule;
try {
  [engineIndex, configModule] = await Promise.all([load('index.js'), load('config.js')]);
} catch (err) {
  console.error(`Cannot load the compiled engine from ${ENGINE} (run \`npx tsc -b\` first): ${err.message}`);
  process.exit(2);
}
const { createPlanEngine } = engineIndex;
const { parseConfig, DEFAULT_CONFIG } = configModule;

/** Every finding of a corpus (document and cross-plan), in a stable order, and the CPU spent. */
export function lintCorpus(dir, passes = 1, markup = false) {
  const engine = createPlanEngine();
  const configPath = join(dir, '.handoff.yaml');
  const config = existsSync(configPath)
    ? parseConfig(readFileSync(configPath, 'utf8'), engine.rules).config
    : DEFAULT_CONFIG;
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.plan.md'))
    .map((e) => join(e.parentPath ?? e.path, e.name))
    .sort();
  const texts = files.map((f) => readFileSync(f, 'utf8')).map((t) => (markup ? withPractitionerMarkup(t) : t));
  const uris = files.map((f) => relative(dir, f).split('\\').join('/'));
  const lint = () => {
    const docs = [];
    const summaries = [];
    for (let i = 0; i < texts.length; i++) {
      const r = engine.lintDocument(uris[i], texts[i], { config, asOf: AS_OF, matchesGlob: true });
      docs.push({ uri: uris[i], findings: r.findings });
      if (r.summary) summaries.push(r.summary);
    }
    return { docs, cross: engine.lintWorkspace(summaries) };
  };
  // A warm-up pass (over at most the first 1,000 plans), so that V8's compilations of the engine
  // are not counted per plan. A tenth of the plans was not enough: V8 was still optimising
  // the engine on background threads through the first two measured passes, and process.cpuUsage
  // counts those threads: on 2 cores, the three passes after such a warm-up cost 1.9–2.4,
  // 1.2–1.3 and 1.0–1.1 ms per plan, against 0.85–0.95 ms of wall time from the second on.
  for (let i = 0; i < Math.min(texts.length, 1000); i++) {
    engine.lintDocument(uris[i], texts[i], { config, asOf: AS_OF, matchesGlob: true });
  }
  let result;
  const cpu = [];
  for (let p = 0; p < passes; p++) {
    const t = process.cpuUsage();
    result = lint();
    const d = process.cpuUsage(t);
    cpu.push((d.user + d.system) / 1000);
  }
  cpu.sort((a, b) => a - b);
  const ms = cpu[Math.floor((cpu.length - 1) / 2)];
  return { ...result, files: files.length, cpuMs: ms, cpuMsPerPlan: ms / files.length };
}

export function findingsHash({ docs, cross }) {
  const hash = createHash('sha256');
  let count = 0;
  for (const d of docs) {
    hash.update(`${d.uri}\n`);
    for (const f of d.findings) {
      hash.update(JSON.stringify(f) + '\n');
      count++;
    }
  }
  hash.update('cross-plan\n');
  for (const f of cross) {
    hash.update(JSON.stringify(f) + '\n');
    count++;
  }
  return { sha256: hash.digest('hex'), count };
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  ensureCorpora([opts.corpus], { log: (s) => console.error(`findings: ${s}`) });
  const result = lintCorpus(join(CORPUS_ROOT, opts.corpus), Math.max(1, Number(opts.passes) || 1), opts.markup);
  const { sha256, count } = findingsHash(result);
  // The corpus with markup has its own line (`plans-1000+markup`): its findings are the plain
  // corpus's, read through other paths of the parser.
  const key = opts.markup ? `${opts.corpus}+markup` : opts.corpus;
  const line = `${key} ${sha256} ${count}`;
  const expected = existsSync(HASH_FILE)
    ? readFileSync(HASH_FILE, 'utf8')
        .split('\n')
        .find((l) => l.startsWith(`${key} `))
    : undefined;
  const same = expected === undefined ? undefined : expected.trim() === line;
  if (opts.update) {
    const others = existsSync(HASH_FILE)
      ? readFileSync(HASH_FILE, 'utf8')
          .split('\n')
          .filter((l) => l.trim() && !l.startsWith(`${key} `) && !l.startsWith('#'))
      : [];
    writeFileSync(
      HASH_FILE,
      `# corpus sha256-of-findings finding-count (bench/findings.mjs --update)\n${[...others, line].sort().join('\n')}\n`,
    );
  }
  if (opts.json) {
    console.log(
      JSON.stringify({
        corpus: opts.corpus,
        files: result.files,
        findings: count,
        sha256,
        expected: expected?.split(' ')[1],
        identical: same,
        cpuMs: result.cpuMs,
        cpuMsPerPlan: result.cpuMsPerPlan,
      }),
    );
  } else {
    console.log(
      `${opts.corpus}: ${result.files} plans, ${count} findings, sha256 ${sha256.slice(0, 16)}…; ` +
        `engine CPU ${result.cpuMs.toFixed(0)} ms = ${result.cpuMsPerPlan.toFixed(2)} ms per plan`,
    );
    if (opts.update) console.log(`wrote ${relative(process.cwd(), HASH_FILE)}`);
    else if (same === undefined) console.log(`no committed hash for ${key} (run with --update)`);
    else console.log(same ? 'findings identical to findings.sha256' : `FINDINGS DIFFER from findings.sha256 (${expected})`);
  }
  if (!opts.update && same === false) process.exitCode = 1;
}
