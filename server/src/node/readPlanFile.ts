/**
 * Reading a candidate plan safely: a size cap before anything is read, binary files recognised by
 * a NUL byte near the start (as git and grep do), and strict UTF-8 so a mis-encoded file is
 * reported instead of being linted as mojibake with wrong columns.
 */
import { isUtf8 } from 'node:buffer';
import { closeSync, fstatSync, openSync, readFile, readFileSync, readSync } from 'node:fs';
import { promisify } from 'node:util';
import { NOT_REGULAR, READ_FLAGS } from './regularFile.js';
import { checkPlanSize, decodePlanBytes, describeSize, PlanReadError, refuseNonText } from '../engine/decode.js';
import { errorMessage } from '../engine/errors.js';

export { decodePlanBytes, PlanReadError, type ReadErrorCode } from '../engine/decode.js';

export const DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024;
export interface ReadOptions {
  /** Files larger than this are refused (default 20 MB). */
  readonly maxBytes?: number;
}

/**
 * Files up to this size are read in one synchronous call, which costs the calling thread about
 * 20 µs for a typical plan; reading through the thread pool costs it about 0.35 ms (a server
 * indexing on its main thread spent a third of its time there). Larger files are read
 * asynchronously, so a slow disk never holds the thread for long.
 */
const READ_AT_ONCE_BYTES = 1024 * 1024;

const readFd = promisify(readFile);

/**
 * Reads a file as UTF-8 text (a BOM is dropped), or throws a {@link PlanReadError}. Opening and
 * the size check are synchronous (metadata only; a FIFO opens without waiting, see READ_FLAGS).
 */
export async function readPlanFile(path: string, options: ReadOptions = {}): Promise<string> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_FILE_BYTES;
  const { fd, size } = openChecked(path, maxBytes);
  try {
    let bytes: Buffer;
    try {
      bytes = size <= READ_AT_ONCE_BYTES ? readFileSync(fd) : await readFd(fd);
    } catch (err) {
      throw fromSystemError(err, path);
    }
    return decodeRead(bytes, path, maxBytes);
  } finally {
    closeSync(fd);
  }
}

/**
 * The same as {@link readPlanFile}, synchronously whatever the size. The CLI reads one file after
 * another on each thread, where a round trip through the thread pool costs more than the read.
 */
export function readPlanFileSync(path: string, options: ReadOptions = {}): string {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_FILE_BYTES;
  return decodeRead(readBytesSync(path, maxBytes), path, maxBytes);
}

/** The start of a plan file (`readPlanStartSync`), and whether it is the whole file. */
export interface PlanStart {
  readonly text: string;
  readonly whole: boolean;
}

/**
 * For a reader that needs only a plan's front matter (the cross-plan pass before a run lints):
 * the file is checked all through as {@link readPlanFileSync} checks it (the size cap, no NUL
 * byte, strict UTF-8), so the same files are refused, but only its first `headBytes` bytes are
 * decoded. A long plan's body is left for the lint to decode. The last character of a start that
 * is not the whole file may be cut (U+FFFD): callers read no further than a line that ends before it.
 */
export function readPlanStartSync(path: string, headBytes: number, options: ReadOptions = {}): PlanStart {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_FILE_BYTES;
  const bytes = readBytesSync(path, maxBytes);
  // A short file is decoded whole; decodeRead refuses one that grew past the cap since its stat.
  if (bytes.length <= headBytes || bytes.length > maxBytes) {
    return { text: decodeRead(bytes, path, maxBytes), whole: true };
  }
  refuseNonText(bytes, path);
  // Strict UTF-8 all through, checked natively; the decoder says where it breaks (and throws).
  if (!isUtf8(bytes)) return { text: decodePlanBytes(bytes, path), whole: true };
  return { text: new TextDecoder('utf-8').decode(bytes.subarray(0, headBytes)), whole: false };
}

/** A file's bytes, read at once (a small file into the scratch buffer, valid until the next read). */
function readBytesSync(path: string, maxBytes: number): Buffer {
  const { fd, size } = openChecked(path, maxBytes);
  try {
    return size < SCRATCH_BYTES ? readIntoScratch(fd) : readFileSync(fd);
  } catch (err) {
    throw fromSystemError(err, path);
  } finally {
    closeSync(fd);
  }
}

/**
 * Plans are read one after another on a thread, and most are a few KB: they are read into one
 * buffer that each read reuses (its bytes are decoded into a string before the next read), not
 * into a new buffer each, whose memory outside the heap is freed only when a collection finds it.
 * Reading 10,000 plans, that churn raised a run's peak RSS by several MB.
 */
const SCRATCH_BYTES = 64 * 1024;
let scratch: Buffer | undefined;

/** The whole file from `fd`, through the scratch buffer (a file that grew past it is read on into a buffer of its own). */
function readIntoScratch(fd: number): Buffer {
  const buffer = (scratch ??= Buffer.allocUnsafe(SCRATCH_BYTES));
  let n = 0;
  while (n < buffer.length) {
    const read = readSync(fd, buffer, n, buffer.length - n, null);
    if (read === 0) return buffer.subarray(0, n);
    n += read;
  }
  return Buffer.concat([buffer, readFileSync(fd)]);
}

/**
 * Opens a file to read and checks, before anything is read, that it may be: a regular file
 * within the size cap. The caller closes the descriptor; on a refusal it is closed here.
 */
function openChecked(path: string, maxBytes: number): { fd: number; size: number } {
  let fd: number;
  try {
    fd = openSync(path, READ_FLAGS);
  } catch (err) {
    throw fromSystemError(err, path);
  }
  try {
    const info = fstatSync(fd);
    checkStat(info, path, maxBytes);
    return { fd, size: info.size };
  } catch (err) {
    closeSync(fd);
    throw err;
  }
}

function checkStat(info: { isFile(): boolean; size: number }, path: string, maxBytes: number): void {
  if (!info.isFile()) throw new PlanReadError('not-a-file', path, NOT_REGULAR);
  checkPlanSize(info.size, maxBytes, path);
}

function decodeRead(bytes: Buffer, path: string, maxBytes: number): string {
  // The size can grow between stat and read; the cap must hold for what was actually read.
  if (bytes.length > maxBytes) {
    throw new PlanReadError('too-large', path, `file is larger than the ${describeSize(maxBytes)} limit for plans`);
  }
  return decodePlanBytes(bytes, path);
}

function fromSystemError(err: unknown, path: string): PlanReadError {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new PlanReadError('not-found', path, 'no such file');
  if (code === 'EISDIR') return new PlanReadError('not-a-file', path, 'is a directory, not a file');
  if (code === 'EACCES' || code === 'EPERM') return new PlanReadError('unreadable', path, 'permission denied');
  const detail = errorMessage(err);
  return new PlanReadError('unreadable', path, `cannot be read (${detail})`);
}
