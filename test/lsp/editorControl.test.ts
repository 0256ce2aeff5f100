/**
 * A transition PM's editing session on a plan at control saved with CRLF line endings (Windows,
 * pasted from Word): emoji health, a tick for Met, first names as owners, a Link and a Covers to
 * fill in. Completion ranges stop before the `\r`; the last cell of a row is no exception.
 */
import assert from 'node:assert/strict';
import type {
  CompletionItem,
  DocumentSymbol,
  Hover,
  Position,
  Range,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { memUri, startInMemory, type MemoryServer } from './inMemory.js';
import { editsFor, posOf } from './util.js';

const WMS_PLAN = [
  '---',
  'schema: transition-plan/1',
  'id: TP-2026-041',
  'title: Warehouse management system upgrade',
  'service: Warehouse Management',
  'transition_type: change',
  'stage: control',
  'health: red',
  'sponsor: S-01',
  'service_owner: Aoife',
  'project_manager: "@j.mensah"',
  'transition_manager: S-04',
  'change_ref: RFC-2026-0777',
  'dates:',
  '  start: 2026-04-01',
  '  go_live: 2026-11-02',
  '  close: 2027-01-29',
  'budget:',
  '  currency: GBP',
  '  approved: 300000',
  '  contingency: 30000',
  '---',
  '',
  '# Warehouse management system upgrade',
  '',
  '## Project Initiation',
  '',
  '### Stakeholders',
  '',
  '| ID | Name | Handle | Role | Team |',
  '| --- | --- | --- | --- | --- |',
  '| S-01 | Aoife Byrne | @a.byrne | Sponsor | Operations |',
  '| S-02 | Aoife Kelly | @a.kelly | Service owner | Logistics IT |',
  '| S-03 | Joseph Mensah | @j.mensah | Project manager | PMO |',
  '| S-04 | Kasia Nowak | @k.nowak | Transition manager | Service Transition |',
  '',
  '### Risks',
  '',
  '| ID | Risk | L | I | Owner | Response | Mitigation | Contingency | Status |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  '| R-01 | Peak season freeze clashes with cutover | 4 | 4 | S-03 | Mitigate | Cutover before 9 Nov | Defer to January | Open |',
  '',
  '## Project Planning and Coordination',
  '',
  '### Milestones',
  '',
  '| ID | Milestone | Owner | Baseline | Forecast | Actual | Depends on | Status |',
  '| --- | --- | --- | --- | --- | --- | --- | --- |',
  '| M-01 | Pilot site live | S-04 | 2026-09-14 | 2026-09-28 | 2026-09-28 | - | Done |',
  '| M-02 | All sites live | S-04 | 2026-11-02 | 2026-11-20 | - | M-01 | Late |',
  '',
  '## Project Control',
  '',
  '### Issues',
  '',
  '| ID | Issue | Priority | Owner | Raised | Due | Status |',
  '| --- | --- | --- | --- | --- | --- | --- |',
  '| I-01 | Site 3 network upgrade late | High | S-04 | 2026-10-01 | 2026-10-20 | In progress |',
  '',
  '### Corrective actions',
  '',
  '| ID | Action | Owner | Due | Status | Link |',
  '| --- | --- | --- | --- | --- | --- |',
  '| CA-01 | Temporary 4G routers for site 3 | Kasia | 2026-10-25 | Open | I-01 |',
  '| CA-02 | Weekend cutover rehearsal | S-03 | 2026-10-30 | Open | |',
  '',
  '### Go-live readiness',
  '',
  '| ID | Criterion | Met | Evidence | Owner |',
  '| --- | --- | --- | --- | --- |',
  '| GR-01 | Back-out plan tested | ✓ | Rehearsed 2026-10-10 | S-04 |',
  '',
  '## Project Reporting and Communication',
  '',
  '### Status log',
  '',
  '| Date | Health | Summary | Risks and challenges | Decisions needed |',
  '| --- | --- | --- | --- | --- |',
  '| 2026-10-19 | 🔴 | Site 3 network late (I-01) | R-01 | Exception for M-02 |',
  '',
  '### Decisions',
  '',
  '| ID | Decision | Type | Approved by | Date | Status | Covers |',
  '| --- | --- | --- | --- | --- | --- | --- |',
  '| D-01 | Accept M-02 up to 20 days late | Exception | S-01 | 2026-10-20 | Approved | M-02 |',
  '| D-02 | Go for all sites | Go/No-go | | | Proposed | |',
  '',
].join('\r\n');

const URI = memUri('ops/wms.plan.md');

function textAt(r: Range): string {
  assert.equal(r.start.line, r.end.line, 'a one-line range');
  return WMS_PLAN.split('\r\n')[r.start.line]!.slice(r.start.character, r.end.character);
}

describe('editor session: a CRLF plan at control', function () {
  let server: MemoryServer;
  beforeEach(async () => {
    server = await startInMemory(
      { 'ops/wms.plan.md': WMS_PLAN },
      { initializationOptions: { asOf: '2026-10-26', debounceMs: 0 } },
    );
    const opened = server.client.nextDiagnostics(URI, (_d, p) => p.version === 1);
    server.client.open(URI, WMS_PLAN);
    await opened;
  });
  afterEach(async () => server?.client.stop());

  const at = (needle: string, delta = 0): { textDocument: { uri: string }; position: Position } => ({
    textDocument: { uri: URI },
    position: posOf(WMS_PLAN, needle, delta),
  });
  const complete = (needle: string, delta = 0): Promise<CompletionItem[]> =>
    server.client.request<CompletionItem[]>('textDocument/completion', at(needle, delta));
  const edit = (c: CompletionItem): { on: string; newText: string } => {
    const e = c.textEdit as { range: Range; newText: string };
    return { on: textAt(e.range), newText: e.newText };
  };

  it("completes a corrective action's Link with the issues, risks and milestones it may correct", async () => {
    const items = await complete('| CA-02 | Weekend cutover rehearsal | S-03 | 2026-10-30 | Open | ', 64);
    assert.deepEqual(
      items.map((c) => `${c.label} ${c.labelDetails?.description}`),
      [
        'I-01 Site 3 network upgrade late',
        'R-01 Peak season freeze clashes with cutover',
        'M-01 Pilot site live',
        'M-02 All sites live',
      ],
    );
    // The empty last cell, before the `\r`: written padded, as the table's other cells are.
    assert.deepEqual(edit(items[0]!), { on: ' ', newText: ' I-01 ' });
    const filled = await complete('Open | I-01', 8);
    assert.deepEqual(edit(filled[0]!), { on: 'I-01', newText: 'I-01' });
  });

  it("completes an empty Covers, the row's last cell, and a status word, never past the line's end", async () => {
    const covers = await complete('| Proposed | |', 12);
    assert.deepEqual(
      covers.map((c) => c.label),
      ['M-01', 'M-02', 'schedule', 'cost'],
    );
    assert.deepEqual(edit(covers[2]!), { on: ' ', newText: ' schedule ' });
    const status = await complete('| Late |', 3);
    assert.deepEqual(edit(status.find((c) => c.label === 'Done')!), { on: 'Late', newText: 'Done' });
    const stage = await complete('stage: control', 9);
    assert.deepEqual(edit(stage.find((c) => c.label === 'closure')!), { on: 'control', newText: 'closure' });
  });

  it('offers the next free corrective action ID on a new row of a CRLF file', async () => {
    const line = posOf(WMS_PLAN, '| CA-02 |').line;
    const end = { line, character: WMS_PLAN.split('\r\n')[line]!.length };
    const changed = server.client.nextDiagnostics(URI, (_d, p) => p.version === 2);
    server.client.edit(URI, [{ range: { start: end, end }, newText: '\r\n| CA' }]);
    await changed;
    const items = await server.client.request<CompletionItem[]>('textDocument/completion', {
      textDocument: { uri: URI },
      position: { line: line + 1, character: 4 },
    });
    assert.deepEqual(
      items.map((c) => [c.label, (c.textEdit as { range: Range; newText: string }).range.start.character]),
      [['CA-03', 2]],
    );
  });

  it("offers today's date, in ISO form, for a new status entry at the top of the log", async () => {
    const line = posOf(WMS_PLAN, '| 2026-10-19 |').line;
    const start = { line, character: 0 };
    const changed = server.client.nextDiagnostics(URI, (_d, p) => p.version === 2);
    server.client.edit(URI, [{ range: { start, end: start }, newText: '| \r\n' }]);
    await changed;
    const items = await server.client.request<CompletionItem[]>('textDocument/completion', {
      textDocument: { uri: URI },
      position: { line, character: 2 },
    });
    assert.deepEqual(
      items.map((c) => [c.label, c.labelDetails?.description, (c.textEdit as { newText: string }).newText]),
      [['2026-10-26', 'today (as-of date), a Monday', ' 2026-10-26']],
    );
  });

  it("offers a milestone's forecast its baseline, its actual its forecast, and a baseline the plan's key dates", async () => {
    const offered = async (needle: string, delta: number): Promise<[string, string | undefined][]> => {
      const items = await server.client.request<CompletionItem[]>('textDocument/completion', at(needle, delta));
      return items.map((c) => [c.label, c.labelDetails?.description]);
    };
    // M-02: baseline 2026-11-02, forecast 2026-11-20, no actual yet.
    assert.deepEqual(await offered('2026-11-20 | - | M-01', 2), [
      ['2026-11-02', 'the baseline'],
      ['2026-10-26', 'today (as-of date), a Monday'],
    ]);
    assert.deepEqual(await offered('- | M-01 | Late', 0), [
      ['2026-11-20', 'the forecast'],
      ['2026-11-02', 'the baseline'],
      ['2026-10-26', 'today (as-of date), a Monday'],
    ]);
    // The baseline cell: today, then the plan's start, go-live and close (go-live is this baseline).
    assert.deepEqual(await offered('2026-11-02 | 2026-11-20', 2), [
      ['2026-10-26', 'today (as-of date), a Monday'],
      ['2026-04-01', 'the plan’s start (dates.start)'],
      ['2026-11-02', 'go-live (dates.go_live)'],
      ['2027-01-29', 'the plan’s close (dates.close)'],
    ]);
  });

  it('hovers the values a PM writes the short way, and the row a Link names', async () => {
    const hoverAt = async (needle: string, delta: number): Promise<[string, string]> => {
      const h = await server.client.request<Hover | null>('textDocument/hover', at(needle, delta));
      assert.ok(h?.range, needle);
      return [textAt(h.range), (h.contents as { value: string }).value.split('\n')[0]!];
    };
    assert.deepEqual(await hoverAt('| ✓ |', 2), ['✓', 'Handoff reads this as **yes**.']);
    assert.deepEqual(await hoverAt('| 🔴 |', 2), ['🔴', 'Handoff reads this as **Red**.']);
    assert.deepEqual(await hoverAt('Open | I-01', 8), ['I-01', '**I\\-01** (Issues)  ']);
    assert.deepEqual(await hoverAt('Approved | M-02', 12), ['M-02', '**M\\-02** (Milestones)  ']);
    assert.deepEqual(await hoverAt('"@j.mensah"', 4), ['@j.mensah', '**Joseph Mensah** (S\\-03)  ']);
  });

  it('renames a stakeholder ID in every table and key that names it', async () => {
    const renamed = await server.client.request<WorkspaceEdit>('textDocument/rename', {
      ...at('| S-04 | Kasia', 3),
      newName: 'S-14',
    });
    const edits = editsFor(renamed, URI);
    assert.equal(edits.length, 6);
    for (const e of edits) assert.deepEqual([textAt(e.range), e.newText], ['S-04', 'S-14']);
  });

  it('outlines each status entry by its summary and each decision by what was decided', async () => {
    const symbols = await server.client.request<DocumentSymbol[]>('textDocument/documentSymbol', {
      textDocument: { uri: URI },
    });
    const reporting = symbols.find((s) => s.name === 'Project Reporting and Communication')!;
    assert.deepEqual(
      reporting.children!.map((r) => [r.name, r.children!.map((c) => `${c.name}: ${c.detail}`)]),
      [
        ['Status log', ['2026-10-19: Site 3 network late (I-01)']],
        ['Decisions', ['D-01: Accept M-02 up to 20 days late', 'D-02: Go for all sites']],
      ],
    );
  });
});
