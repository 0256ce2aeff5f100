/**
 * A short, seeded LSP typing run (`npm run fuzz` types for longer): an example typed into the
 * server with random edits gives no server error, no diagnostic outside its document, and the
 * server keeps answering requests on another document.
 */
import assert from 'node:assert/strict';
import { runTyping } from './typing.js';

describe('fuzz: typing into the language server (short run)', function () {
  this.timeout(120_000);

  it('300 seeded edits: no error, every diagnostic inside the document, hovers answered', async () => {
    const report = await runTyping({ seed: 12, edits: 300 });
    assert.equal(report.edits, 300);
    // How many versions get linted depends on the machine's speed; the last one always is.
    assert.ok(report.checked > 0, 'no published diagnostic was checked');
    assert.deepEqual(report.problems, []);
  });
});
