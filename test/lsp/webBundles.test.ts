/**
 * The web builds in a context without Node: the bundles are evaluated in a fresh `vm` context
 * that has only what a web worker has (timers, TextEncoder/TextDecoder, atob/btoa, URL,
 * structuredClone, postMessage) — no `process`, `require`, `Buffer`, `setImmediate` or `global`. The server
 * bundle then has to answer a real LSP session over postMessage, reading the workspace only
 * through the client's `handoff/fs/*` requests, and find the same cross-plan diagnostics as the
 * Node server; the client bundle has to load with nothing but `vscode` to require.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { repoRoot } from '../helpers.js';

const serverBundle = path.join(repoRoot, 'dist', 'server', 'browser.js');
const clientBundle = path.join(repoRoot, 'dist', 'client', 'browser.cjs');

/** What a dedicated web worker offers (and nothing of Node's). */
function workerGlobals(): Record<string, unknown> {
  return {
    console,
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    queueMicrotask,
    TextEncoder,
    TextDecoder,
    atob,
    btoa,
    URL,
    // A global of every worker in the browsers VS Code for the Web supports (Safari from 15.4).
    structuredClone,
    // How the server takes turns of the event loop without setImmediate (scheduler.ts: soon).
    MessageChannel,
    navigator: { userAgent: 'handoff-test', platform: 'Linux x86_64' },
  };
}

const NODE_GLOBALS = ['process', 'require', 'Buffer', 'setImmediate', 'global', 'module', '__filename'];

function assertNoNode(context: vm.Context, allowed: readonly string[] = []): void {
  for (const name of NODE_GLOBALS.filter((n) => !allowed.includes(n))) {
    assert.equal(vm.runInContext(`typeof ${name}`, context), 'undefined', `${name} is visible`);
  }
}

interface Message {
  id?: number | string;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: unknown;
}

/** The worker's side of postMessage, driven from the test as the client. */
class FakeWorker {
  readonly context: vm.Context;
  private readonly waiters: { test: (m: Message) => boolean; resolve: (m: Message) => void }[] = [];
  readonly received: Message[] = [];
  onRequest: (m: Message) => unknown = () => null;

  constructor() {
    const scope: Record<string, unknown> = workerGlobals();
    scope['self'] = scope;
    scope['addEventListener'] = () => undefined;
    scope['postMessage'] = (raw: Message) => this.receive(JSON.parse(JSON.stringify(raw)) as Message);
    this.context = vm.createContext(scope);
  }

  private receive(m: Message): void {
    this.received.push(m);
    if (m.method && m.id !== undefined) {
      void Promise.resolve(this.onRequest(m)).then((result) => this.send({ id: m.id, result }));
    }
    for (const w of [...this.waiters]) {
      if (w.test(m)) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve(m);
      }
    }
  }

  send(m: Message): void {
    const handler = vm.runInContext('self.onmessage', this.context) as ((e: { data: unknown }) => void) | undefined;
    assert.ok(handler, 'the server listens on self.onmessage');
    handler({ data: { jsonrpc: '2.0', ...m } });
  }

  next(test: (m: Message) => boolean, what: string): Promise<Message> {
    const seen = this.received.find(test);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${what}; got ${JSON.stringify(this.received)}`)), 20_000);
      this.waiters.push({
        test,
        resolve: (m) => {
          clearTimeout(timer);
          resolve(m);
        },
      });
    });
  }
}

describe('web bundles', function () {
  this.timeout(30_000);

  before(function () {
    if (!fs.existsSync(serverBundle) || !fs.existsSync(clientBundle)) {
      throw new Error('dist/server/browser.js or dist/client/browser.cjs is missing: run `npm run build` first.');
    }
  });

  it('runs the language server in a worker without Node, reading files only through the client', async () => {
    const fixture = path.join(repoRoot, 'test', 'fixtures', 'lsp', 'multi');
    const files = new Map<string, Buffer>();
    for (const folder of ['a', 'b']) {
      for (const name of fs.readdirSync(path.join(fixture, folder))) {
        files.set(`memfs:/ws/${folder}/${name}`, fs.readFileSync(path.join(fixture, folder, name)));
      }
    }
    const worker = new FakeWorker();
    assertNoNode(worker.context);
    const asked = new Set<string>();
    worker.onRequest = (m) => {
      asked.add(m.method!);
      const p = m.params as { folder?: string; uri?: string; maxBytes?: number } | undefined;
      if (m.method === 'handoff/fs/list') return [...files.keys()].filter((u) => u.startsWith(`${p!.folder}/`));
      if (m.method === 'handoff/fs/stat') {
        const bytes = files.get(p!.uri!);
        return bytes ? { type: 'file', size: bytes.length } : null;
      }
      if (m.method === 'handoff/fs/read') {
        const bytes = files.get(p!.uri!);
        if (!bytes) return { error: 'not-found' };
        return { base64: bytes.toString('base64') };
      }
      return null;
    };
    vm.runInContext(fs.readFileSync(serverBundle, 'utf8'), worker.context, { filename: serverBundle });

    worker.send({
      id: 1,
      method: 'initialize',
      params: {
        processId: null,
        rootUri: 'memfs:/ws/a',
        workspaceFolders: [
          { uri: 'memfs:/ws/a', name: 'a' },
          { uri: 'memfs:/ws/b', name: 'b' },
        ],
        capabilities: {},
        initializationOptions: { asOf: '2026-06-01' },
      },
    });
    const init = await worker.next((m) => m.id === 1 && m.method === undefined, 'initialize result');
    assert.equal((init.result as { serverInfo: { name: string } }).serverInfo.name, 'handoff-language-server');
    worker.send({ method: 'initialized', params: {} });

    // Alpha depends on beta, in the other folder: once both are read, only alpha's own findings remain.
    const published = await worker.next(
      (m) =>
        m.method === 'textDocument/publishDiagnostics' &&
        (m.params as { uri: string }).uri === 'memfs:/ws/a/alpha.plan.md',
      'diagnostics for alpha',
    );
    const diagnostics = (published.params as { diagnostics: { code: string; range: { start: { line: number } } }[] })
      .diagnostics;
    assert.deepEqual(
      diagnostics.map((d) => `${d.range.start.line} ${d.code}`),
      ['29 unresolved-reference', '30 risk-score-mismatch'],
    );
    assert.ok(asked.has('handoff/fs/list') && asked.has('handoff/fs/read'), [...asked].join());
  });

  it('loads the web client with nothing to require but vscode', () => {
    const required: string[] = [];
    // Any property of the stub is another stub, callable and constructible (VS Code's API surface).
    const stub = (): unknown =>
      new Proxy(function () {}, {
        get: (_t, key) => (key === Symbol.toPrimitive ? () => '' : stub()),
        apply: () => stub(),
        construct: () => stub() as object,
        // esbuild's ESM interop reads named exports through the prototype chain.
        getPrototypeOf: () => stub() as object,
      });
    const module = { exports: {} as Record<string, unknown> };
    const scope: Record<string, unknown> = { ...workerGlobals(), module, exports: module.exports };
    scope['self'] = scope;
    scope['require'] = (id: string) => {
      required.push(id);
      if (id !== 'vscode') throw new Error(`the web client requires ${id}`);
      return stub();
    };
    const context = vm.createContext(scope);
    assertNoNode(context, ['require', 'module']);
    vm.runInContext(fs.readFileSync(clientBundle, 'utf8'), context, { filename: clientBundle });
    assert.equal(typeof module.exports['activate'], 'function');
    assert.equal(typeof module.exports['deactivate'], 'function');
    assert.deepEqual([...new Set(required)], ['vscode']);
  });
});
