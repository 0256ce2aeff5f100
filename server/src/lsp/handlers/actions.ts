/** Code actions: quick fixes for the findings under the cursor, and "fix all" for the document. */
import { CodeActionKind } from 'vscode-languageserver';
import { FILL_PLACEHOLDERS_COMMAND } from '../../protocol.js';
import { codeActions, FIX_ALL_KIND, fixAllAction } from '../codeActions.js';
import type { ServerContext } from './context.js';

export function registerCodeActions(ctx: ServerContext): void {
  const { connection, documents, workspace, client, safe } = ctx;

  connection.onCodeAction(
    safe('codeAction', [], async (params) => {
      const uri = params.textDocument.uri;
      const entry = await ctx.freshEntry(uri);
      const plan = entry?.plan ?? workspace.currentPlan(uri);
      if (!entry?.isPlan || !plan) return [];
      const documentChanges = client.capabilities.workspace?.workspaceEdit?.documentChanges === true;
      const only = params.context.only;
      if (only?.some((k) => FIX_ALL_KIND.startsWith(k) && k !== CodeActionKind.QuickFix)) {
        const doc = documents.get(uri);
        if (!doc) return [];
        const { config, matchesGlob } = workspace.configFor(uri);
        const lint = (text: string) =>
          workspace.engine.lintDocument(uri, text, { config, matchesGlob, asOf: workspace.asOf() }).findings;
        const all = fixAllAction({ uri, version: doc.version, text: doc.getText(), lint, documentChanges });
        return all ? [all] : [];
      }
      if (only && !only.some((k) => CodeActionKind.QuickFix.startsWith(k))) return [];
      return codeActions({
        uri,
        version: documents.get(uri)?.version,
        plan,
        findings: workspace.allFindings(entry),
        diagnostics: params.context.diagnostics,
        asOf: workspace.asOf(),
        documentChanges,
        snippetCommand: client.clientCommands.includes(FILL_PLACEHOLDERS_COMMAND)
          ? FILL_PLACEHOLDERS_COMMAND
          : undefined,
        parties: workspace.configFor(uri).config.parties,
        planIds: () => (workspace.indexed ? workspace.summaries().map((s) => s.id ?? '') : undefined),
      });
    }),
  );
}
