/**
 * Desktop entry of the extension (`main` in package.json): the language server runs in Node.
 */
import type * as vscode from 'vscode';
import { activateHandoff, deactivateHandoff, type HandoffApi } from './activate.js';
import { createLanguageClient } from './languageClient.js';

export { TRANSITIONS_VIEW_ID, type HandoffApi } from './activate.js';

export function activate(context: vscode.ExtensionContext): HandoffApi {
  return activateHandoff(context, createLanguageClient);
}

export function deactivate(): Promise<void> | undefined {
  return deactivateHandoff();
}
