/** Small helpers shared by the LSP feature tests. */
import type { Diagnostic, Position, TextDocumentEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { startInMemory, fixtureFiles, memUri, type MemoryServer } from './inMemory.js';

export const AS_OF = '2026-06-01';

/** Position of the n-th occurrence of `needle` in `text`, plus `delta` characters. */
export function posOf(text: string, needle: string, delta = 0, occurrence = 0): Position {
  let i = -1;
  for (let k = 0; k <= occurrence; k++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`"${needle}" not found`);
  }
  const before = text.slice(0, i + delta);
  const line = before.split('\n').length - 1;
  return { line, character: before.length - before.lastIndexOf('\n') - 1 };
}

export function messageOf(d: Diagnostic): string {
  return d.message;
}

export function codes(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => String(d.code)).sort();
}

export function editsFor(edit: WorkspaceEdit | undefined | null, uri: string): TextEdit[] {
  if (!edit) return [];
  if (edit.changes?.[uri]) return edit.changes[uri];
  for (const c of edit.documentChanges ?? []) {
    if ('textDocument' in c && c.textDocument.uri === uri) return (c as TextDocumentEdit).edits as TextEdit[];
  }
  return [];
}

/** The two-folder fixture (`lsp/multi`: alpha depends on beta, in the other folder). */
export const MULTI = fixtureFiles('lsp', 'multi');
export const ALPHA = memUri('a/alpha.plan.md');
export const BETA = memUri('b/beta.plan.md');

/** A server over the two-folder fixture, indexed (alpha's cross-plan findings are settled). */
export async function startMulti(
  extra: Record<string, string> = {},
  init: Record<string, unknown> = {},
): Promise<MemoryServer> {
  const server = await startInMemory(
    { ...MULTI, ...extra },
    { folders: ['a', 'b'], initializationOptions: { asOf: AS_OF, debounceMs: 0, ...init } },
  );
  await server.client.diagnosticsFor(ALPHA, (d) => codes(d).join() === 'risk-score-mismatch,unresolved-reference');
  return server;
}

/** A server over the two-folder fixture with alpha open (version 1 linted). */
export async function startMultiWithAlphaOpen(init: Record<string, unknown> = {}): Promise<MemoryServer> {
  const server = await startMulti({}, init);
  const opened = server.client.nextDiagnostics(ALPHA, (_d, p) => p.version === 1);
  server.client.open(ALPHA, MULTI['a/alpha.plan.md']!);
  await opened;
  return server;
}
