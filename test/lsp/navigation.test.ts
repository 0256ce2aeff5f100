/** Symbols, definitions, references and rename over an in-memory workspace. */
import assert from 'node:assert/strict';
import type {
  DocumentSymbol,
  FoldingRange,
  Location,
  SymbolInformation,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol';
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
    // The ID of every register that has IDs, not only stakeholders, risks and milestones.
    for (const id of ['A-01', 'RS-01']) {
      const found = await server.client.request<Location[]>('textDocument/definition', at(`| ${id} |`, 3));
      assert.deepEqual(
        found.map((l) => [l.uri, l.range.start.line]),
        [[ALPHA, posOf(text, `| ${id} |`, 0).line]],
        id,
      );
    }
  });

  it('outlines, folds and lists plans as symbols', async () => {
    const { client } = server;
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', {
      textDocument: { uri: ALPHA },
    });
    assert.deepEqual(
      symbols.map((s) => s.name),
      ['Project Initiation'],
    );
    assert.deepEqual(
      symbols[0]!.children!.map((c) => `${c.name}:${c.children?.length ?? 0}`),
      ['Stakeholders:3', 'Risks:2', 'Assumptions and constraints:1', 'Resources:1', 'Exit criteria:0'],
    );
    assert.equal(symbols[0]!.children![0]!.children![0]!.name, 'S-01');
    assert.equal(symbols[0]!.children![0]!.children![0]!.detail, 'Helen Marsh');

    const folds = await client.request<FoldingRange[]>('textDocument/foldingRange', {
      textDocument: { uri: ALPHA },
    });
    assert.ok(
      folds.some((f) => f.startLine === 0 && f.endLine === 11),
      'front matter folds',
    );
    assert.ok(
      folds.some((f) => f.startLine === 15),
      'the stage section folds',
    );
    assert.ok(
      folds.some((f) => f.startLine === 25),
      'the Risks register folds',
    );

    const found = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'beta' });
    assert.deepEqual(
      found.map((s) => [s.name, s.location.uri]),
      [['TP-B-001 Beta bank file format', BETA]],
    );
  });

  it('goes to definitions and finds references within a plan and across plans', async () => {
    const { client } = server;
    const text = client.document(ALPHA).getText();
    const at = (needle: string, delta: number) => ({
      textDocument: { uri: ALPHA },
      position: posOf(text, needle, delta),
    });

    const toBeta = await client.request<Location[]>('textDocument/definition', at('TP-B-001', 3));
    assert.deepEqual(toBeta, [
      { uri: BETA, range: { start: { line: 2, character: 4 }, end: { line: 2, character: 12 } } },
    ]);

    const toStakeholder = await client.request<Location[]>('textDocument/definition', at('| S-01 | Mitigate', 4));
    assert.deepEqual(
      toStakeholder.map((l) => [l.uri, l.range.start.line]),
      [[ALPHA, 21]],
    );

    const refs = await client.request<Location[]>('textDocument/references', {
      ...at('| S-02 | Daniel Osei', 4),
      context: { includeDeclaration: true },
    });
    // service_owner, the ID cell, the assumption owner (by ID) and the resource provider (by name).
    assert.deepEqual(
      refs.map((l) => l.range.start.line),
      [8, 22, 36, 42],
    );

    const betaText = MULTI['b/beta.plan.md']!;
    const betaOpen = client.nextDiagnostics(BETA);
    client.open(BETA, betaText);
    await betaOpen;
    const planRefs = await client.request<Location[]>('textDocument/references', {
      textDocument: { uri: BETA },
      position: { line: 2, character: 6 },
      context: { includeDeclaration: true },
    });
    assert.deepEqual(planRefs.map((l) => `${l.uri === ALPHA ? 'alpha' : 'beta'}:${l.range.start.line}`).sort(), [
      'alpha:10',
      'beta:2',
    ]);
    client.close(BETA);
  });

  it('renames a stakeholder ID within the plan and a plan id across files', async () => {
    const { client } = server;
    const text = client.document(ALPHA).getText();
    assert.equal(
      await client.request('textDocument/prepareRename', {
        textDocument: { uri: ALPHA },
        position: posOf(text, 'Key staff', 2),
      }),
      null,
      'a risk description cannot be renamed',
    );
    const prepared = await client.request<{ range: unknown; placeholder: string }>('textDocument/prepareRename', {
      textDocument: { uri: ALPHA },
      position: posOf(text, '| S-01 | Helen', 3),
    });
    assert.equal(prepared.placeholder, 'S-01');

    const stakeholder = await client.request<WorkspaceEdit>('textDocument/rename', {
      textDocument: { uri: ALPHA },
      position: posOf(text, '| S-01 | Helen', 3),
      newName: 'S-10',
    });
    assert.deepEqual(
      editsFor(stakeholder, ALPHA).map((e) => `${e.range.start.line}:${e.range.start.character}`),
      [posOf(text, 'sponsor: S-01', 9), posOf(text, '| S-01 | Helen', 2), posOf(text, '| S-01 | Mitigate', 2)].map(
        (p) => `${p.line}:${p.character}`,
      ),
    );

    // Beta is not open: its text is read through the file access.
    const plan = await client.request<WorkspaceEdit>('textDocument/rename', {
      textDocument: { uri: ALPHA },
      position: posOf(text, 'TP-B-001', 1),
      newName: 'TP-B-002',
    });
    assert.deepEqual(editsFor(plan, ALPHA), [
      { range: { start: { line: 10, character: 13 }, end: { line: 10, character: 21 } }, newText: 'TP-B-002' },
    ]);
    assert.deepEqual(editsFor(plan, BETA), [
      { range: { start: { line: 2, character: 4 }, end: { line: 2, character: 12 } }, newText: 'TP-B-002' },
    ]);

    await assert.rejects(
      client.request('textDocument/rename', {
        textDocument: { uri: ALPHA },
        position: posOf(text, 'TP-B-001', 1),
        newName: 'not an id',
      }),
    );
  });
});
