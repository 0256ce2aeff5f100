/**
 * Hostile input never takes the server down: after each document below is opened (and edited),
 * the server still answers requests.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CompletionItem, DocumentSymbol, Hover } from 'vscode-languageserver-protocol';
import { repoRoot } from '../helpers.js';
import { fileUri, LspClient } from './client.js';

const FRONT = '---\nschema: transition-plan/1\nid: TP-X-001\ntitle: X\n';

const HOSTILE: Record<string, string> = {
  'malformed YAML': `${FRONT}stage: [initiation\nsponsor: {a: b\n  - c: ]]\n---\n\n# X\n`,
  'JavaScript front matter': `---js\nmodule.exports = { schema: 'transition-plan/1', id: require('child_process').execSync('id').toString() }\n---\n\n# X\n`,
  'an alias bomb': `${FRONT}a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n---\n\n# X\n`,
  '10,000 nested brackets': `${FRONT}depends_on: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n---\n\n# X\n`,
  '10,000 nested brackets in the body': `${FRONT}---\n\n# X\n\n${'['.repeat(10_000)}\n\n${'> '.repeat(5_000)}x\n`,
  'prototype keys': `${FRONT}__proto__: { polluted: true }\nconstructor: { prototype: { polluted: true } }\n---\n\n# X\n`,
  'binary content': `${FRONT}---\n${'\u0000\u0001\u0002\uFFFD'.repeat(5_000)}`,
  'an unclosed front matter': `${FRONT}stage: planning\n\n# X\n${'| a | b |\n'.repeat(1000)}`,
  'a huge single line': `${FRONT}---\n\n# X\n\n| ${'x | '.repeat(50_000)}\n| --- |\n`,
  'a huge table': `${FRONT}stage: planning\n---\n\n## Project Initiation\n\n### Risks\n\n| ID | Risk | L | I | Owner |\n| --- | --- | --- | --- | --- |\n${Array.from({ length: 20_000 }, (_, i) => `| R-${i} | r | 9 | x | @${i} |`).join('\n')}\n`,
  'a huge file': `${FRONT}---\n\n# X\n\n${'All work and no play. '.repeat(400_000)}\n`,
  'lone surrogates and bidi controls': `${FRONT}title: "\uD800\u202E evil"\n---\n\n# \uDC00\u202E\n\n| ID | Name | Role |\n| --- | --- | --- |\n| S-01 | \uD800 | \u202E |\n`,
};

describe('language server: hostile input', function () {
  this.timeout(120_000);
  let client: LspClient;
  let root: string;

  before(async () => {
    root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'handoff-lsp-hostile-')));
    client = await LspClient.start({ folders: [root], initializationOptions: { asOf: '2026-06-01', debounceMs: 0 } });
  });

  after(async () => {
    await client?.stop();
    if (root) fs.rmSync(root, { recursive: true, force: true });
  });

  let n = 0;
  for (const [name, text] of Object.entries(HOSTILE)) {
    it(`survives ${name}`, async () => {
      const uri = fileUri(path.join(root, `hostile-${++n}.plan.md`));
      const published = client.nextDiagnostics(uri, () => true, 60_000);
      client.open(uri, text);
      await published;
      // Every feature still answers on that document…
      const position = { line: 2, character: 3 };
      await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position });
      await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position });
      await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
      await client.request('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: position, end: position },
        context: { diagnostics: client.diagnostics.get(uri)?.diagnostics ?? [] },
      });
      await client.request('handoff/plan', { uri });
      // …an edit is linted…
      const again = client.nextDiagnostics(uri, (_d, p) => p.version === 2, 60_000);
      client.edit(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: ' ' }]);
      await again;
      client.close(uri);
      // …and the server is alive for everyone else.
      const symbols = await client.request<unknown[]>('workspace/symbol', { query: '' });
      assert.ok(Array.isArray(symbols));
      assert.ok(client.child?.exitCode === null, 'the server process is still running');
    });
  }

  it('never ran the JavaScript front matter nor polluted prototypes', () => {
    assert.ok(!client.logs.some((l) => /uid=\d+/.test(l)));
    assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
  });

  it('answers malformed requests with an error or an empty result, and keeps serving', async () => {
    const answer = await client.request('textDocument/hover', { textDocument: {}, position: 'x' }).then(
      (r) => r,
      () => 'error',
    );
    assert.ok(answer === null || answer === 'error');
    assert.equal(await client.request('handoff/plan', { uri: 42 }), null);
    assert.equal(await client.request('handoff/plan', null), null);
    const symbols = await client.request<unknown[]>('workspace/symbol', { query: '' });
    assert.ok(Array.isArray(symbols));
  });
});

const CLEAN_PLAN = fs.readFileSync(path.join(repoRoot, 'test', 'fixtures', 'cli', 'clean.plan.md'), 'utf8');
const NESTED_PLAN = CLEAN_PLAN.replace(
  /^(\| R-01 .*)$/m,
  (row) =>
    `${row}\n| R-02 | ${'*'.repeat(8000)}a${'*'.repeat(8000)} | 2 | 3 | 6 | S-03 | Mitigate | x | y | Open |\n| R-03 | ${'![a'.repeat(3000)}${'](u)'.repeat(3000)} | 2 | 3 | 6 | S-03 | Mitigate | x | y | Open |`,
);

describe('language server: hostile input is bounded (issue 12)', function () {
  this.timeout(120_000);
  let root: string;
  before(() => {
    root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'handoff-lsp-hostile12-')));
  });
  after(() => root && fs.rmSync(root, { recursive: true, force: true }));

  it('a cell of 8,000 nested * and 3,000 nested images is linted and reported, not left silent', async () => {
    const client = await LspClient.start({
      folders: [root],
      initializationOptions: { asOf: '2026-06-01', debounceMs: 0 },
    });
    try {
      const uri = fileUri(path.join(root, 'nested.plan.md'));
      const published = client.nextDiagnostics(uri, () => true, 60_000);
      client.open(uri, NESTED_PLAN);
      const diagnostics = (await published).diagnostics;
      const lines = diagnostics.filter((d) => d.code === 'markup-too-complex').map((d) => d.range.start.line);
      const row = NESTED_PLAN.split('\n').findIndex((l) => l.startsWith('| R-02'));
      assert.deepEqual(lines, [row, row + 1]);
      // Another document is still served.
      const other = fileUri(path.join(root, 'other.plan.md'));
      const otherPublished = client.nextDiagnostics(other, () => true, 60_000);
      client.open(other, CLEAN_PLAN);
      await otherPublished;
      const hover = await client.request<Hover | null>('textDocument/hover', {
        textDocument: { uri: other },
        position: { line: 1, character: 1 },
      });
      assert.ok(hover === null || typeof hover === 'object');
    } finally {
      await client.stop();
    }
  });

  it('a document over its time budget gets one "too complex" notice and the server moves on', async () => {
    const previous = process.env['HANDOFF_LINT_BUDGET_MS'];
    process.env['HANDOFF_LINT_BUDGET_MS'] = '0';
    let client: LspClient | undefined;
    try {
      client = await LspClient.start({ folders: [root], initializationOptions: { asOf: '2026-06-01', debounceMs: 0 } });
    } finally {
      if (previous === undefined) delete process.env['HANDOFF_LINT_BUDGET_MS'];
      else process.env['HANDOFF_LINT_BUDGET_MS'] = previous;
    }
    try {
      const uri = fileUri(path.join(root, 'slow.plan.md'));
      const published = client.nextDiagnostics(uri, () => true, 60_000);
      client.open(uri, NESTED_PLAN);
      const diagnostics = (await published).diagnostics;
      assert.deepEqual(
        diagnostics.map((d) => d.code),
        ['too-complex-to-lint'],
      );
      assert.match(diagnostics[0]!.message as string, /so it is not checked/);
      const symbols = await client.request<unknown[]>('workspace/symbol', { query: '' });
      assert.ok(Array.isArray(symbols));
    } finally {
      await client.stop();
    }
  });
});
