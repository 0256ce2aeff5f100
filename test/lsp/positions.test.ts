/**
 * The engine's "what is at this position" helpers the language server is built on.
 */
import assert from 'node:assert/strict';
import { parsePlan } from '../../server/src/engine/parse/index.js';
import { idOccurrences, locate, splitRow } from '../../server/src/engine/positions.js';

const TEXT = [
  '---', // 0
  'schema: transition-plan/1', // 1
  'id: TP-1', // 2
  'stage: plan', // 3
  'dates:', // 4
  '  go_live: 2026-01-01', // 5
  'depends_on: [TP-2, TP-3]', // 6
  '---', // 7
  '', // 8
  '# Title', // 9
  '', // 10
  '## Project Initiation', // 11
  '', // 12
  '### Stakeholders', // 13
  '', // 14
  '| ID | Name | Role |', // 15
  '| --- | --- | --- |', // 16
  '| S-01 | Ana Ng | Sponsor |', // 17
  '', // 18
  '### Risks', // 19
  '', // 20
  '| ID | Risk | Owner | Status |', // 21
  '| --- | --- | --- | --- |', // 22
  '| R-01 | Late `a|b` vendor | S-01 | Open |', // 23
  '| R-02 | x | Ana', // 24
  '', // 25
  '<!-- handoff-disable-next-line risk-without-owner, risk-sc -->', // 26
  '',
].join('\n');

describe('engine positions', () => {
  const plan = parsePlan('file:///p.plan.md', TEXT);

  it('splits table lines into cells, ignoring pipes in code spans and escaped pipes', () => {
    const line = '| R-01 | Late `a|b` vendor | S-01 \\| x | Open |';
    assert.deepEqual(
      splitRow(line).map((s) => line.slice(s.start, s.end).trim()),
      ['R-01', 'Late `a|b` vendor', 'S-01 \\| x', 'Open', ''],
    );
  });

  it('finds front-matter keys, values, sub-keys and list items', () => {
    const key = locate(plan, { line: 3, character: 2 });
    assert.equal(key.kind, 'frontMatterKey');
    assert.equal(key.kind === 'frontMatterKey' && key.word.text, 'stage');
    const value = locate(plan, { line: 3, character: 9 });
    assert.ok(value.kind === 'frontMatterValue');
    assert.equal(value.key, 'stage');
    assert.equal(value.word.text, 'plan');
    assert.equal(value.word.prefix, 'pl');
    const sub = locate(plan, { line: 5, character: 12 });
    assert.ok(sub.kind === 'frontMatterValue');
    assert.equal(sub.key, 'dates');
    assert.equal(sub.subKey, 'go_live');
    const subKey = locate(plan, { line: 5, character: 4 });
    assert.ok(subKey.kind === 'frontMatterKey');
    assert.equal(subKey.parent, 'dates');
    const item = locate(plan, { line: 6, character: 20 });
    assert.ok(item.kind === 'frontMatterValue');
    assert.equal(item.key, 'depends_on');
    assert.equal(item.word.text, 'TP-3');
    assert.equal(item.value?.value, 'TP-3');
  });

  it("right after a key's colon, the value word is empty: the key is not part of it", () => {
    for (const [line, key, subKey] of [
      [3, 'stage', undefined],
      [5, 'dates', 'go_live'],
    ] as const) {
      const text = TEXT.split('\n')[line]!;
      const character = text.indexOf(':') + 1;
      const at = locate(plan, { line, character });
      assert.ok(at.kind === 'frontMatterValue', `${line}: ${at.kind}`);
      assert.equal(at.key, key);
      assert.equal(at.subKey, subKey);
      assert.equal(at.word.text, '', `${line}: the word is ${JSON.stringify(at.word.text)}`);
      assert.equal(at.word.range.start.character, character);
    }
  });

  it('finds the register, row and column of a cell, also in a row being typed', () => {
    const owner = locate(plan, { line: 23, character: '| R-01 | Late `a|b` vendor | S-'.length });
    assert.ok(owner.kind === 'cell');
    assert.equal(owner.register.kind, 'risks');
    assert.equal(owner.columnKey, 'owner');
    assert.equal(owner.row?.id, 'R-01');
    assert.equal(owner.word.text, 'S-01');
    assert.equal(owner.word.prefix, 'S-');
    const typing = locate(plan, { line: 24, character: '| R-02 | x | An'.length });
    assert.ok(typing.kind === 'cell');
    assert.equal(typing.columnKey, 'owner');
    assert.equal(typing.word.text, 'Ana');
    const header = locate(plan, { line: 21, character: 3 });
    assert.ok(header.kind === 'cell' && header.isHeader && header.columnKey === 'id');
  });

  it('finds headings and disable comments', () => {
    const heading = locate(plan, { line: 19, character: 5 });
    assert.ok(heading.kind === 'heading');
    assert.equal(heading.register?.kind, 'risks');
    const section = locate(plan, { line: 11, character: 5 });
    assert.ok(section.kind === 'heading' && section.section?.kind === 'initiation');
    const directive = locate(plan, { line: 26, character: TEXT.split('\n')[26]!.indexOf('risk-sc') + 7 });
    assert.ok(directive.kind === 'directive');
    assert.equal(directive.directive, 'disable-next-line');
    assert.equal(directive.word.text, 'risk-sc');
    assert.equal(locate(plan, { line: 26, character: 2 }).kind, 'other');
    assert.equal(locate(plan, { line: 10, character: 0 }).kind, 'other');
  });

  it('lists the occurrences of an ID in tables and front matter, as whole tokens only', () => {
    const text = TEXT.replace('| R-02 | x | Ana', '| R-02 | x | S-01, S-010 |');
    const p = parsePlan('file:///p.plan.md', text);
    assert.deepEqual(
      idOccurrences(p, 's-01').map((r) => `${r.start.line}:${r.start.character}-${r.end.character}`),
      ['17:2-6', '23:29-33', '24:13-17'],
    );
  });
});
