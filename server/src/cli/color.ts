/**
 * Minimal ANSI styling. Whether colour is used is decided once per run (see `useColor`), and
 * formatters receive it as a flag, so their output is testable byte for byte.
 */

export interface Colors {
  readonly red: (s: string) => string;
  readonly yellow: (s: string) => string;
  readonly blue: (s: string) => string;
  readonly green: (s: string) => string;
  readonly dim: (s: string) => string;
  readonly bold: (s: string) => string;
  readonly underline: (s: string) => string;
}

const style =
  (open: number, close: number, enabled: boolean) =>
  (s: string): string =>
    enabled && s ? `\u001b[${open}m${s}\u001b[${close}m` : s;

export function colors(enabled: boolean): Colors {
  return {
    red: style(31, 39, enabled),
    yellow: style(33, 39, enabled),
    blue: style(34, 39, enabled),
    green: style(32, 39, enabled),
    dim: style(2, 22, enabled),
    bold: style(1, 22, enabled),
    underline: style(4, 24, enabled),
  };
}

/**
 * `--color`/`--no-color` win; then FORCE_COLOR (`0`/`false` turn colour off), then NO_COLOR
 * (any non-empty value), then whether the output is a terminal.
 */
export function useColor(
  flag: boolean | undefined,
  env: Readonly<Record<string, string | undefined>>,
  isTTY: boolean,
): boolean {
  if (flag !== undefined) return flag;
  const force = env['FORCE_COLOR'];
  if (force !== undefined && force !== '') return force !== '0' && force.toLowerCase() !== 'false';
  if (env['NO_COLOR']) return false;
  return isTTY;
}
