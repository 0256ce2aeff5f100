import assert from 'node:assert/strict';
import { memoized } from '../../server/src/engine/memo.js';

/** A memoized upper-casing that counts the calls it is asked to compute. */
function counted(max?: number) {
  const seen: string[] = [];
  const fn = memoized((text: string) => {
    seen.push(text);
    return text.toUpperCase();
  }, max);
  return { fn, seen };
}

describe('memoized', () => {
  it('computes a short text once and answers it from memory after', () => {
    const { fn, seen } = counted();
    assert.equal(fn('owner'), 'OWNER');
    assert.equal(fn('owner'), 'OWNER');
    // An equal string made another way is the same key.
    assert.equal(fn(['own', 'er'].join('')), 'OWNER');
    assert.deepEqual(seen, ['owner']);
  });

  it('computes a long text every time, with the same answer', () => {
    const { fn, seen } = counted();
    const long = 'a'.repeat(201);
    assert.equal(fn(long), long.toUpperCase());
    assert.equal(fn(long), long.toUpperCase());
    assert.equal(seen.length, 2);
    // 200 characters is still remembered.
    const edge = 'b'.repeat(200);
    fn(edge);
    fn(edge);
    assert.equal(seen.length, 3);
  });

  it('drops its memory when full and goes on answering', () => {
    const { fn, seen } = counted(2);
    fn('a');
    fn('b');
    fn('c'); // full: the memory is dropped, then c is remembered
    fn('c');
    fn('a'); // forgotten: computed again
    assert.deepEqual(seen, ['a', 'b', 'c', 'a']);
    assert.equal(fn('a'), 'A');
  });
});
