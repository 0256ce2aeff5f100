/**
 * Go-live readiness in words, the same in `handoff report` and the status preview: how many
 * required criteria are met, why one is not, which go decision stands (as the go-live-readiness
 * finding says it), and where the plan is against its readiness window; and a handover's
 * acceptance, as the tree and the preview show it. No escaping: each view escapes where it writes.
 */
import { isEmptyValue } from './emptyValues.js';
import type { HandoverView, ReadinessView } from './statusTypes.js';
import { clipText, dayCount, notYetGiven } from './text.js';
import { isBeforeControl, type IsoDate, type Stage } from './types.js';
import { daysBetween } from './isoDate.js';
import type { Met } from './values.js';

type Criterion = ReadinessView['criteria'][number];

/**
 * How many required readiness criteria are met; when no row names any of them, that none is
 * recorded (a plan without the register, or one written before it was filled in), rather than
 * "0 met", which reads as assessed and failed. Each criterion is counted on its first row: more
 * rows naming one (a later release's) that are not met are said beside the count, not hidden by it.
 */
export function criteriaPhrase(x: ReadinessView): string {
  if (x.total > 0 && x.criteria.every((c) => c.line === undefined))
    return `none of the ${x.total} required readiness criteria recorded`;
  const others = x.otherRowsNotMet;
  const more = others.length
    ? `, not met on ${others.length === 1 ? '1 more row' : `${others.length} more rows`} (${others.map((o) => o.id || o.criterion).join(', ')})`
    : '';
  return `${x.met} of ${x.total} required readiness criteria met${more}`;
}

/** The other rows naming a required criterion that are not met, as "GR-06 Change authorised (no)". */
export function otherRowsNotMetParts(x: ReadinessView): string[] {
  return x.otherRowsNotMet.map((o) => `${o.id ? `${o.id} ` : ''}${o.criterion} (${metWhy(o.met, o.metText)})`);
}

/**
 * The go decision that stands; else, as the go-live-readiness finding says it, the approved No-go
 * that holds go-live, or a Go dated after the as-of date (not taken yet); else none.
 */
export function goDecisionPhrase(x: ReadinessView, asOf: IsoDate): string {
  const id = (d: string): string => (d ? ` ${d}` : '');
  if (x.goDecision) return `go decision ${x.goDecision}`;
  if (x.noGoDecision !== undefined) return `no-go decision${id(x.noGoDecision)}: go-live held`;
  const later = x.goDecisionDatedAfter;
  if (later) return `go decision${id(later.id)} dated ${later.date}, after ${asOf}: not taken yet`;
  return 'no approved go decision';
}

/**
 * Why a criterion is not met, from its Met: no or partial; empty; written as not known or not
 * applicable (`Met "N/A"`), which reads as empty; or as written and not read.
 */
export function metWhy(met: Met | undefined, written: string): string {
  if (met !== undefined) return met;
  if (!written) return 'Met empty';
  const shown = `Met "${clipText(written, 40)}"`;
  return isEmptyValue(written) ? shown : `${shown} not read`;
}

/** Why a required criterion is not met: `no row` when no row names it, else `metWhy`. */
export function criterionWhy(c: Criterion): string {
  return c.line === undefined ? 'no row' : metWhy(c.met, c.metText);
}

/**
 * Go-live and readiness in one phrase, as of `asOf`: the go-live date, the criteria met, the go
 * decision that stands and where the plan is against its readiness window.
 */
export function goLiveReadinessPhrase(
  x: ReadinessView,
  r: { stage: Stage | undefined; goLive: IsoDate | undefined; goLiveWritten: string | undefined; asOf: IsoDate },
): string {
  const { asOf } = r;
  if (!r.goLive) return r.goLiveWritten ? `go-live date not read: ${r.goLiveWritten}` : 'no go-live date';
  const early = x.phase === undefined && isBeforeControl(r.stage);
  // Before control and before the window, nothing is due yet: criteria not written down and no go
  // decision are no news, and said only once there is something to say.
  const recorded = x.criteria.some((c) => c.line !== undefined) || x.otherRowsNotMet.length > 0;
  const criteria = early && !recorded ? '' : criteriaPhrase(x);
  const decision =
    early && !x.goDecision && x.noGoDecision === undefined && !x.goDecisionDatedAfter ? '' : goDecisionPhrase(x, asOf);
  const days = daysBetween(asOf, r.goLive);
  const when =
    x.phase === 'due'
      ? days === 0
        ? 'go-live is today'
        : x.goDecision && !isBeforeControl(r.stage)
          ? // Went live under a go decision: the days since, not a date "passed", which reads as late.
            `${dayCount(-days)} since go-live`
          : // Still in initiation or planning past go-live: stage-behind-schedule's case, said here too.
            `go-live date passed ${dayCount(-days)} ago${isBeforeControl(r.stage) ? `, still in ${r.stage}` : ''}`
      : x.phase === 'window'
        ? `go-live in ${dayCount(days)}, inside the readiness window`
        : r.stage === 'closure' || r.stage === 'closed'
          ? // A plan in closure whose go-live date is still ahead says two things: say both.
            r.goLive > asOf
            ? `${r.stage === 'closed' ? 'closed' : 'in closure'} before its go-live date`
            : 'past go-live'
          : x.opens
            ? `readiness checked from ${x.opens}`
            : '';
  return [`go-live ${r.goLive}`, criteria, decision, when].filter(Boolean).join(' · ');
}

/**
 * A handover's acceptance in words: `Accepted 2026-09-11` when accepted, what was written when it
 * is Accepted on a day after the as-of date (not given yet); undefined when it is neither.
 */
export function acceptancePhrase(
  h: Pick<HandoverView, 'accepted' | 'acceptedOn' | 'acceptedAhead' | 'status'>,
): string | undefined {
  if (h.accepted) return `Accepted${h.acceptedOn ? ` ${h.acceptedOn}` : ''}`;
  return h.acceptedAhead ? notYetGiven(h.status, h.acceptedAhead) : undefined;
}
