/**
 * The static Markdown snippets: one row of each table register, built from the engine's
 * templates so that a row snippet and a quick fix write the same columns, with dates from today
 * (VS Code's date variables). `scripts/gen-snippets.mjs` writes the result to
 * `snippets/handoff.code-snippets`; a test fails when the committed file differs.
 *
 * Whole plans, the front matter, stage sections and registers are not static snippets: VS Code
 * would offer those anywhere in any Markdown file, front matter included, with fixed dates and
 * currency. The language server offers them as completion snippets instead
 * (`server/src/lsp/templateCompletion.ts`): only in a plan's body, filled from the plan, dated from
 * the as-of date, in the configured currency.
 */
import { REGISTER_SPECS, type RegisterKind } from '../../../server/src/engine/schema.js';
import { rowTemplate } from '../../../server/src/engine/templates.js';
import { slugify } from '../slug.js';

export interface Snippet {
  readonly prefix: string;
  readonly body: readonly string[];
  readonly description: string;
}

export const SNIPPETS_PATH = 'snippets/handoff.code-snippets';

/** What one row of each table register is called in a snippet name and prefix. */
const ROW_NAMES: Readonly<Partial<Record<RegisterKind, string>>> = {
  stakeholders: 'stakeholder',
  risks: 'risk',
  assumptions: 'assumption or constraint',
  resources: 'resource',
  milestones: 'milestone',
  responsibilities: 'RACI activity',
  processInterfaces: 'process interface',
  resourceConsumption: 'budget line',
  issues: 'issue',
  correctiveActions: 'corrective action',
  goLiveReadiness: 'go-live readiness criterion',
  statusLog: 'status entry',
  communicationPlan: 'communication',
  decisions: 'decision',
  handovers: 'handover',
  earlyLifeSupport: 'early life support criterion',
  postImplementationReview: 'post-implementation review objective',
  signOff: 'sign-off',
  waivers: 'waiver',
};

/** A date placeholder `${4:2026-01-31}` becomes today: `${4:${CURRENT_YEAR}-${CURRENT_MONTH}-${CURRENT_DATE}}`. */
const DATE_STOP = /\$\{(\d+):\d{4}-\d{2}-\d{2}\}/g;
export const TODAY = '${CURRENT_YEAR}-${CURRENT_MONTH}-${CURRENT_DATE}';

/** Every snippet, keyed by its name (shown in "Insert Snippet"). */
export function buildSnippets(): Record<string, Snippet> {
  const out: Record<string, Snippet> = {};
  for (const reg of REGISTER_SPECS) {
    const rowName = ROW_NAMES[reg.kind];
    if (reg.shape !== 'table' || !rowName) continue;
    out[`Handoff: ${rowName} row`] = {
      prefix: `handoff-row-${slugify(rowName)}`,
      body: [rowTemplate(reg.kind, { snippet: true }).replace(DATE_STOP, (_, n: string) => `\${${n}:${TODAY}}`)],
      description: `One row of the ${reg.title} table (columns in the template's order), dated today.`,
    };
  }
  return out;
}

/** The snippets file exactly as committed. */
export function renderSnippetsFile(): string {
  return JSON.stringify(buildSnippets(), null, 2) + '\n';
}
