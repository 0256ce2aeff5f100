/** Rename of row IDs (every register with IDs) and plan ids: the edits, and the refusals. */
import assert from 'node:assert/strict';
import type { Location, ResponseError, WorkspaceEdit } from 'vscode-languageserver-protocol';
import type { MemoryServer } from './inMemory.js';
import { memUri } from './inMemory.js';
import { ALPHA, editsFor, MULTI, posOf, startMulti } from './util.js';

const PLAN = [
  '---',
  'schema: transition-plan/1',
  'id: TP-R-001',
  'title: Rename',
  'service: Rename',
  'transition_type: change',
  'stage: control',
  'sponsor: S-01',
  'service_owner: S-02',
  'project_manager: S-03',
  '---',
  '',
  '# Rename',
  '',
  '## Project Initiation',
  '',
  '### Stakeholders',
  '',
  '| ID | Name | Role |',
  '| --- | --- | --- |',
  '| S-01 | Ana Ng | Sponsor |',
  '| S-02 | Ben Ott | Service owner |',
  '| S-03 | Cy Dale | Project manager |',
  '| S-04 | Dee Fox | Mobile lead |',
  '| S-05 | Eli Gray | Mobile lead |',
  '',
  '### Risks',
  '',
  '| ID | Risk | L | I | Score | Owner | Response | Mitigation | Contingency | Status |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  '| R-01 | Vendor late | 2 | 2 | 4 | S-01 | Reduce | Weekly call | Delay | Open |',
  '| R-02 | Data loss | 4 | 4 | 16 | S-02 | Reduce | Backups | Restore | Open |',
  '',
  '## Project Planning and Coordination',
  '',
  '### Milestones',
  '',
  '| ID | Milestone | Owner | Baseline | Depends on | Status |',
  '| --- | --- | --- | --- | --- | --- |',
  '| M-01 | Design | S-03 | 2027-01-01 | - | Not started |',
  '| M-02 | Build | S-03 | 2027-02-01 | M-01 | Not started |',
  '| M-03 | Go-live | S-03 | 2027-03-01 | M-01, M-02 | Not started |',
  '',
  '## Project Control',
  '',
  '### Corrective actions',
  '',
  '| ID | Action | Owner | Due | Status | Link |',
  '| --- | --- | --- | --- | --- | --- |',
  '| CA-01 | Weekend testing | S-03 | 2027-01-20 | Open | M-02 |',
  '',
  '## Project Reporting and Communication',
  '',
  '### Decisions',
  '',
  '| ID | Decision | Type | Approved by | Date | Status | Covers |',
  '| --- | --- | --- | --- | --- | --- | --- |',
  '| D-01 | Build may slip two weeks | Exception | S-01 | 2027-01-10 | Approved | M-02 |',
  '',
  '## Project Closure',
  '',
  '### Handovers',
  '',
  '| ID | Process | Receiving owner | Acceptance criteria | Planned | Status |',
  '| --- | --- | --- | --- | --- | --- |',
  '| H-01 | Incident Management | S-02 | Desk trained | 2027-03-01 | Planned |',
  '| H-02 | Change Management | S-02 | See checklist | 2027-03-01 | Planned |',
  '',
  '#### H-02 Change Management',
  '',
  '- [ ] Standard change model approved',
  '',
  '## Waivers',
  '',
  '| Rule | Target | Reason | Approved by | Expires |',
  '| --- | --- | --- | --- | --- |',
  '| milestone-overdue | M-02 | Build date agreed with the board | S-01 | 2027-06-01 |',
  '',
].join('\n');

describe('LSP rename (in memory)', function () {
  let server: MemoryServer;
  const uri = memUri('a/rename.plan.md');
  beforeEach(async () => {
    server = await startMulti({ 'a/rename.plan.md': PLAN });
    const opened = server.client.nextDiagnostics(uri, (_d, p) => p.version === 1);
    server.client.open(uri, PLAN);
    await opened;
  });
  afterEach(async () => server?.client.stop());

  const rename = (needle: string, delta: number, newName: string, at = uri, text = PLAN) =>
    server.client.request<WorkspaceEdit>('textDocument/rename', {
      textDocument: { uri: at },
      position: posOf(text, needle, delta),
      newName,
    });
  /** The text after applying `edits` (single-line ranges) to `text`. */
  const applied = (text: string, edit: WorkspaceEdit, at = uri): string => {
    const lines = text.split('\n');
    const edits = [...editsFor(edit, at)].sort(
      (a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character,
    );
    for (const e of edits) {
      const l = lines[e.range.start.line]!;
      lines[e.range.start.line] = l.slice(0, e.range.start.character) + e.newText + l.slice(e.range.end.character);
    }
    return lines.join('\n');
  };
  const refused = async (p: Promise<unknown>, pattern: RegExp): Promise<void> => {
    await assert.rejects(p, (err: ResponseError<unknown>) => {
      assert.equal(err.code, -32803);
      assert.match(err.message, pattern);
      return true;
    });
  };

  it("refuses to rename a stakeholder ID onto another stakeholder's ID, and renames onto a free one", async () => {
    await refused(
      rename('| S-01 |', 3, 'S-02'),
      /^S-02 is already the ID of Ben Ott: renaming S-01 to it would make every reference to S-02 point at two people\. Choose a free ID, such as S-06\.$/,
    );
    // Compared as the engine compares IDs: case and leading zeros aside.
    await refused(rename('| S-01 |', 3, 's-2'), /already the ID of Ben Ott/);
    // Another register's ID is taken too: references would name two rows.
    await refused(rename('| S-01 |', 3, 'R-02'), /R-02 is already the ID of "Data loss" in Risks.*such as R-03\./);

    const edit = await rename('| S-01 |', 3, 'S-06');
    const after = applied(PLAN, edit);
    assert.match(after, /^sponsor: S-06$/m);
    assert.match(after, /^\| S-06 \| Ana Ng \| Sponsor \|$/m);
    assert.match(after, /^\| R-01 \| Vendor late \| 2 \| 2 \| 4 \| S-06 \|/m);
    assert.match(after, /^\| D-01 .* \| S-06 \| 2027-01-10 \|/m);
    assert.match(after, /^\| S-02 \| Ben Ott/m, 'S-02 is untouched');
    // Its own ID in another case or width is no collision.
    assert.equal(editsFor(await rename('| S-01 |', 3, 's-01'), uri).length, editsFor(edit, uri).length);
  });

  it('renames a milestone ID in its row, Depends on, Link, Covers and a waiver Target, and refuses a taken one', async () => {
    const prepared = await server.client.request<{ placeholder: string } | null>('textDocument/prepareRename', {
      textDocument: { uri },
      position: posOf(PLAN, '| M-02 | Build', 3),
    });
    assert.equal(prepared?.placeholder, 'M-02');
    const refs = await server.client.request<Location[]>('textDocument/references', {
      textDocument: { uri },
      position: posOf(PLAN, '| M-02 | Build', 3),
      context: { includeDeclaration: true },
    });
    // From a reference (the Covers cell) as from the row itself.
    const edit = await rename('| Approved | M-02 |', '| Approved | '.length + 1, 'M-09');
    const edits = editsFor(edit, uri);
    assert.deepEqual(
      edits.map((e) => e.range).sort((a, b) => a.start.line - b.start.line),
      refs.map((l) => l.range),
      'rename edits exactly what find references returns',
    );
    const after = applied(PLAN, edit);
    for (const line of [
      '| M-09 | Build | S-03 | 2027-02-01 | M-01 | Not started |',
      '| M-03 | Go-live | S-03 | 2027-03-01 | M-01, M-09 | Not started |',
      '| CA-01 | Weekend testing | S-03 | 2027-01-20 | Open | M-09 |',
      '| D-01 | Build may slip two weeks | Exception | S-01 | 2027-01-10 | Approved | M-09 |',
      '| milestone-overdue | M-09 | Build date agreed with the board | S-01 | 2027-06-01 |',
    ]) {
      assert.ok(after.split('\n').includes(line), line);
    }
    assert.ok(!/M-02/.test(after), after);

    await refused(
      rename('| M-02 | Build', 3, 'M-03'),
      /^M-03 is already the ID of "Go-live" in Milestones: renaming M-02 to it would make every reference to M-03 point at two rows\. Choose a free ID, such as M-04\.$/,
    );
    await refused(rename('| M-02 | Build', 3, 'Build'), /"Build" is not a row ID.*such as M-04\./);
  });

  it('renames a handover ID with its checklist heading, and a risk ID', async () => {
    const handover = applied(PLAN, await rename('| H-02 |', 3, 'H-07'));
    assert.match(handover, /^\| H-07 \| Change Management \|/m);
    assert.match(handover, /^#### H-07 Change Management$/m);
    await refused(rename('#### H-02', 6, 'H-01'), /H-01 is already the ID of "Incident Management" in Handovers/);
    const risk = applied(PLAN, await rename('| R-02 |', 3, 'R-05'));
    assert.match(risk, /^\| R-05 \| Data loss \|/m);
  });

  it('refuses to rename a plan id onto the id of another plan of the workspace', async () => {
    await server.client.stop();
    server = await startMulti();
    const text = MULTI['a/alpha.plan.md']!;
    const opened = server.client.nextDiagnostics(ALPHA, (_d, p) => p.version === 1);
    server.client.open(ALPHA, text);
    await opened;
    await refused(
      rename('id: TP-A-001', 5, 'tp-b-001', ALPHA, text),
      /^tp-b-001 is already the id of "Beta bank file format": renaming TP-A-001 to it would make every depends_on naming tp-b-001 point at two plans\. Choose a free id, such as tp-b-002\.$/,
    );
    const free = await rename('id: TP-A-001', 5, 'TP-A-002', ALPHA, text);
    assert.deepEqual(
      editsFor(free, ALPHA).map((e) => e.newText),
      ['TP-A-002'],
    );
  });
});
