/**
 * The default stylish output fits a terminal: not padded to the longest message, but wrapped to
 * the width (80 when stdout is not a terminal), with every word of every message kept.
 */
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { wrapWords } from '../../server/src/cli/formatters/stylish.js';
import { repoRoot } from '../helpers.js';
import { runCli } from './harness.js';

describe('stylish output width', function () {
  this.timeout(60_000);
  const examples = path.join(repoRoot, 'examples');
  const args = ['lint', '.', '--as-of', '2026-11-25', '--no-color'];

  it('keeps every line of the examples within 80 columns and every message whole', function () {
    const stylish = runCli(args, examples);
    const json = runCli([...args, '--format', 'json'], examples);
    assert.equal(stylish.code, 1, stylish.stderr);
    const messages = (JSON.parse(json.stdout) as { files: { diagnostics: { message: string }[] }[] }).files.flatMap(
      (f) => f.diagnostics.map((d) => d.message.replace(/\s+/g, ' ').trim()),
    );
    assert.ok(
      messages.some((m) => m.length > 60),
      'the examples have long messages to wrap',
    );

    const lines = stylish.stdout.split('\n');
    const tooWide = lines.filter((l) => l.length > 80);
    assert.deepEqual(tooWide, [], 'lines wider than 80 columns');

    // Re-join each finding: it starts with `line:col severity`, continues on indented lines, and
    // its last word is the rule name.
    const blocks: string[][] = [];
    for (const line of lines) {
      const first = /^\s+\d+:\d+\s+(?:error|warning|info)\s+(.*)$/.exec(line);
      if (first) blocks.push([first[1]!.trim()]);
      else if (/^\s{6,}\S/.test(line) && blocks.length > 0) blocks[blocks.length - 1]!.push(line.trim());
      else if (!line.startsWith(' ')) blocks.push([]); // a file header or the summary ends a block
    }
    const rejoined = blocks
      .filter((b) => b.length > 0)
      .map((b) =>
        b
          .join(' ')
          .replace(/\s+\S+$/, '')
          .replace(/\s+/g, ' '),
      );
    assert.deepEqual(rejoined, messages);
  });

  it('wraps at spaces and cuts only a word longer than the width', function () {
    assert.deepEqual(wrapWords('one two three four', 9), ['one two', 'three', 'four']);
    assert.deepEqual(wrapWords('abcdefghij xy', 4), ['abcd', 'efgh', 'ij', 'xy']);
    assert.deepEqual(wrapWords('', 10), ['']);
  });
});
