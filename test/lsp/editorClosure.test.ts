/**
 * A transition PM's editing session on a plan at closure: handovers with an `#### H-01`
 * acceptance checklist, a Sign-off under its other name, people by first name, and a plan it
 * depends on in another folder, named in a block list.
 */
import assert from 'node:assert/strict';
import type {
  CompletionItem,
  DocumentSymbol,
  FoldingRange,
  Hover,
  Location,
  Position,
  Range,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { memUri, startInMemory, type MemoryServer } from './inMemory.js';
import { editsFor, posOf } from './util.js';

const INTRANET = `---
schema: transition-plan/1
id: TP-2026-012
title: Retire the old intranet (SharePoint 2013)
service: Intranet
transition_type: retire
stage: closure
health: green
sponsor: "@r.ahmed"
service_owner: S-02
project_manager: Tom
change_ref: RFC-2026-0300
dates:
  start: 2026-02-02
  go_live: 2026-07-06
  close: 2026-10-30
budget:
  currency: GBP
  approved: 45000
  contingency: 5000
depends_on:
  - "TP-2026-041"
---

# Retire the old intranet (SharePoint 2013)

## Project Initiation

### Stakeholders

| ID | Name | Handle | Role | Team |
| --- | --- | --- | --- | --- |
| S-01 | Rania Ahmed | @r.ahmed | Sponsor | Internal Comms |
| S-02 | Ellie Ward | @e.ward | Service owner | Digital Workplace |
| S-03 | Tom Briggs | @t.briggs | Project manager | PMO |
| S-04 | Tom Hale | @t.hale | Change manager | IT Governance |
| S-05 | Nina Berg | @n.berg | Knowledge manager | IT Service Desk |

## Project Closure

### Handovers

| ID | Process | Handed over | Receiving owner | Acceptance criteria | Planned | Status | Accepted on |
| --- | --- | --- | --- | --- | --- | --- | --- |
| H-01 | Knowledge Management | KB articles retired | Nina | - | 2026-07-20 | Signed off | 2026-07-21 |
| H-02 | Service Catalogue Management | Catalogue entry withdrawn | S-02 | Entry withdrawn | 2026-07-20 | Accepted | 20/07/2026 |

#### H-01 Knowledge articles acceptance

- [x] Old articles archived
- [ ] Redirect article published

### Lessons learnt

- Start the records review earlier.

### Approvals

| Role | Stakeholder | Decision | Date |
| --- | --- | --- | --- |
| Sponsor | Rania | Approved | 2026-10-20 |
`;

const WMS = `---
schema: transition-plan/1
id: TP-2026-041
title: Warehouse management system upgrade
service: Warehouse Management
transition_type: change
stage: initiation
sponsor: S-01
service_owner: S-01
project_manager: S-01
---

# Warehouse management system upgrade
`;

const URI = memUri('intranet/intranet-retire.plan.md');
const WMS_URI = memUri('ops/wms.plan.md');

function textAt(text: string, r: Range): string {
  assert.equal(r.start.line, r.end.line, 'a one-line range');
  return text.split('\n')[r.start.line]!.slice(r.start.character, r.end.character);
}

describe('editor session: a plan at closure', function () {
  let server: MemoryServer;
  beforeEach(async () => {
    server = await startInMemory(
      { 'intranet/intranet-retire.plan.md': INTRANET, 'ops/wms.plan.md': WMS },
      { initializationOptions: { asOf: '2026-10-26', debounceMs: 0 } },
    );
    // Indexed: the plan it depends on is known before the PM opens the plan.
    await server.client.diagnosticsFor(WMS_URI);
    const opened = server.client.nextDiagnostics(URI, (_d, p) => p.version === 1);
    server.client.open(URI, INTRANET);
    await opened;
  });
  afterEach(async () => server?.client.stop());

  const at = (needle: string, delta = 0): { textDocument: { uri: string }; position: Position } => ({
    textDocument: { uri: URI },
    position: posOf(INTRANET, needle, delta),
  });
  const hover = async (needle: string, delta: number): Promise<{ on: string; text: string }> => {
    const h = await server.client.request<Hover | null>('textDocument/hover', at(needle, delta));
    assert.ok(h?.range, needle);
    return { on: textAt(INTRANET, h.range), text: (h.contents as { value: string }).value };
  };

  it('hovers the handover an acceptance checklist heading names', async () => {
    const h = await hover('#### H-01 Knowledge', 6);
    assert.equal(h.on, 'H-01');
    assert.match(h.text, /^\*\*H\\-01\*\* \(Handovers\) {2}\nProcess: Knowledge Management/);
    assert.match(h.text, /Status: Signed off/);
  });

  it('hovers registers under their other names, and how a status is read', async () => {
    assert.match((await hover('### Approvals', 6)).text, /^\*\*Sign\\-off\*\* register/);
    assert.match((await hover('### Lessons learnt', 6)).text, /^\*\*Lessons learned\*\* register/);
    const status = await hover('| Signed off |', 3);
    assert.equal(status.on, 'Signed off');
    assert.match(status.text, /`handover-not-accepted`/);
    assert.match(status.text, /Handoff reads this as \*\*Accepted\*\*\.$/);
  });

  it('outlines and folds an acceptance checklist under its handovers', async () => {
    const symbols = await server.client.request<DocumentSymbol[]>('textDocument/documentSymbol', {
      textDocument: { uri: URI },
    });
    const handovers = symbols.find((s) => s.name === 'Project Closure')!.children![0]!;
    assert.deepEqual(
      handovers.children!.map((c) => c.name),
      ['H-01', 'H-02', 'H-01 Knowledge articles acceptance'],
    );
    const checklist = handovers.children![2]!;
    const heading = posOf(INTRANET, '#### H-01').line;
    assert.deepEqual(
      [checklist.range.start.line, checklist.range.end.line, textAt(INTRANET, checklist.selectionRange)],
      [heading, heading + 3, 'H-01 Knowledge articles acceptance'],
    );
    const folds = await server.client.request<FoldingRange[]>('textDocument/foldingRange', {
      textDocument: { uri: URI },
    });
    assert.ok(
      folds.some((f) => f.startLine === heading && f.endLine === heading + 3),
      JSON.stringify(folds),
    );
  });

  it('goes from a quoted depends_on item to the plan, and renames that plan id in both plans', async () => {
    const item = at('- "TP-2026-041"', 4);
    const h = await hover('- "TP-2026-041"', 4);
    assert.equal(h.on, 'TP-2026-041');
    assert.match(h.text, /^\*\*TP\\-2026\\-041\*\* — Warehouse management system upgrade/);
    const def = await server.client.request<Location[]>('textDocument/definition', item);
    assert.deepEqual(
      def.map((l) => [l.uri, l.range.start.line]),
      [[WMS_URI, 2]],
    );
    const prepared = await server.client.request<{ range: Range; placeholder: string }>(
      'textDocument/prepareRename',
      item,
    );
    assert.deepEqual([textAt(INTRANET, prepared.range), prepared.placeholder], ['TP-2026-041', 'TP-2026-041']);
    const edit = await server.client.request<WorkspaceEdit>('textDocument/rename', { ...item, newName: 'TP-2026-141' });
    assert.deepEqual(
      editsFor(edit, URI).map((e) => [textAt(INTRANET, e.range), e.newText]),
      [['"TP-2026-041"', '"TP-2026-141"']],
    );
    assert.deepEqual(
      editsFor(edit, WMS_URI).map((e) => [textAt(WMS, e.range), e.newText]),
      [['TP-2026-041', 'TP-2026-141']],
    );
  });

  it('finds a stakeholder named by handle in the front matter, on the handle', async () => {
    const refs = await server.client.request<Location[]>('textDocument/references', {
      ...at('| S-01 | Rania', 3),
      context: { includeDeclaration: true },
    });
    assert.deepEqual(
      refs.map((l) => textAt(INTRANET, l.range)),
      ['@r.ahmed', 'S-01'],
    );
  });

  it('completes a front-matter value typed right after the colon without replacing the key', async () => {
    const line = posOf(INTRANET, 'project_manager: Tom').line + 1;
    const start = { line, character: 0 };
    const changed = server.client.nextDiagnostics(URI, (_d, p) => p.version === 2);
    server.client.edit(URI, [{ range: { start, end: start }, newText: 'transition_manager:\nstage:\n' }]);
    await changed;
    const after = async (l: number, character: number) =>
      (
        await server.client.request<CompletionItem[]>('textDocument/completion', {
          textDocument: { uri: URI },
          position: { line: l, character },
        })
      ).map((c) => c.textEdit as { range: Range; newText: string });
    const person = (await after(line, 19))[0]!;
    assert.deepEqual(person, {
      range: { start: { line, character: 19 }, end: { line, character: 19 } },
      newText: ' S-01',
    });
    const stage = (await after(line + 1, 6))[0]!;
    assert.deepEqual(stage, {
      range: { start: { line: line + 1, character: 6 }, end: { line: line + 1, character: 6 } },
      newText: ' initiation',
    });
  });

  it('completes a sign-off decision and the people who can give it', async () => {
    const complete = (needle: string, delta: number) =>
      server.client.request<CompletionItem[]>('textDocument/completion', at(needle, delta));
    assert.deepEqual(
      (await complete('| Approved | 2026-10-20', 3)).map((c) => c.label),
      ['Approved', 'Rejected', 'Pending'],
    );
    const people = await complete('| Rania | Approved', 3);
    assert.deepEqual(
      people.slice(0, 2).map((c) => [c.label, c.labelDetails?.detail, (c.textEdit as { newText: string }).newText]),
      [
        ['S-01', ' Rania Ahmed', 'S-01'],
        ['S-02', ' Ellie Ward', 'S-02'],
      ],
    );
  });
});
