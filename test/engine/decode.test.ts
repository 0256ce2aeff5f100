/**
 * `completeUtf8Length`: a head read up to a byte count is cut back to the last whole character,
 * for every length of UTF-8 sequence and every place the cut can fall inside one.
 */
import assert from 'node:assert/strict';
import { completeUtf8Length, decodePlanBytes } from '../../server/src/engine/decode.js';

describe('completeUtf8Length', function () {
  const cases: [string, string][] = [
    ['one byte', 'a'],
    ['two bytes', 'é'],
    ['three bytes', '€'],
    ['four bytes', '😀'],
  ];
  for (const [name, char] of cases) {
    it(`keeps a whole ${name} character and drops one cut short (${char})`, () => {
      const text = Buffer.from(`plan ${char}`);
      const width = Buffer.byteLength(char);
      assert.equal(completeUtf8Length(text), text.length);
      for (let keep = 1; keep < width; keep++) {
        const head = text.subarray(0, text.length - width + keep);
        assert.equal(completeUtf8Length(head), text.length - width, `${keep} of ${width} bytes`);
        assert.equal(decodePlanBytes(head.subarray(0, completeUtf8Length(head)), 'x.md'), 'plan ');
      }
    });
  }

  it('leaves a stray continuation byte in place, for strict decoding to refuse', () => {
    const bytes = Buffer.from([0x61, 0x80]);
    assert.equal(completeUtf8Length(bytes), 2);
    assert.throws(() => decodePlanBytes(bytes, 'x.md'), /not valid UTF-8/);
    assert.equal(completeUtf8Length(new Uint8Array(0)), 0);
  });
});
