/**
 * The status page's Go-live readiness: the required criteria, each met or why not (a button to its
 * row), the go decision that stands and where the plan is against its readiness window, in the
 * words `handoff report` uses (`engine/readinessText.ts`). Shown once the plan is past
 * initiation and has a go-live date.
 */
import { criterionWhy, goLiveReadinessPhrase } from '../../../server/src/engine/readinessText.js';
import type { PlanStatus } from '../../../server/src/protocol.js';
import { join, markup, type SafeHtml } from './html.js';
import { revealButton, section } from './widgets.js';

export function renderReadiness(s: PlanStatus): SafeHtml | '' {
  const x = s.readiness;
  if (!s.dates.goLive || x.total === 0 || s.stage === undefined || s.stage === 'initiation') return '';
  const goLive = { stage: s.stage, goLive: s.dates.goLive, goLiveWritten: s.datesWritten.goLive, asOf: s.asOf };
  const phrase = goLiveReadinessPhrase(x, goLive);
  const items = x.criteria.map((c) => {
    const name = c.line === undefined ? markup`${c.criterion}` : revealButton(c.line, c.criterion);
    return c.met === 'yes'
      ? markup`<li><span class="badge sev-ok">Met</span> ${name}</li>`
      : markup`<li><span class="badge sev-warning">Not met</span> ${name} <span class="muted">(${criterionWhy(c)})</span></li>`;
  });
  const content = markup`<p>${phrase.charAt(0).toUpperCase()}${phrase.slice(1)}</p><ul class="criteria">${join(items)}</ul>`;
  return section('readiness', 'Go-live readiness', content);
}
