/**
 * File access through the client, for the web worker server: the client answers with
 * `workspace.findFiles` and `workspace.fs`, which work on every scheme VS Code can open
 * (`vscode-vfs:` on github.dev included). Decoding happens here, with the same checks as on disk.
 */
import type { Connection } from 'vscode-languageserver';
import { checkPlanSize, decodePlanBytes, PlanReadError } from '../engine/decode.js';
import {
  base64ToBytes,
  FsListRequest,
  FsReadRequest,
  FsStatRequest,
  type FsReadResult,
  type FsStatResult,
} from '../protocol.js';
import type { FileAccess, FileStat } from './fileAccess.js';

const MESSAGES = {
  'not-found': 'no such file',
  // A directory, pipe, socket or device: the client says only that it is not a file.
  'not-a-file': 'not a regular file',
  unreadable: 'cannot be read',
} as const;

export class ClientFileAccess implements FileAccess {
  constructor(private readonly connection: Pick<Connection, 'sendRequest'>) {}

  async list(folderUri: string): Promise<string[]> {
    const uris = await this.connection.sendRequest(FsListRequest.method, { folder: folderUri });
    return Array.isArray(uris) ? uris.filter((u): u is string => typeof u === 'string') : [];
  }

  async stat(uri: string): Promise<FileStat | undefined> {
    const s = (await this.connection.sendRequest(FsStatRequest.method, { uri })) as FsStatResult | null;
    if (!s || (s.type !== 'file' && s.type !== 'directory')) return undefined;
    return { type: s.type, size: typeof s.size === 'number' ? s.size : 0 };
  }

  async read(uri: string, maxBytes: number): Promise<string> {
    const r = (await this.connection.sendRequest(FsReadRequest.method, { uri, maxBytes })) as FsReadResult | null;
    if (r && 'base64' in r && typeof r.base64 === 'string') {
      const bytes = base64ToBytes(r.base64);
      checkPlanSize(bytes.length, maxBytes, uri);
      return decodePlanBytes(bytes, uri);
    }
    const error = r && 'error' in r ? r.error : 'unreadable';
    // The client refused it by its size: the same error as on disk (its size, when known).
    if (error === 'too-large')
      checkPlanSize(Math.max(r && 'size' in r ? (r.size ?? 0) : 0, maxBytes + 1), maxBytes, uri);
    const code = error in MESSAGES ? (error as keyof typeof MESSAGES) : 'unreadable';
    throw new PlanReadError(code, uri, MESSAGES[code]);
  }
}
