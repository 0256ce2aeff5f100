/**
 * escapeMarkdown: plan text in hovers must render as the literal text, whatever it contains.
 * Checked by rendering with the same Markdown library family the client uses (micromark via
 * mdast): no link, image, HTML or emphasis node may come out of escaped text.
 */
import assert from 'node:assert/strict';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Nodes } from 'mdast';
import { escapeMarkdown } from '../../server/src/lsp/markdown.js';

function nodeTypes(markdown: string): string[] {
  const out: string[] = [];
  const walk = (n: Nodes): void => {
    out.push(n.type);
    if ('children' in n) for (const c of n.children) walk(c as Nodes);
  };
  walk(fromMarkdown(markdown));
  return out;
}

function rendersAsText(markdown: string): string {
  const texts: string[] = [];
  const walk = (n: Nodes): void => {
    if (n.type === 'text') texts.push(n.value);
    if ('children' in n) for (const c of n.children) walk(c as Nodes);
  };
  walk(fromMarkdown(markdown));
  return texts.join('');
}

const HOSTILE = [
  '[click me](command:workbench.action.terminal.new)',
  '[x](command:_workbench.downloadResource?%5B%22file%3A%2F%2F%2Fetc%2Fpasswd%22%5D)',
  '![img](https://evil.example/track.png)',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '<a href="command:foo">hi</a>',
  '**bold** _em_ `code` ~~strike~~',
  '# heading',
  '> quote',
  '- list item',
  '1. ordered',
  '[ref]: https://evil.example',
  '[ref]',
  '<https://autolink.example>',
  '&lt;already escaped&gt; &amp; &#x3C;',
  '\\[escaped bracket\\]',
  '| a | b |',
  '---',
  '```\ncode\n```',
  'line one\n\n# line two',
  'trailing backslash \\',
];

describe('escapeMarkdown', () => {
  for (const input of HOSTILE) {
    it(`renders ${JSON.stringify(input)} as plain text`, () => {
      const escaped = escapeMarkdown(input);
      const types = nodeTypes(escaped);
      assert.deepEqual(
        types.filter((t) => !['root', 'paragraph', 'text'].includes(t)),
        [],
        `${escaped} → ${types.join(',')}`,
      );
      // What is shown is the input itself (on one line).
      assert.equal(rendersAsText(escaped), input.replace(/\r\n?|\n/g, ' '));
    });
  }

  it('removes control and bidi characters and caps the length', () => {
    assert.equal(rendersAsText(escapeMarkdown('a\u0000b\u202Ec\u0007d')), 'abcd');
    const long = escapeMarkdown('x'.repeat(10_000));
    assert.ok(rendersAsText(long).length <= 501);
  });
});
