/**
 * Creates the web language client: the same server, bundled for the browser
 * (`dist/server/browser.js`), runs in a web worker and reads every file through this client.
 */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser.js';
import { CLIENT_ID, CLIENT_NAME, clientOptions } from './clientOptions.js';
import { registerFileAccess } from './fileAccess.js';

export const BROWSER_SERVER_MODULE = ['dist', 'server', 'browser.js'] as const;

/**
 * A URL the worker can be started from. github.dev serves extensions over https; an extension
 * installed on a remote server (code-server) has a `vscode-remote:` URI, from which the web host
 * refuses to start workers, so its script is read through VS Code and started from a blob.
 */
async function workerUrl(serverUri: vscode.Uri): Promise<string> {
  if (serverUri.scheme !== 'vscode-remote') return serverUri.toString(true);
  const script = await vscode.workspace.fs.readFile(serverUri);
  return URL.createObjectURL(new Blob([new TextDecoder().decode(script)], { type: 'text/javascript' }));
}

export async function createBrowserLanguageClient(
  context: vscode.ExtensionContext,
  outputChannel: vscode.OutputChannel,
  watchers: vscode.FileSystemWatcher[],
): Promise<LanguageClient> {
  outputChannel.appendLine('Starting the Handoff language server in a web worker (files are read through VS Code).');
  const serverUri = vscode.Uri.joinPath(context.extensionUri, ...BROWSER_SERVER_MODULE);
  const worker = new Worker(await workerUrl(serverUri));
  const client = new LanguageClient(CLIENT_ID, CLIENT_NAME, clientOptions(outputChannel, watchers), worker);
  registerFileAccess(client);
  return client;
}
