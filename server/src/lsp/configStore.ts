/**
 * Which `.handoff.yaml` applies to a file, by URI: the nearest one in the file's folder or an
 * ancestor, read through the file access once per folder. Looking a configuration up is
 * synchronous (completion needs it at once): `prepare` reads what a file may need beforehand,
 * and a folder listing seeds what it already shows (a folder without a listed configuration
 * file has none). Editor settings are applied on top, once per configuration.
 */
import {
  CONFIG_FILE_NAMES,
  DEFAULT_CONFIG,
  matchesGlobs,
  parseConfig,
  type ConfigError,
  type HandoffConfig,
} from '../engine/config.js';
import { PlanReadError } from '../engine/decode.js';
import { applyOverrides } from '../engine/ruleSettings.js';
import type { Rule } from '../engine/rule.js';
import type { FileAccess } from './fileAccess.js';
import type { HandoffSettings } from './settings.js';
import { baseName, isConfigUri, isUnder, joinUri, parentUri, relativePath } from './uri.js';
import { errorMessage } from '../engine/errors.js';

/** A configuration file that was read, with its problems (0-based ranges). */
export interface LoadedConfig {
  readonly uri: string;
  readonly config: HandoffConfig;
  readonly errors: readonly ConfigError[];
}

export interface ConfigForFile {
  /** The configuration, editor settings applied. */
  readonly config: HandoffConfig;
  /** The file matches its configuration's `plans` globs. */
  readonly matchesGlob: boolean;
  /** It matches the `ignore` globs (skipped when indexing folders). */
  readonly ignored: boolean;
}

/** Configuration files above this are refused before being read. */
const MAX_CONFIG_BYTES = 1024 * 1024;

const ZERO = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

const configIds = new WeakMap<HandoffConfig, number>();
let configCount = 0;

/**
 * A configuration's number, by identity: the store hands out one object per configuration file
 * and settings, and a new one whenever either changes, so the number stands for its content in a
 * signature (writing the configuration out cost 20 µs per plan indexed), and names it to the
 * index threads, which are sent each configuration once.
 */
export function configId(config: HandoffConfig): number {
  let id = configIds.get(config);
  if (id === undefined) configIds.set(config, (id = configCount++));
  return id;
}

export class ConfigStore {
  /** Folder URI → the configuration file in it (null: none); only folders already looked at. */
  private readonly known = new Map<string, LoadedConfig | null>();
  private readonly pending = new Map<string, Promise<void>>();
  private folders: readonly string[] = [];
  private overrides: Pick<HandoffSettings, 'plans' | 'rules'> = { plans: undefined, rules: undefined };
  private overridden = new WeakMap<HandoffConfig, HandoffConfig>();
  /** Folder URI → it and its ancestors, nearest first (every file asks for its folder's). */
  private readonly chains = new Map<string, readonly string[]>();

  constructor(
    private readonly files: FileAccess,
    private readonly rules: readonly Rule[],
  ) {}

  setFolders(folders: readonly string[]): void {
    this.folders = folders;
  }

  setOverrides(settings: Pick<HandoffSettings, 'plans' | 'rules'>): void {
    this.overrides = { plans: settings.plans, rules: settings.rules };
    this.overridden = new WeakMap();
  }

  /** Forgets every configuration (one changed). */
  clear(): void {
    this.known.clear();
    this.pending.clear();
  }

  /** Every configuration file read so far. */
  loaded(): LoadedConfig[] {
    return [...this.known.values()].filter((c): c is LoadedConfig => c !== null);
  }

  /**
   * Records what a folder listing shows: the configuration files it holds are read, and every
   * other folder on the way to a listed file has none.
   */
  async seed(folderUri: string, listed: readonly string[]): Promise<void> {
    const reads: Promise<void>[] = [];
    for (const uri of listed) if (isConfigUri(uri)) reads.push(this.probe(parentUri(uri)!));
    await Promise.all(reads);
    for (const uri of listed) {
      for (const dir of this.foldersAbove(uri)) {
        if (!isUnder(dir, folderUri) || this.known.has(dir) || this.pending.has(dir)) break;
        this.known.set(dir, null);
      }
    }
    await this.prepare(folderUri);
  }

  /** Reads the configuration files that may apply to a file (its folder and every ancestor). */
  async prepare(uri: string): Promise<void> {
    const reads: Promise<void>[] = [];
    for (const dir of this.foldersAbove(uri)) if (!this.known.has(dir)) reads.push(this.probe(dir));
    await Promise.all(reads);
  }

  /** The configuration for a file, from the folders read so far. */
  configFor(uri: string | undefined): ConfigForFile {
    let file: LoadedConfig | undefined;
    for (const dir of uri ? this.foldersAbove(uri) : []) {
      const here = this.known.get(dir);
      if (here) {
        file = here;
        break;
      }
    }
    const base = file?.config ?? DEFAULT_CONFIG;
    let config = this.overridden.get(base);
    if (!config) {
      config = applyOverrides(base, this.overrides, this.rules);
      this.overridden.set(base, config);
    }
    if (!uri) return { config, matchesGlob: false, ignored: false };
    const rel = this.pathForGlobs(uri, file);
    return { config, matchesGlob: matchesGlobs(rel, config.plans), ignored: matchesGlobs(rel, config.ignore) };
  }

  /** The folders holding a file or folder: its parent first, up to the root. */
  private foldersAbove(uri: string): readonly string[] {
    const parent = parentUri(uri);
    if (parent === undefined) return [];
    let chain = this.chains.get(parent);
    if (!chain) {
      chain = [parent, ...this.foldersAbove(parent)];
      this.chains.set(parent, chain);
    }
    return chain;
  }

  /**
   * How messages name a file: its path in its workspace folder (after the folder's name when
   * there are several), else its URI.
   */
  displayName(uri: string): string {
    const folder = this.workspaceFolderOf(uri);
    const rel = folder === undefined ? undefined : relativePath(folder, uri);
    if (rel === undefined || rel === '') return uri;
    return this.folders.length > 1 ? `${baseName(folder!)}/${rel}` : rel;
  }

  /** The innermost workspace folder holding `uri`, if any. */
  private workspaceFolderOf(uri: string): string | undefined {
    return this.folders.filter((f) => isUnder(uri, f)).sort((a, b) => b.length - a.length)[0];
  }

  /** The path the globs see: relative to the configuration's folder, else to the workspace folder. */
  private pathForGlobs(uri: string, file: LoadedConfig | undefined): string {
    const folder = file ? parentUri(file.uri) : this.workspaceFolderOf(uri);
    return (folder && relativePath(folder, uri)) ?? baseName(uri);
  }

  private probe(dir: string): Promise<void> {
    let p = this.pending.get(dir);
    if (!p) {
      p = this.read(dir).then((found) => {
        if (this.pending.get(dir) === p) this.known.set(dir, found ?? null);
      });
      this.pending.set(dir, p);
    }
    return p;
  }

  private async read(dir: string): Promise<LoadedConfig | undefined> {
    for (const name of CONFIG_FILE_NAMES) {
      const uri = joinUri(dir, name);
      let text: string;
      try {
        text = await this.files.read(uri, MAX_CONFIG_BYTES);
      } catch (err) {
        if (err instanceof PlanReadError && (err.code === 'not-found' || err.code === 'not-a-file')) continue;
        // It exists but cannot be read: it is still the nearest configuration, and it is broken.
        const reason =
          err instanceof PlanReadError && err.code === 'too-large' ? 'the file is larger than 1 MB' : errorMessage(err);
        return {
          uri,
          config: DEFAULT_CONFIG,
          errors: [{ message: `Cannot read the configuration: ${reason}.`, range: ZERO }],
        };
      }
      const parsed = parseConfig(text, this.rules);
      return { uri, config: parsed.config, errors: parsed.errors };
    }
    return undefined;
  }
}
