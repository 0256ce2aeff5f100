/** Quick fixes over an in-memory workspace. */
import assert from 'node:assert/strict';
import type { CodeAction } from 'vscode-languageserver-protocol';
import type { MemoryServer } from './inMemory.js';
import { ALPHA, BETA, codes, editsFor, MULTI, startMulti } from './util.js';

describe('LSP quick fixes (in memory)', function () {
  let server: MemoryServer;
  afterEach(async () => server?.client.stop());

  it('offers the rules’ fixes, and applying the preferred one clears the finding with a minimal edit', async () => {
    server = await startMulti();
    const { client } = server;
    const before = MULTI['a/alpha.plan.md']!;
    const opened = client.nextDiagnostics(ALPHA, (_d, p) => p.version === 1);
    client.open(ALPHA, before);
    const mismatch = (await opened).diagnostics.find((d) => d.code === 'risk-score-mismatch')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: ALPHA },
      range: mismatch.range,
      context: { diagnostics: [mismatch] },
    });
    const preferred = actions.find((a) => a.isPreferred);
    assert.ok(preferred, `no preferred fix among ${actions.map((a) => a.title).join(', ')}`);
    assert.equal(preferred.kind, 'quickfix');
    assert.ok(actions.some((a) => a.title === 'Disable risk-score-mismatch on this row'));
    const after = client.nextDiagnostics(ALPHA, (d) => !d.some((x) => x.code === 'risk-score-mismatch'));
    const doc = client.edit(ALPHA, editsFor(preferred.edit, ALPHA));
    assert.deepEqual(codes((await after).diagnostics), ['unresolved-reference']);
    const changed = doc
      .getText()
      .split('\n')
      .filter((l, i) => l !== before.split('\n')[i]);
    assert.deepEqual(changed, [
      '| R-02 | Vendor late with statutory update | 2 | 3 | 6 | S-01 | Mitigate | Contract clause | Manual fix | Open |',
    ]);
  });

  it('inserts a missing register from its template, and the finding goes', async () => {
    server = await startMulti();
    const { client } = server;
    const betaText = MULTI['b/beta.plan.md']!;
    const withoutResources = betaText.slice(0, betaText.indexOf('### Resources'));
    const missing = client.nextDiagnostics(BETA, (d) => d.some((x) => x.code === 'missing-register'));
    client.open(BETA, withoutResources);
    const diagnostic = (await missing).diagnostics.find((x) => x.code === 'missing-register')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: BETA },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    });
    const add = actions.find((a) => a.isPreferred);
    assert.equal(add?.title, 'Add the Resources register');
    const fixed = client.nextDiagnostics(BETA, (d) => !d.some((x) => x.code === 'missing-register'));
    const doc = client.edit(BETA, editsFor(add!.edit, BETA));
    await fixed;
    assert.ok(doc.getText().startsWith(withoutResources.trimEnd()), 'only appended');
    assert.match(doc.getText(), /### Resources\n\n\| ID \| Resource \|/);
  });

  it('finds the finding by the key in Diagnostic.data, not by what the client echoes', async () => {
    server = await startMulti();
    const { client } = server;
    const opened = client.nextDiagnostics(ALPHA, (_d, p) => p.version === 1);
    client.open(ALPHA, MULTI['a/alpha.plan.md']!);
    const mismatch = (await opened).diagnostics.find((d) => d.code === 'risk-score-mismatch')!;
    const data = mismatch.data as { findingKey?: unknown } | undefined;
    assert.equal(typeof data?.findingKey, 'string', 'the published diagnostic carries its finding key');
    const ask = (diagnostic: typeof mismatch) =>
      client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri: ALPHA },
        range: mismatch.range,
        context: { diagnostics: [diagnostic] },
      });
    // A client that shortens the message it shows still gets the fixes: the key names the finding.
    const shortened = await ask({ ...mismatch, message: mismatch.message.slice(0, 10) });
    assert.ok(shortened.some((a) => a.isPreferred));
    // A key no current finding has (a stale diagnostic) gets nothing, though rule, range and message match.
    const stale = await ask({ ...mismatch, data: { findingKey: '["risk-score-mismatch",0,0,0,0,null,"gone"]' } });
    assert.deepEqual(stale, []);
    // A client that drops `data` is matched by rule, range and message.
    const withoutData = await ask({ ...mismatch, data: undefined });
    assert.ok(withoutData.some((a) => a.isPreferred));
  });
});
