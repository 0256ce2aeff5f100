/**
 * Storing what a lint run produced and publishing it: the entry store is updated, the file's
 * diagnostics, `planChanged` and `portfolioChanged` go out, and the cross-file rules run (or are
 * queued) when what they read changed. The workspace decides what to lint and when; this is where
 * its results land, for open documents and closed files alike.
 */
import type { PlanSummary } from '../engine/index.js';
import type { PlanOverview } from '../engine/overview.js';
import type { Finding } from '../engine/types.js';
import type { Analysis } from './analysis.js';
import { allFindings, workspaceKeyOf, type Entry, type EntryStore } from './entries.js';
import type { Publisher } from './publisher.js';
import { normalizeUri } from './uri.js';
import type { WorkspacePass } from './workspacePass.js';

/** What a lint run produced, ready to be stored. */
export interface LintResult {
  readonly analysis: Analysis;
  /** With their fixes for an open document; without for a closed file (closedFile.ts asks for none). */
  readonly findings: readonly Finding[];
  readonly summary: PlanSummary | undefined;
  /**
   * The overview of a plan read from disk, computed while its model is at hand: the model is not
   * kept for closed files, so without it the portfolio would read and parse every plan again.
   */
  readonly overview?: PlanOverview | undefined;
}

export class Results {
  constructor(
    private readonly entries: EntryStore,
    private readonly publisher: Publisher,
    private readonly workspacePass: WorkspacePass,
    /** Whether the first indexing run is over (before it, the cross-file rules wait for it). */
    private readonly settled: () => boolean,
  ) {}

  /** Stores results and publishes them; runs workspace rules when what they read changed. */
  commit(uri: string, result: LintResult, open: { version: number } | undefined, deferWorkspace: boolean): void {
    const key = normalizeUri(uri);
    const { analysis, findings, summary } = result;
    if (!analysis.isPlan) {
      const old = this.entries.get(key);
      if (old) {
        this.entries.delete(key);
        if (old.isPlan && old.summary) this.workspacePass.queue(deferWorkspace);
        if (old.isPlan) this.publisher.portfolioChanged();
      }
      if (open || old?.published) this.publisher.clear(uri, open?.version);
      return;
    }
    const entry = this.entries.getOrCreate(key, uri, analysis.config);
    const wasPlan = entry.isPlan;
    entry.uri = uri;
    entry.open = !!open;
    entry.version = open?.version;
    entry.isPlan = true;
    entry.plan = open ? analysis.plan : undefined;
    // A closed file's findings come from closedFile.ts without fixes already.
    entry.findings = findings;
    entry.summary = summary;
    entry.config = analysis.config;
    entry.status = undefined;
    entry.overview = open ? undefined : result.overview;
    const wsKey = workspaceKeyOf(summary);
    if (wsKey !== entry.workspaceKey || !wasPlan) {
      entry.workspaceKey = wsKey;
      if (deferWorkspace) this.workspacePass.queue(true);
      else if (this.settled()) this.workspacePass.run(entry.key);
    }
    this.publishEntry(entry);
    this.publisher.planChanged(entry.uri);
    this.publisher.portfolioChanged();
  }

  /** Publishes an entry's findings (its own and the cross-file ones). */
  publishEntry(entry: Entry): void {
    const all = allFindings(entry);
    entry.published = all.length > 0;
    this.publisher.publish(entry, all);
  }
}
