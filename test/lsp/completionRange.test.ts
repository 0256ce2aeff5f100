/**
 * Where a table-cell completion edits: a single-line range holding the position (LSP 3.17), and
 * the line it leaves once applied.
 */
import assert from 'node:assert/strict';
import type { CompletionItem, Position, TextEdit } from 'vscode-languageserver-protocol';
import { memUri, type MemoryServer } from './inMemory.js';
import { startMulti } from './util.js';

const RISK = '| R-01 | Vendor late | 2 | 2 | 4 |      | Reduce | Weekly call | Delay | Open |';
const DEPENDS = '| M-03 | C | S-03 | 2027-03-01 | M-01,  | Not started |';
const TIGHT = '| M-04 | D | S-03 | 2027-04-01 | M-01,| Not started |';
const STATUS = '| M-02 | B | S-03 | 2027-02-01 | - | Not st |';

const PLAN = [
  '---',
  'schema: transition-plan/1',
  'id: TP-C-001',
  'title: Ranges',
  'service: Ranges',
  'transition_type: change',
  'stage: planning',
  'sponsor: S-01',
  'service_owner: S-02',
  'project_manager: S-03',
  '---',
  '',
  '# Ranges',
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
  '',
  '### Risks',
  '',
  '| ID | Risk | L | I | Score | Owner | Response | Mitigation | Contingency | Status |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  RISK,
  '',
  '## Project Planning and Coordination',
  '',
  '### Milestones',
  '',
  '| ID | Milestone | Owner | Baseline | Depends on | Status |',
  '| --- | --- | --- | --- | --- | --- |',
  '| M-01 | A | S-03 | 2027-01-01 | - | Not started |',
  STATUS,
  DEPENDS,
  TIGHT,
  '',
].join('\n');

describe('LSP completion ranges in table cells (in memory)', function () {
  let server: MemoryServer;
  const uri = memUri('a/ranges.plan.md');
  const lines = PLAN.split('\n');
  before(async () => {
    server = await startMulti({ 'a/ranges.plan.md': PLAN });
    const opened = server.client.nextDiagnostics(uri, (_d, p) => p.version === 1);
    server.client.open(uri, PLAN);
    await opened;
  });
  after(async () => server?.client.stop());

  /** The completion `label` at `character` of the line `line`: its edit, checked to hold the position. */
  const editAt = async (line: string, character: number, label: string): Promise<TextEdit> => {
    const position: Position = { line: lines.indexOf(line), character };
    assert.ok(position.line >= 0, line);
    const items = await server.client.request<CompletionItem[]>('textDocument/completion', {
      textDocument: { uri },
      position,
    });
    assert.ok(items.length > 0, `no items at ${character} of ${line}`);
    for (const i of items) {
      const r = (i.textEdit as TextEdit).range;
      assert.equal(r.start.line, position.line, `${i.label}: single line`);
      assert.equal(r.end.line, position.line, `${i.label}: single line`);
      assert.ok(
        r.start.character <= character && character <= r.end.character,
        `${i.label}: ${r.start.character}-${r.end.character} does not hold ${character}`,
      );
    }
    const found = items.find((i) => i.label === label);
    assert.ok(found, `${label} among ${items.map((i) => i.label).join()}`);
    return found.textEdit as TextEdit;
  };
  const apply = (line: string, e: TextEdit): string =>
    line.slice(0, e.range.start.character) + e.newText + line.slice(e.range.end.character);

  it('fills a padded empty cell as "| value |" from anywhere in its padding', async () => {
    const open = RISK.indexOf('| 4 |') + '| 4 |'.length; // first character after the Owner cell's pipe
    const filled = RISK.replace('| 4 |      |', '| 4 | S-02 |');
    for (const ch of [open, open + 1, open + 3, open + 6]) {
      assert.equal(apply(RISK, await editAt(RISK, ch, 'S-02')), filled, `cursor at ${ch - open} of the padding`);
    }
    // A role and a level are written the same way.
    assert.equal(apply(RISK, await editAt(RISK, open + 2, 'Sponsor')), RISK.replace('| 4 |      |', '| 4 | Sponsor |'));
  });

  it('inserts a list item at the cursor after a separator', async () => {
    const after = DEPENDS.indexOf('M-01, ') + 'M-01, '.length;
    const e = await editAt(DEPENDS, after, 'M-02');
    assert.deepEqual([e.range.start.character, e.range.end.character], [after, after]);
    assert.equal(apply(DEPENDS, e), DEPENDS.replace('M-01,  |', 'M-01, M-02 |'));
    // Right after the comma: a space goes before the item.
    const tight = TIGHT.indexOf('M-01,') + 'M-01,'.length;
    assert.equal(apply(TIGHT, await editAt(TIGHT, tight, 'M-02')), TIGHT.replace('M-01,|', 'M-01, M-02|'));
  });

  it('replaces a partly typed word, cursor inside the range', async () => {
    const inWord = STATUS.indexOf('Not st') + 'Not st'.length;
    for (const ch of [inWord, inWord - 2]) {
      const e = await editAt(STATUS, ch, 'Not started');
      assert.equal(apply(STATUS, e), STATUS.replace('Not st |', 'Not started |'));
    }
  });
});
