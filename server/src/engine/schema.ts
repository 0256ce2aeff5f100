/**
 * The plan format as data: stage sections, registers and their columns, front-matter keys.
 * The model, the rules, the quick-fix templates, the snippets and the docs all read this one
 * description, so they cannot disagree.
 */
import { normalizeHeading, normalizeWord } from './text.js';
import type { SectionKind, Stage } from './types.js';

export interface SectionSpec {
  readonly kind: SectionKind;
  /** Canonical heading text (without `## `). */
  readonly title: string;
  /** First plan stage at which the section is required. */
  readonly requiredFrom: Stage;
  readonly description: string;
}

export const SECTION_SPECS: readonly SectionSpec[] = [
  {
    kind: 'initiation',
    title: 'Project Initiation',
    requiredFrom: 'initiation',
    description:
      'Stakeholders, responsibilities and resources are agreed; risks, constraints and assumptions are recorded.',
  },
  {
    kind: 'planning',
    title: 'Project Planning and Coordination',
    requiredFrom: 'planning',
    description:
      'Milestones are set and the hand-off points to Change, Release, Testing, Configuration and other ITIL processes are agreed.',
  },
  {
    kind: 'control',
    title: 'Project Control',
    requiredFrom: 'control',
    description: 'Progress and resource consumption are tracked against the plan and corrective action is taken.',
  },
  {
    kind: 'reporting',
    title: 'Project Reporting and Communication',
    requiredFrom: 'planning',
    description:
      'Status is reported up, down and across: a summary of all transitions with status, risks and challenges.',
  },
  {
    kind: 'closure',
    title: 'Project Closure',
    requiredFrom: 'planning',
    description:
      'The ultimate hand-off: every result is handed to the ITIL process that will own it and accepted by a named owner.',
  },
];

export type RegisterKind =
  | 'stakeholders'
  | 'risks'
  | 'assumptions'
  | 'resources'
  | 'exitCriteria'
  | 'milestones'
  | 'responsibilities'
  | 'processInterfaces'
  | 'resourceConsumption'
  | 'issues'
  | 'correctiveActions'
  | 'goLiveReadiness'
  | 'statusLog'
  | 'communicationPlan'
  | 'decisions'
  | 'handovers'
  | 'earlyLifeSupport'
  | 'postImplementationReview'
  | 'lessonsLearned'
  | 'signOff'
  | 'waivers';

export type RegisterShape = 'table' | 'tasks' | 'list';

export interface ColumnSpec {
  /** Key used by rules: `row.cell('owner')`. */
  readonly key: string;
  /** Canonical header as written by templates. */
  readonly header: string;
  readonly aliases?: readonly string[];
  readonly required?: boolean;
  /** Placeholder for templates. */
  readonly example?: string;
  /** The words the column accepts, in their canonical form (for completion and docs). */
  readonly values?: readonly string[];
}

export interface RegisterSpec {
  readonly kind: RegisterKind;
  /** Canonical heading text (level 3, or level 2 for waivers). */
  readonly title: string;
  readonly aliases?: readonly string[];
  readonly shape: RegisterShape;
  /** The stage section it belongs under (waivers: none, exit criteria: any). */
  readonly section?: SectionKind;
  /** First plan stage at which it is required. */
  readonly requiredFrom?: Stage;
  /** The rule reporting it missing (missing-register unless a specific one exists). */
  readonly missingRule?: string;
  readonly columns: readonly ColumnSpec[];
  /** Row ID prefix for new rows (`R` → `R-01`). */
  readonly idPrefix?: string;
  readonly description: string;
}

const c = (
  key: string,
  header: string,
  required: boolean,
  example: string,
  aliases: readonly string[] = [],
): ColumnSpec => ({ key, header, required, example, aliases });

/** A column that takes one of a list of words. */
const e = (
  key: string,
  header: string,
  required: boolean,
  values: readonly string[],
  aliases: readonly string[] = [],
): ColumnSpec => ({ key, header, required, example: values[0], aliases, values });

/** Met / not met, for Go-live readiness and Early life support criteria. */
export const MET_VALUES = ['yes', 'no', 'partial'] as const;
/** Decision types (contract 1.1 §3). */
export const DECISION_TYPES = ['Go/No-go', 'Exception', 'Scope', 'Other'] as const;
export const DECISION_STATUSES = ['Approved', 'Proposed', 'Rejected'] as const;
export const PIR_RESULTS = ['Achieved', 'Partly', 'Not achieved'] as const;
/** 1.1 default Go-live readiness criteria, for every transition type the configuration does not list. */
export const DEFAULT_READINESS: readonly string[] = [
  'Change authorised',
  'Back-out plan tested',
  'Service acceptance criteria met',
  'Support staff trained',
  'Knowledge articles published',
];

export const REGISTER_SPECS: readonly RegisterSpec[] = [
  {
    kind: 'stakeholders',
    title: 'Stakeholders',
    aliases: ['Stakeholder register', 'Stakeholder map'],
    shape: 'table',
    section: 'initiation',
    requiredFrom: 'initiation',
    missingRule: 'missing-stakeholders',
    idPrefix: 'S',
    description: 'Who is involved, in which role, and how they are kept informed.',
    columns: [
      c('id', 'ID', true, 'S-01'),
      c('name', 'Name', true, 'Full name'),
      c('role', 'Role', true, 'Sponsor'),
      c('responsibility', 'Responsibility', false, 'What they answer for'),
      c('team', 'Team', false, 'Team'),
      c('influence', 'Influence', false, 'High'),
      c('interest', 'Interest', false, 'High'),
      c('comms', 'Comms', false, 'Monthly steering'),
      c('handle', 'Handle', false, '@handle'),
    ],
  },
  {
    kind: 'risks',
    title: 'Risks',
    aliases: ['Risk register', 'Risk log'],
    shape: 'table',
    section: 'initiation',
    requiredFrom: 'initiation',
    missingRule: 'missing-risks',
    idPrefix: 'R',
    description: 'What could go wrong, how likely and how bad, who owns it and what is done about it.',
    columns: [
      c('id', 'ID', true, 'R-01'),
      c('risk', 'Risk', true, 'What could happen', ['Description']),
      c('likelihood', 'Likelihood', true, '3', ['L', 'Probability']),
      c('impact', 'Impact', true, '3', ['I']),
      c('score', 'Score', false, '9'),
      c('owner', 'Owner', true, 'S-01'),
      c('response', 'Response', false, 'Mitigate'),
      c('mitigation', 'Mitigation', true, 'What reduces it', ['Response action', 'Action', 'Actions']),
      c('contingency', 'Contingency', false, 'What we do if it happens', ['Fallback']),
      c('status', 'Status', true, 'Open'),
      c('review', 'Review', false, '2026-01-31'),
    ],
  },
  {
    kind: 'assumptions',
    title: 'Assumptions and constraints',
    aliases: ['Assumptions', 'Constraints'],
    shape: 'table',
    section: 'initiation',
    requiredFrom: 'initiation',
    missingRule: 'missing-assumptions-constraints',
    idPrefix: 'A',
    description: 'What the plan takes for granted and what limits it.',
    columns: [
      c('id', 'ID', true, 'A-01'),
      c('type', 'Type', true, 'Assumption'),
      c('statement', 'Statement', true, 'What is assumed or constrained'),
      c('owner', 'Owner', false, 'S-01'),
      c('status', 'Status', false, 'Open'),
    ],
  },
  {
    kind: 'resources',
    title: 'Resources',
    shape: 'table',
    section: 'initiation',
    requiredFrom: 'initiation',
    idPrefix: 'RS',
    description: 'People, environments and budget the transition needs, and who provides them.',
    columns: [
      c('id', 'ID', true, 'RS-01'),
      c('resource', 'Resource', true, 'Test environment'),
      c('providedBy', 'Provided by', false, 'S-01'),
      c('allocation', 'Allocation', false, '50%'),
      c('confirmed', 'Confirmed', false, 'yes'),
    ],
  },
  {
    kind: 'exitCriteria',
    title: 'Exit criteria',
    shape: 'tasks',
    description: 'What must be true before the project leaves this stage.',
    columns: [],
  },
  {
    kind: 'milestones',
    title: 'Milestones',
    aliases: ['Milestone plan', 'Schedule'],
    shape: 'table',
    section: 'planning',
    requiredFrom: 'planning',
    missingRule: 'missing-milestones',
    idPrefix: 'M',
    description: 'The dated points the transition is steered by.',
    columns: [
      c('id', 'ID', true, 'M-01'),
      c('milestone', 'Milestone', true, 'What is reached'),
      c('owner', 'Owner', true, 'S-01'),
      c('baseline', 'Baseline', true, '2026-01-31', ['Due']),
      c('forecast', 'Forecast', false, '2026-01-31'),
      c('actual', 'Actual', false, '-'),
      c('dependsOn', 'Depends on', false, '-'),
      c('status', 'Status', true, 'Not started'),
      c('type', 'Type', false, 'Milestone'),
    ],
  },
  {
    kind: 'responsibilities',
    title: 'Responsibilities',
    aliases: ['RACI', 'RACI matrix', 'Responsibility matrix'],
    shape: 'table',
    section: 'planning',
    requiredFrom: 'planning',
    description: 'Who is Responsible, Accountable, Consulted and Informed for each activity.',
    columns: [c('activity', 'Activity', true, 'Activity')],
  },
  {
    kind: 'processInterfaces',
    title: 'Process interfaces',
    aliases: ['ITIL process interfaces', 'Interfaces'],
    shape: 'table',
    section: 'planning',
    requiredFrom: 'planning',
    idPrefix: 'PI',
    description: 'The hand-off points to the other ITIL processes and who is the contact there.',
    columns: [
      c('id', 'ID', true, 'PI-01'),
      c('process', 'Process', true, 'Change Management'),
      c('provides', 'Provides', false, 'What the process provides'),
      c('contact', 'Contact', true, 'S-01'),
      c('neededBy', 'Needed by', false, '2026-01-31'),
      c('status', 'Status', false, 'Agreed'),
    ],
  },
  {
    kind: 'resourceConsumption',
    title: 'Resource consumption',
    shape: 'table',
    section: 'control',
    requiredFrom: 'control',
    description: 'Approved, actual and forecast spend by budget line.',
    columns: [
      c('line', 'Line', true, 'Labour'),
      c('approved', 'Approved', true, '10000', ['Planned']),
      c('actual', 'Actual', true, '0'),
      c('forecast', 'Forecast', false, '10000'),
      c('owner', 'Owner', false, 'S-01'),
    ],
  },
  {
    kind: 'issues',
    title: 'Issues',
    shape: 'table',
    section: 'control',
    requiredFrom: 'control',
    idPrefix: 'I',
    description: 'Problems that have happened and need resolving.',
    columns: [
      c('id', 'ID', true, 'I-01'),
      c('issue', 'Issue', true, 'What happened'),
      c('priority', 'Priority', false, 'Medium'),
      c('owner', 'Owner', true, 'S-01'),
      c('raised', 'Raised', false, '2026-01-01'),
      c('due', 'Due', false, '2026-01-31'),
      c('status', 'Status', true, 'Open'),
    ],
  },
  {
    kind: 'correctiveActions',
    title: 'Corrective actions',
    shape: 'table',
    section: 'control',
    requiredFrom: 'control',
    idPrefix: 'CA',
    description: 'What is being done to bring the transition back within tolerance.',
    columns: [
      c('id', 'ID', true, 'CA-01'),
      c('action', 'Action', true, 'What is done'),
      c('owner', 'Owner', true, 'S-01'),
      c('due', 'Due', false, '2026-01-31'),
      c('status', 'Status', true, 'Open'),
      c('link', 'Link', false, 'R-01'),
    ],
  },
  {
    kind: 'goLiveReadiness',
    title: 'Go-live readiness',
    aliases: ['Readiness', 'Go-live checklist', 'Operational readiness'],
    shape: 'table',
    section: 'control',
    requiredFrom: 'control',
    idPrefix: 'GR',
    description:
      'The criteria that must be met before the service goes live (change authorised, back-out plan tested, support trained …), with evidence.',
    columns: [
      c('id', 'ID', true, 'GR-01'),
      c('criterion', 'Criterion', true, 'Change authorised'),
      { ...e('met', 'Met', true, MET_VALUES), example: 'no' },
      c('evidence', 'Evidence', false, '-'),
      c('owner', 'Owner', false, 'S-01'),
    ],
  },
  {
    kind: 'statusLog',
    title: 'Status log',
    aliases: ['Status reports', 'Highlight reports', 'Status'],
    shape: 'table',
    section: 'reporting',
    requiredFrom: 'control',
    missingRule: 'missing-status-report',
    description: 'Dated status entries, newest first.',
    columns: [
      c('date', 'Date', true, '2026-01-31'),
      c('health', 'Health', true, 'Green'),
      c('summary', 'Summary', true, 'Where the transition stands'),
      c('risks', 'Risks and challenges', false, '-'),
      c('decisions', 'Decisions needed', false, '-'),
    ],
  },
  {
    kind: 'communicationPlan',
    title: 'Communication plan',
    aliases: ['Communications plan', 'Communication management plan'],
    shape: 'table',
    section: 'reporting',
    requiredFrom: 'planning',
    missingRule: 'missing-communication-plan',
    description: 'Who hears what, how and how often.',
    columns: [
      c('audience', 'Audience', true, 'Steering group'),
      c('channel', 'Channel', true, 'Email'),
      c('frequency', 'Frequency', true, 'Fortnightly'),
      c('owner', 'Owner', false, 'S-01'),
    ],
  },
  {
    kind: 'decisions',
    title: 'Decisions',
    aliases: ['Decision log', 'Decision register'],
    shape: 'table',
    section: 'reporting',
    idPrefix: 'D',
    description: 'Who decided what and when: go/no-go decisions, exceptions approved by the board, scope changes.',
    columns: [
      c('id', 'ID', true, 'D-01'),
      c('decision', 'Decision', true, 'What was decided'),
      e('type', 'Type', true, DECISION_TYPES),
      c('approvedBy', 'Approved by', true, 'S-01'),
      c('date', 'Date', true, '2026-01-31'),
      { ...e('status', 'Status', false, DECISION_STATUSES), example: 'Proposed' },
      c('covers', 'Covers', false, '-'),
    ],
  },
  {
    kind: 'handovers',
    title: 'Handovers',
    aliases: ['Handover', 'Hand-offs', 'Handoffs'],
    shape: 'table',
    section: 'closure',
    requiredFrom: 'planning',
    missingRule: 'missing-handovers',
    idPrefix: 'H',
    description: 'Every result handed to the ITIL process that will own it, and accepted by a named owner.',
    columns: [
      c('id', 'ID', true, 'H-01'),
      c('process', 'Process', true, 'Incident Management'),
      c('handedOver', 'Handed over', false, 'What is handed over'),
      c('receivingOwner', 'Receiving owner', true, 'S-01'),
      c('acceptanceCriteria', 'Acceptance criteria', true, 'How acceptance is judged'),
      c('planned', 'Planned', true, '2026-01-31'),
      c('status', 'Status', true, 'Planned'),
      c('acceptedOn', 'Accepted on', false, '-'),
    ],
  },
  {
    kind: 'earlyLifeSupport',
    title: 'Early life support',
    aliases: ['ELS', 'Hypercare'],
    shape: 'table',
    section: 'closure',
    // 1.1: exit criteria of early life support are agreed before go-live, not after.
    requiredFrom: 'control',
    idPrefix: 'ELS',
    description: 'The exit criteria of early life support after go-live, agreed before go-live.',
    columns: [
      c('id', 'ID', true, 'ELS-01'),
      c('criterion', 'Exit criterion', true, 'What must hold', ['Criterion']),
      c('target', 'Target', false, 'Target'),
      { ...e('met', 'Met', true, MET_VALUES), example: 'no' },
      c('evidence', 'Evidence', false, '-'),
    ],
  },
  {
    kind: 'postImplementationReview',
    title: 'Post-implementation review',
    aliases: ['PIR', 'Change evaluation', 'Post implementation review'],
    shape: 'table',
    section: 'closure',
    requiredFrom: 'closed',
    description: 'Whether the transition achieved its objectives, reviewed before the plan is closed.',
    columns: [
      c('objective', 'Objective', true, 'What the transition set out to achieve'),
      e('result', 'Result', true, PIR_RESULTS),
      c('evidence', 'Evidence', false, '-'),
    ],
  },
  {
    kind: 'lessonsLearned',
    title: 'Lessons learned',
    aliases: ['Lessons learnt', 'Lessons log', 'Lessons'],
    shape: 'list',
    section: 'closure',
    requiredFrom: 'closure',
    missingRule: 'missing-lessons-learned',
    description: 'What the next transition should do the same or differently.',
    columns: [],
  },
  {
    kind: 'signOff',
    title: 'Sign-off',
    aliases: ['Signoff', 'Sign off', 'Approvals'],
    shape: 'table',
    section: 'closure',
    requiredFrom: 'closed',
    missingRule: 'missing-sign-off',
    description: 'Who approved the closure of the transition.',
    columns: [
      c('role', 'Role', true, 'Sponsor'),
      c('stakeholder', 'Stakeholder', true, 'S-01'),
      c('decision', 'Decision', true, 'Pending'),
      c('date', 'Date', false, '-'),
    ],
  },
  {
    kind: 'waivers',
    title: 'Waivers',
    shape: 'table',
    description: 'Findings accepted on purpose, with a reason, an approver and an expiry.',
    columns: [
      c('rule', 'Rule', true, 'rule-name'),
      c('target', 'Target', true, 'R-01'),
      c('reason', 'Reason', true, 'Why this is acceptable'),
      c('approvedBy', 'Approved by', true, 'S-01'),
      c('expires', 'Expires', false, '2026-12-31'),
    ],
  },
];

export const REGISTER_BY_KIND: ReadonlyMap<RegisterKind, RegisterSpec> = new Map(
  REGISTER_SPECS.map((s) => [s.kind, s]),
);

export function registerSpec(kind: RegisterKind): RegisterSpec {
  return REGISTER_BY_KIND.get(kind)!;
}

const SECTION_BY_HEADING = new Map<string, SectionKind>();
for (const s of SECTION_SPECS) {
  SECTION_BY_HEADING.set(normalizeHeading(s.title), s.kind);
}
// Common short forms: "Initiation", "Planning", "Reporting", "Communication", "Closure".
SECTION_BY_HEADING.set('planning', 'planning');
SECTION_BY_HEADING.set('coordination', 'planning');
SECTION_BY_HEADING.set('reporting', 'reporting');
SECTION_BY_HEADING.set('communication', 'reporting');
SECTION_BY_HEADING.set('reporting communications', 'reporting');

const REGISTER_BY_HEADING = new Map<string, RegisterKind>();
for (const r of REGISTER_SPECS) {
  for (const t of [r.title, ...(r.aliases ?? [])]) REGISTER_BY_HEADING.set(normalizeHeading(t), r.kind);
}

export function sectionForHeading(text: string): SectionKind | undefined {
  return SECTION_BY_HEADING.get(normalizeHeading(text));
}

export function registerForHeading(text: string): RegisterKind | undefined {
  return REGISTER_BY_HEADING.get(normalizeHeading(text));
}

export function sectionSpec(kind: SectionKind): SectionSpec {
  return SECTION_SPECS.find((s) => s.kind === kind)!;
}

/** Maps a header cell to a column key of the register, or undefined for an extra column. */
export function columnKeyFor(spec: RegisterSpec, header: string): string | undefined {
  const h = normalizeWord(header);
  for (const col of spec.columns) {
    if (normalizeWord(col.header) === h) return col.key;
    for (const a of col.aliases ?? []) if (normalizeWord(a) === h) return col.key;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Front matter

export type FrontMatterType =
  | 'string'
  | 'date'
  | 'integer'
  | 'enum'
  | 'person'
  | 'stringList'
  | 'planIdList'
  | 'dates'
  | 'budget'
  | 'tolerances'
  | 'schema';

export interface FrontMatterKeySpec {
  readonly key: string;
  readonly type: FrontMatterType;
  readonly values?: readonly string[];
  /** 'always', a stage from which it is required, or undefined (optional). */
  readonly requiredFrom?: Stage;
  readonly description: string;
  readonly example: string;
}

export const SCHEMA_VERSION = 'transition-plan/1';

export const FRONT_MATTER_KEYS: readonly FrontMatterKeySpec[] = [
  {
    key: 'schema',
    type: 'schema',
    requiredFrom: 'initiation',
    description: 'Format version: `transition-plan/1`.',
    example: SCHEMA_VERSION,
  },
  {
    key: 'id',
    type: 'string',
    requiredFrom: 'initiation',
    description: 'Plan id, unique across the workspace (e.g. `TP-2026-014`).',
    example: 'TP-2026-001',
  },
  {
    key: 'title',
    type: 'string',
    requiredFrom: 'initiation',
    description: 'Title of the transition.',
    example: 'Title of the transition',
  },
  {
    key: 'service',
    type: 'string',
    requiredFrom: 'initiation',
    description: 'The service being introduced, changed or retired.',
    example: 'Service name',
  },
  {
    key: 'transition_type',
    type: 'enum',
    values: ['new', 'change', 'retire', 'transfer'],
    requiredFrom: 'initiation',
    description: 'Kind of transition.',
    example: 'new',
  },
  {
    key: 'stage',
    type: 'enum',
    values: ['initiation', 'planning', 'control', 'closure', 'closed'],
    requiredFrom: 'initiation',
    description: 'Where the project stands.',
    example: 'initiation',
  },
  {
    key: 'health',
    type: 'enum',
    values: ['green', 'amber', 'red'],
    requiredFrom: 'planning',
    description: 'Overall RAG status.',
    example: 'green',
  },
  {
    key: 'sponsor',
    type: 'person',
    requiredFrom: 'initiation',
    description: 'The sponsor (a stakeholder ID, name or @handle).',
    example: 'S-01',
  },
  {
    key: 'service_owner',
    type: 'person',
    requiredFrom: 'initiation',
    description: 'Who will own the service after handover.',
    example: 'S-02',
  },
  {
    key: 'project_manager',
    type: 'person',
    requiredFrom: 'initiation',
    description: 'Who runs the transition project.',
    example: 'S-03',
  },
  {
    key: 'transition_manager',
    type: 'person',
    description: 'Who manages the transition, if not the project manager.',
    example: 'S-03',
  },
  {
    key: 'change_ref',
    type: 'string',
    requiredFrom: 'planning',
    description: 'The RFC or change proposal.',
    example: 'CHG-0000',
  },
  { key: 'release_ref', type: 'string', description: 'The release this transition ships in.', example: 'REL-0000' },
  {
    key: 'sdp',
    type: 'string',
    description:
      'Link to the Service Design Package (required from planning when the configuration lists it in `required_keys`).',
    example: 'https://example.org/sdp',
  },
  {
    key: 'dates',
    type: 'dates',
    requiredFrom: 'planning',
    description: 'Baseline envelope: `start`, `go_live`, `close` (ISO dates).',
    example: '{ start: 2026-01-05, go_live: 2026-04-01, close: 2026-06-30 }',
  },
  {
    key: 'budget',
    type: 'budget',
    requiredFrom: 'planning',
    description: 'Budget: `currency`, `approved`, `contingency`.',
    example: '{ currency: EUR, approved: 100000, contingency: 10000 }',
  },
  {
    key: 'tolerances',
    type: 'tolerances',
    description: 'Management by exception: `cost_pct`, `schedule_days`.',
    example: '{ cost_pct: 10, schedule_days: 10 }',
  },
  {
    key: 'reporting_cadence_days',
    type: 'integer',
    description: 'Days after which the newest status entry is stale (default 14).',
    example: '14',
  },
  {
    key: 'depends_on',
    type: 'planIdList',
    description: 'Other transitions (plan ids) this one waits for.',
    example: '[TP-2026-001]',
  },
  { key: 'tags', type: 'stringList', description: 'Portfolio filters.', example: '[finance]' },
];

export const FRONT_MATTER_BY_KEY: ReadonlyMap<string, FrontMatterKeySpec> = new Map(
  FRONT_MATTER_KEYS.map((k) => [k.key, k]),
);

export const SUBKEYS: Readonly<Record<string, readonly string[]>> = {
  dates: ['start', 'go_live', 'close'],
  budget: ['currency', 'approved', 'contingency'],
  tolerances: ['cost_pct', 'schedule_days'],
};
