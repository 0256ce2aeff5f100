/**
 * Writing a format's output: its pieces gathered into writes of about 64 KB, each waiting until
 * the destination has taken the one before (a full pipe's `drain`, a file's write), so output
 * of any size never sits whole in memory.
 */
import type { FormatOutput } from './formatters/index.js';
import type { CliWriter } from './io.js';
import { openReplacement, type PendingFile } from '../node/replaceFile.js';

/** The size of a write: in characters for `writePieces`, in bytes for `PieceSink`. */
const BATCH = 64 * 1024;

export async function writePieces(pieces: FormatOutput, write: (chunk: string) => void | Promise<void>): Promise<void> {
  let batch = '';
  for (const piece of pieces) {
    batch += piece;
    if (batch.length < BATCH) continue;
    await write(batch);
    batch = '';
  }
  if (batch) await write(batch);
}

/** Writes to a stream; when the stream says its buffer is full, waits for it to drain. */
export function streamWriter(stream: CliWriter): (chunk: string | Uint8Array) => void | Promise<void> {
  return (chunk) => {
    if (stream.write(chunk) !== false || !stream.once) return;
    return new Promise<void>((resolve) => void stream.once!('drain', resolve));
  };
}

/** Writes the pieces to a file, put in place only once they all are (`fileWriter`). */
export async function writePiecesToFile(target: string, pieces: FormatOutput): Promise<void> {
  const file = fileWriter(target);
  try {
    await writePieces(pieces, (chunk) => file.write(chunk));
    await file.close(true);
  } catch (err) {
    await file.close(false).catch(() => undefined);
    throw err;
  }
}

/**
 * Output pushed a piece at a time while the run goes on (a streamed format, whose pieces are made
 * as plans are linted). Each piece is encoded at once into a buffer of about 64 KB, sent when
 * full, each write started once the one before has finished: the pieces themselves die young,
 * instead of waiting (and ageing into the old generation of the heap) until their batch goes.
 * Buffers wait here only while the destination is slower than the linting.
 */
export class PieceSink {
  private buffer = Buffer.allocUnsafe(BATCH);
  private used = 0;
  private writing: Promise<void> = Promise.resolve();

  constructor(private readonly write: (chunk: Uint8Array) => void | Promise<void>) {}

  push(piece: string): void {
    if (piece.length === 0) return;
    // A UTF-8 byte per UTF-16 unit at least, three at most: measure only when it may not fit.
    if (this.used + piece.length * 3 > this.buffer.length) {
      const bytes = Buffer.byteLength(piece, 'utf8');
      if (this.used + bytes > this.buffer.length) this.send();
      if (bytes > this.buffer.length) {
        this.chain(Buffer.from(piece, 'utf8'));
        return;
      }
    }
    this.used += this.buffer.write(piece, this.used, 'utf8');
  }

  /** Writes what is left; rejects with the first write's failure, if any. */
  async close(): Promise<void> {
    this.send();
    await this.writing;
  }

  private send(): void {
    if (this.used === 0) return;
    const chunk = this.buffer.subarray(0, this.used);
    this.buffer = Buffer.allocUnsafe(BATCH);
    this.used = 0;
    this.chain(chunk);
  }

  private chain(chunk: Uint8Array): void {
    this.writing = this.writing.then(() => this.write(chunk));
    // A failed write is reported by close(); until then it must not count as unhandled.
    this.writing.catch(() => undefined);
  }
}

/**
 * A file written chunk by chunk into a replacement (`node/replaceFile.ts`), opened at the first
 * chunk: the file at `target` changes only when `close(true)` puts the whole output in place, so
 * a run that stops before its output begins, or half-way through it, leaves the file as it was.
 * `close(true)` creates the file even when no chunk came; `close(false)` drops what was written.
 */
export function fileWriter(target: string): {
  write(chunk: string | Uint8Array): Promise<void>;
  close(complete: boolean): Promise<void>;
} {
  let pending: Promise<PendingFile> | undefined;
  const opened = (): Promise<PendingFile> => (pending ??= openReplacement(target, 'output'));
  return {
    async write(chunk) {
      const { handle } = await opened();
      await (typeof chunk === 'string' ? handle.write(chunk, null, 'utf8') : handle.write(chunk));
    },
    async close(complete) {
      const file = complete ? opened() : pending;
      pending = undefined;
      if (file === undefined) return;
      await (complete ? (await file).commit() : (await file).abort());
    },
  };
}
