/**
 * File access on the local disk, for the Node server: walks folders as the CLI does (symlinks
 * followed, loops stopped, `node_modules`/`.git` skipped; one path per real file) and reads
 * with `readPlanFile`'s checks. Only `file:` URIs are served; any other scheme is "not found".
 */
import { stat } from 'node:fs/promises';
import { URI } from 'vscode-uri';
import { CONFIG_FILE_NAMES } from '../engine/config.js';
import { PlanReadError } from '../engine/decode.js';
import { walkFiles } from '../node/findPlanFiles.js';
import { comparePaths } from '../node/paths.js';
import { readPlanFile } from '../node/readPlanFile.js';
import { RealPaths } from '../node/realPaths.js';
import type { FileAccess, FileStat } from './fileAccess.js';
import { filePathOf } from './uri.js';

export class NodeFileAccess implements FileAccess {
  async list(folderUri: string): Promise<string[]> {
    const folder = filePathOf(folderUri);
    if (!folder) return [];
    const files = await walkFiles(folder, ['**/*.md', ...CONFIG_FILE_NAMES.map((n) => `**/${n}`)]);
    // A file reached through a symlinked folder is kept once, by its shortest path, so a plan is
    // not linted twice (and does not report its own id as a duplicate).
    files.sort((a, b) => a.split('/').length - b.split('/').length || comparePaths(a, b));
    const reals = await new RealPaths().all(files);
    const byReal = new Map<string, string>();
    files.forEach((file, i) => {
      if (!byReal.has(reals[i]!)) byReal.set(reals[i]!, file);
    });
    return [...byReal.values()].sort(comparePaths).map((p) => URI.file(p).toString());
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
