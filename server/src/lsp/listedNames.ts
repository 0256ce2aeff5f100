/**
 * One entry per file when an editor opens a plan under a name the listing does not use: a plan
 * reached through a symlinked folder is listed once (`FileAccess.listedAs`), but VS Code's
 * explorer shows it under both names. While a document is open under the other name, its listed
 * name has no entry of its own (it would be the plan's duplicate); a file read under the other
 * name (a watcher's event, a closed document) is read under its listed name.
 */
import type { FileAccess } from './fileAccess.js';
import { normalizeUri } from './uri.js';

export class ListedNames {
  /** Listed key → the key of the open document that stands for it. */
  private readonly shadowed = new Map<string, string>();
  /** Open documents whose listed name was looked up (once per opening). */
  private readonly checked = new Set<string>();

  constructor(
    private readonly files: FileAccess,
    private readonly workspace: {
      /** Whether the entry of a key is an open document's. */
      isOpen(key: string): boolean;
      /** Whether a document is (still) open in the editor. */
      isOpenDocument(uri: string): boolean;
      /** Drops the entry of a file that is not open. */
      drop(key: string): void;
    },
  ) {}

  /** Whether an open document stands for the listed name `key`. */
  isShadowed(key: string): boolean {
    return this.shadowed.has(key);
  }

  /**
   * A document is linted: the first time after it was opened, if the listing names it otherwise,
   * it stands for that name from now on and that name's entry is dropped (unless that name is
   * open too, or the document closed meanwhile).
   */
  async opened(uri: string, key: string): Promise<void> {
    if (this.checked.has(key)) return;
    this.checked.add(key);
    const listedKey = await this.listedKey(uri, key);
    if (listedKey === undefined || this.workspace.isOpen(listedKey) || !this.workspace.isOpenDocument(uri)) return;
    this.shadowed.set(listedKey, key);
    this.workspace.drop(listedKey);
  }

  /**
   * An indexing run listed the folders: open documents are looked up again at their next lint (a
   * document restored at start-up was linted before its folder was listed).
   */
  listed(): void {
    this.checked.clear();
  }

  /** A document closed: the listed names it stood for (returned) are their own again. */
  release(key: string): string[] {
    this.checked.delete(key);
    const released: string[] = [];
    for (const [listedKey, openKey] of this.shadowed) {
      if (openKey !== key) continue;
      this.shadowed.delete(listedKey);
      released.push(listedKey);
    }
    return released;
  }

  /** The key the listing names this file by, when it is another one. */
  async listedKey(uri: string, key: string): Promise<string | undefined> {
    const listed = await this.files.listedAs?.(uri);
    const listedKey = listed === undefined ? undefined : normalizeUri(listed);
    return listedKey !== key ? listedKey : undefined;
  }
}
