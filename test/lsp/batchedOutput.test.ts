/** The stdio server's output: the writes of one turn go out as one, in order, with backpressure. */
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { batchedOutput } from '../../server/src/lsp/batchedOutput.js';

/** A sink that records its writes and says it is full when told to. */
class Sink extends EventEmitter {
  readonly writes: Buffer[] = [];
  full = false;

  write(chunk: Buffer): boolean {
    this.writes.push(Buffer.from(chunk));
    return !this.full;
  }
}

const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

function write(out: NodeJS.WritableStream, data: string | Buffer): Promise<void> {
  return new Promise((resolve, reject) => out.write(data, (err) => (err ? reject(err) : resolve())));
}

describe('batched stdio output', () => {
  it('writes what one turn wrote as one chunk, in order', async () => {
    const sink = new Sink();
    const out = batchedOutput(sink as unknown as NodeJS.WritableStream, { minIntervalMs: 0 });
    // As vscode-jsonrpc writes a message: its header, then its body, each acknowledged first.
    for (let i = 0; i < 3; i++) {
      await write(out, `Content-Length: 7\r\n\r\n`);
      await write(out, Buffer.from(`{"n":${i}}`));
    }
    assert.equal(sink.writes.length, 0, 'nothing is written before the end of the turn');
    await turn();
    assert.equal(sink.writes.length, 1);
    assert.equal(
      sink.writes[0]!.toString(),
      'Content-Length: 7\r\n\r\n{"n":0}Content-Length: 7\r\n\r\n{"n":1}Content-Length: 7\r\n\r\n{"n":2}',
    );
    await write(out, 'next');
    await turn();
    assert.deepEqual(
      sink.writes.map((w) => w.toString()),
      [sink.writes[0]!.toString(), 'next'],
    );
  });

  it('holds the writer back while a full sink drains, and over a megabyte waiting', async () => {
    const sink = new Sink();
    sink.full = true;
    const out = batchedOutput(sink as unknown as NodeJS.WritableStream, { minIntervalMs: 0 });
    await write(out, 'first');
    await turn();
    assert.equal(sink.writes.length, 1, 'written, and the sink said it is full');
    let acknowledged = false;
    const second = write(out, 'second').then(() => (acknowledged = true));
    await turn();
    await turn();
    assert.equal(acknowledged, false, 'not acknowledged while the sink drains');
    sink.full = false;
    sink.emit('drain');
    await second;
    await turn();
    assert.deepEqual(
      sink.writes.map((w) => w.toString()),
      ['first', 'second'],
    );

    // Over a megabyte gathered in one turn: acknowledged once it is handed to the sink.
    let big = false;
    const large = write(out, Buffer.alloc(1.5 * 1024 * 1024, 0x61)).then(() => (big = true));
    await Promise.resolve();
    assert.equal(big, false);
    await large;
    assert.equal(sink.writes.at(-1)!.length, 1.5 * 1024 * 1024);
  });

  it("passes the sink's error on to the connection's stream", async () => {
    const sink = new Sink();
    const out = batchedOutput(sink as unknown as NodeJS.WritableStream, { minIntervalMs: 0 });
    const failed = new Promise<Error>((resolve) => out.on('error', resolve));
    sink.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
    assert.match((await failed).message, /EPIPE/);
  });

  it('keeps writes of a burst apart by the interval, and writes after a quiet spell at once', async () => {
    const sink = new Sink();
    const out = batchedOutput(sink as unknown as NodeJS.WritableStream, { minIntervalMs: 40 });
    await write(out, 'a');
    await turn();
    assert.deepEqual(
      sink.writes.map((w) => w.toString()),
      ['a'],
      'the first write goes out at the end of its turn',
    );
    // A burst: one message per turn, as indexing publishes them.
    for (const m of ['b', 'c', 'd']) {
      await write(out, m);
      await turn();
    }
    assert.equal(sink.writes.length, 1, 'held back within the interval');
    await new Promise((resolve) => setTimeout(resolve, 60));
    assert.deepEqual(
      sink.writes.map((w) => w.toString()),
      ['a', 'bcd'],
      'then written as one chunk, in order',
    );
    // Quiet for longer than the interval: the next message is not held back.
    await new Promise((resolve) => setTimeout(resolve, 60));
    await write(out, 'e');
    await turn();
    assert.deepEqual(
      sink.writes.map((w) => w.toString()),
      ['a', 'bcd', 'e'],
    );
  });
});
