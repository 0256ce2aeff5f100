/** The command table: every command the extension contributes, in one place. */
import * as vscode from 'vscode';
import { FILL_PLACEHOLDERS_COMMAND } from '../../server/src/protocol.js';
import type { Ctx, CommandHandler } from './ctx.js';
import { newTransitionPlan, type NewPlanArgs } from './newPlan.js';
import type { PortfolioPanel } from './preview/portfolioPanel.js';
import type { StatusPreview } from './preview/statusPreview.js';
import type { TransitionNode, TransitionsTreeProvider } from './views/transitionsTree.js';

export interface CommandTargets {
  readonly ctx: Ctx;
  readonly tree: TransitionsTreeProvider;
  readonly preview: StatusPreview;
  readonly portfolio: PortfolioPanel;
}

export const COMMANDS = {
  restartServer: 'handoff.restartServer',
  showOutput: 'handoff.showOutput',
  openPreview: 'handoff.openPreview',
  openPortfolio: 'handoff.openPortfolio',
  copyPortfolioMarkdown: 'handoff.copyPortfolioMarkdown',
  exportPortfolioCsv: 'handoff.exportPortfolioCsv',
  newPlan: 'handoff.newPlan',
  refresh: 'handoff.refresh',
  groupByHealth: 'handoff.groupByHealth',
  groupByStage: 'handoff.groupByStage',
  revealLine: 'handoff.revealLine',
  fillPlaceholders: FILL_PLACEHOLDERS_COMMAND,
  filterTransitions: 'handoff.filterTransitions',
  clearTransitionsFilter: 'handoff.clearTransitionsFilter',
} as const;

function toUri(value: unknown): vscode.Uri | undefined {
  if (value instanceof vscode.Uri) return value;
  if (typeof value === 'string' && value) return vscode.Uri.parse(value);
  return undefined;
}

/** Opens `uri` with the cursor on `line` (0-based), in the editor column already showing it. */
export async function revealLine(target: unknown, line: unknown): Promise<vscode.TextEditor | undefined> {
  const uri = toUri(target);
  if (!uri || typeof line !== 'number' || !Number.isInteger(line) || line < 0) return undefined;
  const doc = await vscode.workspace.openTextDocument(uri);
  const l = Math.min(line, Math.max(0, doc.lineCount - 1));
  const text = doc.lineAt(l);
  const start = new vscode.Position(l, text.firstNonWhitespaceCharacterIndex);
  const shown = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
  const editor = await vscode.window.showTextDocument(doc, {
    viewColumn: shown?.viewColumn ?? vscode.ViewColumn.One,
    selection: new vscode.Range(start, start),
    preserveFocus: false,
  });
  editor.revealRange(text.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

interface LspRange {
  readonly start: { readonly line: number; readonly character: number };
  readonly end: { readonly line: number; readonly character: number };
}

function isLspRange(value: unknown): value is LspRange {
  const r = value as Partial<LspRange> | undefined;
  const ok = (p: unknown) =>
    !!p &&
    typeof p === 'object' &&
    Number.isInteger((p as { line: unknown }).line) &&
    Number.isInteger((p as { character: unknown }).character);
  return !!r && typeof r === 'object' && ok(r.start) && ok(r.end);
}

/**
 * Runs after a quick fix has written plain placeholders: replaces them, in the editor showing
 * the document, with the same text as a snippet (tab stops, choices), so the cursor lands on the
 * first one. Does nothing when the text there is no longer what the fix wrote.
 */
export async function fillPlaceholders(
  target: unknown,
  range: unknown,
  snippet: unknown,
  plain: unknown,
): Promise<boolean> {
  const uri = toUri(target);
  if (!uri || !isLspRange(range) || typeof snippet !== 'string' || typeof plain !== 'string') return false;
  const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
  if (!editor) return false;
  const r = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
  if (editor.document.getText(r) !== plain) return false;
  return editor.insertSnippet(new vscode.SnippetString(snippet), r, { undoStopBefore: false, undoStopAfter: true });
}

/** The URI a preview command was invoked for: an editor title/explorer Uri, or a tree node. */
function previewTarget(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  const node = arg as Partial<TransitionNode> | undefined;
  if (node && typeof node === 'object' && 'entry' in node && node.entry) return vscode.Uri.parse(node.entry.uri);
  return undefined;
}

export function commandTable(t: CommandTargets): Record<string, CommandHandler> {
  return {
    [COMMANDS.restartServer]: () => t.ctx.restart(),
    [COMMANDS.showOutput]: () => t.ctx.output.show(true),
    [COMMANDS.openPreview]: (arg?: unknown) => t.preview.show(previewTarget(arg)),
    [COMMANDS.openPortfolio]: () => t.portfolio.show(),
    [COMMANDS.copyPortfolioMarkdown]: () => t.portfolio.copyMarkdown(),
    // A target URI (from another extension or a test) skips the save dialog.
    [COMMANDS.exportPortfolioCsv]: (target?: unknown) =>
      t.portfolio.exportCsv(target instanceof vscode.Uri ? target : undefined),
    [COMMANDS.newPlan]: (args?: NewPlanArgs) =>
      newTransitionPlan(
        args && typeof args === 'object' ? args : undefined,
        async () => ((await t.ctx.requestPortfolio())?.plans ?? []).map((p) => p.overview.id ?? '').filter(Boolean),
        (params) => t.ctx.requestNewPlanText(params),
      ),
    [COMMANDS.refresh]: () => t.tree.refresh(),
    [COMMANDS.groupByHealth]: () => t.tree.setGrouping('health'),
    [COMMANDS.groupByStage]: () => t.tree.setGrouping('stage'),
    [COMMANDS.filterTransitions]: async (text?: unknown) => {
      const value =
        typeof text === 'string'
          ? text
          : await vscode.window.showInputBox({
              title: 'Filter transitions',
              prompt: 'Words in the id, title, service, stage, health or tags (empty shows all)',
              value: t.tree.filter,
            });
      if (value !== undefined) await t.tree.setFilter(value);
    },
    [COMMANDS.clearTransitionsFilter]: () => t.tree.setFilter(''),
    [COMMANDS.revealLine]: (uri: unknown, line: unknown) => revealLine(uri, line),
    [COMMANDS.fillPlaceholders]: (uri: unknown, range: unknown, snippet: unknown, plain: unknown) =>
      fillPlaceholders(uri, range, snippet, plain),
  };
}
