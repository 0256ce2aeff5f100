/**
 * Everything the CLI touches of its process, passed in: tests run `main` in-process with
 * captured streams, and nothing inside calls `process.exit`.
 */
import { escapeControls } from '../engine/sanitize.js';

export interface CliWriter {
  /** False when the stream's buffer is full (Node streams): the writer then waits for `drain`. */
  write(chunk: string | Uint8Array): unknown;
  once?(event: 'drain', listener: () => void): unknown;
}

export interface CliIo {
  /** Arguments after the program name (`process.argv.slice(2)`). */
  readonly argv: readonly string[];
  readonly cwd: string;
  readonly stdout: CliWriter;
  readonly stderr: CliWriter;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether stdout is a terminal (colour is used only then, unless forced). */
  readonly isTTY?: boolean;
  /** The terminal's width when stdout is one; human formats wrap to it (80 otherwise). */
  readonly columns?: number;
}

/**
 * `io` whose stderr shows control characters as visible escapes (sanitize.ts): every notice,
 * error and usage message the CLI writes there (a file name, git's own message, a value from
 * the command line or a plan) reaches the terminal or the CI log as text, never as an escape
 * sequence. Line feeds and tabs stay; the messages that must stay on one line use `singleLine`.
 */
export function withSafeStderr(io: CliIo): CliIo {
  const stderr = io.stderr;
  return { ...io, stderr: { write: (chunk: string) => stderr.write(escapeControls(chunk)) } };
}
