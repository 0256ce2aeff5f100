/**
 * The client's side of the server's file access (`handoff/fs/*` in protocol.ts): listing,
 * stat and reading through `workspace.findFiles` and `workspace.fs`, which work on every scheme
 * VS Code can open. The web worker server reads every file this way; the Node server reads the
 * disk itself and only files of virtual workspaces this way.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
  bytesToBase64,
  FsListRequest,
  FsReadRequest,
  FsStatRequest,
  type FsListParams,
  type FsReadParams,
  type FsReadResult,
  type FsStatParams,
  type FsStatResult,
} from '../../server/src/protocol.js';

const FILES = '**/{*.md,.handoff.yaml,.handoff.yml}';
const SKIPPED = '**/{node_modules,.git}/**';

function errorCode(err: unknown): 'not-found' | 'unreadable' {
  return err instanceof vscode.FileSystemError && (err.code === 'FileNotFound' || err.code === 'EntryNotFound')
    ? 'not-found'
    : 'unreadable';
}

export function registerFileAccess(client: BaseLanguageClient): void {
  const toCode = (uri: string): vscode.Uri => client.protocol2CodeConverter.asUri(uri);
  const toProtocol = (uri: vscode.Uri): string => client.code2ProtocolConverter.asUri(uri);

  // By method name: protocol.ts is typed against the top-level vscode-languageserver-protocol.
  client.onRequest(FsListRequest.method, async (params: FsListParams): Promise<string[]> => {
    if (typeof params?.folder !== 'string') return [];
    const found = await vscode.workspace.findFiles(new vscode.RelativePattern(toCode(params.folder), FILES), SKIPPED);
    return found.map(toProtocol).sort();
  });

  client.onRequest(FsStatRequest.method, async (params: FsStatParams): Promise<FsStatResult | null> => {
    if (typeof params?.uri !== 'string') return null;
    try {
      const s = await vscode.workspace.fs.stat(toCode(params.uri));
      return { type: s.type & vscode.FileType.Directory ? 'directory' : 'file', size: s.size };
    } catch {
      return null;
    }
  });

  client.onRequest(FsReadRequest.method, async (params: FsReadParams): Promise<FsReadResult> => {
    if (typeof params?.uri !== 'string' || typeof params.maxBytes !== 'number') return { error: 'unreadable' };
    const uri = toCode(params.uri);
    try {
      const s = await vscode.workspace.fs.stat(uri);
      // Only regular files are read: a named pipe, socket or device (FileType.Unknown) would block
      // the read or never end, a directory is not a file.
      if (!(s.type & vscode.FileType.File)) return { error: 'not-a-file' };
      if (s.size > params.maxBytes) return { error: 'too-large', size: s.size };
      return { base64: bytesToBase64(await vscode.workspace.fs.readFile(uri)) };
    } catch (err) {
      return { error: errorCode(err) };
    }
  });
}
