/**
 * Writing a format's output: its pieces gathered into writes of about 64 KB, each waiting until
 * the destination has taken the one before (a full pipe's `drain`, a file's write), so output
 * of any size never sits whole in memory.
 */
import { open } from 'node:fs/promises';
import type { FormatOutput } from './formatters/index.js';
import type { CliWriter } from './io.js';

const BATCH_CHARS = 64 * 1024;

export async function writePieces(pieces: FormatOutput, write: (chunk: string) => void | Promise<void>): Promise<void> {
  let batch = '';
  for (const piece of pieces) {
    batch += piece;
    if (batch.length < BATCH_CHARS) continue;
    await write(batch);
    batch = '';
  }
  if (batch) await write(batch);
}

/** Writes to a stream; when the stream says its buffer is full, waits for it to drain. */
export function streamWriter(stream: CliWriter): (chunk: string) => void | Promise<void> {
  return (chunk) => {
    if (stream.write(chunk) !== false || !stream.once) return;
    return new Promise<void>((resolve) => void stream.once!('drain', resolve));
  };
}

/** Writes the pieces to a file, created or emptied first. */
export async function writePiecesToFile(target: string, pieces: FormatOutput): Promise<void> {
  const handle = await open(target, 'w');
  try {
    await writePieces(pieces, async (chunk) => {
      await handle.write(chunk, null, 'utf8');
    });
  } finally {
    await handle.close();
  }
}
