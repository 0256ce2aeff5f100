/**
 * Moving around plans: document and workspace symbols, folding, definition, references and
 * rename (a row ID within its plan, a plan id across every plan that names it).
 */
import { ResponseError, type WorkspaceEdit } from 'vscode-languageserver';
import type { Range } from '../../engine/types.js';
import {
  definition,
  documentSymbols,
  foldingRanges,
  isValidId,
  prepareRename,
  references,
  renamePlanEdits,
  renameRefusal,
  renameRowEdits,
  symbolAt,
  workspaceSymbols,
} from '../navigation.js';
import { toLspRange } from '../toLsp.js';
import type { ServerContext } from './context.js';

export function registerNavigation(ctx: ServerContext): void {
  const { connection, workspace, safe } = ctx;

  connection.onDocumentSymbol(
    safe('documentSymbol', [], (params) => {
      const plan = workspace.currentPlan(params.textDocument.uri);
      return plan ? documentSymbols(plan) : [];
    }),
  );

  connection.onFoldingRanges(
    safe('foldingRange', [], (params) => {
      const plan = workspace.currentPlan(params.textDocument.uri);
      return plan ? foldingRanges(plan) : [];
    }),
  );

  connection.onWorkspaceSymbol(
    safe('workspaceSymbol', [], (params) => workspaceSymbols(workspace.summaries(), params.query)),
  );

  connection.onDefinition(
    safe('definition', [], async (params) => {
      await ctx.freshEntry(params.textDocument.uri);
      const plan = workspace.currentPlan(params.textDocument.uri);
      return plan ? definition(plan, params.position, workspace.summaries()) : [];
    }),
  );

  connection.onReferences(
    safe('references', [], async (params) => {
      await ctx.freshEntry(params.textDocument.uri);
      const plan = workspace.currentPlan(params.textDocument.uri);
      return plan
        ? references(plan, params.position, workspace.summaries(), params.context?.includeDeclaration ?? true)
        : [];
    }),
  );

  connection.onPrepareRename(
    safe('prepareRename', null, (params) => {
      const plan = workspace.currentPlan(params.textDocument.uri);
      const refusal = plan ? renameRefusal(plan, params.position) : undefined;
      if (refusal) throw new ResponseError(-32803, refusal);
      const target = plan ? prepareRename(plan, params.position) : undefined;
      return target ? { range: toLspRange(target.range), placeholder: target.placeholder } : null;
    }),
  );

  connection.onRenameRequest(
    safe('rename', null, async (params): Promise<WorkspaceEdit | null> => {
      const uri = params.textDocument.uri;
      await ctx.freshEntry(uri);
      const plan = workspace.currentPlan(uri);
      const target = plan ? symbolAt(plan, params.position) : undefined;
      if (!plan || !target || !prepareRename(plan, params.position)) {
        throw new ResponseError(
          -32803,
          (plan && renameRefusal(plan, params.position)) ??
            'Only a row ID (S-01, R-03, M-02 …) or a plan id, where it is written, can be renamed.',
        );
      }
      const newName = params.newName.trim();
      if (!isValidId(newName)) {
        throw new ResponseError(
          -32803,
          `"${newName}" is not a valid ID: use letters, digits and dashes (e.g. S-07 or TP-2026-015).`,
        );
      }
      if (target.kind === 'row') {
        const edits = renameRowEdits(plan, target.id, newName);
        return { changes: { [uri]: edits.map((e) => ({ range: toLspRange(e.range), newText: e.newText })) } };
      }
      return { changes: await planIdEdits(ctx, target.id, newName) };
    }),
  );
}

type Edits = Record<string, { range: ReturnType<typeof toLspRange>; newText: string }[]>;

/** A plan id renamed in every plan that names it; texts of files not open are read first. */
async function planIdEdits(ctx: ServerContext, id: string, newName: string): Promise<Edits> {
  const { workspace } = ctx;
  // A first pass names the files whose text is needed.
  const wanted = new Set<string>();
  renamePlanEdits(workspace.summaries(), id, newName, (u) => void wanted.add(u));
  const texts = new Map<string, string | undefined>();
  await Promise.all([...wanted].map(async (u) => texts.set(u, await workspace.textOf(u))));
  const textAt = (u: string, r: Range): string | undefined => {
    const text = texts.get(u);
    if (text === undefined || r.start.line !== r.end.line) return undefined;
    return text.split(/\r\n|\r|\n/)[r.start.line]?.slice(r.start.character, r.end.character);
  };
  const changes: Edits = {};
  for (const [u, edits] of renamePlanEdits(workspace.summaries(), id, newName, textAt)) {
    changes[u] = edits.map((e) => ({ range: toLspRange(e.range), newText: e.newText }));
  }
  return changes;
}
