/**
 * Creates the desktop language client for the bundled Node server (`dist/server/server.cjs`, over
 * IPC). The server reads files on disk itself; files of a virtual workspace it reads through the
 * client (`registerFileAccess`). The server does all plan work; the client only forwards
 * documents, file events and settings.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node.js';
import { CLIENT_ID, CLIENT_NAME, clientOptions } from './clientOptions.js';
import { registerFileAccess } from './fileAccess.js';

export const SERVER_MODULE = ['dist', 'server', 'server.cjs'] as const;

export function createLanguageClient(
  context: vscode.ExtensionContext,
  outputChannel: vscode.OutputChannel,
  watchers: vscode.FileSystemWatcher[],
): LanguageClient {
  const module = context.asAbsolutePath(SERVER_MODULE.join('/'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const client = new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions(outputChannel, watchers));
  registerFileAccess(client);
  return client;
}
