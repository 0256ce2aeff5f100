/**
 * The server's state: every plan it knows (open documents and files indexed from disk), their
 * findings, summaries and the workspace findings that span files. It decides what to lint and
 * when, and hands results to a publisher; it knows nothing of the LSP connection itself.
 *
 * Open documents keep their plan model (completion, hover and rename read it); files indexed
 * from disk keep only their summary and findings (without fixes), so memory grows with the
 * number of findings, not with the size of the workspace's text.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { URI } from 'vscode-uri';
import { applyOverrides, CONFIG_FILE_NAMES, matchesGlobs, parseConfig, type HandoffConfig } from '../engine/config.js';
import type { Plan, PlanEngine, PlanSummary } from '../engine/index.js';
import type { PlanStatus } from '../engine/status.js';
import { todayIso } from '../engine/text.js';
import type { DocumentFinding, Finding, Range } from '../engine/types.js';
import { ConfigResolver, pathForGlobs, type ResolvedConfig } from '../node/configResolver.js';
import { findPlanFiles } from '../node/findPlanFiles.js';
import { PlanReadError, readPlanFile } from '../node/readPlanFile.js';
import { IncrementalParser } from '../engine/incremental.js';
import { DEFAULT_SETTINGS, type HandoffSettings } from './settings.js';

export interface Entry {
  /** Normalised URI (the map key). */
  readonly key: string;
  /** URI as the client spells it (for publishing). */
  uri: string;
  readonly path: string | undefined;
  open: boolean;
  /** Version of the open document the results are for (undefined for files read from disk). */
  version: number | undefined;
  isPlan: boolean;
  /** The model of an open document (dropped when it is closed). */
  plan: Plan | undefined;
  /** Document findings (for files on disk: without fixes). */
  findings: readonly Finding[];
  summary: PlanSummary | undefined;
  /** Signature of what workspace rules read from the summary. */
  workspaceKey: string;
  workspaceFindings: readonly DocumentFinding[];
  config: HandoffConfig;
  /** Whether the last publish for this URI had diagnostics (to clear them when it stops being a plan). */
  published: boolean;
  /** Lazily computed status (for the portfolio); reset whenever the entry is re-analysed. */
  status: PlanStatus | undefined;
}

export interface Publisher {
  publish(entry: Entry, diagnosticsFindings: readonly Finding[]): void;
  clear(uri: string, version?: number): void;
  planChanged(uri: string): void;
  portfolioChanged(): void;
  configDiagnostics(uri: string, errors: readonly { message: string; range: Range }[]): void;
  log(message: string): void;
}

export interface OpenDocument {
  readonly uri: string;
  readonly version: number;
  getText(): string;
}

/** What parsing needs: the resolved configuration and whether this text is a plan at all. */
interface Analysis {
  readonly isPlan: boolean;
  readonly config: HandoffConfig;
  readonly plan: Plan | undefined;
  /** A finding replacing the parse (file too large). */
  readonly notice: Finding | undefined;
}

export function normalizeUri(uri: string): string {
  try {
    return URI.parse(uri).toString();
  } catch {
    return uri;
  }
}

export function uriToPath(uri: string): string | undefined {
  try {
    const u = URI.parse(uri);
    return u.scheme === 'file' ? u.fsPath : undefined;
  } catch {
    return undefined;
  }
}

export function pathToUri(p: string): string {
  return URI.file(p).toString();
}

export function isConfigPath(p: string): boolean {
  return (CONFIG_FILE_NAMES as readonly string[]).includes(path.basename(p));
}

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

const ZERO: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/**
 * Time one open document may take to parse before it is given up (one "too complex" notice
 * instead of findings) so the server moves on. `HANDOFF_LINT_BUDGET_MS` overrides it (tests).
 */
const LINT_BUDGET_MS = ((raw) => (raw !== '' && Number.isFinite(Number(raw)) && Number(raw) >= 0 ? Number(raw) : 2000))(
  process.env['HANDOFF_LINT_BUDGET_MS'] ?? '',
);
/** A parse longer than this yields to pending requests (other documents) before the rules run. */
const YIELD_AFTER_MS = 20;

function stripFixes(findings: readonly Finding[]): Finding[] {
  return findings.map((f) => (f.fixes ? { ...f, fixes: undefined } : f));
}

function workspaceKeyOf(summary: PlanSummary | undefined): string {
  if (!summary) return '';
  return JSON.stringify([summary.id, summary.idRange, summary.dependsOn, summary.suppressions, summary.config]);
}

function findingsKey(findings: readonly Finding[]): string {
  return JSON.stringify(findings.map((f) => [f.rule, f.severity, f.message, f.range]));
}

export class PlanWorkspace {
  private readonly entries = new Map<string, Entry>();
  private folders: string[] = [];
  private resolvers = new Map<string, ConfigResolver>();
  private settings: HandoffSettings = DEFAULT_SETTINGS;
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly runs = new Map<string, number>();
  private readonly parsers = new Map<string, IncrementalParser>();
  private runCounter = 0;
  private indexGeneration = 0;
  private indexing: Promise<void> = Promise.resolve();
  private workspacePassQueued = false;
  private publishedConfigUris = new Set<string>();
  /** While the whole workspace is being indexed, workspace rules run once at the end, not per file. */
  private bulkIndexing = 0;
  /**
   * Workspace rules wait for the first indexing to end: before it, a plan's depends_on would be
   * reported unresolved only because the other plan has not been read yet.
   */
  private indexedOnce = false;
  /** The editor settings applied to each file configuration, once (entries share the result). */
  private overridden = new WeakMap<HandoffConfig, HandoffConfig>();

  constructor(
    readonly engine: PlanEngine,
    private readonly publisher: Publisher,
    private readonly documents: { get(uri: string): OpenDocument | undefined; all(): OpenDocument[] },
  ) {}

  // -------------------------------------------------------------------------------------------
  // Settings, folders, configuration

  getSettings(): HandoffSettings {
    return this.settings;
  }

  asOf(): string {
    return this.settings.asOf ?? todayIso();
  }

  get maxBytes(): number {
    return Math.round(this.settings.maxFileSizeMB * 1024 * 1024);
  }

  setSettings(next: HandoffSettings): boolean {
    const changed = JSON.stringify(next) !== JSON.stringify(this.settings);
    this.settings = next;
    if (changed) this.overridden = new WeakMap();
    return changed;
  }

  setFolders(folders: readonly string[]): void {
    this.folders = [...folders];
    this.resolvers = new Map();
  }

  getFolders(): readonly string[] {
    return this.folders;
  }

  /** The resolver for the workspace folder holding a path (one per folder: globs default to it). */
  private resolverFor(filePath: string | undefined): ConfigResolver {
    const folder =
      (filePath &&
        this.folders
          .filter((f) => filePath === f || filePath.startsWith(f.endsWith(path.sep) ? f : f + path.sep))
          .sort((a, b) => b.length - a.length)[0]) ??
      (filePath ? path.dirname(filePath) : (this.folders[0] ?? process.cwd()));
    let r = this.resolvers.get(folder);
    if (!r) {
      r = new ConfigResolver({ rules: this.engine.rules, baseFolder: folder });
      this.resolvers.set(folder, r);
    }
    return r;
  }

  /** The configuration for a path, editor settings applied, and whether the path matches its plan globs. */
  configFor(filePath: string | undefined): { config: HandoffConfig; matchesGlob: boolean; resolved: ResolvedConfig } {
    const resolver = this.resolverFor(filePath);
    const resolved = filePath ? resolver.forFile(filePath) : resolver.forFolder(this.folders[0] ?? process.cwd());
    let config = this.overridden.get(resolved.config);
    if (!config) {
      config = applyOverrides(
        resolved.config,
        { plans: this.settings.plans, rules: this.settings.rules },
        this.engine.rules,
      );
      this.overridden.set(resolved.config, config);
    }
    const matchesGlob = filePath ? matchesGlobs(pathForGlobs(resolved, filePath), config.plans) : false;
    return { config, matchesGlob, resolved };
  }

  /** Publishes the errors of every configuration file loaded so far (and clears fixed ones). */
  publishConfigDiagnostics(): void {
    const now = new Set<string>();
    for (const resolver of this.resolvers.values()) {
      for (const loaded of resolver.loaded()) {
        if (!loaded.path) continue;
        const uri = pathToUri(loaded.path);
        if (now.has(uri)) continue;
        now.add(uri);
        this.publisher.configDiagnostics(
          uri,
          loaded.errors.map((e) => ({
            message: e.message,
            range: {
              start: { line: e.line - 1, character: e.column - 1 },
              end: { line: e.endLine - 1, character: e.endColumn - 1 },
            },
          })),
        );
      }
    }
    for (const uri of this.publishedConfigUris) if (!now.has(uri)) this.publisher.configDiagnostics(uri, []);
    this.publishedConfigUris = now;
  }

  /** An open `.handoff.yaml` is validated as it is typed (it applies once saved). */
  validateOpenConfig(doc: OpenDocument): void {
    const errors = parseConfig(doc.getText(), this.engine.rules).errors;
    this.publishedConfigUris.add(normalizeUri(doc.uri));
    this.publisher.configDiagnostics(doc.uri, errors);
  }

  /** A configuration file changed on disk: forget every resolved configuration and re-lint everything. */
  configChanged(): void {
    for (const r of this.resolvers.values()) r.clear();
    void this.reindexAll();
  }

  // -------------------------------------------------------------------------------------------
  // Queries

  get(uri: string): Entry | undefined {
    return this.entries.get(normalizeUri(uri));
  }

  plans(): Entry[] {
    return [...this.entries.values()].filter((e) => e.isPlan);
  }

  summaries(): PlanSummary[] {
    const out: PlanSummary[] = [];
    for (const e of this.entries.values()) if (e.isPlan && e.summary) out.push(e.summary);
    return out;
  }

  /** Everything reported for a file: its own findings and the workspace rules' ones. */
  allFindings(entry: Entry): Finding[] {
    if (entry.workspaceFindings.length === 0) return [...entry.findings];
    const all = [...entry.findings, ...entry.workspaceFindings];
    return all.sort(
      (a, b) =>
        a.range.start.line - b.range.start.line ||
        a.range.start.character - b.range.start.character ||
        a.rule.localeCompare(b.rule),
    );
  }

  /**
   * The current model of an open document, parsed now if the last lint is older than the text
   * (completion runs before the debounced lint).
   */
  currentPlan(uri: string): Plan | undefined {
    const doc = this.documents.get(uri);
    const entry = this.get(uri);
    if (!doc) return entry?.plan;
    if (entry?.plan && entry.version === doc.version) return entry.plan;
    const filePath = uriToPath(doc.uri);
    const text = doc.getText();
    if (text.length > this.maxBytes) return undefined;
    const { config, matchesGlob } = this.configFor(filePath);
    if (!this.engine.isPlanText(text, matchesGlob)) return undefined;
    return this.parserFor(normalizeUri(doc.uri)).parse(doc.uri, text, config.aliases);
  }

  /** A plan model for any known plan: the open document's, else parsed from disk. */
  async planFromAnywhere(uri: string): Promise<Plan | undefined> {
    const open = this.currentPlan(uri);
    if (open || this.documents.get(uri)) return open;
    const entry = this.get(uri);
    if (!entry?.isPlan || !entry.path) return undefined;
    try {
      const text = await readPlanFile(entry.path, { maxBytes: this.maxBytes });
      return this.engine.parse(entry.uri, text, { aliases: this.configFor(entry.path).config.aliases });
    } catch {
      return undefined;
    }
  }

  /** The text of a document: open, else read from disk (synchronously; for edits across files). */
  textOf(uri: string): string | undefined {
    const doc = this.documents.get(uri);
    if (doc) return doc.getText();
    const p = uriToPath(uri);
    if (!p) return undefined;
    try {
      return readFileSync(p, 'utf8').replace(/^\uFEFF/, '');
    } catch {
      return undefined;
    }
  }

  async statusOf(entry: Entry): Promise<PlanStatus | undefined> {
    if (entry.status) return entry.status;
    const version = entry.version;
    const plan = entry.plan ?? (await this.planFromAnywhere(entry.uri));
    if (!plan) return undefined;
    const status = this.engine.status(plan, { config: entry.config, asOf: this.asOf() });
    if (entry.version === version && this.entries.get(entry.key) === entry) entry.status = status;
    return status;
  }

  // -------------------------------------------------------------------------------------------
  // Analysis

  private parserFor(key: string): IncrementalParser {
    let p = this.parsers.get(key);
    if (!p) {
      p = new IncrementalParser();
      this.parsers.set(key, p);
    }
    return p;
  }

  private analyze(uri: string, filePath: string | undefined, text: string, incremental: boolean): Analysis {
    const { config, matchesGlob } = this.configFor(filePath);
    const base = { config, plan: undefined, notice: undefined };
    if (text.length > this.maxBytes / 4 && Buffer.byteLength(text, 'utf8') > this.maxBytes) {
      const head = text.slice(0, 65536);
      if (!matchesGlob && !this.engine.isPlanText(head, false)) return { ...base, isPlan: false };
      const mb = (Buffer.byteLength(text, 'utf8') / 1024 / 1024).toFixed(1);
      return {
        ...base,
        isPlan: true,
        notice: {
          rule: 'file-too-large',
          severity: 'warning',
          message: `This plan is ${mb} MB, more than the ${this.settings.maxFileSizeMB} MB limit (setting handoff.maxFileSizeMB), so it is not checked.`,
          range: ZERO,
        },
      };
    }
    if (text.slice(0, 8192).includes('\u0000')) return { ...base, isPlan: false };
    if (!this.engine.isPlanText(text, matchesGlob)) return { ...base, isPlan: false };
    const plan = incremental
      ? this.parserFor(normalizeUri(uri)).parse(uri, text, config.aliases)
      : this.engine.parse(uri, text, { aliases: config.aliases });
    return { ...base, isPlan: true, plan };
  }

  private entryFor(uri: string, filePath: string | undefined, config: HandoffConfig): Entry {
    const key = normalizeUri(uri);
    let e = this.entries.get(key);
    if (!e) {
      e = {
        key,
        uri,
        path: filePath,
        open: false,
        version: undefined,
        isPlan: false,
        plan: undefined,
        findings: [],
        summary: undefined,
        workspaceKey: '',
        workspaceFindings: [],
        config,
        published: false,
        status: undefined,
      };
      this.entries.set(key, e);
    }
    return e;
  }

  /** Stores results and publishes them; runs workspace rules when what they read changed. */
  private commit(
    uri: string,
    filePath: string | undefined,
    analysis: Analysis,
    findings: readonly Finding[],
    summary: PlanSummary | undefined,
    open: { version: number } | undefined,
    deferWorkspace: boolean,
  ): void {
    const key = normalizeUri(uri);
    if (!analysis.isPlan) {
      const old = this.entries.get(key);
      if (old) {
        this.entries.delete(key);
        if (old.isPlan && old.summary) this.queueWorkspacePass(deferWorkspace);
        if (old.isPlan) this.publisher.portfolioChanged();
      }
      if (open || old?.published) this.publisher.clear(uri, open?.version);
      return;
    }
    const entry = this.entryFor(uri, filePath, analysis.config);
    const wasPlan = entry.isPlan;
    entry.uri = uri;
    entry.open = !!open;
    entry.version = open?.version;
    entry.isPlan = true;
    entry.plan = open ? analysis.plan : undefined;
    entry.findings = open ? findings : stripFixes(findings);
    entry.summary = summary;
    entry.config = analysis.config;
    entry.status = undefined;
    const wsKey = workspaceKeyOf(summary);
    if (wsKey !== entry.workspaceKey || !wasPlan) {
      entry.workspaceKey = wsKey;
      if (deferWorkspace) this.queueWorkspacePass(true);
      else if (this.indexedOnce && this.bulkIndexing === 0) this.runWorkspacePass(entry.key);
    }
    this.publishEntry(entry);
    this.publisher.planChanged(entry.uri);
    this.publisher.portfolioChanged();
  }

  private publishEntry(entry: Entry): void {
    const all = this.allFindings(entry);
    entry.published = all.length > 0;
    this.publisher.publish(entry, all);
  }

  private queueWorkspacePass(defer: boolean): void {
    if (!this.indexedOnce || this.bulkIndexing > 0) return;
    if (!defer) {
      this.runWorkspacePass(undefined);
      return;
    }
    if (this.workspacePassQueued) return;
    this.workspacePassQueued = true;
    setImmediate(() => {
      this.workspacePassQueued = false;
      this.runWorkspacePass(undefined);
    });
  }

  /**
   * Cross-file rules over every summary; re-publishes the files whose workspace findings changed
   * (except `skip`, which the caller publishes itself).
   */
  runWorkspacePass(skip: string | undefined): void {
    const byKey = new Map<string, DocumentFinding[]>();
    for (const f of this.engine.lintWorkspace(this.summaries())) {
      const k = normalizeUri(f.uri);
      let list = byKey.get(k);
      if (!list) byKey.set(k, (list = []));
      list.push(f);
    }
    for (const entry of this.entries.values()) {
      if (!entry.isPlan) continue;
      const next = byKey.get(entry.key) ?? [];
      if (next.length === 0 && entry.workspaceFindings.length === 0) continue;
      if (findingsKey(next) === findingsKey(entry.workspaceFindings)) continue;
      entry.workspaceFindings = next;
      entry.status = undefined;
      if (entry.key !== skip) {
        this.publishEntry(entry);
        this.publisher.planChanged(entry.uri);
      }
    }
  }

  // -------------------------------------------------------------------------------------------
  // Open documents

  /** Lints an open document after the debounce (0 for a newly opened one). */
  schedule(doc: OpenDocument, immediate: boolean): void {
    const key = normalizeUri(doc.uri);
    const pending = this.timers.get(key);
    if (pending) clearTimeout(pending);
    // A run already in progress is superseded: it checks its run id before publishing.
    this.runs.set(key, ++this.runCounter);
    const delay = immediate ? 0 : this.settings.debounceMs;
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        this.lintOpen(doc.uri).catch((err: unknown) => this.publisher.log(`Linting ${doc.uri} failed: ${String(err)}`));
      }, delay),
    );
  }

  /** Lints an open document now; resolves when its diagnostics are published (or superseded). */
  async lintOpen(uri: string): Promise<void> {
    const key = normalizeUri(uri);
    const doc = this.documents.get(uri);
    if (!doc) return;
    const run = ++this.runCounter;
    this.runs.set(key, run);
    const version = doc.version;
    const current = (): boolean => this.runs.get(key) === run && this.documents.get(uri)?.version === version;
    const filePath = uriToPath(uri);
    const started = performance.now();
    const analysis = this.analyze(uri, filePath, doc.getText(), true);
    let findings: readonly Finding[] = analysis.notice ? [analysis.notice] : [];
    let summary: PlanSummary | undefined;
    const parseMs = performance.now() - started;
    if (analysis.plan && parseMs > LINT_BUDGET_MS) {
      findings = [
        {
          rule: 'too-complex-to-lint',
          severity: 'warning',
          message: `This plan took ${Math.round(parseMs)} ms to read, more than the ${LINT_BUDGET_MS} ms a plan may take, so it is not checked. Simplify its Markdown (deeply nested lists, quotes or inline markup) or run \`handoff lint\` on it.`,
          range: ZERO,
        },
      ];
    } else if (analysis.plan) {
      // Slow or big plans: let requests on other documents and newer keystrokes in between
      // parse and rules; a superseded run stops here.
      if (parseMs > YIELD_AFTER_MS || analysis.plan.text.length > 200_000) {
        await yieldToEventLoop();
        if (!current()) return;
      }
      const opts = { config: analysis.config, asOf: this.asOf() };
      findings = this.engine.lintPlan(analysis.plan, opts);
      summary = this.engine.summarize(analysis.plan, opts);
    }
    if (!current()) return;
    this.commit(uri, filePath, analysis, findings, summary, { version }, false);
  }

  opened(doc: OpenDocument): void {
    this.schedule(doc, true);
  }

  closed(uri: string): void {
    const key = normalizeUri(uri);
    const timer = this.timers.get(key);
    if (timer) clearTimeout(timer);
    this.timers.delete(key);
    this.runs.delete(key);
    this.parsers.delete(key);
    const entry = this.entries.get(key);
    const filePath = uriToPath(uri);
    if (entry) {
      entry.open = false;
      entry.plan = undefined;
      entry.version = undefined;
      entry.findings = stripFixes(entry.findings);
    }
    // What is on disk is what counts once the editor lets go of the file.
    if (filePath && this.inWorkspace(filePath)) void this.indexFile(filePath, false);
    else if (entry) {
      this.entries.delete(key);
      this.publisher.clear(uri);
      if (entry.isPlan) this.queueWorkspacePass(true);
      this.publisher.portfolioChanged();
    } else {
      this.publisher.clear(uri);
    }
  }

  // -------------------------------------------------------------------------------------------
  // Files on disk

  private inWorkspace(filePath: string): boolean {
    return this.folders.some((f) => filePath === f || filePath.startsWith(f.endsWith(path.sep) ? f : f + path.sep));
  }

  /** Reads one file from disk and lints it (unless it is open: the editor's text wins). */
  async indexFile(filePath: string, deferWorkspace: boolean): Promise<void> {
    const uri = pathToUri(filePath);
    const key = normalizeUri(uri);
    if (this.documents.get(uri) || this.entries.get(key)?.open) return;
    let text: string;
    try {
      text = await readPlanFile(filePath, { maxBytes: this.maxBytes });
    } catch (err) {
      if (err instanceof PlanReadError && err.code === 'too-large') {
        this.commitTooLarge(uri, filePath, deferWorkspace);
        return;
      }
      // Gone, binary or unreadable: not a plan (any earlier results are withdrawn).
      this.commit(
        uri,
        filePath,
        { isPlan: false, config: this.configFor(filePath).config, plan: undefined, notice: undefined },
        [],
        undefined,
        undefined,
        deferWorkspace,
      );
      return;
    }
    if (this.documents.get(uri)) return;
    const analysis = this.analyze(uri, filePath, text, false);
    let findings: readonly Finding[] = analysis.notice ? [analysis.notice] : [];
    let summary: PlanSummary | undefined;
    if (analysis.plan) {
      const opts = { config: analysis.config, asOf: this.asOf() };
      findings = this.engine.lintPlan(analysis.plan, opts);
      summary = this.engine.summarize(analysis.plan, opts);
    }
    this.commit(uri, filePath, analysis, findings, summary, undefined, deferWorkspace);
  }

  private commitTooLarge(uri: string, filePath: string, deferWorkspace: boolean): void {
    const { config, matchesGlob } = this.configFor(filePath);
    let isPlan = matchesGlob;
    if (!isPlan) {
      try {
        const fd = readFileSync(filePath, { encoding: 'utf8', flag: 'r' }).slice(0, 65536);
        isPlan = this.engine.isPlanText(fd, false);
      } catch {
        isPlan = false;
      }
    }
    const notice: Finding = {
      rule: 'file-too-large',
      severity: 'warning',
      message: `This plan is larger than the ${this.settings.maxFileSizeMB} MB limit (setting handoff.maxFileSizeMB), so it is not checked.`,
      range: ZERO,
    };
    this.commit(
      uri,
      filePath,
      { isPlan, config, plan: undefined, notice },
      isPlan ? [notice] : [],
      undefined,
      undefined,
      deferWorkspace,
    );
  }

  fileDeleted(filePath: string): void {
    const uri = pathToUri(filePath);
    const key = normalizeUri(uri);
    const entry = this.entries.get(key);
    if (!entry || entry.open) return;
    this.entries.delete(key);
    this.publisher.clear(entry.uri);
    if (entry.isPlan) {
      this.queueWorkspacePass(true);
      this.publisher.portfolioChanged();
    }
  }

  /** Index every Markdown file of the workspace folders, in the background, a slice at a time. */
  reindexAll(): Promise<void> {
    const generation = ++this.indexGeneration;
    this.indexing = this.indexing
      .then(() => this.indexFolders(generation))
      .catch((err: unknown) => {
        this.publisher.log(
          `Indexing the workspace failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`,
        );
      });
    return this.indexing;
  }

  /** Resolves when the current indexing run is over. */
  whenIndexed(): Promise<void> {
    return this.indexing;
  }

  private async indexFolders(generation: number): Promise<void> {
    this.bulkIndexing++;
    try {
      await this.indexFoldersNow(generation);
    } finally {
      this.bulkIndexing--;
    }
    if (generation !== this.indexGeneration) return;
    this.indexedOnce = true;
    for (const doc of this.documents.all()) if (!isConfigPath(doc.uri)) this.schedule(doc, true);
    this.publishConfigDiagnostics();
    this.runWorkspacePass(undefined);
    this.publisher.portfolioChanged();
  }

  private async indexFoldersNow(generation: number): Promise<void> {
    const seen = new Set<string>();
    for (const folder of this.folders) {
      if (generation !== this.indexGeneration) return;
      const resolver = this.resolverFor(path.join(folder, 'x.md'));
      const discovery = await findPlanFiles([folder], folder, { resolver });
      let sliceStart = Date.now();
      const batch: Promise<void>[] = [];
      for (const candidate of discovery.candidates) {
        if (generation !== this.indexGeneration) return;
        seen.add(normalizeUri(pathToUri(candidate.absolutePath)));
        batch.push(this.indexFile(candidate.absolutePath, true));
        // Few reads in flight: each file is linted on the main thread as its read completes, and the
        // lints of one batch run back to back, so the batch bounds how long a keystroke can wait.
        if (batch.length >= 4) {
          await Promise.all(batch.splice(0));
        }
        // Keep the server responsive: hand the event loop back every few milliseconds.
        if (Date.now() - sliceStart > 8) {
          await yieldToEventLoop();
          sliceStart = Date.now();
        }
      }
      await Promise.all(batch);
    }
    if (generation !== this.indexGeneration) return;
    // Files that disappeared (or stopped matching) since the last run.
    for (const entry of [...this.entries.values()]) {
      // (Also the plans of a folder removed from the workspace.)
      if (!entry.open && !seen.has(entry.key) && entry.path) this.fileDeleted(entry.path);
    }
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    this.indexGeneration++;
  }
}
