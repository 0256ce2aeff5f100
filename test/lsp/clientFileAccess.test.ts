/** File access through the client (web worker server): the client's answers become the same errors as on disk. */
import assert from 'node:assert/strict';
import { PlanReadError } from '../../server/src/engine/decode.js';
import { ClientFileAccess } from '../../server/src/lsp/clientFileAccess.js';

function access(answer: unknown): ClientFileAccess {
  return new ClientFileAccess({ sendRequest: (() => Promise.resolve(answer)) as never });
}

async function readError(answer: unknown): Promise<PlanReadError> {
  try {
    await access(answer).read('vscode-vfs://github/o/r/x.plan.md', 1024);
  } catch (err) {
    assert.ok(err instanceof PlanReadError, String(err));
    return err;
  }
  assert.fail('the read did not fail');
}

describe('LSP: file access through the client', () => {
  it('decodes what the client read', async () => {
    const text = await access({ base64: Buffer.from('# Plan\n').toString('base64') }).read('memory:/x.plan.md', 1024);
    assert.equal(text, '# Plan\n');
  });

  it('a directory, pipe or device is "not a regular file", as on disk', async () => {
    const err = await readError({ error: 'not-a-file' });
    assert.equal(err.code, 'not-a-file');
    assert.match(err.message, /not a regular file/);
    assert.doesNotMatch(err.message, /directory/);
  });

  it('a missing file, an unknown error and a refusal by size keep their codes', async () => {
    assert.equal((await readError({ error: 'not-found' })).code, 'not-found');
    assert.equal((await readError({ error: 'something new' })).code, 'unreadable');
    assert.equal((await readError(null)).code, 'unreadable');
    assert.equal((await readError({ error: 'too-large', size: 5000 })).code, 'too-large');
  });
});
