// Bundles the hosts with esbuild: one self-contained file per entry, so `node dist/cli/handoff.cjs`
// runs on plain Node 20 without node_modules, and the extension ships without its dependencies.
// Entries whose source does not exist yet are skipped (the LSP and the client arrive later).
import { build } from 'esbuild';
import { builtinModules } from 'node:module';
import { chmod, readFile, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));

// CommonJS has no import.meta: sources that locate sibling files (the CLI finds worker.cjs next to
// itself, some dependencies call createRequire(import.meta.url)) read `import.meta.url`, which is
// defined as a variable that an injected virtual module computes from __filename. (A banner would
// push esbuild's "use strict" down and turn the bundle sloppy.)
const IMPORT_META_URL_SHIM = 'handoff:import-meta-url';
const importMetaUrlPlugin = {
  name: 'import-meta-url',
  setup(b) {
    b.onResolve({ filter: /^handoff:import-meta-url$/ }, () => ({
      path: 'import-meta-url',
      namespace: 'handoff-shim',
    }));
    b.onLoad({ filter: /.*/, namespace: 'handoff-shim' }, () => ({
      contents: "export const __import_meta_url = require('node:url').pathToFileURL(__filename).href;",
      loader: 'js',
    }));
  },
};
// The client talks to the server through server/src/protocol.ts, which imports the top-level
// vscode-languageserver-protocol; vscode-languageclient brings its own copy (another version).
// Bundling both would ship the protocol and vscode-jsonrpc twice (~290 kB): in the client
// bundles protocol.ts gets the client's copy (it only builds RequestType/NotificationType objects).
const clientProtocolPlugin = {
  name: 'client-protocol',
  setup(b) {
    b.onResolve({ filter: /^vscode-languageserver-protocol$/ }, (args) =>
      args.importer.includes(`${path.sep}server${path.sep}src${path.sep}`)
        ? b.resolve(args.path, {
            kind: args.kind,
            resolveDir: path.join(root, 'node_modules', 'vscode-languageclient'),
          })
        : undefined,
    );
  },
};

/** The web builds (the `browser` entry and its web worker server) and what each may weigh. */
const browserDefaults = {
  platform: 'browser',
  target: 'es2022',
  // Downloaded by every github.dev visitor: minified (the source map keeps stacks readable).
  minify: true,
  // Both run in web workers, which have no DOM: packages' `worker` builds win over `browser` ones
  // (decode-named-character-reference's browser build decodes with document.createElement).
  conditions: ['worker'],
  define: { HANDOFF_VERSION: JSON.stringify(version) },
};
const KB = 1024;
const shebang = '#!/usr/bin/env node';

const nodeDefaults = {
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  define: { 'import.meta.url': '__import_meta_url', HANDOFF_VERSION: JSON.stringify(version) },
};

/** @type {{ entry: string, out: string, executable?: boolean, options?: import('esbuild').BuildOptions }[]} */
const entries = [
  { entry: 'server/src/cli/bin.ts', out: 'dist/cli/handoff.cjs', executable: true },
  { entry: 'server/src/cli/worker.ts', out: 'dist/cli/worker.cjs' },
  { entry: 'server/src/lsp/main.ts', out: 'dist/server/server.cjs', executable: true },
  { entry: 'server/src/lsp/indexWorker.ts', out: 'dist/server/indexWorker.cjs' },
  {
    entry: 'client/src/extension.ts',
    out: 'dist/client/extension.cjs',
    options: { external: ['vscode'], plugins: [clientProtocolPlugin] },
  },
  {
    entry: 'server/src/lsp/browserMain.ts',
    out: 'dist/server/browser.js',
    // About 800 kB minified (250 kB gzipped) in December 2026, most of it the engine and its rules;
    // the budget is there to catch a dependency pulled in by mistake, not the rules' growth.
    web: { budget: 900 * KB },
    options: { ...browserDefaults, format: 'iife' },
  },
  {
    entry: 'client/src/browserExtension.ts',
    out: 'dist/client/browser.cjs',
    // 419 kB in December 2026: the client shares the engine's domain facts (schema.ts, domain.ts,
    // templates.ts), and through the schema's column units the unit notes' tables (scales,
    // currencies), which grow with each language practitioners write in. The value readers stay
    // out: a view that shows a health imports values/healthNames.ts, not values.ts (that import
    // had brought the client to 479 kB). As the server's, the budget catches a dependency pulled
    // in by mistake, not that growth.
    web: { budget: 480 * KB },
    // The web extension host loads the entry as CommonJS, with `vscode` provided; `.cjs`, since
    // package.json says "type": "module" and that host refuses ES modules.
    options: { ...browserDefaults, format: 'cjs', external: ['vscode'], plugins: [clientProtocolPlugin] },
  },
  {
    entry: 'client/src/preview/main.ts',
    out: 'dist/client/preview.js',
    options: {
      platform: 'browser',
      format: 'iife',
      target: 'es2022',
      define: { HANDOFF_VERSION: JSON.stringify(version) },
    },
  },
];

function formatSize(bytes) {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
  return `${(bytes / 1024).toFixed(1)} kB`;
}

/** Node's built-in modules, as a web bundle must not import them (with or without `node:`). */
const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/**
 * Fails a web bundle that imports a Node built-in (bundled through a `browser: false` shim or left
 * external) or outgrows its budget: a web worker has neither, and github.dev would load nothing.
 */
function checkWebBundle(out, metafile, size, budget) {
  const problems = [];
  for (const [file, input] of Object.entries(metafile.inputs)) {
    for (const imp of input.imports) {
      // A package's `browser` map can turn a built-in into an empty module: `(disabled):fs`.
      const name = imp.original ?? imp.path.replace(/^\(disabled\):/, '');
      if (NODE_BUILTINS.has(name) || name.startsWith('node:')) problems.push(`${file} imports ${name}`);
    }
  }
  for (const output of Object.values(metafile.outputs)) {
    for (const imp of output.imports) {
      if (imp.path !== 'vscode') problems.push(`the bundle leaves ${imp.path} external`);
    }
  }
  if (size > budget) problems.push(`${formatSize(size)} is over its budget of ${formatSize(budget)}`);
  if (problems.length) throw new Error(`${out} is not a web bundle:\n  ${problems.join('\n  ')}`);
}

async function bundle({ entry, out, executable, web, options = {} }) {
  const settings = { ...nodeDefaults, ...options };
  const cjs = settings.format === 'cjs' && settings.platform === 'node';
  const result = await build({
    entryPoints: [path.join(root, entry)],
    outfile: path.join(root, out),
    bundle: true,
    sourcemap: true,
    minify: false,
    // ESM-first: unified, micromark and friends ship ESM only.
    mainFields: settings.platform === 'browser' ? ['browser', 'module', 'main'] : ['module', 'main'],
    logLevel: 'warning',
    legalComments: 'none',
    banner: executable ? { js: shebang } : undefined,
    inject: cjs ? [IMPORT_META_URL_SHIM] : [],
    metafile: !!web,
    ...settings,
    plugins: [...(cjs ? [importMetaUrlPlugin] : []), ...(settings.plugins ?? [])],
  });
  if (executable) await chmod(path.join(root, out), 0o755);
  const { size } = await stat(path.join(root, out));
  if (web) checkWebBundle(out, result.metafile, size, web.budget);
  return { out, size };
}

async function run() {
  const present = entries.filter((e) => existsSync(path.join(root, e.entry)));
  const skipped = entries.filter((e) => !present.includes(e));
  const results = await Promise.all(present.map(bundle));
  const width = Math.max(...results.map((r) => r.out.length));
  for (const r of results) console.log(`  ${r.out.padEnd(width)}  ${formatSize(r.size).padStart(10)}`);
  for (const s of skipped) console.log(`  (skipped ${s.out}: ${s.entry} does not exist)`);
}

run().catch((err) => {
  // esbuild has already printed the located errors; this only makes the build fail.
  console.error(err instanceof Error ? err.message : String(err));
  process.exitCode = 1;
});
