/**
 * What a transition's highlight says at closure (sign-off, early life support's exit, the
 * post-implementation review, lessons learned) and of its overdue corrective actions and issues:
 * one fact per line, its parts as plain strings, the same in `handoff report` (Markdown and HTML)
 * and the status preview. No escaping here: each renderer escapes every part where it writes it.
 */
import { clipText, dayCount, notYetGiven, plural } from './text.js';
import type { ClosureRef, ElsRef, OverdueItemRef, PirRef, SignOffRef } from './closureView.js';
import { metWhy } from './readinessText.js';

/** A line of a highlight: its label, what it says in parts, and whether it needs attention. */
export interface Fact {
  readonly label: string;
  readonly parts: readonly string[];
  readonly warn: boolean;
}

function signOffName(s: SignOffRef): string {
  return [s.role, s.name || 'no stakeholder named'].filter(Boolean).join(' ');
}

function signedText(s: SignOffRef): string {
  // In brackets already: a date not read is said after a comma, not in brackets of its own.
  const date = s.date ?? (s.dateWritten ? `${s.dateWritten}, not read` : undefined);
  return `${signOffName(s)}${date ? ` (${date})` : ''}`;
}

function notSignedText(s: SignOffRef): string {
  const why =
    s.line === undefined
      ? s.signedOnBehalfBy
        ? `signed only on their behalf, by ${s.signedOnBehalfBy}`
        : 'no sign-off row'
      : s.ahead
        ? notYetGiven(clipText(s.decision, 40), s.date ?? '')
        : s.decision
          ? clipText(s.decision, 40)
          : 'no decision';
  return `${signOffName(s)} (${why})`;
}

/** Why an exit criterion is not met: no, partial, its Met empty, or its Met as written when not read. */
function elsText(e: ElsRef): string {
  const why = metWhy(e.met, e.metText);
  return `${e.id ? `${e.id} ` : ''}${e.criterion}${e.target ? `, target ${e.target}` : ''} (${why})`;
}

const objectives = (refs: readonly PirRef[]): string => refs.map((p) => p.objective || 'no objective').join(', ');

/** Sign-off, early life support, the review and lessons, for a plan at closure or closed; none before. */
export function closureFacts(c: ClosureRef | undefined): Fact[] {
  if (!c) return [];
  const { signed, notSigned } = c.signOff;
  const signOff: Fact = {
    label: 'Sign-off',
    parts:
      signed.length + notSigned.length === 0
        ? ['none recorded']
        : [
            ...(signed.length ? [`signed: ${signed.map(signedText).join(', ')}`] : ['nobody has signed']),
            ...(notSigned.length ? [`not signed: ${notSigned.map(notSignedText).join(', ')}`] : []),
          ],
    warn: notSigned.length > 0 || signed.length === 0,
  };
  const e = c.earlyLifeSupport;
  const els: Fact = {
    label: 'Early life support',
    parts:
      e.total === 0
        ? ['no exit criteria recorded']
        : [
            `${e.met} of ${e.total} exit ${e.total === 1 ? 'criterion' : 'criteria'} met`,
            ...(e.notMet.length ? [`not met: ${e.notMet.map(elsText).join(', ')}`] : []),
          ],
    warn: e.total === 0 || e.notMet.length > 0,
  };
  const p = c.postImplementationReview;
  const review: Fact = {
    label: 'Post-implementation review',
    parts:
      p.objectives === 0
        ? ['no objectives reviewed']
        : [
            `${p.achieved} of ${plural(p.objectives, 'objective')} achieved`,
            ...(p.partly.length ? [`partly achieved: ${objectives(p.partly)}`] : []),
            ...(p.notAchieved.length ? [`not achieved: ${objectives(p.notAchieved)}`] : []),
            ...(p.notAssessed.length ? [`not yet assessed: ${objectives(p.notAssessed)}`] : []),
            ...(p.notRead.length
              ? [`result not read: ${p.notRead.map((x) => `${x.objective} ("${clipText(x.result, 40)}")`).join(', ')}`]
              : []),
          ],
    warn: p.objectives === 0 || p.achieved < p.objectives,
  };
  const lessons: Fact = {
    label: 'Lessons learned',
    parts: [c.lessonsLearned ? `${plural(c.lessonsLearned, 'lesson')} recorded` : 'none recorded'],
    warn: c.lessonsLearned === 0,
  };
  return [signOff, els, review, lessons];
}

function overdueText(i: OverdueItemRef): string {
  const when =
    i.due !== undefined
      ? `due ${i.due}, ${dayCount(i.daysOverdue ?? 0)} overdue`
      : `due date "${clipText(i.dueWritten ?? '', 40)}" not read`;
  return `${i.id}${i.text ? ` ${i.text}` : ''} — ${when}, owner ${i.owner || 'none'}`;
}

/** "CA-01 Vendor fixes defects — due 2026-10-01, 70 days overdue, owner Cat Fox", one part each; none when nothing is overdue. */
export function overdueFact(items: readonly OverdueItemRef[]): Fact | undefined {
  if (items.length === 0) return undefined;
  const actions = items.some((i) => i.kind === 'correctiveAction');
  const issues = items.some((i) => i.kind === 'issue');
  const label = `Overdue ${actions && issues ? 'actions and issues' : actions ? 'corrective actions' : 'issues'}`;
  return { label, parts: items.map(overdueText), warn: true };
}
