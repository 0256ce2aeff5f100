/**
 * `complexLines`: the lines past a markup cap, found in one pass with a cheap filter in front
 * (length, indentation, first character). Each cap is tested at its edge, in every position the
 * filter looks at, and fenced code is never counted.
 */
import assert from 'node:assert/strict';
import {
  complexLines,
  MAX_BLOCK_NESTING,
  MAX_INDENT,
  MAX_INLINE_MARKUP_PER_LINE,
} from '../../server/src/engine/markupLimits.js';

function over(text: string): string[] {
  return complexLines(text, 0, text.length).map((l) => text.slice(l.start, l.end));
}

describe('complexLines', () => {
  const cases: [string, string, boolean][] = [
    ['inline markup at the cap', '*'.repeat(MAX_INLINE_MARKUP_PER_LINE), false],
    ['inline markup past the cap', '*'.repeat(MAX_INLINE_MARKUP_PER_LINE + 1), true],
    ['a table cell past the cap', `| R-01 | ${'_'.repeat(MAX_INLINE_MARKUP_PER_LINE + 1)} |`, true],
    ['indentation at the cap', `${' '.repeat(MAX_INDENT)}x`, false],
    ['indentation past the cap', `${' '.repeat(MAX_INDENT + 1)}x`, true],
    ['tabs past the cap', `${'\t'.repeat(MAX_INDENT + 1)}x`, true],
    ['block quotes at the cap', `${'> '.repeat(MAX_BLOCK_NESTING)}x`, false],
    ['block quotes past the cap', `${'> '.repeat(MAX_BLOCK_NESTING + 1)}x`, true],
    ['list markers past the cap', `${'- '.repeat(MAX_BLOCK_NESTING + 1)}x`, true],
    ['ordered markers past the cap', `${'1. '.repeat(MAX_BLOCK_NESTING + 1)}x`, true],
    ['plus and star markers past the cap', `${'+ * '.repeat(MAX_BLOCK_NESTING)}x`, true],
    ['quotes past the cap after three spaces', `   ${'>'.repeat(MAX_BLOCK_NESTING + 1)} x`, true],
    ['the shortest line past a cap: bare quote markers', '>'.repeat(MAX_BLOCK_NESTING + 1), true],
    ['bare quote markers at the cap', '>'.repeat(MAX_BLOCK_NESTING), false],
    ['a long ordinary line', 'word '.repeat(60), false],
    ['a thematic break of any length', '- '.repeat(MAX_BLOCK_NESTING + 5), false],
  ];
  for (const [name, line, expected] of cases) {
    it(`${name}: ${expected ? 'over' : 'within'}`, () => {
      assert.deepEqual(over(`# T\n\n${line}\n`), expected ? [line] : []);
      // The same with CRLF line endings.
      assert.deepEqual(over(`# T\r\n\r\n${line}\r\n`), expected ? [line] : []);
    });
  }

  it('never counts fenced code, and counts again after the fence closes', () => {
    const deep = `${'> '.repeat(MAX_BLOCK_NESTING + 1)}x`;
    for (const fence of ['```', '~~~~', '   ```']) {
      const text = `${fence}\n${deep}\n${fence.trim()}\n${deep}\n`;
      assert.deepEqual(over(text), [deep], fence);
    }
    // A backtick "fence" with a backtick in its info string is no fence.
    assert.deepEqual(over(`\`\`\` a\`b\n${deep}\n`), [deep]);
  });
});
