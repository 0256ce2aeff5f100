/** Handoff's own requests: one plan's status and findings (`handoff/plan`), the portfolio, and a new plan's text. */
import {
  NewPlanTextRequest,
  PlanRequest,
  PortfolioRequest,
  type NewPlanTextParams,
  type PlanParams,
  type PlanResult,
  type PortfolioResult,
} from '../../protocol.js';
import { planResult, portfolioResult } from '../planRequests.js';
import { newPlanText } from '../templateCompletion.js';
import type { ServerContext } from './context.js';

export function registerPlanRequests(ctx: ServerContext): void {
  const { connection, documents, workspace, safe } = ctx;

  connection.onRequest(
    PlanRequest.method,
    safe('handoff/plan', null, async (params: PlanParams): Promise<PlanResult | null> => {
      if (!params || typeof params.uri !== 'string') return null;
      const entry = documents.get(params.uri) ? await ctx.freshEntry(params.uri) : workspace.get(params.uri);
      return entry?.isPlan ? planResult(workspace, entry) : null;
    }),
  );

  connection.onRequest(
    PortfolioRequest.method,
    safe('handoff/portfolio', { asOf: '', plans: [] }, (): Promise<PortfolioResult> => portfolioResult(workspace)),
  );

  connection.onRequest(
    NewPlanTextRequest.method,
    safe('handoff/newPlanText', null, (p: NewPlanTextParams) => newPlanText(workspace, p)),
  );
}
