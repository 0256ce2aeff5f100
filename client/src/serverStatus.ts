/**
 * The language server's state as a language status item beside Markdown files: "Indexing
 * plans 120/1,000" (busy) while the server reads the workspace (`handoff/serverStatus`), the
 * number of files indexed once it is ready, and whether the server is running at all.
 */
import * as vscode from 'vscode';
import type { ServerStatusParams } from '../../server/src/protocol.js';
import type { Ctx, ServerState } from './ctx.js';

export const SERVER_STATUS_ITEM_ID = 'handoff.serverStatus';

/** The item's text and busy flag for the server's state and its last status. */
export function serverStatusText(
  state: ServerState,
  status: ServerStatusParams | undefined,
): { text: string; busy: boolean; severity: 'information' | 'error' } {
  if (state === 'failed') return { text: 'Handoff server failed to start', busy: false, severity: 'error' };
  if (state === 'stopped') return { text: 'Handoff server stopped', busy: false, severity: 'information' };
  if (state === 'starting' || !status) return { text: 'Handoff starting', busy: true, severity: 'information' };
  const n = (value: number): string => value.toLocaleString('en');
  if (status.state === 'indexing') {
    return { text: `Indexing plans ${n(status.indexed)}/${n(status.total)}`, busy: true, severity: 'information' };
  }
  const files = `${n(status.indexed)} Markdown file${status.indexed === 1 ? '' : 's'}`;
  return { text: `Handoff: ${files} indexed`, busy: false, severity: 'information' };
}

export class ServerStatusItem implements vscode.Disposable {
  private readonly item: vscode.LanguageStatusItem;
  private status: ServerStatusParams | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly ctx: Ctx) {
    this.item = vscode.languages.createLanguageStatusItem(SERVER_STATUS_ITEM_ID, { language: 'markdown' });
    this.item.name = 'Handoff language server';
    this.item.command = { title: 'Show Output', command: 'handoff.showOutput' };
    this.subscriptions.push(
      this.item,
      ctx.onDidChangeServerStatus((status) => {
        this.status = status;
        this.render();
      }),
      ctx.onDidChangeServerState((state) => {
        if (state !== 'running') this.status = undefined;
        this.render();
      }),
    );
    this.render();
  }

  private render(): void {
    const shown = serverStatusText(this.ctx.serverState, this.status);
    this.item.text = shown.text;
    this.item.busy = shown.busy;
    this.item.severity =
      shown.severity === 'error' ? vscode.LanguageStatusSeverity.Error : vscode.LanguageStatusSeverity.Information;
  }

  dispose(): void {
    for (const d of this.subscriptions.splice(0)) d.dispose();
  }
}
