/**
 * Domain facts every view shares, each stated once: how stages are named and ordered, what a row
 * ID and a plan id look like and which row ID comes next, how a risk score is banded, when a
 * milestone is due or reached, and the order in which a portfolio lists its plans. Rules, the
 * CLI's reports, the language server and the client's views import these instead of restating
 * them.
 */
import { isBoardName } from './boards.js';
import { ROW_ID_PART } from './rowIds.js';
import { compareText, normalizeWord, withoutParentheticals } from './text.js';
import { HEALTH_VALUES, STAGES, type Finding, type Health, type IsoDate, type Stage } from './types.js';

// ---------------------------------------------------------------------------------------------
// Stages

/** Short stage names for badges, the status bar, tree groups and report columns. */
export const STAGE_LABEL: Readonly<Record<Stage, string>> = {
  initiation: 'Initiation',
  planning: 'Planning',
  control: 'Control',
  closure: 'Closure',
  closed: 'Closed',
};

/** The short label of a front-matter stage; a value Handoff does not know is shown as written. */
export function stageLabel(stage: string | undefined, none = 'No stage'): string {
  if (!stage) return none;
  return (STAGE_LABEL as Readonly<Record<string, string>>)[stage] ?? stage;
}

/** Lifecycle position of a stage; missing or unknown stages sort after every known one. */
export function stageRank(stage: string | undefined): number {
  const i = stage ? (STAGES as readonly string[]).indexOf(stage) : -1;
  return i < 0 ? STAGES.length : i;
}

/** How bad a health is: green 0, amber 1, red 2 (HEALTH_VALUES runs from best to worst). */
export function healthRank(health: Health): number {
  return HEALTH_VALUES.indexOf(health);
}

// ---------------------------------------------------------------------------------------------
// Roles

/**
 * Between two roles in one Role cell: a slash, a semicolon or a spaced ampersand, outside
 * parentheses (`Sponsor (Head of Trade & Supply Chain Operations)` is one role, with a note).
 */
const ROLE_SEPARATOR = /(?<!\s)\s*(?:[/;]|\s&\s)\s*/g;

/** The parts of a Role cell between separators that stand outside parentheses. */
function roleParts(cell: string): string[] {
  const parts: string[] = [];
  let from = 0;
  // Parentheses opened and closed before the separator, counted as the separators are met.
  let counted = 0;
  let open = 0;
  for (const m of cell.matchAll(ROLE_SEPARATOR)) {
    for (; counted < m.index; counted++) {
      const c = cell.charCodeAt(counted);
      if (c === 40) open++;
      else if (c === 41) open--;
    }
    if (open > 0) continue;
    parts.push(cell.slice(from, m.index));
    from = m.index + m[0].length;
  }
  parts.push(cell.slice(from));
  return parts;
}

/** An acronym in parentheses after a role or title: `Senior Responsible Owner (SRO)`. */
export const ACRONYM_NOTE = /\(\s*(\p{Lu}{2,6})\s*\)/gu;

/** A note in parentheses, innermost: `(Sponsor)`. */
const PARENTHESISED = /\(([^()]*)\)/g;

/** A role with a qualifier after a spaced dash: `SIAM process lead – change and configuration`. */
const ROLE_QUALIFIER = /^(\S.*?)(?<!\s)\s+[-–—]\s+\S/u;

/**
 * The roles a stakeholder's Role cell names: the cell as written, each of several roles
 * (`Service owner / Payroll lead`, `Sponsor; CFO`, `Sponsor & Service owner`), and each without a
 * note in parentheses (`Service owner (interim)`) or after a spaced dash (`SIAM process lead – change
 * and configuration`; not a board's name before it: `Programme board – Senior user`). A comma does
 * not separate roles: `Head of IT, Finance` is one.
 */
export function rolesIn(cell: string): string[] {
  const out = new Set<string>([cell.trim()]);
  for (const part of roleParts(cell)) {
    const role = part.trim();
    if (!role) continue;
    out.add(role);
    const bare = withoutParentheticals(role);
    if (bare) out.add(bare);
    const qualified = ROLE_QUALIFIER.exec(bare)?.[1];
    if (qualified && !isBoardName(qualified)) out.add(qualified);
    // The role's own acronym in parentheses names it too: `Senior Responsible Owner (SRO)` is the
    // SRO. Not another one (`PA (SRO)`, `Service desk manager (IT)`). Nor when words follow it:
    // `Product Owner (PO) Team Notify` is the PO, and the Product Owner, of a team.
    for (const m of role.matchAll(ACRONYM_NOTE)) {
      const before = withoutParentheticals(role.slice(0, m.index)).trim();
      if (m[1] === acronymOf(bare)) out.add(m[1]!);
      else if (before && m[1] === acronymOf(before)) out.add(m[1]!).add(before);
    }
    // A role the plan format names (PERSON_ROLE_NAMES), in parentheses after a job title, is held
    // too: `Chief Operating Officer (Sponsor)`. Not any note: `Service owner (interim)`.
    for (const m of role.matchAll(PARENTHESISED)) if (isPersonRoleName(m[1]!)) out.add(m[1]!.trim());
  }
  return [...out];
}

/** The small words an acronym leaves out: `Department of Transport` is DT (or DoT, `initials.ts`). */
export const ACRONYM_SKIPS: ReadonlySet<string> = new Set(['of', 'and', 'the', 'for', 'to', 'on', 'in']);

/** The first letters of the words of a role or an organisation, in capitals: `Senior Responsible Owner` → `SRO`. */
export function acronymOf(text: string): string {
  return text
    .split(/[\s-]+/)
    .filter((w) => /^\p{L}/u.test(w) && !ACRONYM_SKIPS.has(w.toLowerCase()))
    .map((w) => w[0]!.toUpperCase())
    .join('');
}

/**
 * PRINCE2's board roles as UK registers name them: the Senior Responsible Owner (SRO) is the
 * Executive, and so is an Exec; Australian and New Zealand government's Senior Responsible
 * Officer too.
 */
const BOARD_ROLE_NAMES: ReadonlyMap<string, string> = new Map([
  ['senior responsible owner', 'executive'],
  ['senior responsible officer', 'executive'],
  ['sro', 'executive'],
  ['exec', 'executive'],
  ['executive sponsor', 'sponsor'],
]);

/** `Project Executive`, `Programme board – Senior user`, `Board: Senior supplier`: the role after. */
const BOARD_ROLE_PREFIX =
  /^(?:(?:project|programme|program)\s+)?(?:(?:board|steering\s+(?:committee|group))\s*(?:[-–—:]\s*|\s))?(?=\S)/i;

/**
 * Whether a role (as `rolesIn` gives it) is one of `boardRoles` (normalised, as `normalizeWord`
 * gives them): as written, after `Project`/`Programme` or a board's name before it, or under the
 * name UK registers give it (`SRO` is the Executive).
 */
export function isBoardRole(role: string, boardRoles: readonly string[]): boolean {
  // A note after a dash is no part of it either: `Senior supplier – PeopleLine`.
  const named = ROLE_QUALIFIER.exec(role.trim())?.[1] ?? role;
  const forms = [role, role.replace(BOARD_ROLE_PREFIX, ''), named].map(normalizeWord);
  return forms.some((f) => boardRoles.includes(f) || boardRoles.includes(BOARD_ROLE_NAMES.get(f) ?? ''));
}

// ---------------------------------------------------------------------------------------------
// Row IDs (rowIds.ts)

export {
  ROW_ID,
  unhyphenatedRowId,
  looksLikeRowId,
  LEADING_ROW_ID,
  isRowId,
  rowIdKey,
  rowId,
  nextFreeId,
  dominantPrefix,
  dependencyRefs,
  type DependencyRef,
} from './rowIds.js';

// ---------------------------------------------------------------------------------------------
// People's handles and addresses

/** A handle (`@d.osei`) in a cell: an @ that does not end an e-mail address's name part. */
export const HANDLE = /(?<![\w.+-])@[\w.-]*\w/g;

/** An e-mail address in a cell (`daniel.osei@larchmont.example`): a reference to its stakeholder. */
export const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

// ---------------------------------------------------------------------------------------------
// References naming several

/**
 * Between the names of a reference that names several: `A / B`, `A & B`, `A and B`, `A + B`,
 * `A; B`, `A, B`, and the space between two IDs (`S-02 S-06`, as `S-02<br>S-06` reads). Not the
 * slash of a word written as two letters inside a name (`Ganesh a/l Subramaniam`, `s/o`, `c/o`).
 */
const BETWEEN_NAMES = new RegExp(
  String.raw`(?:(?<!\s)\s+)?(?:[&+;,]|\/(?!(?<=(?:^|\s)[a-z]\/)[a-z](?:\s|$))|\band\b)\s*|(?<=\b${ROW_ID_PART})\s+(?=${ROW_ID_PART}\b)`,
  'i',
);

/** The parts of a reference split where it names several (trimmed, none empty). */
export function namedParts(ref: string): string[] {
  return ref
    .split(BETWEEN_NAMES)
    .map((p) => p.trim())
    .filter(Boolean);
}

// ---------------------------------------------------------------------------------------------
// Core roles

/** The people the front matter names, by their key in the plan's meta. */
export type PersonKey = 'sponsor' | 'serviceOwner' | 'projectManager' | 'transitionManager';

/** The role each front-matter person holds, as a Role cell or a Sign-off row writes it. */
export const PERSON_ROLE_NAMES: Readonly<Record<PersonKey, string>> = {
  sponsor: 'Sponsor',
  serviceOwner: 'Service owner',
  projectManager: 'Project manager',
  transitionManager: 'Transition manager',
};

/** Whether a role is one the front matter's people hold (`Sponsor`, `service owner`). */
export function isPersonRoleName(role: string): boolean {
  return Object.values(PERSON_ROLE_NAMES).some((name) => normalizeWord(name) === normalizeWord(role));
}

/** The roles every transition names in its front matter, with the role's name and what it answers for. */
export const CORE_ROLES = [
  { key: 'sponsor', person: 'sponsor', why: 'who funds the transition and approves its closure' },
  { key: 'service_owner', person: 'serviceOwner', why: 'who will own the service after handover' },
  { key: 'project_manager', person: 'projectManager', why: 'who runs the transition project' },
] as const satisfies readonly { key: string; person: PersonKey; why: string }[];

/** A core role's name in running text: `service owner`. */
export function coreRoleName(person: PersonKey): string {
  return PERSON_ROLE_NAMES[person].toLowerCase();
}

// ---------------------------------------------------------------------------------------------
// Plan ids

/** Letters and digits, separated by single hyphens, underscores or dots, starting with a letter. */
const PLAN_ID = /^[A-Za-z][A-Za-z0-9]*(?:[-_.][A-Za-z0-9]+)*$/;
const PLAN_ID_MAX = 100;

/** Whether `text` may be a plan id (or a renamed stakeholder ID): what `handoff init --id`, the
 * new-plan wizard and rename accept. */
export function isPlanId(text: string): boolean {
  return text.length <= PLAN_ID_MAX && PLAN_ID.test(text);
}

/** Why `value` cannot be a plan id, in a sentence, or undefined when it can. */
export function planIdProblem(value: string): string | undefined {
  const v = value.trim();
  if (!v) return 'A plan id is required, for example TP-2026-001.';
  if (v.length > PLAN_ID_MAX) return `A plan id has at most ${PLAN_ID_MAX} characters.`;
  return PLAN_ID.test(v)
    ? undefined
    : 'Use letters and digits, separated by single hyphens, underscores or dots, starting with a letter (for example TP-2026-001).';
}

// ---------------------------------------------------------------------------------------------
// Risk bands

/** The score (likelihood × impact) from which a risk is high, unless `high_risk_score` says otherwise. */
export const DEFAULT_HIGH_RISK_SCORE = 15;

/** Bands of likelihood × impact (1–25) for heat maps and charts. */
export type RiskBand = 'high' | 'significant' | 'moderate' | 'low';

export const RISK_BANDS: readonly RiskBand[] = ['high', 'significant', 'moderate', 'low'];

/**
 * The band of a score: `high` from the configured high-risk score (15 by default, the threshold
 * the rules use), `significant` from 10, `moderate` from 5, `low` below. Lower thresholds follow a
 * raised or lowered high-risk score so the bands never overlap.
 */
export function riskBand(score: number, highRiskScore = DEFAULT_HIGH_RISK_SCORE): RiskBand {
  if (score >= highRiskScore) return 'high';
  if (score >= Math.min(10, highRiskScore - 1)) return 'significant';
  if (score >= Math.min(5, highRiskScore - 2)) return 'moderate';
  return 'low';
}

// ---------------------------------------------------------------------------------------------
// Portfolio order

/** A milestone's dates, as the status views read them. */
export interface MilestoneDates {
  readonly baseline?: IsoDate | undefined;
  readonly forecast?: IsoDate | undefined;
  readonly actual?: IsoDate | undefined;
}

/** When an open milestone is due: its forecast, else its baseline. */
export function milestoneDue(m: MilestoneDates): IsoDate | undefined {
  return m.forecast ?? m.baseline;
}

/**
 * The columns that say when a milestone is reached, first one that has a date wins: a milestone
 * with an Actual date was reached then, whatever its Forecast still says; else it is due (by its
 * Revised baseline before its original one).
 */
export const REACHED_DATE_COLUMNS = ['actual', 'forecast', 'rebaseline', 'baseline'] as const;

/** When a milestone was reached (its actual date) or is due (`milestoneDue`). */
export function milestoneReached(m: MilestoneDates): IsoDate | undefined {
  return m.actual ?? milestoneDue(m);
}

/** What the portfolio order looks at: a plan's stage and id, and a key (URI or path) as a tie-break. */
export interface PlanOrderKey {
  readonly stage?: string | undefined;
  readonly id?: string | undefined;
  readonly key: string;
}

/** The order every portfolio view lists plans in: lifecycle stage, then plan id, then key. */
export function comparePlans(a: PlanOrderKey, b: PlanOrderKey): number {
  return (
    stageRank(a.stage) - stageRank(b.stage) ||
    (a.id ?? a.key).localeCompare(b.id ?? b.key) ||
    a.key.localeCompare(b.key)
  );
}

// ---------------------------------------------------------------------------------------------
// Findings

/** The order findings are listed in, everywhere: by position, then rule, then message. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.range.start.line - b.range.start.line ||
    a.range.start.character - b.range.start.character ||
    compareText(a.rule, b.rule) ||
    compareText(a.message, b.message)
  );
}

/** The four RACI roles by letter, as a Responsibilities matrix writes them (`A/R`, `Consulted`). */
export const RACI_ROLES: readonly (readonly [letter: string, role: string])[] = [
  ['R', 'Responsible'],
  ['A', 'Accountable'],
  ['C', 'Consulted'],
  ['I', 'Informed'],
];

/** The four roles written out, as some matrices do (`Accountable`, `Responsible, Consulted`). */
const RACI_WORDS: ReadonlyMap<string, string> = new Map(
  RACI_ROLES.map(([letter, role]) => [role.toLowerCase(), letter]),
);

/** A cell of RACI letters alone, which `raciLetters` reads without splitting it. */
const LETTERS_ONLY = /^[RACI]{1,4}$/i;

/**
 * The RACI letters a cell holds: `A/R`, `R, C`, `AR`, `a`, `Accountable` all count. A cell with
 * anything else (a note, a name) holds none, so extra columns are not mistaken for stakeholders.
 */
export function raciLetters(text: string): Set<string> {
  // Most cells are letters alone (`A`, `AR`): each letter is one, and nothing needs splitting.
  if (LETTERS_ONLY.test(text)) return new Set(text.toUpperCase());
  const letters = new Set<string>();
  const tokens = text
    // A note after the letters (`A (interim)`, `R [from March]`) and a footnote mark (`A*`).
    .replace(/(?<!\s)\s*(?:\([^()]*\)|\[[^[\]]*\])\s*$/, '')
    .replace(/(?<![*†])[*†]+$/, '')
    .trim()
    .split(/[\s,/;+&]+/)
    .filter(Boolean)
    .map((t) => RACI_WORDS.get(t.toLowerCase()) ?? t);
  if (tokens.length === 0 || !tokens.every((t) => /^[RACI]+$/i.test(t))) return letters;
  for (const t of tokens) for (const ch of t.toUpperCase()) letters.add(ch);
  return letters;
}

/**
 * Register rows (of a status) by their ID, the first of each: a row without an ID cannot be
 * followed from one version of a plan to the next, and is left out.
 */
export function rowsById<T extends { readonly id: string }>(rows: readonly T[]): Map<string, T> {
  const m = new Map<string, T>();
  for (const r of rows) if (r.id && !m.has(r.id)) m.set(r.id, r);
  return m;
}
