/**
 * What `handoff report` and the status preview say of a transition at closure, as a PRINCE2 End
 * Project Report has it: who has signed the closure off and who has not, early life support's
 * exit, the post-implementation review's results and whether lessons are recorded; and, at every
 * stage, the corrective actions and issues past their Due date. Built from the plan's status:
 * nothing is read again here.
 */
import { PERSON_ROLE_NAMES } from './domain.js';
import { daysBetween } from './isoDate.js';
import { SIGNATORIES } from './signatories.js';
import type { ElsView, LogItemView, PirView, PlanStatus, SignOffView } from './status.js';
import type { IsoDate } from './types.js';

/** A Sign-off row, or a sponsor or service owner no row names (no `line` then). */
export interface SignOffRef {
  readonly role: string;
  readonly name: string;
  /** The Decision as written ('' when empty, or when there is no row). */
  readonly decision: string;
  readonly date: IsoDate | undefined;
  /** The Date as written when it could not be read. */
  readonly dateWritten: string | undefined;
  /** An approval dated after the as-of date: not given yet, so not signed. */
  readonly ahead: boolean;
  readonly line: number | undefined;
  /** For a sponsor or service owner with no row of their own: who signed on their behalf instead. */
  readonly signedOnBehalfBy?: string;
}

export type ElsRef = Pick<ElsView, 'id' | 'criterion' | 'target' | 'met' | 'metText' | 'line'>;

export interface PirRef {
  readonly objective: string;
  /** The Result as written ('' when empty or `TBC`). */
  readonly result: string;
  readonly line: number;
}

export interface ClosureRef {
  readonly signOff: {
    /** Rows whose Decision reads Approved, dated on or before the as-of date (or not dated). */
    readonly signed: readonly SignOffRef[];
    /** The sponsor and service owner with no row of their own, then rows not (or not yet) approved. */
    readonly notSigned: readonly SignOffRef[];
  };
  /** Early life support's exit criteria met, and those not (no, partial, empty, or a Met not read). */
  readonly earlyLifeSupport: { readonly met: number; readonly total: number; readonly notMet: readonly ElsRef[] };
  /** The review's objectives by result; `notAssessed`: empty or `TBC`; `notRead`: a Result not read. */
  readonly postImplementationReview: {
    readonly objectives: number;
    readonly achieved: number;
    readonly partly: readonly PirRef[];
    readonly notAchieved: readonly PirRef[];
    readonly notAssessed: readonly PirRef[];
    readonly notRead: readonly PirRef[];
  };
  /** Lessons recorded under Lessons learned. */
  readonly lessonsLearned: number;
}

/** An open corrective action or issue past its Due date, or whose Due date cannot be read. */
export interface OverdueItemRef {
  readonly kind: 'correctiveAction' | 'issue';
  readonly id: string;
  /** What the action does, or what the issue is. */
  readonly text: string;
  readonly owner: string;
  readonly status: string;
  readonly due: IsoDate | undefined;
  /** The Due date as written when it could not be read (then not counted as overdue). */
  readonly dueWritten: string | undefined;
  /** Days past the Due date as of the report; undefined when the date could not be read. */
  readonly daysOverdue: number | undefined;
  readonly line: number;
}

/** The closure facts of a plan at `closure` or `closed`; undefined at any earlier stage. */
export function closureOf(
  status: PlanStatus,
  names: { readonly sponsor: string | undefined; readonly serviceOwner: string | undefined },
): ClosureRef | undefined {
  if (status.stage !== 'closure' && status.stage !== 'closed') return undefined;
  const unnamed: SignOffRef[] = SIGNATORIES.filter(
    (key) => status[key] && !status.signOffs.some((s) => s.signs.includes(key)),
  ).map((key) => {
    const deputy = status.signOffs.find((s) => s.onBehalf?.of.includes(key) && signed(s));
    return {
      role: PERSON_ROLE_NAMES[key],
      name: names[key] ?? status[key]!,
      decision: '',
      date: undefined,
      dateWritten: undefined,
      ahead: false,
      line: undefined,
      ...(deputy && { signedOnBehalfBy: deputy.onBehalf!.by }),
    };
  });
  const els = status.earlyLifeSupport;
  const pir = status.postImplementationReview;
  const pirRefs = (keep: (p: PirView) => boolean): PirRef[] =>
    pir.filter(keep).map((p) => ({ objective: p.objective, result: p.resultText, line: p.line }));
  return {
    signOff: {
      signed: status.signOffs.filter(signed).map(signOffRef),
      notSigned: [...unnamed, ...status.signOffs.filter((s) => !signed(s)).map(signOffRef)],
    },
    earlyLifeSupport: {
      met: els.filter((e) => e.met === 'yes').length,
      total: els.length,
      notMet: els
        .filter((e) => e.met !== 'yes')
        .map((e) => ({
          id: e.id,
          criterion: e.criterion,
          target: e.target,
          met: e.met,
          metText: e.metText,
          line: e.line,
        })),
    },
    postImplementationReview: {
      objectives: pir.length,
      achieved: pir.filter((p) => p.result === 'Achieved').length,
      partly: pirRefs((p) => p.result === 'Partly'),
      notAchieved: pirRefs((p) => p.result === 'Not achieved'),
      notAssessed: pirRefs((p) => p.result === undefined && !p.resultText),
      notRead: pirRefs((p) => p.result === undefined && !!p.resultText),
    },
    lessonsLearned: status.lessonsLearned,
  };
}

/** An approval counts from its date, as missing-sign-off counts it. */
const signed = (s: SignOffView): boolean => s.approved && !s.dateAhead;

function signOffRef(s: SignOffView): SignOffRef {
  return {
    role: s.role,
    name: s.stakeholderName,
    decision: s.decision,
    date: s.date,
    dateWritten: s.dateWritten,
    ahead: s.approved && s.dateAhead,
    line: s.line,
  };
}

/** Open corrective actions, then open issues, past their Due date (or with one not read), in register order. */
export function overdueItemsOf(status: PlanStatus): OverdueItemRef[] {
  const of = (kind: OverdueItemRef['kind'], items: readonly LogItemView[]): OverdueItemRef[] =>
    items
      .filter((i) => i.overdue || (i.state === 'open' && i.dueWritten !== undefined))
      .map((i) => ({
        kind,
        id: i.id,
        text: i.text,
        owner: i.ownerName,
        status: i.status,
        due: i.due,
        dueWritten: i.dueWritten,
        daysOverdue: i.due ? daysBetween(i.due, status.asOf) : undefined,
        line: i.line,
      }));
  return [...of('correctiveAction', status.correctiveActions), ...of('issue', status.issues)];
}
