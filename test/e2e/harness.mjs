// End-to-end harness: a real VS Code workbench (code-server) driven by headless
// Chromium through playwright-core. Plain JavaScript (Node 20), independent of the
// extension's content. The tools come from scripts/e2e-tools.sh (see readTools()).
//
// Every helper waits on a DOM or HTTP condition with a bounded timeout; none sleeps
// for a fixed time.
/* global document, fetch, AbortSignal -- document is used inside page.evaluate callbacks, which run in the browser */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, existsSync, rmSync } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const TOOLS_SCRIPT = path.join(REPO_ROOT, 'scripts', 'e2e-tools.sh');
/** The packaged extension the suites install (`npm run package`). */
export const VSIX = path.join(REPO_ROOT, 'dist', 'handoff.vsix');
/** The date the suites check the example plans as of (examples/README.md lists the findings then). */
export const EXAMPLES_AS_OF = '2026-11-25';

const TOOL_KEYS = ['NODE24', 'CODE_SERVER', 'PLAYWRIGHT_CORE_DIR', 'CHROMIUM'];

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Parses the KEY=VALUE lines printed by scripts/e2e-tools.sh. */
export function parseToolsOutput(text) {
  const out = {};
  for (const line of String(text).split(/\r?\n/)) {
    const m = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(line.trim());
    if (m) out[m[1]] = m[2];
  }
  const missing = TOOL_KEYS.filter((k) => !out[k]);
  if (missing.length) throw new Error(`e2e tools output lacks ${missing.join(', ')}:\n${text}`);
  return out;
}

let toolsPromise;

/**
 * Runs scripts/e2e-tools.sh (idempotent; seconds when the cache is warm, minutes when
 * cold) and returns its paths: { NODE24, NODE24_BIN_DIR, CODE_SERVER,
 * PLAYWRIGHT_CORE_DIR, CHROMIUM, ... }. If HANDOFF_E2E_TOOLS_ENV names a file holding
 * the script's KEY=VALUE output, that file is read instead of running the script.
 * The script's progress goes to this process's stderr. Memoized per process, failures too:
 * test/e2e/setup.mjs calls it once before the suites (mocha global setup).
 */
export function readTools({ script = TOOLS_SCRIPT, env = process.env } = {}) {
  toolsPromise ??= (async () => {
    let text;
    if (env.HANDOFF_E2E_TOOLS_ENV) {
      text = await fs.readFile(env.HANDOFF_E2E_TOOLS_ENV, 'utf8');
    } else {
      const child = spawn('bash', [script], { env, stdio: ['ignore', 'pipe', 'inherit'] });
      let stdout = '';
      child.stdout.setEncoding('utf8');
      child.stdout.on('data', (d) => (stdout += d));
      const [code, signal] = await once(child, 'close');
      if (code !== 0) {
        throw new Error(`${script} failed (exit ${code ?? signal}); its log is above`);
      }
      text = stdout;
    }
    const tools = parseToolsOutput(text);
    tools.NODE24_BIN_DIR = path.dirname(tools.NODE24);
    return tools;
  })();
  // A failure is kept: a later caller in the same run gets the same error at once rather than
  // starting the same install again.
  return toolsPromise;
}

// ---------------------------------------------------------------------------------
// code-server

/** A free TCP port on 127.0.0.1 (asked of the kernel, so two runs do not collide). */
export async function freePort() {
  const srv = net.createServer();
  srv.unref();
  srv.listen(0, '127.0.0.1');
  await once(srv, 'listening');
  const { port } = srv.address();
  await new Promise((resolve) => srv.close(resolve));
  return port;
}

/** Environment for code-server: Node 24 first on PATH, no leaked VS Code variables. */
function codeServerEnv(tools, extra = {}) {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    // Inside a VS Code terminal VSCODE_IPC_HOOK_CLI would make code-server hand the
    // request to that editor; ELECTRON_RUN_AS_NODE and friends change how it starts.
    if (k.startsWith('VSCODE_') || k.startsWith('ELECTRON_')) continue;
    env[k] = v;
  }
  env.PATH = `${tools.NODE24_BIN_DIR ?? path.dirname(tools.NODE24)}${path.delimiter}${process.env.PATH ?? ''}`;
  return { ...env, ...extra };
}

function runToCompletion(cmd, args, { env, timeoutMs = 120_000 } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${path.basename(cmd)} ${args.join(' ')} timed out:\n${output}`));
    }, timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

/**
 * Copies an unpacked extension folder into extensionsDir as
 * `<publisher>.<name>-<version>` and lists it in extensions.json: once that manifest
 * exists (any --install-extension writes it), VS Code marks unlisted folders as
 * removed and does not load them.
 */
async function addUnpackedExtension(dir, extensionsDir) {
  const src = path.resolve(dir);
  const pkg = JSON.parse(await fs.readFile(path.join(src, 'package.json'), 'utf8'));
  if (!pkg.publisher || !pkg.name || !pkg.version) {
    throw new Error(`${src}/package.json needs publisher, name and version`);
  }
  const id = `${pkg.publisher}.${pkg.name}`;
  const folder = `${id}-${pkg.version}`.toLowerCase();
  const dest = path.join(extensionsDir, folder);
  await fs.cp(src, dest, { recursive: true, dereference: true });

  const manifestFile = path.join(extensionsDir, 'extensions.json');
  let entries = [];
  try {
    entries = JSON.parse(await fs.readFile(manifestFile, 'utf8'));
  } catch {
    // no manifest yet
  }
  entries = entries.filter((e) => e?.identifier?.id?.toLowerCase() !== id.toLowerCase());
  entries.push({
    identifier: { id },
    version: pkg.version,
    location: { $mid: 1, path: dest, scheme: 'file' },
    relativeLocation: folder,
    metadata: { installedTimestamp: Date.now() },
  });
  await fs.writeFile(manifestFile, JSON.stringify(entries));
}

const liveGroups = new Set();
const liveTempDirs = new Set();
let exitHooksInstalled = false;

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}

// code-server runs in its own process group, so a Ctrl-C or an abrupt exit of the
// test process would not reach it: kill every live group on the way out.
function installExitHooks() {
  if (exitHooksInstalled) return;
  exitHooksInstalled = true;
  process.on('exit', () => {
    for (const pid of liveGroups) killGroup(pid, 'SIGKILL');
    for (const dir of liveTempDirs) rmSync(dir, { recursive: true, force: true });
  });
  for (const [sig, num] of [
    ['SIGINT', 2],
    ['SIGTERM', 15],
    ['SIGHUP', 1],
  ]) {
    const handler = () => {
      for (const pid of liveGroups) killGroup(pid, 'SIGKILL');
      liveGroups.clear();
      // Only exit ourselves if nobody else (e.g. mocha) handles the signal.
      if (process.listenerCount(sig) === 1) process.exit(128 + num);
    };
    process.on(sig, handler);
  }
}

async function waitForHttp(url, { timeoutMs, isDead }) {
  const deadline = Date.now() + timeoutMs;
  let lastError;
  while (Date.now() < deadline) {
    const dead = isDead();
    if (dead) throw new Error(`code-server exited before it answered (${dead})`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000), redirect: 'manual' });
      await res.arrayBuffer().catch(() => {});
      return res.status;
    } catch (err) {
      lastError = err;
    }
    await new Promise((r) => setTimeout(r, 200)); // poll interval, not a wait for readiness
  }
  throw new Error(`code-server did not answer ${url} within ${timeoutMs} ms: ${lastError?.message ?? ''}`);
}

/**
 * Starts code-server on a free loopback port with fresh user-data and extensions
 * folders. `trust: false` (the default) turns the workspace-trust prompt off; pass
 * `trust: true` to keep it on and test Restricted Mode.
 *
 * Returns { url, port, userDataDir, extensionsDir, tmpDir, logFile, log(), stop() }.
 * stop() kills the whole process group and removes the temp folders (unless
 * HANDOFF_E2E_KEEP=1 or keepTemp is set).
 */
export async function startCodeServer({
  tools,
  workspaceFolder,
  vsixPaths = [],
  extensionDirs = [],
  settings = {},
  trust = false,
  startTimeoutMs = 60_000,
  keepTemp = process.env.HANDOFF_E2E_KEEP === '1',
  verbose = process.env.HANDOFF_E2E_VERBOSE === '1',
} = {}) {
  if (!tools) throw new Error('startCodeServer: pass tools from readTools()');
  installExitHooks();
  const tmpDir = await fs.mkdtemp(path.join(os.tmpdir(), 'handoff-e2e-'));
  if (!keepTemp) liveTempDirs.add(tmpDir);
  const userDataDir = path.join(tmpDir, 'user');
  const extensionsDir = path.join(tmpDir, 'ext');
  const logFile = path.join(tmpDir, 'code-server.log');
  await fs.mkdir(path.join(userDataDir, 'User'), { recursive: true });
  await fs.mkdir(extensionsDir, { recursive: true });

  const userSettings = {
    'workbench.startupEditor': 'none',
    'security.workspace.trust.enabled': !trust ? false : true,
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'update.mode': 'none',
    'telemetry.telemetryLevel': 'off',
    ...settings,
  };
  await fs.writeFile(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(userSettings, null, 2) + '\n');
  // code-server writes a config file with a generated password when none exists;
  // keep it out of the user's home.
  const configFile = path.join(tmpDir, 'config.yaml');
  await fs.writeFile(configFile, 'auth: none\ncert: false\n');

  const env = codeServerEnv(tools);
  const common = ['--config', configFile, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir];

  const cleanupTemp = async () => {
    if (keepTemp) return;
    await fs.rm(tmpDir, { recursive: true, force: true }).catch(() => {});
    liveTempDirs.delete(tmpDir);
  };

  try {
    if (vsixPaths.length) {
      const args = [...common];
      for (const vsix of vsixPaths) args.push('--install-extension', path.resolve(vsix));
      args.push('--force');
      const { code, output } = await runToCompletion(tools.CODE_SERVER, args, { env });
      const installed = output.match(/successfully installed/g)?.length ?? 0;
      if (code !== 0 || installed < vsixPaths.length) {
        throw new Error(`installing ${vsixPaths.join(', ')} failed (exit ${code}):\n${output}`);
      }
    }
    for (const dir of extensionDirs) await addUnpackedExtension(dir, extensionsDir);
  } catch (err) {
    await cleanupTemp();
    throw err;
  }

  const logStream = createWriteStream(logFile, { flags: 'a' });
  let tail = '';
  const record = (chunk) => {
    logStream.write(chunk);
    tail = (tail + chunk).slice(-8000);
    if (verbose) process.stderr.write(chunk);
  };

  let child;
  let port;
  let exitInfo;
  for (let attempt = 1; ; attempt++) {
    port = await freePort();
    exitInfo = undefined;
    child = spawn(
      tools.CODE_SERVER,
      [
        ...common,
        '--auth',
        'none',
        '--bind-addr',
        `127.0.0.1:${port}`,
        '--disable-telemetry',
        '--disable-update-check',
        '--disable-getting-started-override',
        '--ignore-last-opened',
        workspaceFolder ? path.resolve(workspaceFolder) : undefined,
      ].filter(Boolean),
      { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    liveGroups.add(child.pid);
    child.stdout.setEncoding('utf8').on('data', record);
    child.stderr.setEncoding('utf8').on('data', record);
    child.on('error', (err) => (exitInfo ??= `spawn error: ${err.message}`));
    // The group stays in liveGroups after the leader exits: its children (extension
    // host, pty host) may live on until stop() or the exit hook kills the group.
    child.on('exit', (code, signal) => (exitInfo ??= `exit ${code ?? signal}`));
    try {
      await waitForHttp(`http://127.0.0.1:${port}/healthz`, {
        timeoutMs: startTimeoutMs,
        isDead: () => exitInfo,
      });
      break;
    } catch (err) {
      killGroup(child.pid, 'SIGKILL');
      liveGroups.delete(child.pid);
      // Another process may have taken the port between freePort() and the bind.
      if (attempt < 3 && /EADDRINUSE/.test(tail)) continue;
      logStream.end();
      await cleanupTemp();
      throw new Error(`${err.message}\n--- code-server log (tail) ---\n${tail}`);
    }
  }

  const proc = child;
  let stopped;
  const stop = () =>
    (stopped ??= (async () => {
      if (!exitInfo && killGroup(proc.pid, 'SIGTERM')) {
        const exited = once(proc, 'exit');
        const timeout = new Promise((r) => setTimeout(r, 5000, 'timeout'));
        if ((await Promise.race([exited, timeout])) === 'timeout') killGroup(proc.pid, 'SIGKILL');
      }
      // Children of the group (extension host, pty host) may outlive the leader.
      killGroup(proc.pid, 'SIGKILL');
      liveGroups.delete(proc.pid);
      await new Promise((r) => logStream.end(r));
      await cleanupTemp();
    })());

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    pid: proc.pid,
    tmpDir,
    userDataDir,
    extensionsDir,
    logFile,
    log: () => tail,
    stop,
  };
}

/**
 * Creates a temp workspace folder holding `files` ({ 'relative/path.md': 'text' }).
 * Returns { dir, remove() }; the folder is also removed if the process exits early
 * (e.g. Ctrl-C, when mocha's after() hooks do not run).
 */
export async function makeWorkspace(files = {}, { prefix = 'handoff-e2e-ws-' } = {}) {
  installExitHooks();
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), prefix));
  liveTempDirs.add(dir);
  for (const [rel, text] of Object.entries(files)) {
    const file = path.join(dir, rel);
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, text);
  }
  return {
    dir,
    remove: async () => {
      await fs.rm(dir, { recursive: true, force: true });
      liveTempDirs.delete(dir);
    },
  };
}

// ---------------------------------------------------------------------------------
// Chromium

async function loadPlaywright(tools) {
  const entry = path.join(tools.PLAYWRIGHT_CORE_DIR, 'index.mjs');
  return import(pathToFileURL(entry).href);
}

/**
 * Opens the workbench for `folder` (or a multi-root `workspaceFile`, a .code-workspace) in
 * headless Chromium. Returns { browser, context, page, consoleErrors, close() }.
 */
export async function openWorkbench({
  tools,
  url,
  folder,
  workspaceFile,
  viewport = { width: 1440, height: 900 },
  timeoutMs = 120_000,
}) {
  const { chromium } = await loadPlaywright(tools);
  const browser = await chromium.launch({
    executablePath: tools.CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  try {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    const consoleErrors = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') consoleErrors.push(msg.text());
    });
    page.on('pageerror', (err) => consoleErrors.push(String(err)));
    const target = workspaceFile
      ? `${url}/?workspace=${encodeURI(path.resolve(workspaceFile))}`
      : folder
        ? `${url}/?folder=${encodeURI(path.resolve(folder))}`
        : `${url}/`;
    await page.goto(target, { waitUntil: 'domcontentloaded', timeout: timeoutMs });
    await page.locator('.monaco-workbench').first().waitFor({ state: 'visible', timeout: timeoutMs });
    // The status bar is drawn once the workbench parts are laid out.
    await page.locator('#workbench\\.parts\\.statusbar').waitFor({ state: 'visible', timeout: timeoutMs });
    return {
      browser,
      context,
      page,
      consoleErrors,
      close: () => browser.close().catch(() => {}),
    };
  } catch (err) {
    await browser.close().catch(() => {});
    throw err;
  }
}

// ---------------------------------------------------------------------------------
// UI helpers (wait on DOM conditions)

const QUICK_INPUT = '.quick-input-widget';
const QUICK_INPUT_BOX = '.quick-input-widget .quick-input-box input';
const QUICK_ROW = '.quick-input-widget .quick-input-list .monaco-list-row';

/** Normalizes the non-breaking spaces Monaco renders into plain spaces. */
export function normalizeText(text) {
  return String(text ?? '').replace(/\u00a0/g, ' ');
}

function cssString(s) {
  return JSON.stringify(String(s));
}

async function openQuickInput(page, timeout) {
  await page.keyboard.press('F1');
  await page.locator(QUICK_INPUT_BOX).waitFor({ state: 'visible', timeout });
  // F1 prefills '>'; wait until it is there so typing cannot race the widget.
  await page.waitForFunction(
    (sel) => document.activeElement === document.querySelector(sel) && document.activeElement.value.startsWith('>'),
    QUICK_INPUT_BOX,
    { timeout },
  );
}

async function waitQuickInputClosed(page, timeout) {
  await page.locator(QUICK_INPUT).waitFor({ state: 'hidden', timeout });
}

/** Runs a command through the command palette (F1, type the title, Enter). */
export async function runCommand(page, title, { timeout = 60_000 } = {}) {
  await openQuickInput(page, timeout);
  await page.keyboard.type(title);
  // Wait until the selected row names the command before pressing Enter.
  await page.waitForFunction(
    ({ sel, text }) => {
      const focused = document.querySelector(`${sel}.focused`);
      return !!focused && focused.textContent.replace(/\u00a0/g, ' ').includes(text);
    },
    { sel: QUICK_ROW, text: title },
    { timeout },
  );
  await page.keyboard.press('Enter');
  await waitQuickInputClosed(page, timeout);
}

/** Opens a file by name through quick open (F1, Backspace, type, wait for the row, Enter). */
export async function quickOpen(page, fileName, { timeout = 120_000 } = {}) {
  await openQuickInput(page, timeout);
  await page.keyboard.press('Backspace');
  await page.keyboard.type(fileName);
  // File search lags while extensions activate: wait for the row naming the file.
  const row = page.locator(`${QUICK_ROW}[aria-label*=${cssString(fileName)}]`).first();
  await row.waitFor({ state: 'visible', timeout });
  // Make sure that row is the selected one before pressing Enter.
  await page.waitForFunction(
    ({ sel, name }) => {
      const focused = document.querySelector(`${sel}.focused`);
      return !!focused && (focused.getAttribute('aria-label') ?? '').includes(name);
    },
    { sel: QUICK_ROW, name: fileName },
    { timeout },
  );
  await page.keyboard.press('Enter');
  await waitQuickInputClosed(page, timeout);
  await page
    .locator(`.tabs-container .tab[aria-label*=${cssString(path.basename(fileName))}]`)
    .first()
    .waitFor({ state: 'visible', timeout });
}

/** Text of the active editor's visible lines (Monaco renders only visible lines). */
export async function activeEditorText(page) {
  const text = await page
    .locator('.editor-group-container.active .monaco-editor .view-lines')
    .first()
    .innerText({ timeout: 5_000 })
    .catch(() => '');
  return normalizeText(text);
}

/** Waits until the active editor shows `text` (string or RegExp); returns the text. */
export async function waitForEditorText(page, text, { timeout = 30_000 } = {}) {
  const handle = await page.waitForFunction(
    ({ source, flags, plain }) => {
      const el = document.querySelector('.editor-group-container.active .monaco-editor .view-lines');
      if (!el) return false;
      const t = el.innerText.replace(/\u00a0/g, ' ');
      const ok = plain !== null ? t.includes(plain) : new RegExp(source, flags).test(t);
      return ok ? t : false;
    },
    text instanceof RegExp
      ? { source: text.source, flags: text.flags, plain: null }
      : { source: '', flags: '', plain: String(text) },
    { timeout },
  );
  return handle.jsonValue();
}

/** Opens and focuses the Problems panel. */
export async function openProblems(page, { timeout = 60_000 } = {}) {
  await runCommand(page, 'Focus on Problems View', { timeout });
  await page.locator('.markers-panel').first().waitFor({ state: 'visible', timeout });
}

/** Counts `.codicon-error` / `.codicon-warning` markers shown in the Problems panel. */
export async function problemCounts(page) {
  return page.evaluate(() => {
    const panel = document.querySelector('.markers-panel');
    if (!panel) return { errors: 0, warnings: 0, panel: false };
    const rows = panel.querySelectorAll('.monaco-list-row');
    let errors = 0;
    let warnings = 0;
    for (const row of rows) {
      if (row.querySelector('.codicon-error')) errors++;
      if (row.querySelector('.codicon-warning')) warnings++;
    }
    return { errors, warnings, panel: true };
  });
}

/** Waits until problemCounts(page) satisfies predicate; returns the counts. */
export async function waitForProblemCounts(page, predicate, { timeout = 30_000, interval = 250 } = {}) {
  const deadline = Date.now() + timeout;
  let counts;
  while (Date.now() < deadline) {
    counts = await problemCounts(page);
    if (predicate(counts)) return counts;
    await page.waitForTimeout(interval); // poll interval
  }
  throw new Error(`Problems panel never matched; last counts ${JSON.stringify(counts)}`);
}

/**
 * Waits until the Problems panel's visible text (normalised) satisfies predicate; returns it. The
 * panel re-renders a file's group when the server publishes for it again (opening a plan does),
 * so one read right after the totals settle can catch the group between two renders.
 */
export async function waitForProblemsText(page, predicate, { timeout = 30_000, interval = 250 } = {}) {
  const deadline = Date.now() + timeout;
  let text = '';
  while (Date.now() < deadline) {
    text = normalizeText(await page.locator('.markers-panel').first().innerText());
    if (predicate(text)) return text;
    await page.waitForTimeout(interval); // poll interval
  }
  return text;
}

/**
 * Searches page.frames() (webviews are nested iframes) until one frame's body text
 * satisfies predicate(text). Returns { frame, text }.
 */
export async function webviewFrameText(page, predicate, { timeout = 30_000, interval = 250 } = {}) {
  const deadline = Date.now() + timeout;
  const seen = new Map();
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      if (frame === page.mainFrame()) continue;
      let text;
      try {
        text = await frame.evaluate(() => (document.body ? document.body.innerText : ''));
      } catch {
        continue; // detached or navigating
      }
      seen.set(frame.url(), text.slice(0, 200));
      if (predicate(text, frame)) return { frame, text };
    }
    await page.waitForTimeout(interval); // poll interval
  }
  throw new Error(`no frame text matched within ${timeout} ms; frames seen: ${JSON.stringify([...seen])}`);
}

/** Screenshot of the whole page into `file` (folders created). */
export async function screenshot(page, file) {
  const abs = path.resolve(REPO_ROOT, file);
  await fs.mkdir(path.dirname(abs), { recursive: true });
  await page.screenshot({ path: abs });
  return abs;
}

/**
 * Whether this run rewrites the committed screenshots in docs/images/: only when UPDATE_DOCS_IMAGES=1,
 * so an ordinary (CI) run never changes files under version control.
 */
export const UPDATE_DOCS_IMAGES = process.env.UPDATE_DOCS_IMAGES === '1';

/**
 * Screenshot into test-results/e2e/<name>.png; with `docs`, also into docs/images/<name>.png when
 * UPDATE_DOCS_IMAGES=1.
 */
export async function shoot(page, name, { docs = false } = {}) {
  await screenshot(page, `test-results/e2e/${name}.png`);
  if (docs && UPDATE_DOCS_IMAGES) await screenshot(page, `docs/images/${name}.png`);
}

// ---------------------------------------------------------------------------------
// Handoff-specific helpers shared by the suites

/**
 * A copy of examples/ (in a folder named `examples`, so screenshots read as they would for a
 * user) with `handoff.asOf` pinned, so time rules give the documented findings.
 */
export async function exampleWorkspace(asOf, { prefix = 'handoff-e2e-' } = {}) {
  const dir = path.join(await fs.mkdtemp(path.join(os.tmpdir(), prefix)), 'examples');
  await fs.cp(path.join(REPO_ROOT, 'examples'), dir, { recursive: true });
  await fs.mkdir(path.join(dir, '.vscode'));
  await fs.writeFile(path.join(dir, '.vscode', 'settings.json'), JSON.stringify({ 'handoff.asOf': asOf }, null, 2));
  return dir;
}

/**
 * The packaged extension in a fresh code-server, its workbench open on a copy of the examples
 * (or on `workspace`, which stays the caller's). `settings` and `trust` go to startCodeServer,
 * `viewport` to openWorkbench. Returns { tools, workspace, server, workbench, page, close() };
 * close() stops both and deletes the copy it made.
 */
export async function openPackagedExtension({ tools, workspace, settings, trust, viewport } = {}) {
  if (!existsSync(VSIX)) throw new Error(`${VSIX} is missing: run npm run package first`);
  tools ??= await readTools();
  const copied = !workspace;
  const folder = workspace ?? (await exampleWorkspace(EXAMPLES_AS_OF));
  const removeCopy = () => (copied ? fs.rm(path.dirname(folder), { recursive: true, force: true }) : undefined);
  let server;
  let workbench;
  try {
    server = await startCodeServer({ tools, vsixPaths: [VSIX], settings, trust });
    workbench = await openWorkbench({ tools, url: server.url, folder, viewport });
  } catch (err) {
    await server?.stop();
    await removeCopy();
    throw err;
  }
  workbench.page.setDefaultTimeout(60_000);
  return {
    tools,
    workspace: folder,
    server,
    workbench,
    page: workbench.page,
    async close() {
      await workbench.close();
      await server.stop();
      await removeCopy();
    },
  };
}

/** Waits until the status bar's problems item shows `errors` and `warnings` (all files). */
export async function waitForProblemTotals(page, errors, warnings, timeout = 60_000) {
  await page.waitForFunction(
    ({ errors, warnings }) => {
      const item = document.querySelector('#status\\.problems');
      const m = item && /(\d+)\D+(\d+)/.exec(item.textContent.replace(/\u00a0/g, ' '));
      return !!m && Number(m[1]) === errors && Number(m[2]) === warnings;
    },
    { errors, warnings },
    { timeout },
  );
}

/**
 * Opens the Quick Fix menu at the cursor and applies the action titled `title`. The menu is
 * computed once, from the diagnostics the editor holds at that moment: when it opens without the
 * action (the server's diagnostics for the line arrived a moment later), it is closed and opened
 * again, up to `attempts` times.
 */
export async function applyQuickFix(page, title, { attempts = 3, timeout = 20_000 } = {}) {
  for (let attempt = 1; ; attempt++) {
    await runCommand(page, 'Quick Fix...');
    const fix = page.locator('.action-widget .monaco-list-row', { hasText: title }).first();
    try {
      await fix.waitFor({ state: 'visible', timeout });
    } catch (err) {
      if (attempt >= attempts) throw err;
      await page.keyboard.press('Escape');
      await page.waitForTimeout(1000);
      continue;
    }
    await fix.click();
    return;
  }
}

/** A row of the Transitions tree whose label starts with `text`. */
export function treeRow(page, text) {
  return page.locator(`[id="workbench.view.extension.handoff"] .monaco-list-row`, {
    has: page.locator('.label-name', { hasText: text }),
  });
}

/** Expands the Transitions tree row whose label starts with `text` (if it is collapsed). */
export async function expandTreeRow(page, text) {
  const row = treeRow(page, text).first();
  await row.waitFor({ state: 'visible' });
  if ((await row.getAttribute('aria-expanded')) === 'false') {
    await row.locator('.monaco-tl-twistie').click();
    await page.waitForFunction(
      ({ sel, text }) =>
        [...document.querySelectorAll(sel)].some(
          (r) => r.textContent.includes(text) && r.getAttribute('aria-expanded') === 'true',
        ),
      { sel: '[id="workbench.view.extension.handoff"] .monaco-list-row', text },
    );
  }
}

/** Moves the cursor with quick open's `:line:column` (1-based). */
export async function goToLine(page, line, column = 1) {
  await page.keyboard.press('F1');
  await page.locator('.quick-input-widget .quick-input-box input').waitFor({ state: 'visible' });
  await page.keyboard.press('Backspace');
  await page.keyboard.type(`:${line}:${column}`);
  await page.waitForFunction(
    (text) => {
      const row = document.querySelector('.quick-input-widget .monaco-list-row');
      return !!row && row.textContent.replace(/\u00a0/g, ' ').includes(text);
    },
    `line ${line}`,
    { timeout: 15_000 },
  );
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  await page.waitForFunction(
    ({ line, column }) =>
      [...document.querySelectorAll('#workbench\\.parts\\.statusbar .statusbar-item')].some((el) =>
        el.textContent.replace(/\u00a0/g, ' ').includes(`Ln ${line}, Col ${column}`),
      ),
    { line, column },
    { timeout: 15_000 },
  );
}
