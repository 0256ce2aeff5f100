/**
 * The cross-file pass: workspace rules (duplicate ids, depends_on) over every plan's summary,
 * run once the first indexing has ended (before it, a plan's depends_on would be reported
 * unresolved only because the other plan has not been read yet), and once at the end of a bulk
 * change rather than per file. Files whose workspace findings changed are handed back to be
 * published again.
 */
import type { PlanEngine } from '../engine/index.js';
import type { DocumentFinding } from '../engine/types.js';
import { findingsKey, type Entry, type EntryStore } from './entries.js';
import { soon } from './scheduler.js';
import { normalizeUri } from './uri.js';

export class WorkspacePass {
  private queued = false;

  constructor(
    private readonly engine: PlanEngine,
    private readonly entries: EntryStore,
    /** Whether indexing has settled (workspace rules may run). */
    private readonly settled: () => boolean,
    /** Publishes an entry whose workspace findings changed. */
    private readonly republish: (entry: Entry) => void,
    /** How messages name a file (its path in the workspace). */
    private readonly nameOf: (uri: string) => string,
  ) {}

  /** Runs the pass now, or (deferred) once after the current task, if indexing has settled. */
  queue(defer: boolean): void {
    if (!this.settled()) return;
    if (!defer) {
      this.run(undefined);
      return;
    }
    if (this.queued) return;
    this.queued = true;
    soon(() => {
      this.queued = false;
      this.run(undefined);
    });
  }

  /**
   * Cross-file rules over every summary; re-publishes the files whose workspace findings changed
   * (except `skip`, which the caller publishes itself).
   */
  run(skip: string | undefined): void {
    const byKey = new Map<string, DocumentFinding[]>();
    for (const f of this.engine.lintWorkspace(this.entries.summaries(), { nameOf: this.nameOf })) {
      const k = normalizeUri(f.uri);
      let list = byKey.get(k);
      if (!list) byKey.set(k, (list = []));
      list.push(f);
    }
    for (const entry of this.entries.plans()) {
      const next = byKey.get(entry.key) ?? [];
      if (next.length === 0 && entry.workspaceFindings.length === 0) continue;
      if (findingsKey(next) === findingsKey(entry.workspaceFindings)) continue;
      entry.workspaceFindings = next;
      entry.status = undefined;
      if (entry.key !== skip) this.republish(entry);
    }
  }
}
