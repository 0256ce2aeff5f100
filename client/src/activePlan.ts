/**
 * Tracks the plan in the active editor: asks the server for its status when the editor changes
 * or the server says the plan changed, and publishes the result (null: not a plan). Sets the
 * `handoff.activeEditorIsPlan` context key for menus.
 */
import * as vscode from 'vscode';
import type { PlanResult } from '../../server/src/protocol.js';
import { documentSelector } from './clientOptions.js';
import type { Ctx } from './ctx.js';

export const ACTIVE_PLAN_CONTEXT_KEY = 'handoff.activeEditorIsPlan';

/** A Markdown document the language server sees (on disk, untitled, or in a virtual workspace). */
export function isMarkdown(doc: vscode.TextDocument): boolean {
  return doc.languageId === 'markdown' && vscode.languages.match(documentSelector(), doc) > 0;
}

export class ActivePlan implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<PlanResult | null>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private uri: vscode.Uri | undefined;
  private current: PlanResult | null = null;
  private seq = 0;

  readonly onDidChange = this.changed.event;

  constructor(private readonly ctx: Ctx) {
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        // Focus moving to a panel or webview leaves no active editor: keep showing the last plan.
        if (editor) void this.update(editor.document);
      }),
      ctx.onDidChangePlans((uris) => {
        if (this.uri && uris.includes(this.uri.toString())) void this.update();
      }),
      ctx.onDidChangeServerState((state) => {
        if (state === 'running' || state === 'stopped') void this.update();
      }),
    );
    void this.update(vscode.window.activeTextEditor?.document);
  }

  get result(): PlanResult | null {
    return this.current;
  }

  get documentUri(): vscode.Uri | undefined {
    return this.uri;
  }

  /** Re-reads the plan for `doc` (default: the document already tracked). */
  async update(doc?: vscode.TextDocument): Promise<PlanResult | null> {
    const seq = ++this.seq;
    if (doc) this.uri = isMarkdown(doc) ? doc.uri : undefined;
    let result: PlanResult | null = null;
    if (this.uri) {
      try {
        result = await this.ctx.requestPlan(this.uri);
      } catch {
        result = null; // the server restarted or the document closed; the next event retries
      }
    }
    if (seq !== this.seq) return this.current;
    this.current = result;
    void vscode.commands.executeCommand('setContext', ACTIVE_PLAN_CONTEXT_KEY, !!result);
    this.changed.fire(result);
    return result;
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
