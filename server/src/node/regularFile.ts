/**
 * Opening only regular files. Opening a named pipe for reading blocks until some writer opens
 * it, so a FIFO named `x.plan.md` (or `.handoff.yaml`) would hang a run before any check could
 * look at it. Files are opened non-blocking where the platform has it, then checked with fstat
 * on the open descriptor (no window between the check and the read), and refused unless they
 * are regular files: pipes, sockets and devices are "not a regular file".
 */
import { closeSync, constants, fstatSync, openSync, readFileSync, readSync } from 'node:fs';

/** Read-only, and non-blocking where the platform defines it (not on Windows, which has no FIFOs). */
export const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

export const NOT_REGULAR = 'not a regular file';

/** Thrown for a pipe, socket or device: `code` is `ENOTREGULAR`. */
export class NotRegularFileError extends Error {
  readonly code = 'ENOTREGULAR';
  constructor() {
    super(NOT_REGULAR);
    this.name = 'NotRegularFileError';
  }
}

/**
 * The bytes of a regular file, at most `maxBytes` (undefined: all of them), or throws: a system
 * error (ENOENT, EISDIR…) or {@link NotRegularFileError}.
 */
export function readRegularFileSync(path: string, maxBytes?: number): Buffer {
  const fd = openSync(path, READ_FLAGS);
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) throw Object.assign(new Error(`EISDIR: ${path} is a directory`), { code: 'EISDIR' });
    if (!stats.isFile()) throw new NotRegularFileError();
    if (maxBytes === undefined) return readFileSync(fd);
    const buffer = Buffer.alloc(Math.min(maxBytes, stats.size));
    let n = 0;
    while (n < buffer.length) {
      const read = readSyncAt(fd, buffer, n);
      if (read === 0) break;
      n += read;
    }
    return buffer.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

function readSyncAt(fd: number, buffer: Buffer, offset: number): number {
  return readSync(fd, buffer, offset, buffer.length - offset, offset);
}
