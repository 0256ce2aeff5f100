/** Completion and hover over an in-memory workspace. */
import assert from 'node:assert/strict';
import type { CompletionItem, Hover, Position } from 'vscode-languageserver-protocol';
import type { MemoryServer } from './inMemory.js';
import { ALPHA, MULTI, posOf, startMultiWithAlphaOpen } from './util.js';

describe('LSP completion and hover (in memory)', function () {
  let server: MemoryServer;
  const text = MULTI['a/alpha.plan.md']!;
  beforeEach(async () => {
    server = await startMultiWithAlphaOpen();
  });
  afterEach(async () => server?.client.stop());

  const labels = async (position: Position): Promise<string[]> =>
    (
      await server.client.request<CompletionItem[]>('textDocument/completion', {
        textDocument: { uri: ALPHA },
        position,
      })
    ).map((c) => c.label);

  it('completes front-matter keys and values, people and plan ids of other files', async () => {
    const keys = await labels({ line: posOf(text, 'depends_on:').line, character: 0 });
    assert.ok(keys.includes('health') && keys.includes('transition_manager'), keys.join());
    assert.ok(!keys.includes('sponsor'), 'present keys are not offered again');
    assert.deepEqual(await labels(posOf(text, 'stage: initiation', 'stage: '.length)), [
      'initiation',
      'planning',
      'control',
      'closure',
      'closed',
    ]);
    assert.deepEqual(await labels(posOf(text, 'Zed Unknown', 2)), ['S-01', 'S-02', 'S-03']);
    assert.deepEqual(await labels(posOf(text, 'TP-B-001', 3)), ['TP-B-001']);
  });

  it('explains findings, people and other plans on hover', async () => {
    const hoverAt = async (position: Position): Promise<string> =>
      (
        (await server.client.request<Hover | null>('textDocument/hover', { textDocument: { uri: ALPHA }, position }))
          ?.contents as { value: string } | undefined
      )?.value ?? '';
    assert.match(await hoverAt(posOf(text, '| 7 |', 2)), /risk-score-mismatch/);
    const sponsor = await hoverAt(posOf(text, 'sponsor: S-01', 10));
    assert.match(sponsor, /Helen Marsh/);
    // Beta is not open: its title and stage come from the file read through the file access.
    const dependency = await hoverAt(posOf(text, 'TP-B-001', 2));
    assert.match(dependency, /Beta bank file format/);
    assert.match(dependency, /Stage: initiation/);
  });
});
