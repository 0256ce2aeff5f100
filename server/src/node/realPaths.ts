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

export class RealPaths {
  private readonly folders = new Map<string, Promise<string>>();
  private readonly files = new Map<string, Promise<string>>();
  private readonly entries = new Map<string, Promise<Entries | undefined>>();

  /** The real path of `file`; the path itself when it cannot be resolved (gone, no access). */
  of(file: string): Promise<string> {
    return this.cached(file, false);
  }

  /**
   * The real paths of `files`, in the same order, resolved {@link BATCH} at a time: enough to
   * keep the thread pool busy, few enough that 10,000 requests in flight do not add tens of MB
   * to the peak memory.
   */
  async all(files: readonly string[]): Promise<string[]> {
    const out: string[] = [];
    for (let i = 0; i < files.length; i += BATCH) {
      out.push(...(await Promise.all(files.slice(i, i + BATCH).map((f) => this.cached(f, true)))));
    }
    return out;
  }

  /** The real path of a folder; the path itself when it cannot be resolved. */
  ofFolder(dir: string): Promise<string> {
    return once(this.folders, dir, () => realpath(dir).catch(() => dir));
  }

  private cached(file: string, listed: boolean): Promise<string> {
    return once(this.files, file, () => this.resolve(file, listed));
  }

  /** `listed`: the file is one of many in its folder (read the folder once, not the file). */
  private async resolve(file: string, listed: boolean): Promise<string> {
    const dir = path.dirname(file);
    const name = path.basename(file);
    // A name the folder does not list (gone since, or not read) is asked about on its own.
    const symlink = (listed ? (await this.entriesOf(dir))?.get(name) : undefined) ?? (await isSymlink(file));
    if (symlink === undefined) return file;
    if (symlink) return realpath(file).catch(() => file);
    // A folder that cannot be resolved comes back as it is, and so does the file.
    return path.join(await this.ofFolder(dir), name);
  }

  private entriesOf(dir: string): Promise<Entries | undefined> {
    return once(this.entries, dir, () =>
      readdir(dir, { withFileTypes: true }).then(
        (dirents) => new Map(dirents.map((d) => [d.name, d.isSymbolicLink()])),
        () => undefined,
      ),
    );
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
 * file's own location), else the one with the fewest folders, else the first in path order. The CLI's discovery and the language server's listing both keep this
 * path, so they report a plan under the same name. Returned in the order of `files`.
 */
export async function onePathPerRealFile(
  files: readonly string[],
  root: string,
  realPaths: RealPaths,
): Promise<string[]> {
  const realRoot = await realPaths.ofFolder(root);
  const reals = await realPaths.all(files);
  const best = new Map<string, { file: string; rank: [number, number] }>();
  for (const [i, file] of files.entries()) {
    const real = reals[i]!;
    const direct = path.resolve(realRoot, path.relative(root, file)) === real;
    const rank: [number, number] = [direct ? 0 : 1, file.split(/[\\/]/).length];
    const previous = best.get(real);
    if (!previous || isBetter(rank, file, previous)) best.set(real, { file, rank });
  }
  const kept = new Set([...best.values()].map((b) => b.file));
  return files.filter((f) => kept.has(f));
}

function isBetter(rank: [number, number], file: string, than: { file: string; rank: [number, number] }): boolean {
  return (rank[0] - than.rank[0] || rank[1] - than.rank[1] || comparePaths(file, than.file)) < 0;
}
