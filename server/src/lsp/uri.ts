/**
 * URI handling for the server. Every document and file is known by its URI, whatever its scheme
 * (`file:` on disk, `vscode-vfs:` on github.dev, `memory:` in tests): paths are computed on the
 * URI's path, never on the local file system's, so the same code serves every host.
 */
import { URI } from 'vscode-uri';
import { CONFIG_FILE_NAMES } from '../engine/config.js';
import { memoized } from '../engine/memo.js';

/**
 * The one spelling of a URI used as a map key (the client may encode it differently). Remembered:
 * indexing asks it of every file several times, and each answer parses the URI.
 */
export const normalizeUri: (uri: string) => string = memoized(normalizeUriOnce, 16384);

function normalizeUriOnce(uri: string): string {
  try {
    return URI.parse(uri).toString();
  } catch {
    return uri;
  }
}

/** The local path of a `file:` URI (undefined for any other scheme, or a URI that does not parse). */
export function filePathOf(uri: string): string | undefined {
  try {
    const u = URI.parse(uri);
    return u.scheme === 'file' ? u.fsPath : undefined;
  } catch {
    return undefined;
  }
}

/** The URI of the folder holding a file (or of a folder's parent); undefined at the root. */
export function parentUri(uri: string): string | undefined {
  return PARENTS(uri) ?? undefined;
}

const PARENTS = memoized((uri: string): string | null => parentUriOnce(uri) ?? null, 16384);

function parentUriOnce(uri: string): string | undefined {
  const u = URI.parse(uri);
  const trimmed = u.path.replace(/\/+$/, '');
  const i = trimmed.lastIndexOf('/');
  if (i < 0 || trimmed === '') return undefined;
  return u.with({ path: i === 0 ? '/' : trimmed.slice(0, i) }).toString();
}

/** A child of a folder URI. */
export function joinUri(folderUri: string, name: string): string {
  const u = URI.parse(folderUri);
  const base = u.path.endsWith('/') ? u.path : `${u.path}/`;
  return u.with({ path: base + name }).toString();
}

/** The last segment of a URI's path. */
export function baseName(uri: string): string {
  const p = URI.parse(uri).path.replace(/\/+$/, '');
  return p.slice(p.lastIndexOf('/') + 1);
}

/** Whether `uri` is `folderUri` or inside it (both normalised, same scheme and authority). */
export function isUnder(uri: string, folderUri: string): boolean {
  const folder = folderUri.endsWith('/') ? folderUri : `${folderUri}/`;
  return uri === folderUri || uri.startsWith(folder);
}

/** `uri`'s path relative to `folderUri`, `/`-separated; undefined when it is not inside it. */
export function relativePath(folderUri: string, uri: string): string | undefined {
  const folder = URI.parse(folderUri);
  const file = URI.parse(uri);
  if (folder.scheme !== file.scheme || folder.authority !== file.authority) return undefined;
  const base = folder.path.endsWith('/') ? folder.path : `${folder.path}/`;
  return file.path.startsWith(base) ? file.path.slice(base.length) : undefined;
}

/** `.handoff.yaml` / `.handoff.yml`. */
export function isConfigUri(uri: string): boolean {
  return (CONFIG_FILE_NAMES as readonly string[]).includes(baseName(uri));
}

export function isMarkdownUri(uri: string): boolean {
  return URI.parse(uri).path.toLowerCase().endsWith('.md');
}
