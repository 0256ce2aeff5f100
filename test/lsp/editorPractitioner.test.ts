/**
 * A PM typing in practitioners' plans (test/fixtures/practitioner): people written by name or by
 * @handle, never by stakeholder ID; a Role cell with its acronym (`Sponsor (SRO)`); teams holding
 * RACI columns and resources; numbered and aliased headings (`1.3 Risk register`, `3.1 Highlight
 * reports`); a risk register with columns of its own (`Date raised`, `Proximity`); a note in
 * prose naming milestones. Completion, hover, references and the outline fit the plan as written.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CompletionItem, DocumentSymbol, Hover, Location, Range } from 'vscode-languageserver-protocol';
import { repoRoot } from '../helpers.js';
import { memUri, startInMemory, type MemoryServer } from './inMemory.js';
import { posOf } from './util.js';

function practitioner(name: string): { text: string; asOf: string; config?: string } {
  const text = fs.readFileSync(path.join(repoRoot, 'test', 'fixtures', 'practitioner', name), 'utf8');
  const expect = /<!-- expect\n([\s\S]*?)-->/.exec(text)![1]!;
  return { text, asOf: /as-of: (\S+)/.exec(expect)![1]!, config: /config: (.*)/.exec(expect)?.[1] };
}

async function openPlan(name: string): Promise<{ server: MemoryServer; uri: string; text: string }> {
  const { text, asOf, config } = practitioner(name);
  const files: Record<string, string> = { [`plans/${name}`]: text };
  if (config) files['.handoff.yaml'] = `${config}\n`;
  const server = await startInMemory(files, { initializationOptions: { asOf, debounceMs: 0 } });
  const uri = memUri(`plans/${name}`);
  const opened = server.client.nextDiagnostics(uri, (_d, p) => p.version === 1);
  server.client.open(uri, text);
  await opened;
  return { server, uri, text };
}

function textAt(text: string, r: Range): string {
  return text.split('\n')[r.start.line]!.slice(r.start.character, r.end.character);
}

describe('editor session: practitioners’ plans', function () {
  let server: MemoryServer | undefined;
  afterEach(async () => server?.client.stop());

  describe('a UK cloud migration in planning, people written by name', () => {
    let uri: string;
    let text: string;
    beforeEach(async () => ({ server, uri, text } = await openPlan('cloud-migration-planning.plan.md')));

    const request = <R>(method: string, needle: string, delta: number, extra: object = {}): Promise<R> =>
      server!.client.request<R>(method, { textDocument: { uri }, position: posOf(text, needle, delta), ...extra });
    const hoverText = async (needle: string, delta: number): Promise<[string, string]> => {
      const h = await request<Hover | null>('textDocument/hover', needle, delta);
      assert.ok(h?.range, needle);
      return [textAt(text, h.range), (h.contents as { value: string }).value];
    };

    it('completes an owner by name, as the plan writes people, with the ID beside it, and each role once', async () => {
      const items = await request<CompletionItem[]>('textDocument/completion', '| Claire Dunn | Integration team', 3);
      const people = items.slice(0, 3).map((c) => {
        const e = c.textEdit as { range: Range; newText: string };
        return [c.label, c.labelDetails?.detail, c.labelDetails?.description, textAt(text, e.range), e.newText];
      });
      assert.deepEqual(people, [
        ['Gillian Forbes', ' S-01', 'Sponsor (SRO)', 'Claire Dunn', 'Gillian Forbes'],
        ['Amir Hussain', ' S-02', 'Service owner', 'Claire Dunn', 'Amir Hussain'],
        ['Rob Ellery', ' S-03', 'Project manager', 'Claire Dunn', 'Rob Ellery'],
      ]);
      // Typing the ID still finds the person.
      assert.match(items[0]!.filterText ?? '', /\bS-01\b/);
      const roles = items.filter((c) => c.detail?.startsWith('Role held by')).map((c) => c.label);
      assert.deepEqual(roles.slice(0, 2), ['Sponsor (SRO)', 'Service owner']);
      assert.equal(new Set(roles).size, roles.length, `a role offered twice: ${roles.join(', ')}`);
      const key = await request<CompletionItem[]>('textDocument/completion', 'project_manager: Rob', 17);
      assert.equal((key[2]!.textEdit as { newText: string }).newText, 'Rob Ellery');
    });

    it('says which team a RACI column, a Provided by or a Contact names, and who is in it', async () => {
      assert.deepEqual(await hoverText('| Nimbus Cloud Services |\n', 3), [
        'Nimbus Cloud Services',
        '**Nimbus Cloud Services** (team or organisation)  \nStakeholders: Tom Rigby \\(S\\-08\\)',
      ]);
      const [on, desk] = await hoverText('| Service Desk | Nimbus', 3);
      assert.deepEqual([on, desk.split('\n')[1]], ['Service Desk', 'Stakeholders: Dev Patel \\(S\\-06\\)']);
      const [, infra] = await hoverText('| Infrastructure | 3 days', 3);
      assert.match(
        infra,
        /^\*\*Infrastructure\*\* \(team or organisation\) {2}\nStakeholders: James Smith \\\(S\\-04\\\)$/,
      );
    });

    it("hovers a risk named in the highlight report with what the register reads, not the register's own extra columns", async () => {
      const [on, value] = await hoverText('| R-01 | None this period', 2);
      assert.equal(on, 'R-01');
      const labels = value.split('  \n').map((l) => l.split(':')[0]);
      assert.deepEqual(labels, [
        '**R\\-01** (Risks)',
        'Description',
        'Prob\\.',
        'Impact',
        'Score',
        'Risk owner',
        'Response',
        'Actions',
        'Fallback',
        'Status',
      ]);
    });

    it('finds a milestone in the note under the milestone plan, besides the tables', async () => {
      const refs = await request<Location[]>('textDocument/references', '| M-03 | Migration', 3, {
        context: { includeDeclaration: false },
      });
      assert.deepEqual(
        refs.map((l) => [l.range.start.line + 1, textAt(text, l.range)]),
        [
          [95, 'M-03'],
          [100, 'M-03'],
        ],
      );
    });

    it('outlines numbered, aliased headings with the stage or register each is', async () => {
      const symbols = await server!.client.request<DocumentSymbol[]>('textDocument/documentSymbol', {
        textDocument: { uri },
      });
      assert.deepEqual(
        symbols.map((s) => [s.name, s.detail, s.children!.map((r) => (r.detail ? `${r.name} (${r.detail})` : r.name))]),
        [
          [
            '1 Project Initiation',
            undefined,
            [
              '1.1 Stakeholders',
              '1.2 Assumptions and constraints',
              '1.3 Risk register (Risks)',
              '1.4 Resources',
              '1.5 Exit criteria',
            ],
          ],
          [
            '2 Planning and Coordination',
            undefined,
            [
              '2.1 Milestone plan (Milestones)',
              '2.2 RACI (Responsibilities)',
              '2.3 Process interfaces',
              '2.4 Exit criteria',
            ],
          ],
          [
            '3 Reporting and Communication',
            undefined,
            ['3.1 Highlight reports (Status log)', '3.2 Communications plan (Communication plan)'],
          ],
          ['4 Project Closure', undefined, ['4.1 Handover to live services (Handovers)']],
        ],
      );
    });
  });

  it('completes a receiving owner by @handle in a plan that writes people by handle', async () => {
    let uri: string;
    let text: string;
    ({ server, uri, text } = await openPlan('sspr-new-service.plan.md'));
    const items = await server.client.request<CompletionItem[]>('textDocument/completion', {
      textDocument: { uri },
      position: posOf(text, '| @s.harris | Desk scripts', 3),
    });
    assert.deepEqual(
      items.slice(0, 2).map((c) => [c.label, c.labelDetails?.detail, (c.textEdit as { newText: string }).newText]),
      [
        ['@m.okafor', ' Mike Okafor', '@m.okafor'],
        ['@j.smith', ' Jo Smith', '@j.smith'],
      ],
    );
    // In the front matter a handle is quoted, as YAML needs (`@` cannot start a plain value),
    // unless the quotes are written already.
    const inQuotes = await server.client.request<CompletionItem[]>('textDocument/completion', {
      textDocument: { uri },
      position: posOf(text, '"@l.chen"', 2),
    });
    assert.equal((inQuotes[0]!.textEdit as { newText: string }).newText, '@m.okafor');
    const line = posOf(text, 'project_manager:').line + 1;
    const start = { line, character: 0 };
    const changed = server.client.nextDiagnostics(uri, (_d, p) => p.version === 2);
    server.client.edit(uri, [{ range: { start, end: start }, newText: 'transition_manager:\n' }]);
    await changed;
    const empty = await server.client.request<CompletionItem[]>('textDocument/completion', {
      textDocument: { uri },
      position: { line, character: 19 },
    });
    assert.equal((empty[0]!.textEdit as { newText: string }).newText, ' "@m.okafor"');
  });

  it('says a configured party is one, and a section headed its own way which stage it is', async () => {
    let uri: string;
    let text: string;
    ({ server, uri, text } = await openPlan('us-datacenter-move-control.plan.md'));
    const h = await server.client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri },
      position: posOf(text, '| Procurement |', 3),
    });
    assert.equal(
      (h?.contents as { value: string }).value,
      '**Procurement** (team or organisation)  \nListed under `parties` in the configuration; no stakeholder is in it.',
    );
    const symbols = await server.client.request<DocumentSymbol[]>('textDocument/documentSymbol', {
      textDocument: { uri },
    });
    assert.deepEqual(
      symbols.map((s) => s.detail),
      [undefined, undefined, 'Project Control', undefined, undefined],
    );
  });
});
