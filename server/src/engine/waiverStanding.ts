/**
 * Whether a `## Waivers` row is in force, as the views tell a reader (`handoff report`, `handoff
 * diff`): one place for what "waived" means there. A waiver that has expired says so itself
 * (`WaiverView.expired`); one that `waiver-invalid` reports for anything else (an unknown rule or
 * target, no approver or none who may approve for the board, a placeholder reason, a register named
 * for a rule that reports its rows) silences nothing either, and the finding says why. Those
 * findings stand on the waiver row or its cells, so they are matched to the waiver by its line.
 */
import { firstClause } from './health.js';
import { waiverInvalid, waiverLabel } from './rules/waiverInvalid.js';
import type { WaiverView } from './statusTypes.js';
import type { Finding } from './types.js';

/** A waiver as the views show it, with whether it is in force and, when not, why. */
export interface WaiverStanding extends WaiverView {
  /** Silences what it names: not expired, approved, and nothing `waiver-invalid` reports about it. */
  readonly inForce: boolean;
  /**
   * Why it is not in force, when it has not expired (an expired waiver is told by `expired`,
   * whatever else is wrong with it): what `waiver-invalid` reports about it, each message whole
   * (`message`) and in short (`text`, without the label naming the row the view shows it beside).
   */
  readonly notInForce: readonly { readonly text: string; readonly message: string }[];
}

/** Each waiver with its standing, from the plan's findings (its own: `waiver-invalid` is a document rule). */
export function waiverStandings(waivers: readonly WaiverView[], findings: readonly Finding[]): WaiverStanding[] {
  const byLine = new Map<number, Finding[]>();
  for (const f of findings) {
    if (f.rule !== waiverInvalid.name) continue;
    const at = byLine.get(f.range.start.line);
    if (at) at.push(f);
    else byLine.set(f.range.start.line, [f]);
  }
  return waivers.map((w) => {
    const notInForce = w.expired
      ? []
      : (byLine.get(w.line) ?? []).map((f) => ({ text: inShort(w, f.message), message: f.message }));
    return { ...w, inForce: !w.expired && !!w.approvedBy && notInForce.length === 0, notInForce };
  });
}

/**
 * A finding's message in short, beside its waiver: what is wrong (its first clause), "This waiver"
 * in place of the label that names the row by its line, rule and target.
 */
function inShort(w: WaiverView, message: string): string {
  const labels = [waiverLabel(w.line, w.rule, w.target), waiverLabel(w.line, w.rule), waiverLabel(w.line)];
  const label = w.rule ? labels.find((l) => message.startsWith(l)) : labels[2];
  const text = label && message.startsWith(label) ? `This waiver${message.slice(label.length)}` : message;
  const short = firstClause(text);
  return /[.?!]$/.test(short) ? short : `${short}.`;
}
