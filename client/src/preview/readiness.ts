/**
 * The status page's Go-live readiness: the required criteria, each met or why not (a button to its
 * row), and the go decision that stands, in the words `handoff report` uses
 * (`engine/readinessText.ts`). Shown once the plan is past initiation and has a go-live date.
 */
import { criteriaPhrase, criterionWhy, goDecisionPhrase } from '../../../server/src/engine/readinessText.js';
import type { PlanStatus } from '../../../server/src/protocol.js';
import { join, markup, type SafeHtml } from './html.js';
import { revealButton, section } from './widgets.js';

/** When go-live-readiness checks, as of the status's date. */
function whenChecked(s: PlanStatus): string {
  const x = s.readiness;
  if (x.phase === 'due') return 'go-live date reached';
  if (x.phase === 'window') return `inside the readiness window (checked from ${x.opens ?? '–'})`;
  return x.opens && x.opens > s.asOf ? `checked from ${x.opens}` : '';
}

export function renderReadiness(s: PlanStatus): SafeHtml | '' {
  const x = s.readiness;
  if (!s.dates.goLive || x.total === 0 || s.stage === undefined || s.stage === 'initiation') return '';
  const facts = [`Go-live ${s.dates.goLive}`, criteriaPhrase(x), goDecisionPhrase(x, s.asOf), whenChecked(s)];
  const items = x.criteria.map((c) => {
    const name = c.line === undefined ? markup`${c.criterion}` : revealButton(c.line, c.criterion);
    return c.met === 'yes'
      ? markup`<li><span class="badge sev-ok">Met</span> ${name}</li>`
      : markup`<li><span class="badge sev-warning">Not met</span> ${name} <span class="muted">(${criterionWhy(c)})</span></li>`;
  });
  const content = markup`<p>${facts.filter(Boolean).join(' · ')}</p><ul class="criteria">${join(items)}</ul>`;
  return section('readiness', 'Go-live readiness', content);
}
