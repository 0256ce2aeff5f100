/**
 * How `handoff diff` names rows and plans in its messages: a row by its ID and what it is about
 * (`R-02 (Payroll data processed …)`), a milestone by its ID and its name in quotes, a plan by its
 * id and title. The text a label quotes is clipped, so a long cell does not swamp the message.
 */
import type { MilestoneView, PlanStatus } from './status.js';
import { clipText, withNote } from './text.js';

/** The most of a row's text a message quotes. */
const LABEL_CHARS = 60;

/** A row's text as a message quotes it: clipped to LABEL_CHARS. */
export function clipped(text: string): string {
  return clipText(text, LABEL_CHARS);
}

/**
 * `R-02 (Payroll data processed …)`: a row by its ID and what it is about; its ID alone without.
 * Brackets in what it is about become commas (`withNote`), as in lint's messages.
 */
export function itemLabel(id: string, about: string | undefined): string {
  return about ? withNote(id, clipped(about)) : id;
}

/** `M-03 "Parallel run complete"`: a milestone by its ID and its name. */
export function milestoneLabel(m: Pick<MilestoneView, 'id' | 'name'>): string {
  return m.name ? `${m.id} "${clipped(m.name)}"` : m.id;
}

/** `TP-2026-014 "Payroll to the cloud"`: a plan by its id and title (its URI without either). */
export function planLabel(s: PlanStatus): string {
  const title = s.title ? ` "${s.title}"` : '';
  return s.id ? `${s.id}${title}` : title.trim() || s.uri;
}
