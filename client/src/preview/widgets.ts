/**
 * The pieces both webview pages are built from: the page shell (CSP, stylesheet, nonce'd
 * script), badges, reveal buttons, counts, cards and people. Pure functions of the server's data
 * (no VS Code API); every plan string goes through `markup`, which escapes it.
 */
import { stageLabel } from '../../../server/src/engine/domain.js';
import { notRead } from '../../../server/src/engine/text.js';
import type { FindingCounts, FindingView, PlanStatus } from '../../../server/src/protocol.js';
import { HEALTH_GROUP_LABEL, isUnratedGroup, type HealthGroup } from '../views/health.js';
import { personDisplay } from '../views/people.js';
import { contentSecurityPolicy, join, markup, SafeHtml } from './html.js';

/** What a page needs from its host: the webview's CSP source and resource URIs. */
export interface PageResources {
  readonly cspSource: string;
  readonly nonce: string;
  readonly styleUri: string;
  readonly scriptUri: string;
}

export type Health = NonNullable<PlanStatus['health']>;
/** What the health widgets read of a plan (its overview or its whole status). */
type HealthFacts = Pick<PlanStatus, 'health' | 'derivedHealth' | 'healthReasons' | 'stage'>;

export const HEALTH_LABEL: Readonly<Record<Health, string>> = { green: 'Green', amber: 'Amber', red: 'Red' };

export const SEVERITY_LABEL: Readonly<Record<FindingView['severity'], string>> = {
  error: 'Error',
  warning: 'Warning',
  info: 'Info',
};

/** The policy is built from the host's CSP source and our hex nonce; quotes in it stay literal. */
function cspAttribute(res: PageResources): SafeHtml {
  const policy = contentSecurityPolicy(res.cspSource, res.nonce);
  if (/["<>&]/.test(policy)) throw new Error(`Unexpected characters in the webview CSP source: ${res.cspSource}`);
  return new SafeHtml(policy);
}

/** A whole webview document around `root`: strict CSP, our stylesheet, our one nonce'd script. */
export function page(res: PageResources, kind: 'status' | 'portfolio', title: string, root: SafeHtml): string {
  return markup`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${cspAttribute(res)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${res.styleUri}">
<title>${title}</title>
</head>
<body class="handoff-${kind}">
${root}
<script nonce="${res.nonce}" src="${res.scriptUri}"></script>
</body>
</html>
`.value;
}

/**
 * The badge of a plan's health group: its reported health, or "Not set" / "Not rated" (muted), or
 * `text` in their place (a health not read, as written: `healthText`).
 */
export function healthGroupBadge(group: HealthGroup, text?: string): SafeHtml {
  if (isUnratedGroup(group)) {
    return markup`<span class="badge health health-${group}">${text ?? HEALTH_GROUP_LABEL[group]}</span>`;
  }
  return healthBadge(group);
}

/** A health's badge; one written but not read shows as written (`Green with concerns (not read)`). */
export function healthBadge(health: Health | undefined, label = '', written?: string): SafeHtml {
  if (!health)
    return markup`<span class="badge health health-none">${label}${written ? notRead(written) : 'Not set'}</span>`;
  return markup`<span class="badge health health-${health}"><span class="dot" aria-hidden="true"></span>${label}${HEALTH_LABEL[health]}</span>`;
}

/** A button that asks the host to reveal a line of the plan. */
export function revealButton(
  line: number,
  content: SafeHtml | string,
  opts: { uri?: string | undefined; cls?: string; label?: string } = {},
): SafeHtml {
  const key = `reveal:${opts.uri ?? ''}:${line}`;
  const uri = opts.uri ? markup` data-uri="${opts.uri}"` : '';
  const label = opts.label ? markup` aria-label="${opts.label}"` : '';
  return markup`<button type="button" class="${opts.cls ?? 'link'}" data-action="reveal" data-line="${line}"${uri} data-key="${key}"${label}>${content}</button>`;
}

export function countsText(c: FindingCounts): string {
  const parts: string[] = [];
  if (c.errors) parts.push(`${c.errors} ${c.errors === 1 ? 'error' : 'errors'}`);
  if (c.warnings) parts.push(`${c.warnings} ${c.warnings === 1 ? 'warning' : 'warnings'}`);
  if (c.infos) parts.push(`${c.infos} info`);
  return parts.length ? parts.join(', ') : 'no problems';
}

export function countsClass(c: FindingCounts): string {
  return c.errors ? 'sev-error' : c.warnings ? 'sev-warning' : 'sev-ok';
}

export function section(id: string, title: string, content: SafeHtml, extra?: SafeHtml): SafeHtml {
  return markup`<section class="card" aria-labelledby="h-${id}"><h2 id="h-${id}">${title}${extra ?? ''}</h2>${content}</section>`;
}

export function empty(text: string): SafeHtml {
  return markup`<p class="empty">${text}</p>`;
}

export function noteLine(note: string | undefined): SafeHtml | '' {
  return note ? markup`<p class="note" role="status">${note}</p>` : '';
}

/** A person by name, the ID and role in its title (and read by screen readers). */
export function personCell(s: PlanStatus, ref: string): SafeHtml {
  const p = personDisplay(s, ref);
  return markup`<span class="person${p.known ? '' : ' unknown'}" title="${p.detail}">${p.name}<span class="sr-only"> (${p.detail})</span></span>`;
}

function healthFacts(s: HealthFacts): SafeHtml {
  return s.derivedHealth
    ? markup`Facts suggest ${HEALTH_LABEL[s.derivedHealth]}${s.healthReasons.length ? '' : ': nothing beyond tolerance'}`
    : markup`Facts: not rated (${stageLabel(s.stage)})`;
}

function healthReasonList(s: HealthFacts, uri: string | undefined): SafeHtml {
  const items = s.healthReasons.map(
    (r) =>
      markup`<li class="reason reason-${r.waived ? 'waived' : r.level}">${revealButton(r.line, r.label, { uri, cls: 'finding compact' })}</li>`,
  );
  return markup`<ul class="findings compact">${join(items)}</ul>`;
}

/** Derived health and its reasons (contract §7), each a link to its row; the same labels as every view. */
export function renderHealthReasons(s: HealthFacts, uri?: string): SafeHtml {
  return markup`<div class="health-reasons"><p class="muted">${healthFacts(s)}</p>${s.healthReasons.length ? healthReasonList(s, uri) : ''}</div>`;
}

/**
 * The same, folded for a table cell beside the reported health's badge: one line ("Facts suggest
 * Red: 3 reasons") that opens to the reasons, so a row stays short until the reader asks why.
 * Nothing when the facts add nothing: not rated (the badge says so), or agreeing with the
 * reported health with no reason.
 */
export function renderHealthReasonsFolded(s: HealthFacts, uri?: string): SafeHtml | '' {
  const n = s.healthReasons.length;
  if (!s.derivedHealth || (n === 0 && s.derivedHealth === s.health)) return '';
  if (!n) return markup`<div class="health-reasons"><p class="muted">${healthFacts(s)}</p></div>`;
  return markup`<details class="health-reasons"><summary class="muted">${healthFacts(s)}: ${n} ${n === 1 ? 'reason' : 'reasons'}</summary>${healthReasonList(s, uri)}</details>`;
}
