/**
 * Finding a plan's `.handoff.yaml`: the nearest one in its folder or an ancestor wins. The host
 * reads file text, so the engine itself never touches a file system.
 */
import { CONFIG_FILE_NAMES } from './config.js';

/** Host interface for configuration discovery: paths use `/` separators. */
export interface ConfigHost {
  /** Returns the file's text, or undefined if it does not exist. Throws if it exists but cannot be read. */
  readText(path: string): string | undefined;
}

export function parentDir(path: string): string | undefined {
  const trimmed = path.replace(/\/+$/, '');
  const i = trimmed.lastIndexOf('/');
  if (i < 0) return undefined;
  if (i === 0) return trimmed === '/' ? undefined : '/';
  return trimmed.slice(0, i);
}

/** The nearest `.handoff.yaml` in `dir` or an ancestor, up to `stopAt` (inclusive) if given. */
export function findConfigFile(
  dir: string,
  host: ConfigHost,
  stopAt?: string,
): { path: string; text: string } | undefined {
  let d: string | undefined = dir;
  while (d !== undefined) {
    for (const name of CONFIG_FILE_NAMES) {
      const p = d === '/' ? `/${name}` : `${d}/${name}`;
      const text = host.readText(p);
      if (text !== undefined) return { path: p, text };
    }
    if (stopAt !== undefined && d === stopAt) return undefined;
    d = parentDir(d);
  }
  return undefined;
}
