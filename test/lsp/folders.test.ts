/** Workspace folders and file watchers over an in-memory workspace. */
import assert from 'node:assert/strict';
import type { SymbolInformation } from 'vscode-languageserver-protocol';
import { memUri, startInMemory, type MemoryServer } from './inMemory.js';
import { ALPHA, AS_OF, BETA, MULTI, messageOf } from './util.js';

describe('LSP workspace folders and watchers (in memory)', function () {
  let server: MemoryServer;
  afterEach(async () => server?.client.stop());

  it('registers file watchers, indexes a folder added later and forgets it when removed', async () => {
    server = await startInMemory(MULTI, { folders: ['a'], initializationOptions: { asOf: AS_OF } });
    const { client } = server;
    // Alone, alpha depends on a plan nobody has.
    await client.diagnosticsFor(ALPHA, (d) => d.some((x) => messageOf(x).includes('TP-B-001')));
    const watchers = client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles');
    assert.ok(watchers, JSON.stringify(client.registrations));
    const globs = (watchers.registerOptions as { watchers: { globPattern: string }[] }).watchers.map(
      (w) => w.globPattern,
    );
    assert.deepEqual(globs, ['**/*.md', '**/.handoff.yaml', '**/.handoff.yml']);

    const resolved = client.nextDiagnostics(ALPHA, (d) => !d.some((x) => messageOf(x).includes('TP-B-001')));
    const beta = client.nextDiagnostics(BETA);
    client.notify('workspace/didChangeWorkspaceFolders', {
      event: { added: [{ uri: memUri('b'), name: 'b' }], removed: [] },
    });
    await Promise.all([resolved, beta]);
    const symbols = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'TP-' });
    assert.deepEqual(symbols.map((s) => s.name.split(' ')[0]).sort(), ['TP-A-001', 'TP-B-001']);

    // Removing the folder again forgets its plans.
    const gone = client.nextDiagnostics(BETA, (d) => d.length === 0);
    const unresolved = client.nextDiagnostics(ALPHA, (d) => d.some((x) => messageOf(x).includes('TP-B-001')));
    client.notify('workspace/didChangeWorkspaceFolders', {
      event: { added: [], removed: [{ uri: memUri('b'), name: 'b' }] },
    });
    await Promise.all([gone, unresolved]);
    const left = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'TP-' });
    assert.deepEqual(
      left.map((s) => s.name.split(' ')[0]),
      ['TP-A-001'],
    );
  });
});
