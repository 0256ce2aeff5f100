/**
 * Bytes to plan text, the same for every host (the CLI and the Node server reading the disk, the
 * web server reading through its client): binary files are recognised by a NUL byte anywhere,
 * UTF-16 text by its byte order mark or NUL pattern, and UTF-8 is strict so a mis-encoded file is reported instead of
 * being linted as mojibake with wrong columns.
 */

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

export function describeSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} kB`;
}

/** Refuses a file larger than the cap before it is read. */
export function checkPlanSize(size: number, maxBytes: number, path: string): void {
  if (size > maxBytes) {
    throw new PlanReadError(
      'too-large',
      path,
      `file is ${describeSize(size)}, larger than the ${describeSize(maxBytes)} limit for plans`,
    );
  }
}

/** Refuses binary content and UTF-16 text: the checks `decodePlanBytes` makes before decoding. */
export function refuseNonText(bytes: Uint8Array, path: string): void {
  // The whole file, not only its start: a NUL anywhere would reach the linter and every output.
  const nul = bytes.indexOf(0);
  // Without a byte order mark, UTF-16 text has NUL bytes: most files need no closer look.
  if (hasUtf16Bom(bytes) || (nul >= 0 && nulsLookUtf16(bytes))) {
    throw new PlanReadError('invalid-utf8', path, 'UTF-16 text, not UTF-8; save the file as UTF-8');
  }
  if (nul >= 0) throw new PlanReadError('binary', path, `binary file (NUL byte at offset ${nul}), not Markdown text`);
}

/** Decodes file bytes as strict UTF-8, refusing binary content and UTF-16 text. */
export function decodePlanBytes(bytes: Uint8Array, path: string): string {
  refuseNonText(bytes, path);
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
 * UTF-16 text without a byte order mark: NUL bytes that all fall on the same parity in the first
 * kilobytes and make up a quarter of them, as the high bytes of Latin text do.
 */
function nulsLookUtf16(bytes: Uint8Array): boolean {
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

function hasUtf16Bom(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
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
