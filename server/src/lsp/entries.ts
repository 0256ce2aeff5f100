/**
 * The entry store: what the server knows of every plan (open documents and files read through
 * the file access), keyed by normalised URI. Open documents keep their plan model (completion,
 * hover and rename read it); other files keep only their summary and findings (without fixes),
 * so memory grows with the number of findings, not with the size of the workspace's text.
 */
import type { HandoffConfig } from '../engine/config.js';
import { configId } from './configStore.js';
import { compareFindings } from '../engine/domain.js';
import type { Plan, PlanSummary } from '../engine/index.js';
import type { PlanOverview } from '../engine/overview.js';
import type { PlanStatus } from '../engine/status.js';
import type { DocumentFinding, Finding } from '../engine/types.js';

export interface Entry {
  /** Normalised URI (the map key). */
  readonly key: string;
  /** URI as the client spells it (for publishing). */
  uri: string;
  open: boolean;
  /** Version of the open document the results are for (undefined for files not open). */
  version: number | undefined;
  isPlan: boolean;
  /** The model of an open document (dropped when it is closed). */
  plan: Plan | undefined;
  /** Document findings (for files not open: without fixes). */
  findings: readonly Finding[];
  summary: PlanSummary | undefined;
  /** Signature of what workspace rules read from the summary. */
  workspaceKey: string;
  workspaceFindings: readonly DocumentFinding[];
  config: HandoffConfig;
  /** Whether the last publish for this URI had diagnostics (to clear them when it stops being a plan). */
  published: boolean;
  /** An open plan's status, computed when a view asks; reset whenever the entry is re-analysed. */
  status: PlanStatus | undefined;
  /**
   * What the portfolio shows of the plan: computed while reading a closed plan (its model is not
   * kept), lazily for an open one; reset whenever the entry is re-analysed.
   */
  overview: PlanOverview | undefined;
}

/** Signature of what the workspace rules read from a summary (they re-run only when it changes). */
export function workspaceKeyOf(summary: PlanSummary | undefined): string {
  if (!summary) return '';
  return JSON.stringify([
    summary.id,
    summary.idRange,
    summary.dependsOn,
    summary.suppressions,
    configId(summary.config),
  ]);
}

export function findingsKey(findings: readonly Finding[]): string {
  return JSON.stringify(findings.map((f) => [f.rule, f.severity, f.message, f.range]));
}

export class EntryStore {
  private readonly entries = new Map<string, Entry>();

  get(key: string): Entry | undefined {
    return this.entries.get(key);
  }

  /** The entry for a key, created empty (not yet a plan) if there is none. */
  getOrCreate(key: string, uri: string, config: HandoffConfig): Entry {
    let e = this.entries.get(key);
    if (!e) {
      e = {
        key,
        uri,
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
        overview: undefined,
      };
      this.entries.set(key, e);
    }
    return e;
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  all(): Entry[] {
    return [...this.entries.values()];
  }

  plans(): Entry[] {
    return this.all().filter((e) => e.isPlan);
  }

  summaries(): PlanSummary[] {
    const out: PlanSummary[] = [];
    for (const e of this.entries.values()) if (e.isPlan && e.summary) out.push(e.summary);
    return out;
  }
}

/** Everything reported for a file: its own findings and the workspace rules' ones, in order. */
export function allFindings(entry: Entry): Finding[] {
  if (entry.workspaceFindings.length === 0) return [...entry.findings];
  const all = [...entry.findings, ...entry.workspaceFindings];
  return all.sort(compareFindings);
}
