/**
 * The young generation's watch (cli/v8Flags.ts): a long run stops V8 growing the young generation
 * once it reaches the size 1,000 plans reach, and looks at it only every few files. Its heap reader
 * and its flag setter are passed in, so the test sets no flag of the test process.
 */
import assert from 'node:assert/strict';
import { watchYoungGeneration, YOUNG_GENERATION_CAP_BYTES } from '../../server/src/cli/v8Flags.js';

describe('the young generation of a long run', () => {
  it('stops its growth once, when it has reached the cap, looking every few files', () => {
    const MB = 1024 * 1024;
    const sizes = [2, 4, 8, 8, 16, 32, 32, 32].map((n) => n * MB);
    let looks = 0;
    let stops = 0;
    const watch = watchYoungGeneration(
      () => sizes[Math.min(looks++, sizes.length - 1)]!,
      () => stops++,
    );
    const stopsAfter: number[] = [];
    for (let file = 1; file <= 40; file++) {
      watch.fileRead();
      stopsAfter.push(stops);
    }
    assert.equal(YOUNG_GENERATION_CAP_BYTES, 16 * MB);
    // Looked at every 4th file until the 5th look found 16 MB, then never again.
    assert.equal(looks, 5);
    assert.equal(stops, 1);
    assert.equal(stopsAfter.indexOf(1), 19, 'stopped at the 20th file');
  });

  it('never stops a young generation that stays under the cap', () => {
    let stops = 0;
    const watch = watchYoungGeneration(
      () => YOUNG_GENERATION_CAP_BYTES - 1,
      () => stops++,
    );
    for (let file = 0; file < 1000; file++) watch.fileRead();
    assert.equal(stops, 0);
  });
});
