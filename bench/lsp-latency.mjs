#!/usr/bin/env node
/**
 * Language-server latency, Handoff side by side with remark's language server (unified-language-
 * server with remark-frontmatter and remark-gfm, see remark-language-server.mjs), both driven by
 * the same client code over stdio JSON-RPC:
 *
 * - keystroke → diagnostics: one character typed into a register cell, then the time until the
 *   server publishes diagnostics for that document version; median and p95 over 50 edits on an
 *   8 KB, a 100 KB and a 1 MB plan (the edit waits for the previous one's diagnostics);
 * - start-up: time from spawning the server to the first diagnostics of a plan opened right after
 *   `initialized`, in workspaces of 1,000 and 10,000 plans, and the server's RSS then (Handoff also
 *   indexes every plan of the workspace in the background: the time until it has published all of
 *   them, and its RSS then, are reported too).
 *
 * - while indexing (Handoff only): in workspaces of 500 plans (indexed on the main thread: below
 *   the index threads' threshold), 1,000 and 10,000 plans, one character typed
 *   into an open plan every 50 ms while the server indexes the rest; p95 of keystroke →
 *   diagnostics during indexing, the time until every plan is published, and then the time of the
 *   first and a second `handoff/portfolio` request over all plans;
 * - next to a hostile document (both servers): a plan whose register cell holds
 *   '*'×8000 + 'a' + '*'×8000, or '![a'×3000 + '](u)'×3000, is open and edited; meanwhile hover
 *   and documentSymbol requests on another plan are timed (p95). Nothing else may wait on it.
 *
 * Handoff's debounce is set to 0 (`debounceMs`) so both servers lint on every change; its own
 * default in the editor is 150 ms. Plans come from bench/generate.mjs (deterministic).
 *
 *   npm run build && node bench/lsp-latency.mjs [--edits 50] [--quick] [--no-remark] [--budget 120]
 *                                               [--only latency|startup|indexing|hostile] [--json out.json]
 *
 * `--budget` (seconds) bounds each server's time per plan size: a server that needs seconds per
 * edit is measured on fewer edits (at least 5), and the table shows how many (n).
 *
 * Prints a Markdown table and writes it to bench/lsp-results.md.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node.js';
import { CORPUS_ROOT, ensureCorpora, generateLargePlan, generatePlan } from './generate.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const args = process.argv.slice(2);
const EDITS = Number(args[args.indexOf('--edits') + 1]) || (args.includes('--quick') ? 15 : 50);
const QUICK = args.includes('--quick');
/** remark's server comes from bench/node_modules (bench/setup.mjs, run by `npm run bench`). */
const REMARK_INSTALLED = existsSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'node_modules', 'unified-language-server'));
if (!REMARK_INSTALLED && !args.includes('--no-remark')) console.error('bench/node_modules has no unified-language-server (run node bench/setup.mjs): Handoff only');
const WITH_REMARK = !args.includes('--no-remark') && REMARK_INSTALLED;
/** `--only latency` or `--only startup` runs one half. */
const ONLY = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const AS_OF = '2026-11-25';
const TIMEOUT_MS = 600_000;
/** A server slower than this per plan size stops early (at least 5 edits are measured); n is shown. */
const BUDGET_MS = Number(args[args.indexOf('--budget') + 1]) * 1000 || 120_000;
/** `--json <file>`: also write the measurements as JSON (run.mjs reads it). */
const JSON_OUT = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;
/** Edits (and request pairs) next to a hostile document. */
const HOSTILE_ROUNDS = QUICK ? 10 : 30;
/** Time per server and hostile case, and the longest a request is waited for (counted as that long). */
const HOSTILE_BUDGET_MS = 30_000;
const HOSTILE_REQUEST_CAP_MS = 10_000;

const SERVERS = {
  handoff: {
    label: 'Handoff',
    command: [path.join(root, 'dist', 'server', 'server.cjs'), '--stdio'],
    initializationOptions: { asOf: AS_OF, debounceMs: 0 },
  },
  remark: {
    label: 'remark (unified-language-server)',
    command: [path.join(here, 'remark-language-server.mjs'), '--stdio'],
    initializationOptions: undefined,
  },
};

// ---------------------------------------------------------------------------------------------
// The client (the same for both servers)

function rssMB(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
    return kb / 1024;
  } catch {
    return NaN;
  }
}

async function startServer(kind, folder) {
  const spec = SERVERS[kind];
  const t0 = performance.now();
  const child = spawn(process.execPath, spec.command, { stdio: ['pipe', 'pipe', 'ignore'], cwd: folder });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiters = new Set();
  const published = new Set();
  connection.onNotification('textDocument/publishDiagnostics', (p) => {
    published.add(p.uri);
    for (const w of [...waiters]) {
      if (w.match(p)) {
        waiters.delete(w);
        w.resolve(p);
      }
    }
  });
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('workspace/configuration', (p) => p.items.map(() => null));
  connection.listen();
  const init = await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(folder).href,
    workspaceFolders: [{ uri: pathToFileURL(folder).href, name: path.basename(folder) }],
    capabilities: { workspace: { workspaceFolders: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
    initializationOptions: spec.initializationOptions,
  });
  await connection.sendNotification('initialized', {});
  const sync = init.capabilities.textDocumentSync;
  const incremental = (typeof sync === 'number' ? sync : sync?.change) === 2;
  const waitFor = (match) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${kind}: no diagnostics within ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS);
      waiters.add({ match, resolve: (p) => (clearTimeout(timer), resolve(p)) });
    });
  return {
    kind,
    t0,
    capabilities: init.capabilities ?? {},
    child,
    connection,
    incremental,
    published,
    waitFor,
    async stop() {
      try {
        await Promise.race([connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 3000))]);
        await connection.sendNotification('exit');
      } catch {
        // gone
      }
      await new Promise((r) => {
        const t = setTimeout(() => (child.kill('SIGKILL'), r()), 3000);
        child.once('exit', () => (clearTimeout(t), r()));
      });
      connection.dispose();
    },
  };
}

/** Offset of the place edits go: inside the first data cell of the Risks table, else the middle. */
function editOffset(text) {
  const m = /^\| R-\d+ \| /m.exec(text);
  return m ? m.index + m[0].length : Math.floor(text.length / 2);
}

function positionAt(text, offset) {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

function stats(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
  return { median: q(0.5), p95: q(0.95), n: s.length };
}

/** Types `ch` at `offset` as version `v`; resolves with the new text and ms until its diagnostics. */
async function typeOne(server, uri, text, v, offset, ch) {
  const pos = positionAt(text, offset);
  const next = text.slice(0, offset) + ch + text.slice(offset);
  const done = server.waitFor((p) => p.uri === uri && p.version === v);
  const t = performance.now();
  await server.connection.sendNotification('textDocument/didChange', {
    textDocument: { uri, version: v },
    contentChanges: server.incremental ? [{ range: { start: pos, end: pos }, text: ch }] : [{ text: next }],
  });
  await done;
  return { text: next, ms: performance.now() - t };
}

async function keystrokeLatency(kind, text) {
  const dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'handoff-lsp-bench-')));
  const file = path.join(dir, 'bench.plan.md');
  writeFileSync(file, text);
  const uri = pathToFileURL(file).href;
  const server = await startServer(kind, dir);
  try {
    let version = 1;
    let current = text;
    const first = server.waitFor((p) => p.uri === uri && (p.version === undefined || p.version === 1));
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
    await first;
    const at = editOffset(text);
    const samples = [];
    const started = performance.now();
    for (let i = 0; i < EDITS + 3; i++) {
      if (samples.length >= 5 && performance.now() - started > BUDGET_MS) break;
      const typed = await typeOne(server, uri, current, ++version, at + i, String.fromCharCode(97 + (i % 26)));
      current = typed.text;
      // The first edits warm the JIT up: not counted.
      if (i >= 3) samples.push(typed.ms);
    }
    return { ...stats(samples), rss: rssMB(server.child.pid) };
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function startup(kind, folder, files) {
  const probe = files[0];
  const uri = pathToFileURL(probe).href;
  const server = await startServer(kind, folder);
  try {
    const first = server.waitFor((p) => p.uri === uri);
    await server.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'markdown', version: 1, text: readFileSync(probe, 'utf8') },
    });
    await first;
    const firstMs = performance.now() - server.t0;
    const firstRss = rssMB(server.child.pid);
    let indexedMs;
    let indexedRss;
    if (kind === 'handoff') {
      // Every plan of the workspace gets its diagnostics published once indexed.
      const wanted = new Set(files.map((f) => pathToFileURL(f).href));
      await new Promise((resolve, reject) => {
        const deadline = Date.now() + TIMEOUT_MS;
        const check = () => {
          let n = 0;
          for (const u of wanted) if (server.published.has(u)) n++;
          if (n === wanted.size) return resolve();
          if (Date.now() > deadline) return reject(new Error(`indexed only ${n} of ${wanted.size}`));
          setTimeout(check, 20);
        };
        check();
      });
      indexedMs = performance.now() - server.t0;
      indexedRss = rssMB(server.child.pid);
    }
    return { firstMs, firstRss, indexedMs, indexedRss };
  } finally {
    await server.stop();
  }
}

/** Handoff indexing a workspace while a plan is typed into; then `handoff/portfolio`. */
async function indexingUnderTyping(folder, files) {
  const probe = files[0];
  const uri = pathToFileURL(probe).href;
  const server = await startServer('handoff', folder);
  try {
    let current = readFileSync(probe, 'utf8');
    let version = 1;
    const first = server.waitFor((p) => p.uri === uri);
    await server.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'markdown', version, text: current },
    });
    await first;
    const wanted = new Set(files.map((f) => pathToFileURL(f).href));
    const indexedCount = () => {
      let n = 0;
      for (const u of wanted) if (server.published.has(u)) n++;
      return n;
    };
    const at = editOffset(current);
    const samples = [];
    const deadline = Date.now() + TIMEOUT_MS;
    let indexedMs;
    for (let i = 0; ; i++) {
      if (indexedCount() === wanted.size) {
        indexedMs = performance.now() - server.t0;
        break;
      }
      if (Date.now() > deadline) throw new Error(`indexed only ${indexedCount()} of ${wanted.size}`);
      const typed = await typeOne(server, uri, current, ++version, at + i, String.fromCharCode(97 + (i % 26)));
      current = typed.text;
      samples.push(typed.ms);
      await new Promise((r) => setTimeout(r, 50));
    }
    const indexedRss = rssMB(server.child.pid);
    const timed = async () => {
      const t = performance.now();
      const result = await server.connection.sendRequest('handoff/portfolio', {});
      return { ms: performance.now() - t, plans: result?.plans?.length };
    };
    const portfolio = await timed();
    const portfolioAgain = await timed();
    return { indexedMs, indexedRss, typing: stats(samples), portfolio, portfolioAgain };
  } finally {
    await server.stop();
  }
}

/** Plans whose Risks table holds one hostile cell. */
const HOSTILE = {
  'nested emphasis': '*'.repeat(8000) + 'a' + '*'.repeat(8000),
  'nested images': '![a'.repeat(3000) + '](u)'.repeat(3000),
};

function hostilePlan(base, cell) {
  const m = /^\| R-\d+ \| .*$/m.exec(base);
  const at = m ? m.index + m[0].length : base.length;
  return `${base.slice(0, at)}\n| R-999 | ${cell} | x | 1 | 1 | 1 | - | - | - | open |${base.slice(at)}`;
}

/** p95 of hover and documentSymbol on a plan while a hostile plan next to it is open and edited. */
async function nextToHostile(kind, cell) {
  const dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'handoff-lsp-hostile-')));
  const base = generatePlan({ index: 7, minBytes: 7800, maxBytes: 8600 }).text;
  const probe = path.join(dir, 'probe.plan.md');
  const hostile = path.join(dir, 'hostile.plan.md');
  writeFileSync(probe, base);
  let hostileText = hostilePlan(base, cell);
  writeFileSync(hostile, hostileText);
  const probeUri = pathToFileURL(probe).href;
  const hostileUri = pathToFileURL(hostile).href;
  const server = await startServer(kind, dir);
  try {
    const first = server.waitFor((p) => p.uri === probeUri);
    await server.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: probeUri, languageId: 'markdown', version: 1, text: base },
    });
    await first;
    const hostileFirst = performance.now();
    let hostileDiagnosed;
    server
      .waitFor((p) => p.uri === hostileUri)
      .then(
        () => (hostileDiagnosed = performance.now() - hostileFirst),
        () => undefined,
      );
    await server.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: hostileUri, languageId: 'markdown', version: 1, text: hostileText },
    });
    const hoverAt = positionAt(base, editOffset(base));
    // Only what the server offers (remark's server has neither hover nor symbols: it would answer
    // "unhandled method" and end the run).
    const asks = [
      ['hoverProvider', 'textDocument/hover', { textDocument: { uri: probeUri }, position: hoverAt }],
      ['documentSymbolProvider', 'textDocument/documentSymbol', { textDocument: { uri: probeUri } }],
    ].filter(([capability]) => server.capabilities[capability]);
    const requests = [];
    const started = performance.now();
    for (let i = 0; i < (asks.length ? HOSTILE_ROUNDS : 0); i++) {
      // A server that takes seconds per request is measured on fewer rounds (n is shown).
      if (requests.length >= 4 && performance.now() - started > HOSTILE_BUDGET_MS) break;
      // Each round edits the hostile plan (the server lints it again) and asks about the other.
      const end = positionAt(hostileText, hostileText.length);
      hostileText += 'x';
      await server.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri: hostileUri, version: i + 2 },
        contentChanges: server.incremental ? [{ range: { start: end, end }, text: 'x' }] : [{ text: hostileText }],
      });
      for (const [, method, params] of asks) {
        const t = performance.now();
        await Promise.race([
          server.connection.sendRequest(method, params),
          new Promise((r) => setTimeout(r, HOSTILE_REQUEST_CAP_MS)),
        ]);
        requests.push(performance.now() - t);
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    return { ...stats(requests), hostileDiagnosedMs: hostileDiagnosed };
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Plans in the smallest workspace measured while indexing (below every index-thread threshold). */
const MAIN_THREAD_PLANS = 500;

/** A workspace of the first plans of the 1,000-plan corpus, copied to a temporary folder. */
function mainThreadWorkspace() {
  const source = path.join(CORPUS_ROOT, 'plans-1000');
  const dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'handoff-lsp-index-')));
  const files = listPlans(source)
    .slice(0, MAIN_THREAD_PLANS)
    .map((file) => {
      const copy = path.join(dir, path.relative(source, file));
      mkdirSync(path.dirname(copy), { recursive: true });
      copyFileSync(file, copy);
      return copy;
    });
  return { dir, files };
}

function listPlans(dir) {
  const out = [];
  const walk = (d) => {
    const entries = readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const e of entries) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.plan.md')) out.push(p);
    }
  };
  walk(dir);
  return out;
}


// ---------------------------------------------------------------------------------------------

const fmt = (ms) => (ms === undefined || Number.isNaN(ms) ? '–' : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);
const fmtMB = (mb) => (mb === undefined || Number.isNaN(mb) ? '–' : `${Math.round(mb)} MB`);

async function main() {
  if (!existsSync(SERVERS.handoff.command[0])) {
    console.error('dist/server/server.cjs is missing: run `npm run build` first.');
    process.exit(2);
  }
  const kinds = WITH_REMARK ? ['handoff', 'remark'] : ['handoff'];
  const sizes = [
    ['8 KB plan', generatePlan({ index: 7, minBytes: 7800, maxBytes: 8600 }).text],
    ['100 KB plan', generateLargePlan(100 * 1024, 900100)],
    ['1 MB plan', generateLargePlan(1024 * 1024, 901024)],
  ];
  const lines = [];
  const log = (s) => {
    console.log(s);
    lines.push(s);
  };
  log(`# Language server latency: Handoff vs remark`);
  log('');
  log(`Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, load average ${os.loadavg()[0].toFixed(2)} at the start. ${EDITS} edits per plan, one character each, typed into a Risks cell; each edit waits for the previous one's diagnostics. Handoff runs with \`debounceMs: 0\`.`);
  log('');
  const keystrokeJson = [];
  log('## Keystroke → diagnostics');
  log('');
  log(`| plan | ${kinds.map((k) => `${SERVERS[k].label} median | p95`).join(' | ')} |`);
  log(`| --- | ${kinds.map(() => '---: | ---:').join(' | ')} |`);
  for (const [label, text] of ONLY && ONLY !== 'latency' ? [] : sizes) {
    const cells = [];
    for (const kind of kinds) {
      const r = await keystrokeLatency(kind, text);
      const n = r.n < EDITS ? ` (n=${r.n})` : '';
      cells.push(fmt(r.median) + n, fmt(r.p95) + n);
      keystrokeJson.push({ kind, plan: label, ...r });
      console.error(`  ${kind} ${label}: median ${fmt(r.median)}, p95 ${fmt(r.p95)}, RSS ${fmtMB(r.rss)}`);
    }
    log(`| ${label} (${Math.round(Buffer.byteLength(text) / 1024)} KB) | ${cells.join(' | ')} |`);
  }
  log('');
  log('## Start-up in a workspace');
  log('');
  log('Time from spawning the server to the first diagnostics of a plan opened right after `initialized`, and RSS then. Handoff also indexes every plan of the workspace (remark only checks open documents): the last two columns are the time until every plan had its diagnostics published, and RSS then.');
  log('');
  log(`| workspace | ${kinds.map((k) => `${SERVERS[k].label} first diagnostics | RSS`).join(' | ')} | Handoff all plans indexed | RSS |`);
  log(`| --- | ${kinds.map(() => '---: | ---:').join(' | ')} | ---: | ---: |`);
  const corpora = ONLY && ONLY !== 'startup' ? [] : QUICK ? ['plans-1000'] : ['plans-1000', 'plans-10000'];
  ensureCorpora(corpora, { log: (s) => console.error(s) });
  for (const corpus of corpora) {
    const dir = path.join(CORPUS_ROOT, corpus);
    const files = listPlans(dir);
    const cells = [];
    let indexed;
    for (const kind of kinds) {
      const r = await startup(kind, dir, files);
      cells.push(fmt(r.firstMs), fmtMB(r.firstRss));
      if (kind === 'handoff') indexed = r;
      console.error(`  ${kind} ${corpus}: first ${fmt(r.firstMs)} (${fmtMB(r.firstRss)}), indexed ${fmt(r.indexedMs)} (${fmtMB(r.indexedRss)})`);
    }
    log(`| ${files.length.toLocaleString('en')} plans | ${cells.join(' | ')} | ${fmt(indexed?.indexedMs)} | ${fmtMB(indexed?.indexedRss)} |`);
  }
  const json = { keystroke: keystrokeJson, indexing: [], hostile: [] };
  if (ONLY === undefined || ONLY === 'indexing') {
    log('');
    log('## While indexing (Handoff)');
    log('');
    log('One character typed into an open plan every 50 ms while the server indexes the workspace; then `handoff/portfolio` over every plan, twice.');
    log('');
    log('| workspace | all plans indexed | RSS | keystroke → diagnostics median | p95 (n) | first portfolio | second portfolio |');
    log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
    const indexed = QUICK ? ['plans-1000'] : ['plans-1000', 'plans-10000'];
    ensureCorpora(indexed, { log: (s) => console.error(s) });
    const workspaces = [
      // Below the index threads' threshold on any machine with fewer than 4 cores: the main
      // thread reads and lints every plan between keystrokes.
      { corpus: `plans-1000 (first ${MAIN_THREAD_PLANS})`, ...mainThreadWorkspace() },
      ...indexed.map((corpus) => {
        const dir = path.join(CORPUS_ROOT, corpus);
        return { corpus, dir, files: listPlans(dir) };
      }),
    ];
    for (const { corpus, dir, files } of workspaces) {
      const r = await indexingUnderTyping(dir, files);
      json.indexing.push({ corpus, plans: files.length, ...r });
      console.error(`  handoff ${corpus}: indexed ${fmt(r.indexedMs)}, typing p95 ${fmt(r.typing.p95)}, portfolio ${fmt(r.portfolio.ms)}`);
      log(`| ${files.length.toLocaleString('en')} plans | ${fmt(r.indexedMs)} | ${fmtMB(r.indexedRss)} | ${fmt(r.typing.median)} | ${fmt(r.typing.p95)} (${r.typing.n}) | ${fmt(r.portfolio.ms)} (${r.portfolio.plans ?? '?'} plans) | ${fmt(r.portfolioAgain.ms)} |`);
    }
    rmSync(workspaces[0].dir, { recursive: true, force: true });
  }
  if (ONLY === undefined || ONLY === 'hostile') {
    log('');
    log('## Requests next to a hostile document');
    log('');
    log(`A plan with one hostile Risks cell is open and edited ${HOSTILE_ROUNDS} times; after each edit, hover and documentSymbol on another open plan are timed — those a server offers (remark's offers neither: n=0).`);
    log('');
    log(`| hostile cell | ${kinds.map((k) => `${SERVERS[k].label} request median | p95`).join(' | ')} | Handoff: hostile plan's first diagnostics |`);
    log(`| --- | ${kinds.map(() => '---: | ---:').join(' | ')} | ---: |`);
    for (const [label, cell] of Object.entries(HOSTILE)) {
      const cells = [];
      let own;
      for (const kind of kinds) {
        const r = await nextToHostile(kind, cell);
        json.hostile.push({ kind, case: label, ...r });
        if (kind === 'handoff') own = r.hostileDiagnosedMs;
        const n = r.n < 2 * HOSTILE_ROUNDS ? ` (n=${r.n})` : '';
        cells.push(fmt(r.median) + n, fmt(r.p95) + n);
        console.error(`  ${kind} next to ${label}: median ${fmt(r.median)}, p95 ${fmt(r.p95)}`);
      }
      log(`| ${label} (${Math.round(cell.length / 1024)} KB) | ${cells.join(' | ')} | ${own === undefined ? 'none during the test' : fmt(own)} |`);
    }
  }
  log('');
  log(`Load average at the end: ${os.loadavg()[0].toFixed(2)} (the machine is shared: latencies move with it).`);
  log('');
  const out = path.join(here, 'lsp-results.md');
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, lines.join('\n') + '\n');
  if (JSON_OUT) writeFileSync(JSON_OUT, JSON.stringify(json, null, 2) + '\n');
  console.error(`written to ${path.relative(process.cwd(), out)}`);
}

main().then(
  // Done: a wait that can no longer matter (a server that never sent a document's diagnostics
  // before it was stopped) must not hold the process for its 10-minute timeout.
  () => process.exit(0),
  (err) => {
    console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
    process.exit(1);
  },
);
