/**
 * Web entry of the extension (`browser` in package.json: github.dev, vscode.dev, code-server's
 * web worker extension host): the same extension, with the language server in a web worker.
 */
import type * as vscode from 'vscode';
import { activateHandoff, deactivateHandoff, type HandoffApi } from './activate.js';
import { createBrowserLanguageClient } from './browserLanguageClient.js';

export { type HandoffApi } from './activate.js';

export function activate(context: vscode.ExtensionContext): HandoffApi {
  return activateHandoff(context, createBrowserLanguageClient);
}

export function deactivate(): Promise<void> | undefined {
  return deactivateHandoff();
}
