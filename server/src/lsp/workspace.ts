/**
 * The server's state machine: it decides what to lint and when, and hands the results to
 * `Results` (the entry store and the publisher); it knows nothing of the LSP connection. Files
 * that are not open are reached only through the injected `FileAccess` (the disk in Node, the
 * client in the browser, memory in tests); a file opened under a name the listing does not use
 * goes through `ListedNames`; configuration comes from the `ConfigStore`, timing from the
 * `Scheduler`, folder walks from the `Indexer`; the cross-file rules run in the `WorkspacePass`
 * and configuration files' own errors go out through `ConfigDiagnostics`.
 */
import type { Plan, PlanEngine, PlanSummary } from '../engine/index.js';
import { IncrementalParser } from '../engine/parse/index.js';
import { attachSummary } from '../engine/summary.js';
import { todayIso } from '../engine/isoDate.js';
import type { Finding } from '../engine/types.js';
import { analyze, LINT_BUDGET_MS, tooComplexNotice, YIELD_AFTER_MS, type Analysis } from './analysis.js';
import { lintClosedFile, type ClosedFileJob, type IndexThreads } from './closedFile.js';
import { ConfigStore, type ConfigForFile } from './configStore.js';
import { ConfigDiagnostics } from './configDiagnostics.js';
import { EntryStore, allFindings, type Entry } from './entries.js';
import { stripFixes } from '../engine/fixes.js';
import type { FileAccess } from './fileAccess.js';
import { Indexer } from './indexer.js';
import type { Publisher } from './publisher.js';
import { Scheduler, yieldToEventLoop } from './scheduler.js';
import { DEFAULT_SETTINGS, type HandoffSettings } from './settings.js';
import { ListedNames } from './listedNames.js';
import { isConfigUri, isUnder, normalizeUri } from './uri.js';
import { Results, type LintResult } from './results.js';
import { WorkspacePass } from './workspacePass.js';

export type { Entry } from './entries.js';

export interface OpenDocument {
  readonly uri: string;
  readonly version: number;
  getText(): string;
}

export class PlanWorkspace {
  private readonly entries = new EntryStore();
  private readonly scheduler = new Scheduler();
  private readonly parsers = new Map<string, IncrementalParser>();
  readonly configs: ConfigStore;
  private readonly indexer: Indexer;
  private folders: string[] = [];
  private settings: HandoffSettings = DEFAULT_SETTINGS;
  private readonly listedNames: ListedNames;
  /** Files reported changed since the current indexing run started (a run must not forget them). */
  private readonly changedDuringRun = new Set<string>();
  private readonly workspacePass: WorkspacePass;
  private readonly results: Results;
  private readonly configDiagnostics: ConfigDiagnostics;

  constructor(
    readonly engine: PlanEngine,
    private readonly publisher: Publisher,
    private readonly documents: { get(uri: string): OpenDocument | undefined; all(): OpenDocument[] },
    private readonly files: FileAccess,
    private readonly threads?: IndexThreads,
  ) {
    this.configs = new ConfigStore(files, engine.rules);
    this.listedNames = new ListedNames(files, {
      isOpen: (key) => this.entries.get(key)?.open === true,
      isOpenDocument: (uri) => this.documents.get(uri) !== undefined,
      drop: (key) => this.fileDeleted(key),
    });
    this.configDiagnostics = new ConfigDiagnostics(this.configs, engine.rules, publisher);
    this.workspacePass = new WorkspacePass(
      engine,
      this.entries,
      () => this.indexer.settled,
      (entry) => {
        this.results.publishEntry(entry);
        this.publisher.planChanged(entry.uri);
      },
      (uri) => this.configs.displayName(uri),
    );
    this.results = new Results(this.entries, publisher, this.workspacePass, () => this.indexer.settled);
    this.indexer = new Indexer(files, this.configs, {
      indexFile: (uri, onThread) => this.indexListed(uri, true, onThread),
      threads: this.threads && { minFiles: this.threads.minFiles, window: this.threads.window },
      started: () => this.changedDuringRun.clear(),
      forget: (seen) => {
        // Files that disappeared (or stopped matching) since the last run, and those of removed
        // folders; not a file that was created after the run listed its folder.
        for (const entry of this.entries.all()) {
          if (!entry.open && !seen.has(entry.key) && !this.changedDuringRun.has(entry.key)) this.fileDeleted(entry.key);
        }
      },
      progress: (indexed, total) => this.publisher.serverStatus({ state: 'indexing', indexed, total }),
      done: (indexed) => {
        this.threads?.release();
        this.publisher.serverStatus({ state: 'ready', indexed, total: indexed });
        this.listedNames.listed();
        for (const doc of this.documents.all()) if (!isConfigUri(doc.uri)) this.schedule(doc, true);
        this.publishConfigDiagnostics();
        this.workspacePass.run(undefined);
        this.publisher.portfolioChanged();
      },
      log: (m) => this.publisher.log(m),
    });
  }

  // --- Settings, folders, configuration ------------------------------------------------------

  asOf(): string {
    return this.settings.asOf ?? todayIso();
  }

  get maxBytes(): number {
    return Math.round(this.settings.maxFileSizeMB * 1024 * 1024);
  }

  setSettings(next: HandoffSettings): boolean {
    const changed = JSON.stringify(next) !== JSON.stringify(this.settings);
    this.settings = next;
    if (changed) this.configs.setOverrides(next);
    return changed;
  }

  /** Workspace folder URIs. */
  setFolders(folders: readonly string[]): void {
    this.folders = folders.map(normalizeUri);
    this.configs.setFolders(this.folders);
  }

  getFolders(): readonly string[] {
    return this.folders;
  }

  configFor(uri: string | undefined): ConfigForFile {
    return this.configs.configFor(uri && normalizeUri(uri));
  }

  /** Publishes the errors of every configuration file read so far (and clears fixed ones). */
  publishConfigDiagnostics(): void {
    this.configDiagnostics.publishAll();
  }

  /** An open `.handoff.yaml` is validated as it is typed (it applies once saved). */
  validateOpenConfig(doc: OpenDocument): void {
    this.configDiagnostics.validateOpen(doc);
  }

  /** A configuration file changed: forget every configuration and re-lint everything. */
  configChanged(): void {
    this.configs.clear();
    void this.reindexAll();
  }

  // --- Queries --------------------------------------------------------------------------------

  get(uri: string): Entry | undefined {
    return this.entries.get(normalizeUri(uri));
  }

  plans(): Entry[] {
    return this.entries.plans();
  }

  summaries(): PlanSummary[] {
    return this.entries.summaries();
  }

  /** Whether the first indexing run has ended and none is under way: every plan's summary is known. */
  get indexed(): boolean {
    return this.indexer.settled;
  }

  allFindings(entry: Entry): Finding[] {
    return allFindings(entry);
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
    const text = doc.getText();
    if (text.length > this.maxBytes) return undefined;
    if (!this.engine.isPlanText(text, this.configFor(doc.uri).matchesGlob)) return undefined;
    return this.parserFor(normalizeUri(doc.uri)).parse(doc.uri, text, this.configFor(doc.uri).config.aliases);
  }

  /** The text of a document: open, else read through the file access (undefined if unreadable). */
  async textOf(uri: string): Promise<string | undefined> {
    const doc = this.documents.get(uri);
    if (doc) return doc.getText();
    return this.files.read(uri, this.maxBytes).catch(() => undefined);
  }

  // --- Analysis -------------------------------------------------------------------------------

  private parserFor(key: string): IncrementalParser {
    let p = this.parsers.get(key);
    if (!p) {
      p = new IncrementalParser();
      this.parsers.set(key, p);
    }
    return p;
  }

  /** An open document's text checked and parsed incrementally. */
  private analyzeText(uri: string, text: string): Analysis {
    const { config, matchesGlob } = this.configFor(uri);
    return analyze(text, {
      engine: this.engine,
      config,
      matchesGlob,
      maxBytes: this.maxBytes,
      limitMB: this.settings.maxFileSizeMB,
      // The folder's names for registers and columns (`aliases`), as the CLI reads them.
      parse: (t) => this.parserFor(normalizeUri(uri)).parse(uri, t, config.aliases),
    });
  }

  private lintAnalysis(analysis: Analysis): LintResult {
    if (!analysis.plan) return { analysis, findings: analysis.notice ? [analysis.notice] : [], summary: undefined };
    const opts = { config: analysis.config, asOf: this.asOf() };
    return {
      analysis,
      findings: this.engine.lintPlan(analysis.plan, opts),
      summary: this.engine.summarize(analysis.plan, opts),
    };
  }

  // --- Open documents -------------------------------------------------------------------------

  /** Lints an open document after the debounce (0 for a newly opened one). */
  schedule(doc: OpenDocument, immediate: boolean): void {
    this.scheduler.schedule(normalizeUri(doc.uri), immediate ? 0 : this.settings.debounceMs, () => {
      this.lintOpen(doc.uri).catch((err: unknown) => this.publisher.log(`Linting ${doc.uri} failed: ${String(err)}`));
    });
  }

  /**
   * Lints an open document now; resolves when its newest lint has ended (this one, or the one that
   * superseded it: a request that waits for it finds the results of the current text).
   */
  lintOpen(uri: string): Promise<void> {
    const key = normalizeUri(uri);
    return this.scheduler.run(key, (run) => this.lintOpenRun(uri, key, run));
  }

  /** One lint run of an open document; it stops early once a newer run supersedes it. */
  private async lintOpenRun(uri: string, key: string, run: number): Promise<void> {
    const doc = this.documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    const current = (): boolean => this.scheduler.isCurrent(key, run) && this.documents.get(uri)?.version === version;
    // A document outside the indexed folders may sit under a configuration not read yet.
    await this.configs.prepare(key);
    await this.listedNames.opened(uri, key);
    if (!current()) return;
    const started = performance.now();
    const analysis = this.analyzeText(uri, doc.getText());
    const parseMs = performance.now() - started;
    if (analysis.plan && parseMs > LINT_BUDGET_MS) {
      this.results.commit(
        uri,
        { analysis, findings: [tooComplexNotice(parseMs)], summary: undefined },
        { version },
        false,
      );
      return;
    }
    // Slow or big plans: let requests on other documents and newer keystrokes in between parse
    // and rules; a superseded run stops here.
    if (analysis.plan && (parseMs > YIELD_AFTER_MS || analysis.plan.text.length > 200_000)) {
      await yieldToEventLoop();
      if (!current()) return;
    }
    const result = this.lintAnalysis(analysis);
    if (!current()) return;
    this.results.commit(uri, result, { version }, false);
  }

  closed(uri: string): void {
    const key = normalizeUri(uri);
    this.scheduler.forget(key);
    this.parsers.delete(key);
    const released = this.listedNames.release(key);
    const entry = this.entries.get(key);
    if (entry) {
      entry.open = false;
      entry.plan = undefined;
      entry.version = undefined;
      entry.status = undefined;
      entry.findings = stripFixes(entry.findings);
    }
    // What is in the file is what counts once the editor lets go of it; opened under a name the
    // listing does not use, it is read again under its listed name.
    for (const listedKey of released) void this.indexListed(listedKey, false);
    if (this.inWorkspace(key) && released.length === 0) void this.indexFile(uri, false);
    else if (entry) {
      this.entries.delete(key);
      this.publisher.clear(uri);
      if (entry.isPlan) this.workspacePass.queue(true);
      this.publisher.portfolioChanged();
    } else {
      this.publisher.clear(uri);
    }
  }

  // --- Files that are not open ----------------------------------------------------------------

  private inWorkspace(key: string): boolean {
    return this.folders.some((f) => isUnder(key, f));
  }

  /**
   * Reads one file and lints it, under the name the listing gives it (a file reached through a
   * symlinked folder is read under its listed name, and an entry under the other name goes).
   */
  async indexFile(uri: string, deferWorkspace: boolean): Promise<void> {
    const key = normalizeUri(uri);
    const listedKey = await this.listedNames.listedKey(uri, key);
    if (listedKey === undefined) return this.indexListed(uri, deferWorkspace);
    this.fileDeleted(key);
    return this.indexListed(listedKey, deferWorkspace);
  }

  /**
   * Reads a listed file and lints it (unless it is open, or open under another name: the
   * editor's text wins); on an index thread when `onThread` and the threads can read it.
   */
  private async indexListed(uri: string, deferWorkspace: boolean, onThread = false): Promise<void> {
    const key = normalizeUri(uri);
    if (this.documents.get(uri) || this.entries.get(key)?.open || this.listedNames.isShadowed(key)) return;
    await this.configs.prepare(key);
    const { config, matchesGlob } = this.configFor(uri);
    const job: ClosedFileJob = {
      uri,
      matchesGlob,
      asOf: this.asOf(),
      maxBytes: this.maxBytes,
      limitMB: this.settings.maxFileSizeMB,
    };
    const result = await lintClosedFile(this.files, this.engine, config, job, onThread ? this.threads : undefined, {
      log: (m) => this.publisher.log(m),
      pace: () => this.indexer.pace(),
    });
    if (this.documents.get(uri)) return;
    const analysis = { isPlan: result.isPlan, config, plan: undefined, notice: undefined };
    const summary = result.summary && attachSummary(result.summary, config);
    this.results.commit(
      uri,
      { analysis, findings: result.findings, summary, overview: result.overview },
      undefined,
      deferWorkspace,
    );
  }

  /** A file not open was created or changed (a watcher said so): read and lint it again. */
  fileChanged(uri: string): Promise<void> {
    this.changedDuringRun.add(normalizeUri(uri));
    return this.indexFile(uri, true);
  }

  fileDeleted(uri: string): void {
    const key = normalizeUri(uri);
    const entry = this.entries.get(key);
    if (!entry || entry.open) return;
    this.entries.delete(key);
    this.publisher.clear(entry.uri);
    if (entry.isPlan) {
      this.workspacePass.queue(true);
      this.publisher.portfolioChanged();
    }
  }

  /** Indexes every Markdown file of the workspace folders, in the background, a slice at a time. */
  reindexAll(): Promise<void> {
    return this.indexer.run(this.folders);
  }

  dispose(): void {
    this.scheduler.dispose();
    this.indexer.dispose();
    this.threads?.dispose();
  }
}
