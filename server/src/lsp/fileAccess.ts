/**
 * How the server reaches files that are not open in the editor: plan discovery, `.handoff.yaml`
 * discovery and the cross-plan rules read through this interface, never through the file
 * system directly. The Node server reads the disk (`NodeFileAccess`), the web worker server
 * asks the client (`ClientFileAccess`, over `workspace.findFiles` / `workspace.fs`), and tests
 * use `MemoryFileAccess`.
 *
 * Reading follows the rules of `readPlanFile`: a size cap checked before the bytes are read,
 * binary and mis-encoded files refused, a BOM dropped; failures are `PlanReadError`s.
 */

export interface FileStat {
  readonly type: 'file' | 'directory';
  /** Size in bytes. */
  readonly size: number;
}

export type FileChangeType = 'created' | 'changed' | 'deleted';

export interface FileChange {
  readonly uri: string;
  readonly type: FileChangeType;
}

export interface Disposable {
  dispose(): void;
}

export interface FileAccess {
  /**
   * URIs of the Markdown files and the configuration files (`.handoff.yaml`/`.yml`) under a
   * folder, `node_modules` and `.git` left out, in path order.
   */
  list(folderUri: string): Promise<string[]>;
  /** What is at a URI, or undefined if nothing is. */
  stat(uri: string): Promise<FileStat | undefined>;
  /** A file's text (UTF-8, BOM dropped); throws a `PlanReadError` (`not-found`, `too-large`, …). */
  read(uri: string, maxBytes: number): Promise<string>;
  /**
   * For a file the listing leaves out because it lists the same file under another name (a plan
   * reached through a symlinked folder), that name; undefined for a listed file, a file the
   * listing has under no other name, or when the implementation cannot tell. The workspace then
   * keeps one entry per file: an editor may open either name.
   */
  listedAs?(uri: string): Promise<string | undefined>;
  /**
   * Changes this implementation sees itself. Absent when the client reports changes instead
   * (`workspace/didChangeWatchedFiles`), as it does for the disk and for the web.
   */
  watch?(listener: (changes: readonly FileChange[]) => void): Disposable;
}
