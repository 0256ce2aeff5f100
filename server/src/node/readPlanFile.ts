/**
 * Reading a candidate plan safely: a size cap before anything is read, binary files recognised by
 * a NUL byte near the start (as git and grep do), and strict UTF-8 so a mis-encoded file is
 * reported instead of being linted as mojibake with wrong columns.
 */
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { NOT_REGULAR, READ_FLAGS } from './regularFile.js';

export const DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024;
const BINARY_SNIFF_BYTES = 8192;

export type ReadErrorCode = 'not-found' | 'not-a-file' | 'unreadable' | 'too-large' | 'binary' | 'invalid-utf8';

/** A file that cannot be linted, with a message fit for a person. */
export class PlanReadError extends Error {
  constructor(
    readonly code: ReadErrorCode,
    readonly path: string,
    message: string,
  ) {
    super(message);
    this.name = 'PlanReadError';
  }
}

export interface ReadOptions {
  /** Files larger than this are refused (default 20 MB). */
  readonly maxBytes?: number;
}

function describeSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} kB`;
}

/** Reads a file as UTF-8 text (a BOM is dropped), or throws a {@link PlanReadError}. */
export async function readPlanFile(path: string, options: ReadOptions = {}): Promise<string> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_FILE_BYTES;
  let handle;
  try {
    handle = await open(path, READ_FLAGS);
  } catch (err) {
    throw fromSystemError(err, path);
  }
  try {
    checkStat(await handle.stat(), path, maxBytes);
    let bytes: Buffer;
    try {
      bytes = await handle.readFile();
    } catch (err) {
      throw fromSystemError(err, path);
    }
    return decodeRead(bytes, path, maxBytes);
  } finally {
    await handle.close();
  }
}

/**
 * The same as {@link readPlanFile}, synchronously. The CLI reads one file after another on each
 * thread; the promise-based FileHandle round trips cost more than the read itself there.
 */
export function readPlanFileSync(path: string, options: ReadOptions = {}): string {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_FILE_BYTES;
  let fd: number;
  try {
    fd = openSync(path, READ_FLAGS);
  } catch (err) {
    throw fromSystemError(err, path);
  }
  try {
    checkStat(fstatSync(fd), path, maxBytes);
    let bytes: Buffer;
    try {
      bytes = readFileSync(fd);
    } catch (err) {
      throw fromSystemError(err, path);
    }
    return decodeRead(bytes, path, maxBytes);
  } finally {
    closeSync(fd);
  }
}

function checkStat(info: { isFile(): boolean; size: number }, path: string, maxBytes: number): void {
  if (!info.isFile()) throw new PlanReadError('not-a-file', path, NOT_REGULAR);
  if (info.size > maxBytes) {
    throw new PlanReadError(
      'too-large',
      path,
      `file is ${describeSize(info.size)}, larger than the ${describeSize(maxBytes)} limit for plans`,
    );
  }
}

function decodeRead(bytes: Buffer, path: string, maxBytes: number): string {
  // The size can grow between stat and read; the cap must hold for what was actually read.
  if (bytes.length > maxBytes) {
    throw new PlanReadError('too-large', path, `file is larger than the ${describeSize(maxBytes)} limit for plans`);
  }
  return decodePlanBytes(bytes, path);
}

/** Decodes file bytes as strict UTF-8, refusing binary content. */
export function decodePlanBytes(bytes: Uint8Array, path: string): string {
  if (isUtf16(bytes)) {
    throw new PlanReadError('invalid-utf8', path, 'UTF-16 text, not UTF-8; save the file as UTF-8');
  }
  // The whole file, not only its start: a NUL anywhere would reach the linter and every output.
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new PlanReadError('binary', path, `binary file (NUL byte at offset ${nul}), not Markdown text`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new PlanReadError(
      'invalid-utf8',
      path,
      `not valid UTF-8 (at byte ${firstInvalidUtf8(bytes)}); save the file as UTF-8`,
    );
  }
}

/**
 * UTF-16 text: a UTF-16 byte order mark, or (without one) NUL bytes that all fall on the same
 * parity in the first kilobytes and make up a quarter of them, as the high bytes of Latin text do.
 */
function isUtf16(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return true;
  }
  const sniff = bytes.subarray(0, BINARY_SNIFF_BYTES);
  if (sniff.length < 4) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sniff.length; i++) {
    if (sniff[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  return (even === 0 || odd === 0) && even + odd >= Math.max(2, sniff.length / 4);
}

/** Offset of the first byte that breaks UTF-8, for the error message. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(i, i + length));
    } catch {
      return i;
    }
    i += length;
  }
  return i;
}

function fromSystemError(err: unknown, path: string): PlanReadError {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new PlanReadError('not-found', path, 'no such file');
  if (code === 'EISDIR') return new PlanReadError('not-a-file', path, 'is a directory, not a file');
  if (code === 'EACCES' || code === 'EPERM') return new PlanReadError('unreadable', path, 'permission denied');
  const detail = err instanceof Error ? err.message : String(err);
  return new PlanReadError('unreadable', path, `cannot be read (${detail})`);
}
