/**
 * The language server in this process over an in-memory workspace: the same `createServer` the
 * built server runs, with `MemoryFileAccess` instead of the disk, connected by in-process streams.
 * Each test builds its own workspace, so tests are fast and independent.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node.js';
import type { IndexThreads } from '../../server/src/lsp/closedFile.js';
import { MemoryFileAccess } from '../../server/src/lsp/memoryFileAccess.js';
import { createServer } from '../../server/src/lsp/server.js';
import type { PlanWorkspace } from '../../server/src/lsp/workspace.js';
import { repoRoot } from '../helpers.js';
import { LspClient, type StartOptions } from './client.js';

export const ROOT = 'memory:/ws';

export interface MemoryServer {
  readonly client: LspClient;
  readonly files: MemoryFileAccess;
  readonly workspace: PlanWorkspace;
}

/** `memory:/ws/<relative path>`. */
export function memUri(relative: string): string {
  return `${ROOT}/${relative}`;
}

/** A fixture folder's files as `{ relative path: text }` (e.g. `lsp/multi`). */
export function fixtureFiles(...parts: string[]): Record<string, string> {
  const base = path.join(repoRoot, 'test', 'fixtures', ...parts);
  const out: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else out[path.relative(base, full).split(path.sep).join('/')] = fs.readFileSync(full, 'utf8');
    }
  };
  walk(base);
  return out;
}

/**
 * Starts a server over `files` (relative paths under `memory:/ws`), with `folders` (relative,
 * default: the root) as workspace folders.
 */
export async function startInMemory(
  files: Readonly<Record<string, string>>,
  options: Omit<StartOptions, 'folders'> & { readonly folders?: readonly string[] } = {},
): Promise<MemoryServer> {
  return startInMemoryOver(memoryFiles(files), options);
}

/** A file access holding `files` (relative paths under `memory:/ws`), for a test to prepare. */
export function memoryFiles(files: Readonly<Record<string, string>>): MemoryFileAccess {
  return new MemoryFileAccess(Object.fromEntries(Object.entries(files).map(([rel, text]) => [memUri(rel), text])));
}

/** Starts a server over a file access the test prepared (aliases, a listing held back…). */
export async function startInMemoryOver(
  access: MemoryFileAccess,
  options: Omit<StartOptions, 'folders'> & {
    readonly folders?: readonly string[];
    /** Index threads for the server (the Node server's are worker threads; a test's can be in-process). */
    readonly indexThreads?: IndexThreads;
  } = {},
): Promise<MemoryServer> {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const serverConnection = createConnection(
    ProposedFeatures.all,
    new StreamMessageReader(toServer),
    new StreamMessageWriter(toClient),
  );
  const { workspace } = createServer(serverConnection, { files: access, indexThreads: options.indexThreads });
  serverConnection.listen();
  const clientConnection = createProtocolConnection(
    new StreamMessageReader(toClient),
    new StreamMessageWriter(toServer),
  );
  const folderUris = (options.folders ?? ['']).map((f) => (f ? memUri(f) : ROOT));
  const client = await LspClient.connect(clientConnection, { ...options, folderUris }, () => {
    workspace.dispose();
    serverConnection.dispose();
    toServer.end();
    toClient.end();
  });
  return { client, files: access, workspace };
}
