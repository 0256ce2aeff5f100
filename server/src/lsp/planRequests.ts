/**
 * The answers to the custom requests of protocol.ts: one plan's status and findings
 * (`handoff/plan`) and every plan of the workspace (`handoff/portfolio`), computed from the
 * workspace's entries; the portfolio hands the event loop back every few milliseconds.
 */
import { comparePlans } from '../engine/domain.js';
import type { PlanResult, PortfolioEntry, PortfolioResult } from '../protocol.js';
import type { Entry } from './entries.js';
import { yieldToEventLoop } from './scheduler.js';
import { bySeverity, countFindings, toFindingView } from './toLsp.js';
import type { PlanWorkspace } from './workspace.js';

/** Findings per plan in the portfolio (counts are complete). */
const PORTFOLIO_FINDINGS = 20;

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
    const status = await workspace.statusOf(entry);
    if (!status) continue;
    const findings = workspace.allFindings(entry);
    plans.push({
      uri: entry.uri,
      status,
      counts: countFindings(findings),
      findings: bySeverity(findings).slice(0, PORTFOLIO_FINDINGS).map(toFindingView),
    });
    if (Date.now() - sliceStart > 10) {
      await yieldToEventLoop();
      sliceStart = Date.now();
    }
  }
  const orderKey = (p: PortfolioEntry) => ({ stage: p.status.stage, id: p.status.id, key: p.uri });
  plans.sort((a, b) => comparePlans(orderKey(a), orderKey(b)));
  return { asOf: workspace.asOf(), plans };
}
