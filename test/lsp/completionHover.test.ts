/** Completion and hover over an in-memory workspace. */
import assert from 'node:assert/strict';
import type { CompletionItem, Hover, Position } from 'vscode-languageserver-protocol';

import { memUri, type MemoryServer } from './inMemory.js';
import { ALPHA, MULTI, posOf, startMulti, startMultiWithAlphaOpen } from './util.js';

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
    // A risk owner is a person: stakeholder IDs, then the roles one stakeholder each holds.
    assert.deepEqual(await labels(posOf(text, 'Zed Unknown', 2)), [
      'S-01',
      'S-02',
      'S-03',
      'Sponsor',
      'Service owner',
      'Project manager',
    ]);
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

  it('offers teams and configured parties where a team may hold the cell, and nowhere else', async () => {
    await server.client.stop();
    server = await startMulti({ 'a/.handoff.yaml': 'parties: [Procurement, Orbis Software]\n' });
    const opened = server.client.nextDiagnostics(ALPHA, (_d, p) => p.version === 1);
    server.client.open(ALPHA, text);
    await opened;
    const provider = await labels(posOf(text, '| Daniel Osei | 50%', 2));
    assert.deepEqual(provider.slice(-2), ['Procurement', 'Orbis Software']);
    assert.ok(provider.includes('Service owner') && provider.includes('S-02'), provider.join());
    const riskOwner = await labels(posOf(text, 'Zed Unknown', 2));
    assert.ok(!riskOwner.includes('Procurement'), 'a risk owner is one person, not a team');
  });

  it("completes and explains the organisation's own process names", async () => {
    await server.client.stop();
    const gamma = [
      '---',
      'schema: transition-plan/1',
      'id: TP-G-001',
      'title: Gamma',
      'service: Gamma',
      'transition_type: change',
      'stage: initiation',
      'sponsor: S-01',
      'service_owner: S-01',
      'project_manager: S-01',
      '---',
      '# Gamma',
      '',
      '## Planning and Coordination',
      '',
      '### Handovers',
      '',
      '| ID | Process | Handed over | Receiving owner | Planned | Status |',
      '| --- | --- | --- | --- | --- | --- |',
      '| H-01 | Operational Acceptance | The service | S-01 | 2026-09-01 | Planned |',
      '',
    ].join('\n');
    server = await startMulti({
      'a/.handoff.yaml': 'aliases:\n  processes: { Operational Acceptance: Service Validation and Testing }\n',
      'a/gamma.plan.md': gamma,
    });
    const uri = memUri('a/gamma.plan.md');
    const opened = server.client.nextDiagnostics(uri, (_d, p) => p.version === 1);
    server.client.open(uri, gamma);
    await opened;
    const at = posOf(gamma, 'Operational Acceptance', 3);
    const items = await server.client.request<CompletionItem[]>('textDocument/completion', {
      textDocument: { uri },
      position: at,
    });
    const first = [...items].sort((a, b) => ((a.sortText ?? a.label) < (b.sortText ?? b.label) ? -1 : 1))[0]!;
    assert.equal(first.label, 'Operational Acceptance');
    assert.equal(first.labelDetails?.description, 'Service Validation and Testing');
    const hover = await server.client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri },
      position: at,
    });
    const text = (hover?.contents as { value: string } | undefined)?.value ?? '';
    assert.match(text, /Service Validation and Testing/);
    assert.match(text, /organisation's name for it/);
  });
});
