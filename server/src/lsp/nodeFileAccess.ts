/**
 * File access on the local disk, for the Node server: walks folders as the CLI does (symlinks
 * followed, loops stopped, `node_modules`/`.git` skipped; one path per real file) and reads
 * with `readPlanFile`'s checks. Only `file:` URIs are served; any other scheme is "not found".
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { URI } from 'vscode-uri';
import { CONFIG_FILE_NAMES } from '../engine/config.js';
import { PlanReadError } from '../engine/decode.js';
import { walkFiles } from '../node/findPlanFiles.js';
import { comparePaths } from '../node/paths.js';
import { readPlanFile } from '../node/readPlanFile.js';
import { onePathPerRealFile, RealPaths } from '../node/realPaths.js';
import type { FileAccess, FileStat } from './fileAccess.js';
import { filePathOf } from './uri.js';

export class NodeFileAccess implements FileAccess {
  /** The paths the listings kept, and each one by its real path (for `listedAs`). */
  private readonly listed = new Set<string>();
  private readonly listedByReal = new Map<string, string>();

  async list(folderUri: string): Promise<string[]> {
    const folder = filePathOf(folderUri);
    if (!folder) return [];
    const files = await walkFiles(folder, ['**/*.md', ...CONFIG_FILE_NAMES.map((n) => `**/${n}`)]);
    // A file reached through a symlinked folder is listed once, by the path the CLI reports it under.
    const realPaths = new RealPaths();
    const kept = await onePathPerRealFile(files, folder, realPaths);
    const reals = await realPaths.all(kept);
    // This folder's previous listing goes: a file deleted since is no longer anyone's listed name.
    const root = path.resolve(folder) + path.sep;
    const inFolder = (p: string) => p.startsWith(root);
    for (const p of this.listed) if (inFolder(p)) this.listed.delete(p);
    for (const [real, p] of this.listedByReal) if (inFolder(p)) this.listedByReal.delete(real);
    kept.forEach((file, i) => {
      // Native separators, as filePathOf gives them (the walk gives `/` on Windows too).
      const native = path.resolve(file);
      this.listed.add(native);
      this.listedByReal.set(reals[i]!, native);
    });
    return kept.sort(comparePaths).map((p) => URI.file(p).toString());
  }

  async listedAs(uri: string): Promise<string | undefined> {
    const file = filePathOf(uri);
    const p = file && path.resolve(file);
    // A listed path answers without a system call.
    if (!p || this.listed.has(p)) return undefined;
    const other = this.listedByReal.get(await new RealPaths().of(p));
    return other !== undefined && other !== p ? URI.file(other).toString() : undefined;
  }

  async stat(uri: string): Promise<FileStat | undefined> {
    const p = filePathOf(uri);
    if (!p) return undefined;
    const info = await stat(p).catch(() => undefined);
    if (!info) return undefined;
    return { type: info.isDirectory() ? 'directory' : 'file', size: info.size };
  }

  read(uri: string, maxBytes: number): Promise<string> {
    const p = filePathOf(uri);
    if (!p) return Promise.reject(new PlanReadError('not-found', uri, 'no such file'));
    return readPlanFile(p, { maxBytes });
  }
}
