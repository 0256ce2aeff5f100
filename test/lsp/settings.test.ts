/** The server's settings (workspace/configuration, initialisation options) over an in-memory workspace. */
import assert from 'node:assert/strict';
import { memUri, startInMemory, type MemoryServer } from './inMemory.js';
import { ALPHA, AS_OF, MULTI, messageOf } from './util.js';

describe('LSP settings (in memory)', function () {
  let server: MemoryServer;
  afterEach(async () => server?.client.stop());

  it('reads handoff settings through workspace/configuration and re-reads them on change', async () => {
    server = await startInMemory(MULTI, {
      folders: ['a', 'b'],
      settings: { asOf: AS_OF, rules: { 'risk-score-mismatch': 'error' } },
    });
    const { client } = server;
    const first = await client.diagnosticsFor(ALPHA, (d) =>
      d.some((x) => x.code === 'risk-score-mismatch' && x.severity === 1),
    );
    assert.ok(first.length >= 2);
    client.settings = { asOf: AS_OF, rules: { 'risk-score-mismatch': 'off' } };
    const off = client.nextDiagnostics(ALPHA, (d) => !d.some((x) => x.code === 'risk-score-mismatch'));
    client.notify('workspace/didChangeConfiguration', { settings: null });
    await off;
  });

  it('takes plan globs from the settings', async () => {
    server = await startInMemory(MULTI, {
      folders: ['a'],
      initializationOptions: { handoff: { asOf: AS_OF, plans: ['**/notes.md'] } },
    });
    // Named by the glob, notes.md is a plan now: one not started yet (no stage, no section), so
    // it gets the one quiet "start from the template" finding rather than every missing key.
    const diagnostics = await server.client.diagnosticsFor(memUri('a/notes.md'), (d) =>
      d.some((x) => x.code === 'new-plan'),
    );
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0]!.severity, 3);
  });

  it('caps file size', async () => {
    server = await startInMemory(MULTI, {
      folders: ['b'],
      initializationOptions: { asOf: AS_OF, maxFileSizeMB: 0.05 },
    });
    const { client } = server;
    const bigUri = memUri('b/big.plan.md');
    const big = client.nextDiagnostics(bigUri);
    client.open(bigUri, MULTI['b/beta.plan.md']! + '\n' + 'x'.repeat(60_000) + '\n');
    const [notice] = (await big).diagnostics;
    assert.equal((await client.diagnosticsFor(bigUri)).length, 1);
    assert.equal(notice!.code, 'file-too-large');
    assert.match(messageOf(notice!), /0.05 MB limit/);
    // Still answering, and nothing parsed.
    assert.deepEqual(await client.request('textDocument/documentSymbol', { textDocument: { uri: bigUri } }), []);
  });

  it('caps the number of diagnostics per file', async () => {
    server = await startInMemory(MULTI, { folders: ['b'], initializationOptions: { asOf: AS_OF } });
    const { client } = server;
    const beta = MULTI['b/beta.plan.md']!;
    const rows = Array.from(
      { length: 1100 },
      (_, i) => `| R-${1000 + i} | Risk ${i} | 2 | 2 | 5 | S-02 | Test | Open |`,
    );
    // Its own id, so no duplicate-id against beta joins the count.
    const many = beta
      .replace('id: TP-B-001', 'id: TP-M-001')
      .replace('| R-01 | Bank rejects the file | 2 | 2 | 4 | S-02 | Test with the bank | Open |', rows.join('\n'));
    assert.notEqual(many, beta, 'the fixture row to replace is there');
    const manyUri = memUri('b/many.plan.md');
    const capped = client.nextDiagnostics(manyUri);
    client.open(manyUri, many);
    const diagnostics = (await capped).diagnostics;
    assert.equal(diagnostics.length, 1000);
    assert.equal(diagnostics[0]!.severity, 3);
    assert.match(
      messageOf(diagnostics[0]!),
      /1100 findings; only the 999 most severe are shown \(101 more not shown\)/,
    );
  });
});
