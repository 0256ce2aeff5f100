/**
 * Derived health and its reasons as plain text lines, for the tree tooltip and the status bar
 * (no `vscode` import, so tests can call it). Each reason is shown by its `label`, the words the
 * preview, the portfolio and `handoff report` show too.
 */
import type { PlanStatus } from '../../../server/src/protocol.js';

export function healthTooltipLines(s: Pick<PlanStatus, 'derivedHealth' | 'healthReasons' | 'stage'>): string[] {
  const head = s.derivedHealth
    ? `Facts suggest ${s.derivedHealth}${s.healthReasons.length ? ':' : ': nothing beyond tolerance'}`
    : `Facts: not rated (${s.stage ?? 'no stage'})`;
  return [head, ...s.healthReasons.map((r) => `- ${r.label}`)];
}
