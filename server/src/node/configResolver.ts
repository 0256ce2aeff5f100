/**
 * Which `.handoff.yaml` applies to a file: the nearest one in the file's folder or an ancestor
 * (the engine's `findConfigFile` + `parseConfig`), cached per folder so a run over thousands of
 * files reads each configuration once. An explicit configuration file overrides discovery.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_CONFIG, parseConfig, type HandoffConfig } from '../engine/config.js';
import { findConfigFile, type ConfigHost } from '../engine/configDiscovery.js';
import type { Rule } from '../engine/rule.js';
import { escapesBase, relativePosix, toPosixPath } from './paths.js';
import { NOT_REGULAR, readRegularFileSync } from './regularFile.js';
import { errorMessage } from '../engine/errors.js';

/** A configuration problem with 1-based positions. */
export interface ConfigIssue {
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

export interface ResolvedConfig {
  readonly config: HandoffConfig;
  /** Absolute folder that the `plans` and `ignore` globs are relative to. */
  readonly folder: string;
  /** Absolute path of the configuration file; undefined when the defaults apply. */
  readonly path: string | undefined;
  readonly errors: readonly ConfigIssue[];
}

export interface ConfigResolverOptions {
  readonly rules: readonly Rule[];
  /**
   * Folder for globs when no configuration file applies, and for an explicit configuration
   * (as with ESLint's `-c`, its globs are relative to where the tool runs): usually the cwd.
   */
  readonly baseFolder: string;
  /** A configuration file that applies to every file instead of discovery. */
  readonly explicitConfigPath?: string;
}

/** Config files above this are refused before being read (parseConfig refuses them too). */
const MAX_CONFIG_BYTES = 1024 * 1024;

export class ConfigResolver {
  private readonly byFolder = new Map<string, ResolvedConfig>();
  private readonly byConfigFile = new Map<string, ResolvedConfig>();
  private readonly defaults: ResolvedConfig;
  private readonly explicit: ResolvedConfig | undefined;

  constructor(private readonly options: ConfigResolverOptions) {
    this.defaults = { config: DEFAULT_CONFIG, folder: path.resolve(options.baseFolder), path: undefined, errors: [] };
    if (options.explicitConfigPath !== undefined) {
      const file = path.resolve(options.baseFolder, options.explicitConfigPath);
      const text = readConfigText(file);
      this.explicit =
        text.ok || text.missing
          ? this.load(file, text.ok ? text.text : '', this.defaults.folder, text.ok ? undefined : 'no such file')
          : this.load(file, '', this.defaults.folder, text.error);
    }
  }

  /** The configuration that applies to a file. */
  forFile(filePath: string): ResolvedConfig {
    return this.forFolder(path.dirname(path.resolve(filePath)));
  }

  /** The configuration that applies to files directly inside a folder. */
  forFolder(folder: string): ResolvedConfig {
    if (this.explicit) return this.explicit;
    const start = path.resolve(folder);
    const visited: string[] = [];
    let result: ResolvedConfig | undefined;
    for (let dir = start; ;) {
      const cached = this.byFolder.get(dir);
      if (cached) {
        result = cached;
        break;
      }
      visited.push(dir);
      const here = this.configIn(dir);
      if (here) {
        result = here;
        break;
      }
      const parent = path.dirname(dir);
      if (parent === dir) {
        result = this.defaults;
        break;
      }
      dir = parent;
    }
    for (const dir of visited) this.byFolder.set(dir, result);
    return result;
  }

  /** Every configuration loaded so far, in the order first seen (for reporting their errors). */
  loaded(): ResolvedConfig[] {
    return this.explicit ? [this.explicit] : [...this.byConfigFile.values()];
  }

  /** Forgets cached configurations (after a configuration file changed). */
  clear(): void {
    this.byFolder.clear();
    this.byConfigFile.clear();
  }

  private configIn(dir: string): ResolvedConfig | undefined {
    let failure: string | undefined;
    const host: ConfigHost = {
      readText(p) {
        const text = readConfigText(p);
        if (text.ok) return text.text;
        if (text.missing) return undefined;
        // It exists but cannot be read: it is still the nearest configuration, and it is broken.
        failure = text.error;
        return '';
      },
    };
    const found = findConfigFile(toPosixPath(dir), host, toPosixPath(dir));
    if (!found) return undefined;
    const file = path.resolve(found.path);
    const cached = this.byConfigFile.get(file);
    if (cached) return cached;
    return this.load(file, found.text, dir, failure);
  }

  private load(file: string, text: string, folder: string, readError: string | undefined): ResolvedConfig {
    const parsed = parseConfig(text, this.options.rules);
    const errors: ConfigIssue[] = readError
      ? [{ message: `Cannot read the configuration: ${readError}.`, line: 1, column: 1, endLine: 1, endColumn: 1 }]
      : parsed.errors.map((e) => ({
          message: e.message,
          line: e.range.start.line + 1,
          column: e.range.start.character + 1,
          endLine: e.range.end.line + 1,
          endColumn: e.range.end.character + 1,
        }));
    const resolved: ResolvedConfig = { config: parsed.config, folder, path: file, errors };
    this.byConfigFile.set(file, resolved);
    return resolved;
  }
}

type ConfigText =
  { ok: true; text: string } | { ok: false; missing: true } | { ok: false; missing: false; error: string };

function readConfigText(file: string): ConfigText {
  try {
    const info = statSync(file);
    if (info.isDirectory()) return { ok: false, missing: true };
    if (!info.isFile()) return { ok: false, missing: false, error: NOT_REGULAR };
    if (info.size > MAX_CONFIG_BYTES) return { ok: false, missing: false, error: 'the file is larger than 1 MB' };
    return { ok: true, text: readRegularFileSync(file).toString('utf8') };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, missing: true };
    if (code === 'EACCES' || code === 'EPERM') return { ok: false, missing: false, error: 'permission denied' };
    return { ok: false, missing: false, error: errorMessage(err) };
  }
}

/** A file's path relative to its configuration's folder, as the `plans`/`ignore` globs see it. */
export function pathForGlobs(resolved: ResolvedConfig, filePath: string): string {
  const rel = relativePosix(resolved.folder, path.resolve(filePath));
  // Outside the folder (a file named on the command line elsewhere): match its name alone.
  return escapesBase(rel) ? path.basename(filePath) : rel;
}
