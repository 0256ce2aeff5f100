/**
 * Creates the web language client: the same server, bundled for the browser
 * (`dist/server/browser.js`), runs in a web worker and reads every file through this client.
 */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser.js';
import { CLIENT_ID, CLIENT_NAME, clientOptions } from './clientOptions.js';
import { registerFileAccess } from './fileAccess.js';

export const BROWSER_SERVER_MODULE = ['dist', 'server', 'browser.js'] as const;

export function createBrowserLanguageClient(
  context: vscode.ExtensionContext,
  outputChannel: vscode.OutputChannel,
  watchers: vscode.FileSystemWatcher[],
): LanguageClient {
  outputChannel.appendLine('Starting the Handoff language server in a web worker (files are read through VS Code).');
  const serverUri = vscode.Uri.joinPath(context.extensionUri, ...BROWSER_SERVER_MODULE);
  const worker = new Worker(serverUri.toString(true));
  const client = new LanguageClient(CLIENT_ID, CLIENT_NAME, clientOptions(outputChannel, watchers), worker);
  registerFileAccess(client);
  return client;
}
