/**
 * The front-matter keys of a plan (contract §2): type, allowed values, the stage each is
 * required from, and an example.
 */
import type { Stage } from '../types.js';

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

/** Front-matter keys that hold a person reference. */
export const PERSON_KEYS: readonly string[] = FRONT_MATTER_KEYS.filter((k) => k.type === 'person').map((k) => k.key);

/** A key inside a map-valued front-matter key (`dates.go_live`). */
export interface SubkeySpec {
  readonly type: 'date' | 'number' | 'integer' | 'string';
  readonly required: boolean;
  readonly example: string;
  /** What it holds, for a message asking for it (`the day the transition is planned to close`). */
  readonly what: string;
  /** Other names plans give it (PRINCE2's `time` and `cost` tolerances): reported with a rename. */
  readonly aliases?: readonly string[];
}

export const SUBKEY_SPECS: Readonly<Record<string, Readonly<Record<string, SubkeySpec>>>> = {
  dates: {
    start: {
      type: 'date',
      required: true,
      example: '2026-01-05',
      what: 'the day the transition starts (YYYY-MM-DD)',
      aliases: ['start_date', 'kick_off', 'kickoff'],
    },
    go_live: {
      type: 'date',
      required: true,
      example: '2026-04-01',
      what: 'the day the service is planned to go live (YYYY-MM-DD)',
      aliases: ['go_live_date', 'cutover', 'live'],
    },
    close: {
      type: 'date',
      required: true,
      example: '2026-06-30',
      what: 'the day the transition is planned to close (YYYY-MM-DD)',
      aliases: ['end', 'end_date', 'closure', 'close_date'],
    },
  },
  budget: {
    currency: { type: 'string', required: true, example: 'EUR', what: "the ISO 4217 code of the budget's currency" },
    approved: { type: 'number', required: true, example: '100000', what: 'the approved budget, as a number' },
    contingency: {
      type: 'number',
      required: true,
      example: '0',
      what: 'the contingency held besides the approved budget, as a number (0 if none is held)',
    },
  },
  // PRINCE2 names its six tolerances by what they bound: time and cost are these two.
  tolerances: {
    cost_pct: {
      type: 'number',
      required: false,
      example: '10',
      what: 'the cost tolerance in percent',
      aliases: ['cost', 'budget', 'cost_tolerance'],
    },
    schedule_days: {
      type: 'integer',
      required: false,
      example: '10',
      what: 'the schedule tolerance in days',
      aliases: ['time', 'schedule', 'schedule_tolerance', 'time_tolerance'],
    },
  },
};

/** The subkeys of each map-valued key, in the contract's order. */
export const SUBKEYS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  Object.entries(SUBKEY_SPECS).map(([key, subkeys]) => [key, Object.keys(subkeys)]),
);
