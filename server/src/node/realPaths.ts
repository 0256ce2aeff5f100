/**
 * Real paths of the many files a walk lists, as `realpath` gives them: a file that is not itself
 * a symlink is its folder's real path (resolved once per folder) plus its name. Resolving each
 * file on its own costs a system call per path component, and awaiting those one file after the
 * other took seconds on 10,000 plans (the CLI's discovery spent about as long there as in linting
 * them; the server's folder listing 0.8 s). A list of files (`all`) learns which are symlinks from
 * one `readdir` per folder; one file asked alone (`of`) from its own `lstat` (10,000 of those
 * took 0.2 s of a 10,000-plan listing's 0.35 s).
 */
import { lstat, readdir, realpath } from 'node:fs/promises';
import path from 'node:path';
import { comparePaths } from './paths.js';

const BATCH = 64;

/** A folder's entries by name: whether each is a symlink. */
type Entries = ReadonlyMap<string, boolean>;

/** What one `readdir` and one `realpath` tell of a folder. */
interface Folder {
  readonly real: string;
  readonly entries: Entries | undefined;
}

export class RealPaths {
  private readonly folders = new Map<string, Promise<string>>();
  /** Files resolved one by one: asked alone, symlinks, and names their folder does not list. */
  private readonly files = new Map<string, Promise<string>>();
  private readonly listings = new Map<string, Promise<Folder>>();
  /** The listings that have arrived, to resolve a listed plain file without waiting. */
  private readonly listed = new Map<string, Folder>();

  /** The real path of `file`; the path itself when it cannot be resolved (gone, no access). */
  of(file: string): Promise<string> {
    return this.resolveAlone(file, false);
  }

  /**
   * The real paths of `files`, in the same order. Their folders are read first, {@link BATCH} at
   * a time (enough to keep the thread pool busy, few enough that thousands of requests in flight
   * do not add to the peak memory); a file that is no symlink in a folder that is none then
   * resolves to the same string, with nothing kept or made for it: on 10,000 plans, a promise and
   * a path per file held until the walk ended were a third of the memory discovery left behind.
   */
  async all(files: readonly string[]): Promise<string[]> {
    const dirs = [...new Set(files.map((f) => path.dirname(f)))];
    for (let i = 0; i < dirs.length; i += BATCH) await Promise.all(dirs.slice(i, i + BATCH).map((d) => this.folder(d)));
    const out: string[] = new Array<string>(files.length);
    const pending: Promise<void>[] = [];
    for (const [i, file] of files.entries()) {
      const dir = path.dirname(file);
      const folder = this.listed.get(dir)!;
      const name = path.basename(file);
      if (folder.entries?.get(name) === false) {
        const same = folder.real === dir && file.length === dir.length + 1 + name.length;
        out[i] = same ? file : path.join(folder.real, name);
      } else {
        pending.push(this.resolveAlone(file, true).then((r) => void (out[i] = r)));
        if (pending.length >= BATCH) await Promise.all(pending.splice(0));
      }
    }
    await Promise.all(pending);
    return out;
  }

  /** The real path of a folder; the path itself when it cannot be resolved. */
  ofFolder(dir: string): Promise<string> {
    return once(this.folders, dir, () => realpath(dir).catch(() => dir));
  }

  /**
   * A file on its own: a symlink is resolved by `realpath`, anything else by its folder's real
   * path. `listed`: its folder's listing was read (and does not say it is a plain file).
   */
  private resolveAlone(file: string, listed: boolean): Promise<string> {
    return once(this.files, file, async () => {
      const dir = path.dirname(file);
      const name = path.basename(file);
      // A name the folder does not list (gone since, or not read) is asked about on its own.
      const symlink = (listed ? (await this.folder(dir)).entries?.get(name) : undefined) ?? (await isSymlink(file));
      if (symlink === undefined) return file;
      if (symlink) return realpath(file).catch(() => file);
      // A folder that cannot be resolved comes back as it is, and so does the file.
      return path.join(await this.ofFolder(dir), name);
    });
  }

  private folder(dir: string): Promise<Folder> {
    return once(this.listings, dir, async () => {
      const [real, entries] = await Promise.all([
        this.ofFolder(dir),
        readdir(dir, { withFileTypes: true }).then(
          (dirents): Entries => new Map(dirents.map((d) => [d.name, d.isSymbolicLink()])),
          () => undefined,
        ),
      ]);
      const folder = { real, entries };
      this.listed.set(dir, folder);
      return folder;
    });
  }
}

/** The value `map` holds for `key`, made and kept the first time it is asked for. */
function once<T>(map: Map<string, T>, key: string, make: () => T): T {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

/** Whether a path is a symlink; undefined when it cannot be read (gone, no access). */
function isSymlink(file: string): Promise<boolean | undefined> {
  return lstat(file).then(
    (info) => info.isSymbolicLink(),
    () => undefined,
  );
}

/**
 * One path for each real file among `files` (absolute paths found under `root`): a plan reached
 * through a symlinked folder (or a symlink loop) would otherwise be linted twice and report its
 * own id as a duplicate. The path kept is the one that involves no symlink if there is one (the
 * file's own location), else the one with the fewest folders, else the first in path order. The
 * CLI's discovery and the language server's listing both keep this path, so they report a plan
 * under the same name. Returned in the order of `files`.
 */
export async function onePathPerRealFile(
  files: readonly string[],
  root: string,
  realPaths: RealPaths,
): Promise<string[]> {
  const realRoot = await realPaths.ofFolder(root);
  const reals = await realPaths.all(files);
  // The index of the path kept for each real file; paths are ranked only when two meet.
  const best = new Map<string, number>();
  const rank = (file: string, real: string): [number, number] => [
    path.resolve(realRoot, path.relative(root, file)) === real ? 0 : 1,
    file.split(/[\\/]/).length,
  ];
  for (const [i, file] of files.entries()) {
    const real = reals[i]!;
    const previous = best.get(real);
    if (previous === undefined || isBetter(rank(file, real), file, rank(files[previous]!, real), files[previous]!)) {
      best.set(real, i);
    }
  }
  return files.filter((file, i) => files[best.get(reals[i]!)!] === file);
}

function isBetter(rank: [number, number], file: string, thanRank: [number, number], than: string): boolean {
  return (rank[0] - thanRank[0] || rank[1] - thanRank[1] || comparePaths(file, than)) < 0;
}
