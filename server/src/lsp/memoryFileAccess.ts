/**
 * Files held in memory, for tests and embedders: `write` and `delete` change them and tell the
 * watchers, as a client's file watcher would. Reading applies the same size cap and decoding as
 * the disk does, so a test sees what a user would.
 */
import { checkPlanSize, decodePlanBytes, PlanReadError } from '../engine/decode.js';
import type { Disposable, FileAccess, FileChange, FileStat } from './fileAccess.js';
import { isConfigUri, isMarkdownUri, isUnder, normalizeUri, relativePath } from './uri.js';

const SKIPPED = /(^|\/)(node_modules|\.git)\//;

export class MemoryFileAccess implements FileAccess {
  private readonly files = new Map<string, Uint8Array>();
  private readonly listeners = new Set<(changes: readonly FileChange[]) => void>();
  /** Folders that lead to other folders, as a symlinked folder does: alias prefix → target prefix. */
  private readonly aliases = new Map<string, string>();
  /** What the listings named (`listedAs` knows only those, as on the disk). */
  private readonly listed = new Set<string>();

  /** Files by URI; a string is stored as UTF-8. */
  constructor(files: Readonly<Record<string, string | Uint8Array>> = {}) {
    for (const [uri, content] of Object.entries(files)) this.files.set(normalizeUri(uri), toBytes(content));
  }

  write(uri: string, content: string | Uint8Array): void {
    const key = normalizeUri(uri);
    const type = this.files.has(key) ? 'changed' : 'created';
    this.files.set(key, toBytes(content));
    this.fire([{ uri: key, type }]);
  }

  delete(uri: string): void {
    const key = normalizeUri(uri);
    if (this.files.delete(key)) this.fire([{ uri: key, type: 'deleted' }]);
  }

  /**
   * Makes `aliasFolder` lead to `targetFolder`, as a symlinked folder does: its files can be read
   * under either name, and the listing names them under the target only (as the disk's does).
   */
  alias(aliasFolder: string, targetFolder: string): void {
    this.aliases.set(
      `${normalizeUri(aliasFolder).replace(/\/$/, '')}/`,
      `${normalizeUri(targetFolder).replace(/\/$/, '')}/`,
    );
  }

  listedAs(uri: string): Promise<string | undefined> {
    const key = normalizeUri(uri);
    const target = this.resolve(key);
    return Promise.resolve(target !== key && this.listed.has(target) ? target : undefined);
  }

  /** The name a URI has once aliases are followed. */
  private resolve(key: string): string {
    for (const [from, to] of this.aliases) if (key.startsWith(from)) return to + key.slice(from.length);
    return key;
  }

  /** The stored text (for tests that check what an edit would write). */
  text(uri: string): string | undefined {
    const bytes = this.files.get(normalizeUri(uri));
    return bytes && new TextDecoder().decode(bytes);
  }

  list(folderUri: string): Promise<string[]> {
    const folder = normalizeUri(folderUri);
    const out = [...this.files.keys()].filter((uri) => {
      if (!isUnder(uri, folder) || !(isMarkdownUri(uri) || isConfigUri(uri))) return false;
      return !SKIPPED.test(relativePath(folder, uri) ?? '');
    });
    for (const uri of out) this.listed.add(uri);
    return Promise.resolve(out.sort());
  }

  stat(uri: string): Promise<FileStat | undefined> {
    const key = this.resolve(normalizeUri(uri));
    const bytes = this.files.get(key);
    if (bytes) return Promise.resolve({ type: 'file', size: bytes.length });
    const folder = key.endsWith('/') ? key : `${key}/`;
    for (const k of this.files.keys()) if (k.startsWith(folder)) return Promise.resolve({ type: 'directory', size: 0 });
    return Promise.resolve(undefined);
  }

  read(uri: string, maxBytes: number): Promise<string> {
    const bytes = this.files.get(this.resolve(normalizeUri(uri)));
    if (!bytes) return Promise.reject(new PlanReadError('not-found', uri, 'no such file'));
    try {
      checkPlanSize(bytes.length, maxBytes, uri);
      return Promise.resolve(decodePlanBytes(bytes, uri));
    } catch (err) {
      return Promise.reject(err as Error);
    }
  }

  watch(listener: (changes: readonly FileChange[]) => void): Disposable {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  private fire(changes: readonly FileChange[]): void {
    for (const l of this.listeners) l(changes);
  }
}

function toBytes(content: string | Uint8Array): Uint8Array {
  return typeof content === 'string' ? new TextEncoder().encode(content) : content;
}
