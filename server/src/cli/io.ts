/**
 * Everything the CLI touches of its process, passed in: tests run `main` in-process with
 * captured streams, and nothing inside calls `process.exit`.
 */

export interface CliWriter {
  write(chunk: string): unknown;
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
