/**
 * File names in Markdown outputs (`--format markdown`, the job summary, `handoff report`) are code
 * spans that must read back as the name on disk: rendered as GitHub renders a table cell, the code
 * holds exactly the name, backticks, pipes and edge spaces included.
 */
import assert from 'node:assert/strict';
import { micromark } from 'micromark';
import { gfmTable, gfmTableHtml } from 'micromark-extension-gfm-table';
import { codeSpan } from '../../server/src/cli/formatters/markdown.js';

/** The text of the one code span a table row renders to. */
function renderedCode(cell: string): string {
  const html = micromark(`| File |\n| --- |\n| ${cell} |\n`, {
    extensions: [gfmTable()],
    htmlExtensions: [gfmTableHtml()],
  });
  const found = /<td><code>(.*?)<\/code><\/td>/s.exec(html);
  assert.ok(found, html);
  const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"' };
  return found[1]!.replace(/&(?:amp|lt|gt|quot);/g, (e) => entities[e]!);
}

describe('codeSpan: a file name in Markdown reads back as written', () => {
  const names = [
    'plans/payroll.plan.md',
    'plans/o`brien.plan.md',
    '``double``.plan.md',
    '`starts.plan.md',
    'ends.plan.md`',
    ' spaced .plan.md',
    'a|b`c.plan.md',
    'x ` y ``` z.plan.md',
    '<b>bold</b>.plan.md',
  ];
  for (const name of names) {
    it(JSON.stringify(name), () => {
      assert.equal(renderedCode(codeSpan(name)), name);
    });
  }
  it('covers names with backticks (the loop is not empty of them)', () => {
    assert.ok(names.filter((n) => n.includes('`')).length >= 5);
  });
});
