/** Helpers shared by the extension-host suites: the extension's API and bounded condition waits. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { HandoffApi } from '../../../client/src/extension.js';

export const EXTENSION_ID = 'handoff.handoff';

export async function handoff(): Promise<HandoffApi> {
  const ext = vscode.extensions.getExtension<HandoffApi>(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is not installed`);
  const api = await ext.activate();
  await api.ready;
  return api;
}

/**
 * Polls `probe` until it returns a value other than undefined/false, or fails after `timeoutMs`
 * with `what` and the last value seen. A bounded wait for a condition, not a sleep.
 */
export async function waitFor<T>(
  what: string,
  probe: () => T | undefined | false | Promise<T | undefined | false>,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value;
      last = value;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last: ${String(last)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export function folder(name: string): vscode.WorkspaceFolder {
  const f = vscode.workspace.workspaceFolders?.find((w) => w.name === name);
  assert.ok(
    f,
    `workspace folder ${name} is missing (folders: ${vscode.workspace.workspaceFolders?.map((w) => w.name).join(', ')})`,
  );
  return f;
}

export function exampleUri(file: string): vscode.Uri {
  return vscode.Uri.joinPath(folder('examples').uri, file);
}

export async function openPlan(file: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(exampleUri(file));
  return vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One, preview: false });
}

export function diagnosticCode(d: vscode.Diagnostic): string | undefined {
  const code = d.code;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}

/** Reverts the active editor's unsaved changes (tests edit but never save the examples). */
export async function revertActive(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.files.revert');
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
