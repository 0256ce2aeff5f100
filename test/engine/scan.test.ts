/**
 * The line scanner is a fast path: on every plan it accepts, it must build exactly the model
 * micromark builds. Compared on every fixture and example, and on edge cases written to sit on
 * the border of what it accepts.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chunkBoundaries, parsePlan, scanChunk } from '../../server/src/engine/parse/index.js';
import { DEFINITION } from '../../server/src/engine/parse/scanLines.js';
import { repoRoot } from '../helpers.js';
import { modelSnapshot } from './modelSnapshot.js';

function markdownFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? markdownFiles(p) : p.endsWith('.md') ? [p] : [];
  });
}

export const EDGE_CASES: Record<string, string> = {
  'inline markup in a cell':
    '## Project Initiation\n\n### Risks\n\n| ID | Risk |\n| --- | --- |\n| R-01 | **big** `x` [link](http://x) |\n',
  // A list or task register kept as a table reads its cells too (found by the fuzzer, seed 7).
  'inline markup in a cell of a criteria or lessons table':
    '## Project Initiation\n\n### Exit criteria\n\n| Criterion | Status |\n| --- | --- |\n| Plan **agreed** | ~~In progress~~ **Done** |\n\n### Lessons learned\n\n| ID | Lesson |\n| --- | --- |\n| L-01 | ~~Old~~ **Book** the CAB slot early |\n',
  'wiki links as Obsidian writes them':
    '## Project Initiation\n\n### Risks\n\n| ID | Risk | Owner |\n| --- | --- | --- |\n| R-01 | See [[Runbooks/RB-12#Steps]] | [[Ruth Ellison]] |\n| R-02 | `[[code]]` | x |\n\n### Lessons learned\n\n- ask [[Ruth Ellison]]\n',
  'wiki links with what they show, behind an escaped pipe':
    '## Project Initiation\n\n### Risks\n\n| ID | Risk | Owner |\n| --- | --- | --- |\n| R-01 | x | [[People/Ruth Ellison\\|Ruth]] |\n| R-02 | y | [[#Risks\\|here]] |\n',
  'escaped pipe': '### Risks\n\n| ID | Risk |\n|---|---|\n| R-01 | a \\| b |\n',
  'no trailing pipes': '### Risks\n\n| ID | Risk\n|---|---\n| R-01 | x\n| R-02\n',
  'extra cells and empty cells':
    '### Risks\n\n| ID | Risk | Owner |\n|:--|:-:|--:|\n| R-01 |  | |\n| R-02 | a | b | c |\n',
  'table ended by a paragraph line': '### Risks\n\n| ID | Risk |\n|---|---|\n| R-01 | x |\nnot a row?\n',
  'table after a paragraph': '### Risks\n\nSome text\n| ID | Risk |\n|---|---|\n| R-01 | x |\n',
  'setext heading': 'Title\n=====\n\nText\n---\n\n### Risks\n',
  'closing hashes and empty headings': '## Project Initiation ##\n\n###\n\n### Risks #\n\n#hashtag\n\n####### seven\n',
  'task lists': '### Exit criteria\n\n- [x] done\n- [ ] open\n* [X] other bullet\n1. ordered\n\n- [ ]\n- [x]no space\n',
  'loose list': '### Lessons learned\n\n- one\n\n- two\n\n  continued\n',
  'lazy continuation': '### Lessons learned\n\n- one\ncontinues lazily\n- two\n',
  'indented code and blockquote': '### Risks\n\n    code\n\n> quote\n| ID | Risk |\n|---|---|\n',
  'fences hide headings': '## Project Initiation\n\n```md\n## Not a section\n| a | b |\n```\n\n~~~\nunclosed\n',
  'html comments':
    '<!-- handoff-disable risk-without-owner -->\n### Risks\n<!--\nmulti\n-->\n| ID | Risk |\n|---|---|\n| R-01 | x |\n<!-- handoff-enable -->\n',
  'entities and autolinks':
    '### Stakeholders\n\n| ID | Name |\n|---|---|\n| S-01 | Ana &amp; Bo |\n| S-02 | <a@b.c> |\n| S-03 | Q&A team |\n',
  crlf: '## Project Initiation\r\n\r\n### Risks\r\n\r\n| ID | Risk |\r\n|---|---|\r\n| R-01 | x |\r\n- item\r\n',
  'thematic breaks': '### Risks\n\n---\n\n***\n\n- - -\n\ntext\n***\n',
  'paragraph with indented continuation': 'Text line\n   more text\n        deep text\n  - not an item?\n',
  'less-than signs and inline HTML':
    '### Early life support\n\n| ID | Exit criterion | Target |\n|---|---|---|\n| ELS-01 | Calls | < 120 a week |\n| ELS-02 | a<b | <b>bold</b> |\n| ELS-03 | x | 3 <= 4 </ y |\n',
  'markup outside registers':
    '## Appendix: **East** site\n\nSee the [runbook](https://x) and `a.yaml`.\n\n### Site checklist\n\n- Check access (*owner*: S-09)\n- Verify [maps](x)\n\n### Site contacts\n\n| Role | Contact |\n| --- | --- |\n| Lead | **Ana** `x` \\| y |\n\n> Note: *delayed*.\n> Second line\n\n### Lessons learned\n\n- plain lesson\n- lesson with *markup*\n',
  'block quote continued lazily':
    '### Risks\n\n> quoted\nlazy continuation\n\n| ID | Risk |\n|---|---|\n| R-01 | x |\n',
  'block quote then heading': '> quoted\n### Risks\n\n| ID | Risk |\n|---|---|\n| R-01 | x |\n',
  'handover checklist markup':
    '## Project Closure\n\n### Handovers\n\n| ID | Process |\n|---|---|\n| H-01 | Incident Management |\n\n#### H-01 acceptance\n\n- [x] *briefed*\n- [ ] runbook\n\n#### Notes\n\n- more *items*\n',
  'trailing white space after rows':
    '### Risks\n\n| ID | Risk | Owner |  \n|---|---|---| \n| R-01 | x \n| R-02 | x  \n| R-03 |  \n| R-04 | x |  \n\n### Milestones\n\n| ID | Milestone |\n|---|---|  \n',
  unicode: '### Stakeholders\n\n| ID | Name |\n|---|---|\n| S-01 | Zoë 🟢 Ng |\n',
  'bare dash as lessons learned': '## Project Closure\n\n### Lessons learned\n\n-\n',
  'bare star and number markers': '### Lessons learned\n\n*\n\n1.\n\ntext\n+\n',
  'empty list item ending a prefix after exit criteria': '## Project Initiation\n\n### Exit criteria\n\n-',
  'empty list item right under exit criteria': '### Exit criteria\n-\n- [x] done\n',
  'empty list items a template leaves':
    '### Lessons learnt\n\n-   \n\n-        \n\n### Risks\n\n-\n-\n\n### Issues\n\n- a\n-\n- b\n\n### Notes\n\n1.\n2)\n\n+\n-\n\n*\n\n- a\n',
  'empty list item before text': '### Lessons learnt\n\n-\nfoo\n',
  'empty list item before indented text': '### Lessons learnt\n\n-\n  foo\n',
  'empty list item with a tab': '### Lessons learnt\n\n-\t\n',
  'lone pipe row': '### Stakeholders\n\n| ID | Name |\n| --- | --- |\n| \n| S-02 | Ben |\n',
  'register heading aliases':
    '## Initiation\n\n### Risk register\n\n| ID | Risk |\n|---|---|\n| R-01 | **x** |\n\n### Lessons learnt\n\n- *a*\n',
  'markup as practitioners write it in registers':
    '## Project Initiation\n\n### Risks\n\n| **ID** | **Risk** | **Owner** | **Status** |\n| --- | --- | --- | --- |\n' +
    '| R-01 | Vendor *late* | [S-02](#stakeholders) | **Open** |\n| R-02 | `CHG-1` slips | S-03 | __Closed__ |\n' +
    '| R-03 | See [RB-12][rb] | S-03 | Open &amp; watched |\n| R-04 | x\\ | `` a ` b `` | ![i](x.png) |\n\n' +
    '### Lessons learnt\n\n- **Runbook** late\n- see [RB-12][rb]\n- [x] *done*\n\n## References\n\n[rb]: https://wiki.example.org/rb-12\n',
  'markup near misses in register cells':
    '### Risks\n\n| ID | Risk | Owner | Status |\n|---|---|---|---|\n| R-01 | **x* | *x** | ** x** |\n' +
    '| R-02 | `a|b` | _a_b | <span>x |\n| R-03 | [x] | [a](<b c>) | &nosuch; |\n| R-04 | \u0000 | *a **b** c* | x\\ |\n',
  'escaped pipe next to markup in a register':
    '### Risks\n\n| ID | Risk | Owner |\n|---|---|---|\n| R-01 | a \\| *b* | x |\n| R-02 | *x* \\\\| y |\n',
  'too much markup in a register row': `### Risks\n\n| ID | Risk |\n|---|---|\n| R-01 | ${'**a** '.repeat(60)}|\n`,
  'a definition as a register item': '### Lessons learnt\n\n- [y]: /u *x*\n',
  'a pipe in a register item with markup': '### Lessons learnt\n\n- a | *b*\n',
  'a task whose text looks like a definition':
    '### Lessons learnt\n\n- [x] [y]: /u *x*\n\n## References\n\n[y]: http://example.org\n',
  'a definition in a list item': '- [y]: /u\n\n### Risks\n\n| ID | Risk |\n|---|---|\n| R-01 | [S-02][y] *x* |\n',
  'a definition in a block quote': '> [y]: /u\n\n### Risks\n\n| ID | Risk |\n|---|---|\n| R-01 | [y] |\n',
  'table without outer pipes': '### Risks\n\nID | Risk | Owner\n--- | :---: | ---\nR-01 | x | S-01\nR-02 | y |\n',
  'table without outer pipes under a paragraph': '### Risks\n\nThe main risks:\nID | Risk\n--- | ---\nR-01 | x\n',
  'table without outer pipes under an indented line': '### Risks\n\nThe main risks:\n  ID | Risk\n:-- | --\nR-01 | x\n',
  'pipes in paragraph text': '### Notes\n\nCosts: capex | opex\nand | more\n\n- a | b\n',
  'a pipe line above a setext underline': '### Notes\n\na | b\n---\n\nc | d\n-\n',
  'a comment left open after a definition':
    '[y]: http://example.org\n\n## Status\n\n| ID | Risk |\n|---|---|\n| R-01 | [y] |\n<!--\n',
  // Word's check boxes with spaces after the last one's text, at the end of the document (found by
  // the fuzzer, seed 51): its range ends before the spaces either way.
  'boxed criteria with spaces at the end of the document':
    '## Control\n\n### Exit criteria\n\n☒ Risks reviewed with the sponsor\n☐ Business case ',
};

/** The edge cases the scanner leaves to micromark (every other one it must accept). */
const SCANNER_GIVES_UP = new Set([
  'escaped pipe',
  'wiki links with what they show, behind an escaped pipe',
  'escaped pipe next to markup in a register',
  'too much markup in a register row',
  'a definition as a register item',
  'a definition in a list item',
  'a definition in a block quote',
  'a pipe in a register item with markup',
  'table ended by a paragraph line',
  'table after a paragraph',
  'setext heading',
  'task lists',
  'loose list',
  'lazy continuation',
  'indented code and blockquote',
  'crlf',
  'thematic breaks',
  'paragraph with indented continuation',
  'markup outside registers',
  'block quote continued lazily',
  'bare star and number markers',
  'lone pipe row',
  'empty list item before text',
  'empty list item before indented text',
  'empty list item with a tab',
  'table without outer pipes',
  'table without outer pipes under a paragraph',
  'table without outer pipes under an indented line',
  'a pipe line above a setext underline',
]);

/**
 * Whether the scanner takes every chunk of a plan's body (no chunk falls back to micromark),
 * but for a chunk that holds link definitions, which is always left to micromark.
 */
function scannerAccepts(text: string): boolean {
  const start = text.indexOf('---\n', 4) + 4;
  const { cuts, definitions } = chunkBoundaries(text, start);
  return cuts.every((from, i) => {
    const to = cuts[i + 1] ?? text.length;
    if (
      from >= to ||
      text
        .slice(from, to)
        .split('\n')
        .some((line) => DEFINITION.test(line))
    )
      return true;
    return scanChunk(text, from, to, undefined, definitions) !== undefined;
  });
}

describe('line scanner', () => {
  const files = [
    ...markdownFiles(path.join(repoRoot, 'test/fixtures')),
    ...markdownFiles(path.join(repoRoot, 'examples')),
  ];

  it('accepts the plain example plans (the fast path is actually taken)', () => {
    const text = fs.readFileSync(path.join(repoRoot, 'examples/payroll-cloud.plan.md'), 'utf8');
    const body = text.indexOf('\n---', 4) + 5;
    assert.ok(scanChunk(text, body, text.length), 'the scanner gave up on the clean example');
  });

  for (const file of files) {
    it(`same model as micromark: ${path.relative(repoRoot, file)}`, () => {
      const text = fs.readFileSync(file, 'utf8');
      assert.deepEqual(
        modelSnapshot(parsePlan(file, text)),
        modelSnapshot(parsePlan(file, text, { forceMicromark: true })),
      );
    });
  }

  it('reads register cells and items with inline markup as micromark does, without parsing their section', () => {
    const text = `---\nschema: transition-plan/1\n---\n${EDGE_CASES['markup as practitioners write it in registers']}`;
    const start = text.indexOf('## Project Initiation');
    const { definitions } = chunkBoundaries(text, start);
    assert.ok(scanChunk(text, start, text.indexOf('## References'), undefined, definitions), 'the scanner gave up');
    const plan = parsePlan('x', text);
    const rows = plan.rows('risks').map((r) => r.cells.map((c) => c.text));
    assert.deepEqual(rows, [
      ['R-01', 'Vendor late', 'S-02', 'Open'],
      ['R-02', 'CHG-1 slips', 'S-03', 'Closed'],
      ['R-03', 'See RB-12', 'S-03', 'Open & watched'],
      ['R-04', 'x\\', 'a ` b', 'i'],
    ]);
    assert.deepEqual(
      plan.register('lessonsLearned')?.items.map((i) => i.text),
      ['Runbook late', 'see RB-12', 'done'],
    );
  });

  it('reads a wiki link as the note it links to, in a cell and in a list item', () => {
    const read = (name: string) => parsePlan('x', `---\nschema: transition-plan/1\n---\n${EDGE_CASES[name]}`);
    const plain = read('wiki links as Obsidian writes them');
    assert.deepEqual(
      plain.rows('risks').map((r) => r.cells.map((c) => c.text)),
      [
        ['R-01', 'See RB-12', 'Ruth Ellison'],
        // Code is as written.
        ['R-02', '[[code]]', 'x'],
      ],
    );
    assert.deepEqual(
      plain.register('lessonsLearned')?.items.map((i) => i.text),
      ['ask Ruth Ellison'],
    );
    // What a link shows is not what it names; a link to a heading of the same note names nothing else.
    assert.deepEqual(
      read('wiki links with what they show, behind an escaped pipe')
        .rows('risks')
        .map((r) => r.cells.map((c) => c.text)),
      [
        ['R-01', 'x', 'Ruth Ellison'],
        ['R-02', 'y', 'here'],
      ],
    );
  });

  it('reads a register table written without outer pipes (GFM allows them)', () => {
    const text = `---\nschema: transition-plan/1\n---\n${EDGE_CASES['table without outer pipes']}`;
    const rows = parsePlan('x', text)
      .rows('risks')
      .map((r) => r.cells.map((c) => c.text));
    assert.deepEqual(rows, [
      ['R-01', 'x', 'S-01'],
      ['R-02', 'y', ''],
    ]);
  });

  for (const [name, body] of Object.entries(EDGE_CASES)) {
    it(`same model as micromark: ${name}`, () => {
      const text = `---\nschema: transition-plan/1\n---\n${body}`;
      assert.equal(scannerAccepts(text), !SCANNER_GIVES_UP.has(name), 'whether the scanner accepts it');
      assert.deepEqual(
        modelSnapshot(parsePlan('x', text)),
        modelSnapshot(parsePlan('x', text, { forceMicromark: true })),
      );
    });
  }
});
