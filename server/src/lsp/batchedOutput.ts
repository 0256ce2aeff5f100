/**
 * The language server's output over stdio, written in batches. vscode-jsonrpc writes every
 * message as two writes (its header, then its body) and waits for each; on Linux a pipe on stdout
 * is written synchronously, so indexing 10,000 plans made some 20,000 system calls on the main
 * thread, each of which blocks while the client has not read the last ones. Here the messages of
 * one turn of the event loop are gathered and written at once, at the end of the turn, in order.
 * While messages keep coming (indexing publishes a file's diagnostics per turn), writes are at
 * least MIN_INTERVAL_MS apart, so a burst is a few hundred writes instead of one per file: on
 * 10,000 plans the client's reading took about a quarter less CPU. A message after a quiet
 * spell still goes out at the end of its turn: an answer to a keystroke waits no longer, except
 * during a burst (indexing), by up to MIN_INTERVAL_MS.
 *
 * Backpressure is kept: while more than HIGH_WATER bytes wait for the sink, a write is only
 * acknowledged once the sink has drained, so a client that stops reading stops the server's
 * writer, as it did before, instead of growing this buffer. The sink's errors and its closing
 * reach the connection through this stream.
 */
import { Writable } from 'node:stream';

const HIGH_WATER = 1 << 20;
const MIN_INTERVAL_MS = 4;

export function batchedOutput(
  sink: NodeJS.WritableStream,
  options: { readonly minIntervalMs?: number } = {},
): Writable {
  const interval = options.minIntervalMs ?? MIN_INTERVAL_MS;
  /** When the last chunk was handed to the sink (ms since the epoch; 0: never). */
  let lastWrite = 0;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let scheduled = false;
  /** Writes acknowledged only when the sink drains (over HIGH_WATER). */
  let waiting: (() => void)[] = [];
  let draining = false;

  const flush = (): void => {
    scheduled = false;
    if (pending.length === 0) return;
    const chunk = pending.length === 1 ? pending[0]! : Buffer.concat(pending, pendingBytes);
    pending = [];
    pendingBytes = 0;
    lastWrite = Date.now();
    const ok = sink.write(chunk);
    if (ok) {
      release();
      return;
    }
    if (!draining) {
      draining = true;
      sink.once('drain', () => {
        draining = false;
        release();
      });
    }
  };
  const release = (): void => {
    const callbacks = waiting;
    waiting = [];
    for (const cb of callbacks) cb();
  };

  const out = new Writable({
    decodeStrings: true,
    write(chunk: Buffer, _encoding, callback) {
      pending.push(chunk);
      pendingBytes += chunk.length;
      if (!scheduled) {
        scheduled = true;
        const wait = lastWrite + interval - Date.now();
        if (wait > 0) setTimeout(flush, wait);
        else setImmediate(flush);
      }
      if (pendingBytes > HIGH_WATER || draining) waiting.push(callback);
      else callback();
    },
    final(callback) {
      flush();
      callback();
    },
  });
  // The connection listens to this stream: the sink's failure (the client went away) is its own.
  sink.on('error', (err: Error) => out.destroy(err));
  sink.on('close', () => out.destroy());
  return out;
}
