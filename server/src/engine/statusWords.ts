/**
 * The words each register's status (and other fixed-list) columns accept (contract §3 table and
 * §3.1): the canonical spelling and the other spellings read as it. `readStatus` in values.ts
 * reads cells against these lists.
 */

/** Registers and columns whose cells hold a word from a fixed list. */
export type WordList =
  | 'risks'
  | 'roam'
  | 'riskResponse'
  | 'milestones'
  | 'milestoneType'
  | 'issues'
  | 'correctiveActions'
  | 'handovers'
  | 'decisions'
  | 'decisionType'
  | 'signOff'
  | 'postImplementationReview';

/** A risk's status words (contract §3, §3.1). */
const RISKS = {
  Open: ['Active', 'Live', 'Monitoring', 'Being monitored'],
  // A risk that no longer applies: withdrawn or cancelled, as Jira and PRINCE2 registers write it.
  Closed: ['Retired', 'Cancelled', 'Canceled', 'Withdrawn'],
  Occurred: ['Realised', 'Realized'],
  Transferred: [],
  Escalated: [],
} as const satisfies Record<string, readonly string[]>;

/** Canonical word → other spellings it accepts. */
export const WORD_LISTS: Readonly<Record<WordList, Readonly<Record<string, readonly string[]>>>> = {
  risks: RISKS,
  // SAFe's ROAM board (a Risks column headed ROAM: wordListUnder): Owned, Accepted and Mitigated risks can still happen.
  roam: { ...RISKS, Open: [...RISKS.Open, 'Owned', 'Accepted', 'Mitigated'], Closed: [...RISKS.Closed, 'Resolved'] },
  // The UK Orange Book's four Ts read as their PRINCE2 names: Terminate, Treat, Transfer, Tolerate.
  riskResponse: {
    Avoid: ['Terminate'],
    // `Mitigated` and `Accepted`: as a ROAM board says what is done about a risk (riskResponse in rowFacts.ts).
    Reduce: ['Mitigate', 'Mitigation', 'Treat', 'Mitigated'],
    // PRINCE2 2009 named it by what it does.
    Fallback: ['Contingency', 'Prepare contingent plans', 'Contingent plan'],
    Transfer: [],
    Share: [],
    // AS/NZS ISO 31000 retains a risk by informed decision.
    Accept: ['Tolerate', 'Retain', 'Accepted'],
    Escalate: [],
    Exploit: [],
    Enhance: [],
    Reject: [],
  },
  milestones: {
    'Not started': [
      'Planned',
      'Scheduled',
      'Not yet started',
      'Not yet due',
      'Not due yet',
      'Not due',
      'To do',
      'Todo',
      // Indian and Singapore English, as their trackers write it.
      'Yet to start',
      // MS Project's Status field: Future Task, On Schedule, Late, Complete.
      'Future task',
    ],
    'On track': ['In progress', 'On schedule', 'Ongoing', 'Underway', 'WIP', 'Work in progress'],
    'At risk': [],
    Late: ['Delayed', 'Overdue', 'Behind schedule', 'Slipped'],
    Done: ['Complete', 'Completed', 'Achieved', 'Finished', 'Met'],
    Descoped: ['Cancelled', 'Canceled', 'Dropped', "Won't do"],
  },
  milestoneType: { Milestone: [], Gate: [], 'Post-closure': ['Post closure', 'Postclosure'] },
  // On hold, blocked or escalated, an item is still open: nobody has resolved it.
  issues: {
    // Jira's defaults too: To Do, In Review, Won't Do / Won't Fix.
    Open: ['New', 'Raised', 'On hold', 'Blocked', 'Escalated', 'To do', 'Todo', 'Yet to start', 'Not yet started'],
    'In progress': ['Ongoing', 'WIP', 'Work in progress', 'In review'],
    // Handed to the process that will own it (a known error to Problem Management): the project's part is done.
    Done: ['Closed', 'Resolved', 'Complete', 'Completed', 'Transferred', 'Handed over', 'Known error'],
    Cancelled: ['Canceled', "Won't do", "Won't fix"],
  },
  correctiveActions: {
    Open: ['Not started', 'Planned', 'On hold', 'Blocked', 'To do', 'Todo', 'Yet to start', 'Not yet started'],
    'In progress': ['Ongoing', 'WIP', 'Work in progress', 'In review'],
    // Status words as Issues' (contract §3): an action handed to the process that runs the service is done here.
    Done: ['Closed', 'Resolved', 'Complete', 'Completed', 'Transferred', 'Handed over'],
    Cancelled: ['Canceled', "Won't do"],
  },
  handovers: {
    // Being prepared, not yet handed over (Jira's To Do and In Progress too).
    Planned: [
      'Not started',
      'Yet to start',
      // As Hong Kong and UK trackers write it, as milestones' Not started.
      'Not yet started',
      'Scheduled',
      'To do',
      'Todo',
      'In progress',
      'Work in progress',
      'WIP',
      'Underway',
      'Ongoing',
    ],
    // Handed over and waiting for its owner: Ready, not Accepted.
    Ready: [
      'Ready for acceptance',
      'Ready for handover',
      'In acceptance',
      'Pending acceptance',
      'Awaiting acceptance',
      'Awaiting sign-off',
      // Live and in early life support: accepted at its exit, when the exit criteria are met.
      'In hypercare',
      'In early life support',
      'In ELS',
    ],
    // Not Done, Complete or Handed over: a result handed over is not yet accepted by its owner.
    Accepted: ['Signed off', 'Signed-off'],
    Rejected: [],
  },
  decisions: { Proposed: ['Draft', 'Pending'], Approved: ['Agreed'], Rejected: [] },
  decisionType: {
    'Go/No-go': [
      'Go/No go',
      'Go-No-go',
      'Go no go',
      'Go/NoGo',
      'GoNoGo',
      'Go/No-go decision',
      'Go-live decision',
      'Go live decision',
    ],
    // PRINCE2: beyond tolerance, an Exception Report goes to the board for its decision, and the
    // board approves the Exception Plan that replaces the stage plan.
    Exception: ['Tolerance exception', 'Exception report', 'Exception plan'],
    Scope: ['Scope change'],
    // PRINCE2's stage boundary: the board authorises the next stage (not go-live, not a breach).
    Other: [
      // A decision log's categories other than these: a commercial or technical decision covers no breach.
      'Commercial',
      'Contractual',
      'Technical',
      'Design',
      // An architecture decision (an ADR) or a make-or-buy, insource-or-outsource one.
      'Architecture',
      'Architectural',
      'Sourcing',
      'Operational',
      'Resourcing',
      // An investment or a strategy decision, as a public-sector decision log categorises it.
      'Investment',
      'Strategic',
      'Strategy',
      'Procurement',
      'Policy',
      'Stage gate',
      'Stage-gate',
      'Phase gate',
      'Gate review',
      'Stage boundary',
      'End stage assessment',
      'End-stage assessment',
      'Stage authorisation',
      'Stage authorization',
    ],
  },
  signOff: {
    // `Agreed`: as a decision log and a Dutch or German sign-off sheet (`akkoord`, `einverstanden`) write it.
    Approved: ['Signed', 'Signed off', 'Signed-off', 'Accepted', 'Agreed', 'Yes', 'Y'],
    Rejected: [],
    Pending: [
      'Awaiting',
      'Outstanding',
      'Not signed',
      'Not yet signed',
      'Not signed off',
      'Not yet signed off',
      'Unsigned',
    ],
  },
  // An objective met or not, as reviews also write it (`Met`, `Partially met`, `Not met`).
  postImplementationReview: {
    Achieved: ['Met', 'Fully achieved', 'Fully met', 'Yes'],
    Partly: ['Partially', 'Partly achieved', 'Partially achieved', 'Partially met', 'Partly met', 'Partial'],
    'Not achieved': ['Not met', 'No', 'Missed'],
  },
};

/**
 * Words that say a list's value is not there yet, read as an empty cell is (contract §3: a
 * Result left empty or `TBC` is not reviewed yet): a Post-implementation review under way writes
 * `Pending` or `Not yet reviewed` against the objectives it has not assessed, with a note on
 * when (`Pending – PIR workshop 29 Mar`).
 */
export const NOT_YET_WORDS: Readonly<Partial<Record<WordList, readonly string[]>>> = {
  postImplementationReview: [
    'Pending',
    'Not reviewed',
    'Not yet reviewed',
    'Not assessed',
    'Not yet assessed',
    'To be reviewed',
    'To be assessed',
    'Under review',
    'In review',
    'Awaiting review',
  ],
};

/**
 * Words practitioners write that could mean either of two statuses, or say something else than
 * the status, so Handoff does not read them: what to write instead, for the `unreadable-value`
 * message, and the words it may be (each a quick fix; none preferred, the author knows which).
 */
export interface UnreadWord {
  readonly hint: string;
  readonly choices: readonly string[];
}

/** The same hint and choices for several words; `choices` may depend on the word written. */
function unread(
  written: readonly string[],
  hint: (word: string) => string,
  choices: (word: string) => readonly string[],
): Record<string, UnreadWord> {
  return Object.fromEntries(written.map((word) => [word, { hint: hint(word), choices: choices(word) }]));
}

export const UNREAD_WORDS: Readonly<Partial<Record<WordList, Readonly<Record<string, UnreadWord>>>>> = {
  risks: {
    ...unread(
      ['Mitigated', 'Treated'],
      (word) =>
        `A ${word.toLowerCase()} risk is Open while it can still happen (at its reduced score), and Closed once it cannot.`,
      () => ['Open', 'Closed'],
    ),
    // Accept is a response, not a status: the risk is still there, watched, until it cannot happen.
    ...unread(
      ['Accepted', 'Tolerated'],
      (word) =>
        `${word} is a response (write Accept in the Response column): the risk stays Open, watched, while it can still happen, and is Closed once it cannot; handed to the service owner at closure, it is Transferred.`,
      () => ['Open', 'Closed', 'Transferred'],
    ),
  },
  milestones: {
    ...unread(
      ['On hold', 'Blocked', 'Paused'],
      (word) =>
        `A milestone that is ${word.toLowerCase()} is At risk while its forecast can still be met, and Late once it cannot: write which, with the reason as a note (At risk (${word.toLowerCase()}: …)).`,
      (word) => [`At risk (${word.toLowerCase()})`, `Late (${word.toLowerCase()})`],
    ),
    ...unread(
      ['Deferred', 'Postponed', 'Rescheduled'],
      () =>
        'A milestone moved later keeps its Baseline and gets a new Forecast, and its Status says where it stands against that forecast (On track, At risk or Late); Descoped if it will not happen.',
      () => [],
    ),
    ...unread(
      ['Green', 'Amber', 'Yellow', 'Red'],
      () =>
        "A RAG colour rates health; a milestone's Status says where it stands: On track (green), At risk (amber) or Late (red).",
      (word) => [word === 'Green' ? 'On track' : word === 'Red' ? 'Late' : 'At risk'],
    ),
    ...unread(
      ['Pending'],
      () => 'Pending says only that the milestone is not reached: write Not started, On track, At risk or Late.',
      () => ['Not started', 'On track', 'At risk', 'Late'],
    ),
    ...unread(
      ['Closed'],
      () => 'A milestone is Done when it was reached, and Descoped when it will not be.',
      () => ['Done', 'Descoped'],
    ),
    // Said of the service, not the milestone: go-live is past, early life support's end is not.
    ...unread(
      ['In hypercare', 'In early life support', 'In ELS'],
      (word) =>
        `${word} says the service is live and in early life support: the go-live milestone is Done, and the one for early life support's exit is On track (or At risk, or Late) until the exit criteria are met.`,
      () => ['Done', 'On track'],
    ),
  },
  decisions: unread(
    ['Deferred', 'Postponed', 'On hold'],
    (word) => `A decision ${word.toLowerCase()} is not taken yet: it is Proposed until it is approved or rejected.`,
    (word) => [`Proposed (${word.toLowerCase()})`],
  ),
  handovers: {
    ...unread(
      ['Handed over', 'Complete', 'Completed', 'Done', 'Delivered'],
      () => 'A handover is Accepted only when its receiving owner has accepted it, and Ready while it waits for them.',
      () => ['Ready', 'Accepted'],
    ),
    ...unread(
      ['Accepted with conditions', 'Conditionally accepted', 'Partially accepted', 'Accepted subject to conditions'],
      () =>
        'A handover accepted with conditions is Ready until its receiving owner confirms they are met, and Accepted then: write Ready with the conditions as a note, or Accepted once they are met.',
      (word) => [`Ready (${word.toLowerCase()})`, 'Accepted'],
    ),
    ...unread(
      ['Cancelled', 'Canceled', 'Not required', 'Withdrawn', 'Descoped'],
      () =>
        'A handover that is no longer needed is taken out of the Handovers table (with the decision in the Decisions register); where the transition type requires it, waive required-handover-missing for its process.',
      () => [],
    ),
  },
};

/**
 * Phrases of a list that say something else than its status, by pattern rather than as a fixed
 * word (UNREAD_WORDS): an issue or action "moved to the BAU backlog" may have been handed to the
 * team that owns it now (Transferred, done for the project) or only put off (still Open). The
 * choices keep what was written as a note.
 */
export interface UnreadPhrase extends Omit<UnreadWord, 'choices'> {
  readonly pattern: RegExp;
  readonly choices: (written: string) => readonly string[];
}

const MOVED_TO_BACKLOG: UnreadPhrase = {
  pattern: /\b(?:backlog|bau|business as usual)\b/i,
  hint: 'An item moved to a backlog is Transferred (done for the project) once the team that will own it has taken it on, and still Open if it was only put off: write which, with the rest as a note.',
  choices: (written) => [`Transferred – ${written}`, `Open – ${written}`],
};

export const UNREAD_PHRASES: Readonly<Partial<Record<WordList, UnreadPhrase>>> = {
  issues: MOVED_TO_BACKLOG,
  correctiveActions: MOVED_TO_BACKLOG,
};

/**
 * What a check mark alone (`✅`, `✔`, `☑`, `✓`) says in a status column, as trackers and
 * checklists tick a row off: the word it reads as (and is reported as, where that word is
 * unread: a handover ticked off may be Ready or Accepted). A risk's tick says nothing certain.
 */
export const CHECK_MARK_WORDS: Readonly<Partial<Record<WordList, string>>> = {
  milestones: 'Done',
  issues: 'Done',
  correctiveActions: 'Done',
  handovers: 'Done',
  decisions: 'Approved',
  signOff: 'Approved',
  postImplementationReview: 'Achieved',
};

/**
 * What a percentage complete says in a status column, as trackers write progress (`60%`): the
 * word it reads as at 0 % and at 100 %, and in between (`part`) either a word or, where the
 * register's words say more than progress (a milestone is On track, At risk or Late against its
 * forecast), the hint and choices it is reported with.
 */
export const PERCENT_WORDS: Readonly<
  Partial<Record<WordList, { readonly none: string; readonly all: string; readonly part: string | UnreadWord }>>
> = {
  milestones: {
    none: 'Not started',
    all: 'Done',
    part: {
      hint: 'A percentage says how much is done, not where the milestone stands against its forecast: write On track, At risk or Late, with the percentage as a note if you like (On track (60%)).',
      choices: ['On track', 'At risk', 'Late'],
    },
  },
  issues: { none: 'Open', all: 'Done', part: 'In progress' },
  correctiveActions: { none: 'Open', all: 'Done', part: 'In progress' },
};

/**
 * The words that settle a row (done, closed, accepted, approved): a note that qualifies one of
 * them (`Done (partial)`) leaves the cell unread. A note on any other word is only a note.
 */
export const SETTLING_WORDS: Readonly<Partial<Record<WordList, readonly string[]>>> = {
  risks: ['Closed', 'Transferred'],
  milestones: ['Done', 'Descoped'],
  issues: ['Done', 'Cancelled'],
  correctiveActions: ['Done', 'Cancelled'],
  handovers: ['Accepted'],
  decisions: ['Approved'],
  signOff: ['Approved'],
  postImplementationReview: ['Achieved'],
};

/**
 * A column whose header says which list its words come from, by the list its register reads it
 * with: a Risks Status column headed `ROAM` (SAFe's PI Planning board: Resolved, Owned, Accepted,
 * Mitigated) reads `Mitigated` and `Accepted` as SAFe defines them, where a Status column leaves them
 * unread (UNREAD_WORDS: they may mean Open or Closed).
 */
const LISTS_BY_HEADER: Readonly<Partial<Record<WordList, readonly (readonly [RegExp, WordList])[]>>> = {
  risks: [[/^roam\b/i, 'roam']],
};

/** The list a column headed `header` reads its words from, where its register reads them from `list`. */
export function wordListUnder(list: WordList, header: string | undefined): WordList {
  if (header === undefined) return list;
  return LISTS_BY_HEADER[list]?.find(([pattern]) => pattern.test(header.trim()))?.[1] ?? list;
}
