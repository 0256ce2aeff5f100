/**
 * The answers to the custom requests of protocol.ts: one plan's status and findings
 * (`handoff/plan`) and the overview of every plan of the workspace (`handoff/portfolio`), computed from the
 * workspace's entries; the portfolio hands the event loop back every few milliseconds.
 */
import { comparePlans } from '../engine/domain.js';
import type { PlanResult, PortfolioEntry, PortfolioResult } from '../protocol.js';
import type { Entry } from './entries.js';
import { yieldToEventLoop } from './scheduler.js';
import { countFindings, toFindingView } from './toLsp.js';
import type { PlanWorkspace } from './workspace.js';

export async function planResult(workspace: PlanWorkspace, entry: Entry): Promise<PlanResult | null> {
  const status = await workspace.statusOf(entry);
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
    const overview = await workspace.overviewOf(entry);
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
