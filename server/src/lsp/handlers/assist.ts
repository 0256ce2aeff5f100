/** Help while typing: completion and hover, both on the document's current model. */
import { completions } from '../completion.js';
import { hover } from '../hover.js';
import type { ServerContext } from './context.js';

export function registerAssist(ctx: ServerContext): void {
  const { connection, engine, documents, workspace, safe } = ctx;

  connection.onCompletion(
    safe('completion', [], (params) => {
      const plan = workspace.currentPlan(params.textDocument.uri);
      if (!plan) return [];
      return completions({
        plan,
        position: params.position,
        rules: engine.rules,
        summaries: workspace.summaries(),
        config: workspace.configFor(params.textDocument.uri).config,
        asOf: workspace.asOf(),
      });
    }),
  );

  connection.onHover(
    safe('hover', null, (params) => {
      const plan = workspace.currentPlan(params.textDocument.uri);
      if (!plan) return null;
      const entry = workspace.get(params.textDocument.uri);
      const doc = documents.get(params.textDocument.uri);
      // Findings of an older version would point at the wrong text.
      const findings = entry && (!doc || entry.version === doc.version) ? workspace.allFindings(entry) : [];
      return hover({
        plan,
        position: params.position,
        findings,
        rules: engine.rules,
        summaries: workspace.summaries(),
        config: workspace.configFor(params.textDocument.uri).config,
      });
    }),
  );
}
