/** Symbols, definitions, references and rename over an in-memory workspace. */
import assert from 'node:assert/strict';
import type { DocumentSymbol, Location, SymbolInformation, WorkspaceEdit } from 'vscode-languageserver-protocol';
import type { MemoryServer } from './inMemory.js';
import { ALPHA, BETA, editsFor, MULTI, posOf, startMultiWithAlphaOpen } from './util.js';

describe('LSP navigation (in memory)', function () {
  let server: MemoryServer;
  const text = MULTI['a/alpha.plan.md']!;
  beforeEach(async () => {
    server = await startMultiWithAlphaOpen();
  });
  afterEach(async () => server?.client.stop());

  it('outlines a plan and lists plans of files that are not open as workspace symbols', async () => {
    const symbols = await server.client.request<DocumentSymbol[]>('textDocument/documentSymbol', {
      textDocument: { uri: ALPHA },
    });
    assert.deepEqual(
      symbols.map((s) => s.name),
      ['Project Initiation'],
    );
    const found = await server.client.request<SymbolInformation[]>('workspace/symbol', { query: 'beta' });
    assert.deepEqual(
      found.map((s) => [s.name, s.location.uri]),
      [['TP-B-001 Beta bank file format', BETA]],
    );
  });

  it('goes to a plan in another file and to a stakeholder row', async () => {
    const at = (needle: string, delta: number) => ({
      textDocument: { uri: ALPHA },
      position: posOf(text, needle, delta),
    });
    assert.deepEqual(await server.client.request<Location[]>('textDocument/definition', at('TP-B-001', 3)), [
      { uri: BETA, range: { start: { line: 2, character: 4 }, end: { line: 2, character: 12 } } },
    ]);
    const toStakeholder = await server.client.request<Location[]>(
      'textDocument/definition',
      at('| S-01 | Mitigate', 4),
    );
    assert.deepEqual(
      toStakeholder.map((l) => [l.uri, l.range.start.line]),
      [[ALPHA, 21]],
    );
  });

  it('renames a plan id across files, reading the file that is not open', async () => {
    const edit = await server.client.request<WorkspaceEdit>('textDocument/rename', {
      textDocument: { uri: ALPHA },
      position: posOf(text, 'TP-B-001', 1),
      newName: 'TP-B-002',
    });
    assert.deepEqual(editsFor(edit, ALPHA), [
      { range: { start: { line: 10, character: 13 }, end: { line: 10, character: 21 } }, newText: 'TP-B-002' },
    ]);
    assert.deepEqual(editsFor(edit, BETA), [
      { range: { start: { line: 2, character: 4 }, end: { line: 2, character: 12 } }, newText: 'TP-B-002' },
    ]);
  });
});
