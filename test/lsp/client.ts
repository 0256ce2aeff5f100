/**
 * A real LSP client for the tests: spawns the BUILT server (`dist/server/server.cjs --stdio`),
 * talks JSON-RPC over its stdio, answers the server's own requests (settings, registrations),
 * and lets tests wait on notifications instead of sleeping.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextEdit,
} from 'vscode-languageserver-protocol/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { repoRoot } from '../helpers.js';

export const serverPath = path.join(repoRoot, 'dist', 'server', 'server.cjs');

export function fileUri(p: string): string {
  return URI.file(p).toString();
}

/** Copies a fixture workspace to a fresh temporary folder (tests change files on disk). */
export function copyFixture(...parts: string[]): string {
  const src = path.join(repoRoot, 'test', 'fixtures', 'lsp', ...parts);
  const dest = fs.mkdtempSync(path.join(os.tmpdir(), 'handoff-lsp-'));
  fs.cpSync(src, dest, { recursive: true });
  return fs.realpathSync(dest);
}

export interface StartOptions {
  readonly folders: readonly string[];
  readonly initializationOptions?: unknown;
  /** Answer for `workspace/configuration` (section `handoff`); undefined: the client lacks the capability. */
  readonly settings?: Record<string, unknown>;
  readonly capabilities?: ClientCapabilities;
  /** Environment variables for the spawned server (besides this process's). */
  readonly env?: Readonly<Record<string, string>>;
}

interface Waiter {
  readonly method: string;
  readonly predicate: (params: unknown) => boolean;
  readonly resolve: (params: unknown) => void;
}

export class LspClient {
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  readonly logs: string[] = [];
  /** Every `handoff/serverStatus` the server sent, in order. */
  readonly serverStatuses: unknown[] = [];
  /** Capabilities the server registered dynamically. */
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];
  private readonly waiters = new Set<Waiter>();
  private readonly listeners = new Set<{ method: string; fn: (params: unknown) => void }>();
  private readonly docs = new Map<string, TextDocument>();
  settings: Record<string, unknown> | undefined;
  private exited = false;
  /** How the spawned server ended: its exit code, or the signal that killed it. */
  exitStatus: { code: number | null; signal: NodeJS.Signals | null } | undefined;

  /** `child`: the spawned server; undefined for a server in this process (`inMemory.ts`). */
  private constructor(
    readonly child: ChildProcess | undefined,
    readonly connection: ProtocolConnection,
    private readonly onStop: () => void = () => undefined,
  ) {
    child?.once('exit', (code, signal) => {
      this.exited = true;
      this.exitStatus = { code, signal };
    });
  }

  /** Spawns the built server and talks to it over stdio. */
  static async start(options: StartOptions): Promise<LspClient> {
    if (!fs.existsSync(serverPath)) {
      throw new Error(`${serverPath} does not exist: run \`npm run build\` first.`);
    }
    const child = spawn(process.execPath, [serverPath, '--stdio'], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, ...options.env },
    });
    const connection = createProtocolConnection(
      new StreamMessageReader(child.stdout!),
      new StreamMessageWriter(child.stdin!),
    );
    child.stderr!.on('data', (chunk: Buffer) => client.logs.push(chunk.toString()));
    const client = new LspClient(child, connection);
    return client.initialize(options, options.folders.map(fileUri));
  }

  /** A client for a server reached over `connection` (in this process); `onStop` tears it down. */
  static async connect(
    connection: ProtocolConnection,
    options: Omit<StartOptions, 'folders'> & { readonly folderUris: readonly string[] },
    onStop: () => void,
  ): Promise<LspClient> {
    return new LspClient(undefined, connection, onStop).initialize(options, options.folderUris);
  }

  private async initialize(options: Omit<StartOptions, 'folders'>, folderUris: readonly string[]): Promise<LspClient> {
    const client = this as LspClient;
    const connection = this.connection;
    client.settings = options.settings;
    const notify = (method: string) => (params: unknown) => {
      if (method === 'textDocument/publishDiagnostics') {
        const p = params as PublishDiagnosticsParams;
        client.diagnostics.set(p.uri, p);
      }
      if (method === 'window/logMessage') client.logs.push((params as { message: string }).message);
      if (method === 'handoff/serverStatus') client.serverStatuses.push(params);
      for (const l of client.listeners) if (l.method === method) l.fn(params);
      for (const w of [...client.waiters]) {
        if (w.method === method && w.predicate(params)) {
          client.waiters.delete(w);
          w.resolve(params);
        }
      }
    };
    for (const m of [
      'textDocument/publishDiagnostics',
      'window/logMessage',
      'handoff/planChanged',
      'handoff/portfolioChanged',
      'handoff/serverStatus',
    ]) {
      connection.onNotification(m, notify(m));
    }
    connection.onRequest(
      'client/registerCapability',
      (params: { registrations: { method: string; registerOptions?: unknown }[] }) => {
        client.registrations.push(...params.registrations);
        return null;
      },
    );
    connection.onRequest('client/unregisterCapability', () => null);
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) =>
      params.items.map(() => client.settings ?? null),
    );
    connection.listen();
    const capabilities: ClientCapabilities = options.capabilities ?? {
      workspace: {
        configuration: options.settings !== undefined,
        didChangeWatchedFiles: { dynamicRegistration: true },
        workspaceFolders: true,
        workspaceEdit: { documentChanges: true },
      },
      textDocument: { publishDiagnostics: { versionSupport: true } },
    };
    await connection.sendRequest('initialize', {
      processId: this.child ? process.pid : null,
      rootUri: folderUris[0] ?? null,
      workspaceFolders: folderUris.map((uri) => ({ uri, name: uri.slice(uri.lastIndexOf('/') + 1) })),
      capabilities,
      initializationOptions: options.initializationOptions,
    });
    await connection.sendNotification('initialized', {});
    return client;
  }

  /** Observes every notification of a method (the connection allows one handler per method: this one). */
  on<T>(method: string, fn: (params: T) => void): { dispose(): void } {
    const listener = { method, fn: fn as (params: unknown) => void };
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  /** Resolves on the next notification of `method` matching the predicate (subscribe before acting). */
  next<T>(method: string, predicate: (params: T) => boolean = () => true, timeoutMs = 15_000): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`Timed out waiting for ${method}. Server log:\n${this.logs.slice(-20).join('\n')}`));
      }, timeoutMs);
      const waiter: Waiter = {
        method,
        predicate: (p) => predicate(p as T),
        resolve: (p) => {
          clearTimeout(timer);
          resolve(p as T);
        },
      };
      this.waiters.add(waiter);
    });
  }

  /** The next diagnostics for a URI that satisfy the predicate. */
  nextDiagnostics(
    uri: string,
    predicate: (d: Diagnostic[], p: PublishDiagnosticsParams) => boolean = () => true,
    timeoutMs?: number,
  ): Promise<PublishDiagnosticsParams> {
    return this.next<PublishDiagnosticsParams>(
      'textDocument/publishDiagnostics',
      (p) => p.uri === uri && predicate(p.diagnostics, p),
      timeoutMs,
    );
  }

  /** The latest diagnostics for a URI if they satisfy the predicate, else the next that do. */
  async diagnosticsFor(
    uri: string,
    predicate: (d: Diagnostic[]) => boolean = () => true,
    timeoutMs?: number,
  ): Promise<Diagnostic[]> {
    const latest = this.diagnostics.get(uri);
    if (latest && predicate(latest.diagnostics)) return latest.diagnostics;
    return (await this.nextDiagnostics(uri, predicate, timeoutMs)).diagnostics;
  }

  open(uri: string, text: string, languageId = 'markdown'): TextDocument {
    const doc = TextDocument.create(uri, languageId, 1, text);
    this.docs.set(uri, doc);
    void this.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId, version: 1, text },
    });
    return doc;
  }

  document(uri: string): TextDocument {
    const d = this.docs.get(uri);
    if (!d) throw new Error(`${uri} is not open`);
    return d;
  }

  /** Replaces the whole text (as a full-text change). */
  replaceText(uri: string, text: string): TextDocument {
    const old = this.document(uri);
    const doc = TextDocument.create(uri, old.languageId, old.version + 1, text);
    this.docs.set(uri, doc);
    void this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: doc.version },
      contentChanges: [{ text }],
    });
    return doc;
  }

  /** Applies edits as one incremental change notification per edit batch. */
  edit(uri: string, edits: readonly TextEdit[]): TextDocument {
    const old = this.document(uri);
    const text = TextDocument.applyEdits(old, [...edits]);
    const doc = TextDocument.create(uri, old.languageId, old.version + 1, text);
    this.docs.set(uri, doc);
    // Sent last-first so each change's range is valid against the text before it.
    const sorted = [...edits].sort(
      (a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character,
    );
    void this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: doc.version },
      contentChanges: sorted.map((e) => ({ range: e.range, text: e.newText })),
    });
    return doc;
  }

  close(uri: string): void {
    this.docs.delete(uri);
    void this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  notify(method: string, params: unknown): void {
    void this.connection.sendNotification(method, params);
  }

  /** Shuts the server down; kills it if it does not exit promptly. Safe to call twice. */
  async stop(): Promise<void> {
    if (this.exited) return;
    if (!this.child) {
      // In this process: `exit` would end the test run itself.
      this.exited = true;
      await this.connection.sendRequest('shutdown').catch(() => undefined);
      this.connection.dispose();
      this.onStop();
      return;
    }
    const child = this.child;
    try {
      await Promise.race([
        (async () => {
          await this.connection.sendRequest('shutdown');
          await this.connection.sendNotification('exit');
        })(),
        new Promise((r) => setTimeout(r, 2000)),
      ]);
    } catch {
      // Already gone.
    }
    await new Promise<void>((resolve) => {
      if (this.exited) return resolve();
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        resolve();
      }, 2000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
    });
    this.connection.dispose();
  }
}

/** Rule and 1-based line of each diagnostic, sorted: what the CLI comparison looks at. */
export function ruleLines(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics
    .filter((d) => typeof d.code === 'string')
    .map((d) => `${d.range.start.line + 1} ${String(d.code)}`)
    .sort();
}
