/**
 * Replacing a file whole or not at all: the new content goes into a temporary sibling, which is
 * renamed over the file only once it is complete. A run stopped half-way (an internal error, a
 * full disk) leaves the file as it was and no temporary file behind. The file's mode is kept, and
 * a symlink is written through, at the path it leads to. What is not a regular file (a named pipe,
 * a device such as `/dev/null`) is written in place, as it always was: renaming over it would
 * replace the pipe or the device itself.
 */
import { chmodSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { chmod, lstat, open, realpath, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';

/** The temporary sibling of `file`: hidden, named after it, this process and what writes it. */
function tempSibling(file: string, purpose: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.handoff-${purpose}-${process.pid}.tmp`);
}

/** Writes `text` over the regular file `file` through a temporary sibling, keeping its mode. */
export function replaceFileSync(file: string, text: string, purpose: string): void {
  const mode = statSync(file).mode & 0o7777;
  const temp = tempSibling(file, purpose);
  try {
    writeFileSync(temp, text, { encoding: 'utf8', flag: 'wx', mode });
    chmodSync(temp, mode);
    renameSync(temp, file);
  } catch (err) {
    rmSync(temp, { force: true });
    throw err;
  }
}

/** A file being written: `commit` puts it in place, `abort` drops it (the old one stays). */
export interface PendingFile {
  readonly handle: FileHandle;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

/**
 * Where a replacement of `target` is renamed to, with the mode to give it: `target` itself when
 * it is a regular file or does not exist yet, the file a symlink leads to when that is a regular
 * file; undefined for anything else (written in place).
 */
async function destinationOf(target: string): Promise<{ file: string; mode: number | undefined } | undefined> {
  let stats;
  try {
    stats = await lstat(target);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ENOENT' ? { file: target, mode: undefined } : undefined;
  }
  if (stats.isFile()) return { file: target, mode: stats.mode & 0o7777 };
  if (!stats.isSymbolicLink()) return undefined;
  try {
    const real = await realpath(target);
    const realStats = await stat(real);
    return realStats.isFile() ? { file: real, mode: realStats.mode & 0o7777 } : undefined;
  } catch {
    return undefined; // A dangling link: opened in place, as before.
  }
}

/**
 * Opens a replacement for `target` (see the module comment). When the temporary sibling cannot
 * be created (a folder the user may not write in, or one that does not exist), a new file is
 * opened in place, so the error, if any, is the one writing to it gives, and an aborted one is
 * removed; an existing file is never opened in place, so it cannot be left half-written.
 */
export async function openReplacement(target: string, purpose: string): Promise<PendingFile> {
  const destination = await destinationOf(target);
  if (!destination) {
    const handle = await open(target, 'w');
    const close = () => handle.close();
    return { handle, commit: close, abort: close };
  }
  const temp = tempSibling(destination.file, purpose);
  let handle: FileHandle;
  try {
    handle = await open(temp, 'wx', destination.mode ?? 0o666);
  } catch (err) {
    if (destination.mode !== undefined) throw err;
    return openNewInPlace(destination.file);
  }
  return {
    handle,
    async commit() {
      try {
        await handle.close();
        if (destination.mode !== undefined) await chmod(temp, destination.mode);
        await rename(temp, destination.file);
      } catch (err) {
        await rm(temp, { force: true });
        throw err;
      }
    },
    async abort() {
      await handle.close().catch(() => undefined);
      await rm(temp, { force: true });
    },
  };
}

/** A file that did not exist, written where it goes; dropped again if the run stops. */
async function openNewInPlace(file: string): Promise<PendingFile> {
  const handle = await open(file, 'wx');
  return {
    handle,
    commit: () => handle.close(),
    async abort() {
      await handle.close().catch(() => undefined);
      await rm(file, { force: true });
    },
  };
}
