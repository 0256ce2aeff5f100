/** Diagnostics over an in-memory workspace: indexing, open documents, file changes, configuration. */
import assert from 'node:assert/strict';
import type { Diagnostic, SymbolInformation } from 'vscode-languageserver-protocol';
import { memoryFiles, memUri, startInMemoryOver, type MemoryServer } from './inMemory.js';
import { ALPHA, AS_OF, BETA, codes, messageOf, MULTI, posOf, startMulti } from './util.js';

describe('LSP diagnostics (in memory)', function () {
  let server: MemoryServer;
  afterEach(async () => server?.client.stop());

  it('indexes the plans of every folder without opening them, cross-plan references resolved', async () => {
    server = await startMulti();
    const alpha = await server.client.diagnosticsFor(ALPHA);
    assert.ok(!alpha.some((d) => messageOf(d).includes('TP-B-001')), 'depends_on TP-B-001 resolves to beta');
    const byCode = new Map(alpha.map((d) => [d.code, d]));
    assert.equal(byCode.get('unresolved-reference')!.range.start.line, 29);
    assert.equal(byCode.get('risk-score-mismatch')!.range.start.line, 30);
    assert.equal(byCode.get('unresolved-reference')!.severity, 1);
    for (const d of alpha) assert.match(d.codeDescription!.href, new RegExp(`#${String(d.code)}$`));
  });

  it('publishes nothing but an empty list for Markdown that is not a plan', async () => {
    server = await startMulti();
    const notes = memUri('a/notes.md');
    const p = server.client.nextDiagnostics(notes);
    server.client.open(notes, MULTI['a/notes.md']!);
    assert.deepEqual((await p).diagnostics, []);
    assert.deepEqual(await server.client.request('textDocument/documentSymbol', { textDocument: { uri: notes } }), []);
  });

  it('lints an open plan as it is typed', async () => {
    server = await startMulti();
    const { client } = server;
    const text = MULTI['a/alpha.plan.md']!;
    const first = client.nextDiagnostics(ALPHA, (_d, p) => p.version === 1);
    client.open(ALPHA, text);
    assert.deepEqual(codes((await first).diagnostics), ['risk-score-mismatch', 'unresolved-reference']);
    const score = posOf(text, '| 7 |', 2);
    const fixed = client.nextDiagnostics(ALPHA, (_d, p) => p.version === 2);
    client.edit(ALPHA, [{ range: { start: score, end: { ...score, character: score.character + 1 } }, newText: '6' }]);
    assert.deepEqual(codes((await fixed).diagnostics), ['unresolved-reference']);
  });

  it('picks up a new plan file, reports a duplicate id on both files, and forgets a deleted one', async () => {
    server = await startMulti();
    const { client, files } = server;
    const gamma = memUri('b/gamma.plan.md');
    const dup = client.nextDiagnostics(gamma, (d) => d.some((x) => x.code === 'duplicate-id'));
    const dupBeta = client.nextDiagnostics(BETA, (d) => d.some((x) => x.code === 'duplicate-id'));
    files.write(gamma, MULTI['b/beta.plan.md']!);
    const [dupGamma] = await Promise.all([dup, dupBeta]);
    const finding = dupGamma.diagnostics.find((x: Diagnostic) => x.code === 'duplicate-id')!;
    assert.deepEqual(
      finding.relatedInformation?.map((r) => [r.location.uri, r.location.range.start.line]),
      [[BETA, 2]],
    );
    // The other plan by its path in the workspace (two folders: after the folder's name), not its URI.
    assert.match(messageOf(finding), /is also used by b\/beta\.plan\.md: /);
    const onBeta = (await dupBeta).diagnostics.find((x: Diagnostic) => x.code === 'duplicate-id')!;
    assert.match(messageOf(onBeta), /is also used by b\/gamma\.plan\.md: /);
    const cleared = client.nextDiagnostics(gamma, (d) => d.length === 0);
    const betaClean = client.nextDiagnostics(BETA, (d) => !d.some((x) => x.code === 'duplicate-id'));
    files.delete(gamma);
    await Promise.all([cleared, betaClean]);
  });

  it('a plan opened through a symlinked folder is one plan, not its own duplicate', async () => {
    server = await startMulti();
    const { client, files, workspace } = server;
    await client.diagnosticsFor(BETA);
    // `linked/` leads to `b/` (a symlinked folder): the listing names beta under b/ only.
    files.alias(memUri('linked'), memUri('b'));
    const viaLink = memUri('linked/beta.plan.md');
    const opened = client.nextDiagnostics(viaLink, (_d, p) => p.version === 1);
    const listedCleared = client.nextDiagnostics(BETA, (d) => d.length === 0);
    client.open(viaLink, MULTI['b/beta.plan.md']!);
    const [{ diagnostics }] = await Promise.all([opened, listedCleared]);
    assert.ok(!codes(diagnostics).includes('duplicate-id'), codes(diagnostics).join(', '));
    assert.equal(workspace.get(BETA), undefined, 'the listed name has no entry while the link is open');
    assert.equal(workspace.plans().filter((e) => e.summary?.id === 'TP-B-001').length, 1);
    // Closed: the file is the listed name's again, and the link's name is forgotten.
    const back = client.nextDiagnostics(BETA);
    const linkCleared = client.nextDiagnostics(viaLink, (d) => d.length === 0);
    client.close(viaLink);
    await Promise.all([back, linkCleared]);
    assert.ok(workspace.get(BETA));
    assert.equal(workspace.get(viaLink), undefined);
    assert.equal(workspace.plans().filter((e) => e.summary?.id === 'TP-B-001').length, 1);
  });

  it('a plan restored through a symlinked folder before indexing listed it is still one plan', async () => {
    // The editor opens the linked name at start-up, before the listing names the file.
    const access = memoryFiles(MULTI);
    access.alias(memUri('linked'), memUri('b'));
    const list = access.list.bind(access);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    access.list = async (folder) => {
      await gate;
      return list(folder);
    };
    server = await startInMemoryOver(access, {
      folders: ['a', 'b'],
      initializationOptions: { asOf: AS_OF, debounceMs: 0 },
    });
    const { client, workspace } = server;
    const viaLink = memUri('linked/beta.plan.md');
    const opened = client.nextDiagnostics(viaLink, (_d, p) => p.version === 1);
    client.open(viaLink, MULTI['b/beta.plan.md']!);
    await opened;
    // Its diagnostics before the listing had no duplicate either: wait for those after it.
    const relinted = client.nextDiagnostics(viaLink, (d) => !codes(d).includes('duplicate-id'));
    release();
    await relinted;
    assert.equal(workspace.get(BETA), undefined);
    assert.equal(workspace.plans().filter((e) => e.summary?.id === 'TP-B-001').length, 1);
  });

  it('keeps a plan created while an indexing run was walking its folder', async () => {
    server = await startMulti();
    const { client, files, workspace } = server;
    // The next run lists folder a, then waits until the new file has been linted.
    const list = files.list.bind(files);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let listed!: () => void;
    const listedOnce = new Promise<void>((resolve) => (listed = resolve));
    files.list = async (folder) => {
      const out = await list(folder);
      listed();
      await gate;
      return out;
    };
    const run = workspace.reindexAll();
    await listedOnce;
    const gamma = memUri('a/gamma.plan.md');
    const published = client.nextDiagnostics(gamma);
    files.write(gamma, MULTI['b/beta.plan.md']!.replace('id: TP-B-001', 'id: TP-G-001'));
    await published;
    release();
    await run;
    assert.ok(workspace.get(gamma)?.isPlan, 'the run that listed the folder before the file existed forgot it');
    const found = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'TP-G' });
    assert.deepEqual(
      found.map((s) => s.location.uri),
      [gamma],
    );
  });

  it('applies a .handoff.yaml change live, and reports an invalid one on the file itself', async () => {
    server = await startMulti();
    const { client, files } = server;
    const config = memUri('a/.handoff.yaml');
    const original = MULTI['a/.handoff.yaml']!;
    const off = client.nextDiagnostics(ALPHA, (d) => !d.some((x) => x.code === 'risk-score-mismatch'));
    files.write(config, `${original}  risk-score-mismatch: off\n`);
    assert.deepEqual(codes((await off).diagnostics), ['unresolved-reference']);

    const invalid = client.nextDiagnostics(config, (d) => d.length > 0);
    files.write(config, `${original}  no-such-rule: error\n`);
    const [d] = (await invalid).diagnostics;
    assert.equal(d!.code, 'invalid-config');
    assert.match(messageOf(d!), /Unknown rule "no-such-rule"/);
    assert.deepEqual(d!.range.start, { line: 4, character: 2 });
  });

  it("resolves each file's configuration from its nearest folder, with globs relative to that folder", async () => {
    server = await startMulti({ 'b/.handoff.yml': 'plans: ["plans/**/*.md"]\n' });
    assert.ok(server.workspace.configFor(memUri('b/plans/deep/other.md')).matchesGlob);
    assert.ok(!server.workspace.configFor(BETA).matchesGlob, 'the .yml replaced **/*.plan.md in folder b');
    assert.ok(server.workspace.configFor(memUri('a/x.plan.md')).matchesGlob, 'folder a keeps its own');
    assert.ok(!server.workspace.configFor(memUri('a/plans/other.md')).matchesGlob);
  });

  it('lints an open plan as it is typed, dropping superseded versions', async () => {
    server = await startMulti({}, { debounceMs: 100 });
    const { client } = server;
    const text = MULTI['a/alpha.plan.md']!;
    const first = client.nextDiagnostics(ALPHA, (_d, p) => p.version === 1);
    client.open(ALPHA, text);
    assert.deepEqual(codes((await first).diagnostics), ['risk-score-mismatch', 'unresolved-reference']);

    // Three quick edits: only the last version is linted and published.
    const seen: (number | undefined)[] = [];
    const sub = client.on<{ uri: string; version?: number }>('textDocument/publishDiagnostics', (p) => {
      if (p.uri === ALPHA) seen.push(p.version);
    });
    const score = posOf(text, '| 7 |', 2);
    const done = client.nextDiagnostics(ALPHA, (_d, p) => p.version === 4);
    client.edit(ALPHA, [{ range: { start: score, end: { ...score, character: score.character + 1 } }, newText: '8' }]);
    client.edit(ALPHA, [{ range: { start: score, end: { ...score, character: score.character + 1 } }, newText: '9' }]);
    client.edit(ALPHA, [{ range: { start: score, end: { ...score, character: score.character + 1 } }, newText: '6' }]);
    const last = await done;
    sub.dispose();
    assert.deepEqual(codes(last.diagnostics), ['unresolved-reference']);
    assert.deepEqual(seen, [4]);
  });

  it('does not send an open plan the same diagnostics again for the same version', async () => {
    // A client takes every publish as a change of the file's markers (VS Code drops a Quick Fix
    // menu being computed): a re-lint that finds the same must send nothing.
    server = await startMulti();
    const { client, workspace } = server;
    const text = MULTI['a/alpha.plan.md']!;
    const first = client.nextDiagnostics(ALPHA, (_d, p) => p.version === 1);
    client.open(ALPHA, text);
    await first;
    const seen: (number | undefined)[] = [];
    const sub = client.on<{ uri: string; version?: number }>('textDocument/publishDiagnostics', (p) => {
      if (p.uri === ALPHA) seen.push(p.version);
    });
    await workspace.lintOpen(ALPHA);
    await workspace.lintOpen(ALPHA);
    // A change that alters the findings is sent, and a change that does not is sent too (new version).
    const score = posOf(text, '| 7 |', 2);
    const fixed = client.nextDiagnostics(ALPHA, (_d, p) => p.version === 2);
    client.edit(ALPHA, [{ range: { start: score, end: { ...score, character: score.character + 1 } }, newText: '6' }]);
    assert.deepEqual(codes((await fixed).diagnostics), ['unresolved-reference']);
    const same = client.nextDiagnostics(ALPHA, (_d, p) => p.version === 3);
    client.edit(ALPHA, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: '' }]);
    assert.deepEqual(codes((await same).diagnostics), ['unresolved-reference']);
    await workspace.lintOpen(ALPHA);
    sub.dispose();
    assert.deepEqual(seen, [2, 3]);
  });
});
