/**
 * Line ends found two ways: `LineIndex` and `complexLines` look for LF with indexOf when a text
 * has no CR, and walk the characters otherwise. Both ways must give the same lines, checked
 * against a plain split on LF, CRLF and lone CR.
 */
import assert from 'node:assert/strict';
import { complexLines, MAX_BLOCK_NESTING, MAX_INLINE_MARKUP_PER_LINE } from '../../server/src/engine/markupLimits.js';
import { LineIndex } from '../../server/src/engine/lines.js';
import { rng } from '../helpers.js';

/** Random lines: plain words, over-nested quotes and over-marked lines, with the given line ends. */
function randomText(seed: number, ends: readonly string[]): string {
  const random = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const lines = Array.from({ length: 40 }, () =>
    pick([
      'plain words',
      '',
      '>'.repeat(MAX_BLOCK_NESTING + 3) + ' deep',
      '*a* '.repeat(MAX_INLINE_MARKUP_PER_LINE / 2),
      '```',
      '| R-01 | risk |',
    ]),
  );
  return lines.map((l) => l + pick(ends)).join('') + pick(['', 'tail']);
}

/** Start offsets of the lines, the slow and sure way. */
function lineStarts(text: string): number[] {
  const starts = [0];
  const re = /\r\n|\r|\n/g;
  for (let m = re.exec(text); m; m = re.exec(text)) starts.push(m.index + m[0].length);
  return starts;
}

describe('line ends, with and without CR', () => {
  const cases = [
    { name: 'LF', ends: ['\n'] },
    { name: 'CRLF', ends: ['\r\n'] },
    { name: 'lone CR', ends: ['\r'] },
    { name: 'mixed', ends: ['\n', '\r\n', '\r'] },
  ];
  for (const { name, ends } of cases) {
    it(`LineIndex finds every line of ${name} texts`, () => {
      for (let seed = 1; seed <= 30; seed++) {
        const text = randomText(seed, ends);
        const starts = lineStarts(text);
        const index = new LineIndex(text);
        assert.equal(index.lineCount, starts.length, `seed ${seed}`);
        starts.forEach((start, line) => {
          assert.deepEqual(index.positionAt(start), { line, character: 0 }, `seed ${seed} line ${line}`);
          assert.equal(index.offsetAt({ line, character: 0 }), start);
        });
      }
    });
  }

  it('complexLines finds the same lines in an LF text as in its twin with a CR after its end', () => {
    let found = 0;
    for (let seed = 1; seed <= 30; seed++) {
      const text = randomText(seed, ['\n']);
      // The twin has a CR past `to`: the same lines, found by walking the characters.
      const twin = text + '\r';
      for (const from of [0, text.indexOf('\n') + 1]) {
        for (const to of [text.length, Math.floor(text.length / 2)]) {
          const lf = complexLines(text, from, to);
          assert.deepEqual(complexLines(twin, from, to), lf, `seed ${seed} from ${from} to ${to}`);
          found += lf.length;
        }
      }
    }
    assert.ok(found > 50, `${found} complex lines`);
  });
});
