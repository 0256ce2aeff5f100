/**
 * The answers to the custom requests of protocol.ts: one plan's status and findings
 * (`handoff/plan`) and the overview of every plan of the workspace (`handoff/portfolio`),
 * computed from the workspace's entries; the portfolio hands the event loop back every few
 * milliseconds. An open plan's status and overview are kept on its entry until its next lint; a
 * closed plan keeps only the overview its indexing computed, and its status is computed from its
 * file when a view asks for it.
 */
import { comparePlans } from '../engine/domain.js';
import type { Plan } from '../engine/model.js';
import { planOverview, type PlanOverview } from '../engine/overview.js';
import type { PlanStatus } from '../engine/status.js';
import type { PlanResult, PortfolioEntry, PortfolioResult } from '../protocol.js';
import type { Entry } from './entries.js';
import { yieldToEventLoop } from './scheduler.js';
import { countFindings, toFindingView } from './toLsp.js';
import type { PlanWorkspace } from './workspace.js';

/** The model of a known plan: the open document's, else parsed from its file. */
async function planOf(workspace: PlanWorkspace, entry: Entry): Promise<Plan | undefined> {
  if (entry.plan) return entry.plan;
  if (entry.open) return workspace.currentPlan(entry.uri);
  if (!entry.isPlan) return undefined;
  const text = await workspace.textOf(entry.uri);
  return text === undefined ? undefined : workspace.engine.parse(entry.uri, text, { aliases: entry.config.aliases });
}

/** Whether an entry still stands for the same text it did at `version`. */
function unchanged(workspace: PlanWorkspace, entry: Entry, version: number | undefined): boolean {
  return entry.version === version && workspace.get(entry.uri) === entry;
}

/** A plan's whole status (kept on an open plan's entry). */
async function statusOf(workspace: PlanWorkspace, entry: Entry): Promise<PlanStatus | undefined> {
  if (entry.status) return entry.status;
  const version = entry.version;
  const plan = await planOf(workspace, entry);
  if (!plan) return undefined;
  const status = workspace.engine.status(plan, { config: entry.config, asOf: workspace.asOf() });
  if (entry.open && unchanged(workspace, entry, version)) entry.status = status;
  return status;
}

/** What views listing every plan show of one (a closed plan's was kept when it was read). */
async function overviewOf(workspace: PlanWorkspace, entry: Entry): Promise<PlanOverview | undefined> {
  if (entry.overview) return entry.overview;
  const version = entry.version;
  const status = await statusOf(workspace, entry);
  if (!status) return undefined;
  const overview = planOverview(status);
  if (unchanged(workspace, entry, version)) entry.overview = overview;
  return overview;
}

export async function planResult(workspace: PlanWorkspace, entry: Entry): Promise<PlanResult | null> {
  const status = await statusOf(workspace, entry);
  if (!status) return null;
  const findings = workspace.allFindings(entry);
  return {
    uri: entry.uri,
    version: entry.open ? entry.version : undefined,
    status,
    findings: findings.map(toFindingView),
    counts: countFindings(findings),
  };
}

export async function portfolioResult(workspace: PlanWorkspace): Promise<PortfolioResult> {
  const plans: PortfolioEntry[] = [];
  let sliceStart = Date.now();
  for (const entry of workspace.plans()) {
    const overview = await overviewOf(workspace, entry);
    if (!overview) continue;
    plans.push({ uri: entry.uri, overview, counts: countFindings(workspace.allFindings(entry)) });
    if (Date.now() - sliceStart > 10) {
      await yieldToEventLoop();
      sliceStart = Date.now();
    }
  }
  const orderKey = (p: PortfolioEntry) => ({ stage: p.overview.stage, id: p.overview.id, key: p.uri });
  plans.sort((a, b) => comparePlans(orderKey(a), orderKey(b)));
  return { asOf: workspace.asOf(), plans };
}
