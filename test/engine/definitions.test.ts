/**
 * Link reference definitions are document-wide (CommonMark), but the body is parsed a section at
 * a time with the plan's definitions put before each section (chunks.ts). Whatever the section
 * split, a plan must read as micromark reads the whole document at once: a definition in a list
 * item or a block quote counts everywhere, and a line that only looks like one (it continues a
 * paragraph, a table or an HTML block) counts nowhere.
 */
import assert from 'node:assert/strict';
import type { RootContent } from 'mdast';
import { IncrementalParser, parsePlan, shiftOffsets } from '../../server/src/engine/parse/index.js';
import { parseMarkdown } from '../../server/src/engine/parse/micromark.js';
import { modelSnapshot } from './modelSnapshot.js';

/** The body as micromark reads the whole document (top-level definitions left out, as chunks.ts does). */
function wholeDocument(text: string, start: number): RootContent[] {
  return parseMarkdown(text.slice(start))
    .children.filter((node) => node.type !== 'definition')
    .map((node) => {
      shiftOffsets(node, start);
      return node;
    });
}

/** A register whose Owner cell and Response cell use references defined in a later section. */
const HEAD = `---
schema: transition-plan/1
id: TP-2026-300
title: Definitions
stage: planning
---
# Definitions

## Project Initiation

### Risks

| ID | Risk | Owner | Likelihood | Impact | Response |
| --- | --- | --- | --- | --- | --- |
| R-01 | Data loss | [Ana Ng][ana] | 3 | 4 | See [runbook] |

## Notes

`;

/** The Notes section of each case, and the Owner cell micromark reads from the whole document. */
const CASES: Record<string, { notes: string; owner: string }> = {
  'in a list item': {
    notes: '- [ana]: https://people.example/ana\n- [runbook]: https://rb.example\n',
    owner: 'Ana Ng',
  },
  'in a block quote': { notes: '> [ana]: https://people.example/ana\n', owner: 'Ana Ng' },
  'in a nested list item': { notes: '1. Step\n   - [ana]: https://people.example/ana\n', owner: 'Ana Ng' },
  'destination on the next line': { notes: '[ana]:\n  https://people.example/ana\n', owner: 'Ana Ng' },
  'title on the next line': { notes: "[ana]: https://people.example/ana\n  'Ana'\n", owner: 'Ana Ng' },
  'with entities in destination and title': {
    notes: '- [ana]: https://x.example/?a=1&amp;b=2 "T &quot;q&quot; (x) <y>"\n',
    owner: 'Ana Ng',
  },
  'at the end, after a blank line': {
    notes: 'Text.\n\n[ana]: https://x.example\n[runbook]: <https://rb.example/a b> "Run & book"\n',
    owner: 'Ana Ng',
  },
  'after a line that is no definition': { notes: '[x]:\n\n[ana]: https://x.example\n', owner: 'Ana Ng' },
  'the first of two wins': {
    notes: '- [ana]: https://first.example\n\n[ana]: https://second.example\n',
    owner: 'Ana Ng',
  },
  'continuing a paragraph (no definition)': {
    notes: 'Some text\n[ana]: https://x.example\n',
    owner: '[Ana Ng][ana]',
  },
  'continuing a table (no definition)': {
    notes: '| a | b |\n| - | - |\n| 1 | 2 |\n[ana]: https://x.example\n',
    owner: '[Ana Ng][ana]',
  },
  'inside an HTML block (no definition)': {
    notes: '<div>\n[ana]: https://x.example\n</div>\n',
    owner: '[Ana Ng][ana]',
  },
  'inside a code fence (no definition)': {
    notes: '```\n[ana]: https://x.example\n```\n',
    owner: '[Ana Ng][ana]',
  },
};

describe('link definitions are read as in the whole document', () => {
  it('has cases', () => assert.ok(Object.keys(CASES).length >= 10));

  for (const [name, { notes, owner }] of Object.entries(CASES)) {
    it(name, () => {
      const text = HEAD + notes;
      const plan = parsePlan('x.plan.md', text);
      const expected = parsePlan('x.plan.md', text, { parseBody: wholeDocument });
      assert.equal(expected.rows('risks')[0]?.value('owner'), owner, 'the case does not test what it says');
      assert.deepEqual(modelSnapshot(plan), modelSnapshot(expected));
      // The editor's parser too, from scratch and after an edit elsewhere in the plan.
      const incremental = new IncrementalParser();
      assert.deepEqual(modelSnapshot(incremental.parse('x.plan.md', text)), modelSnapshot(expected));
      const edited = text.replace('Data loss', 'Data lost');
      assert.deepEqual(
        modelSnapshot(incremental.parse('x.plan.md', edited)),
        modelSnapshot(parsePlan('x.plan.md', edited, { parseBody: wholeDocument })),
      );
    });
  }
});
