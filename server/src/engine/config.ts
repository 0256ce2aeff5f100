/**
 * `.handoff.yaml`: parsed as data only (YAML 1.2 core schema, no tags, no code), validated with
 * precise positions, merged over defaults. A rule's own setting is read in `ruleSettings.ts`
 * (which also lays editor settings over a file's); finding the file is `configDiscovery.ts`.
 */
import { isMap, isPair, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import {
  EMPTY_ALIASES,
  NO_REQUIRED_KEYS,
  parseAliases,
  parseParties,
  parseRequiredKeys,
  VOCABULARY_KEYS,
  type ConfigAliases,
  type RequiredKeys,
  unknownTypeMessage,
} from './configVocabulary.js';
import { DEFAULT_HIGH_RISK_SCORE } from './domain.js';
import { MAX_FRONT_MATTER_BYTES, MAX_FRONT_MATTER_DEPTH, nestingDepth, YAML_OPTIONS } from './frontMatter.js';
import { globProblem } from './globs.js';
import type { Rule } from './rule.js';
import { DEFAULT_READINESS } from './schema.js';

export { DEFAULT_READINESS };
import { parseRuleSetting } from './ruleSettings.js';
import { LineIndex } from './lines.js';
import { didYouMean, suggestionText } from './suggest.js';
import { TRANSITION_TYPES, type Range, type SeveritySetting, type TransitionType } from './types.js';

export { matchesGlobs } from './globs.js';

export const CONFIG_FILE_NAMES = ['.handoff.yaml', '.handoff.yml'] as const;

export interface RuleSetting {
  readonly severity?: SeveritySetting;
  readonly options: Readonly<Record<string, unknown>>;
}

export interface HandoffConfig {
  readonly plans: readonly string[];
  readonly ignore: readonly string[];
  readonly rules: Readonly<Record<string, RuleSetting>>;
  readonly highRiskScore: number;
  readonly tolerances: { readonly costPct: number; readonly scheduleDays: number };
  readonly requiredHandovers: Readonly<Record<TransitionType, readonly string[]>>;
  readonly reportingCadenceDays: number;
  /** 1.1: front-matter keys this organisation requires from planning (`sdp`), for all or per type. */
  readonly requiredKeys: RequiredKeys;
  /** 1.1: teams and organisations that party cells may name (contract §2). */
  readonly parties: readonly string[];
  /** 1.1: the organisation's names for registers, columns and processes. */
  readonly aliases: ConfigAliases;
  /** 1.1: required Go-live readiness criteria per transition type (the transition model). */
  readonly readiness: Readonly<Record<TransitionType, readonly string[]>>;
  /** 1.1: go-live-readiness applies from this many days before `dates.go_live`. */
  readonly readinessDays: number;
  /** 1.1: stakeholder roles (besides the sponsor) that may approve an Exception decision. */
  readonly boardRoles: readonly string[];
  /** The currency new plans budget in (ISO 4217), for templates and the New Transition Plan wizard. */
  readonly currency: string;
}

export const DEFAULT_REQUIRED_HANDOVERS: readonly string[] = [
  'Incident Management',
  'Change Management',
  'Service Asset and Configuration Management',
  'Service Level Management',
  'Knowledge Management',
];

/** 1.1 defaults: a new or transferred service also needs a catalogue entry and monitoring. */
const NEW_SERVICE_HANDOVERS: readonly string[] = [
  ...DEFAULT_REQUIRED_HANDOVERS,
  'Service Catalogue Management',
  'Event Management',
];

/** 1.1 defaults: a retired service leaves the catalogue, the CMDB, its SLAs and the knowledge base. */
const RETIRE_HANDOVERS: readonly string[] = [
  'Service Catalogue Management',
  'Service Asset and Configuration Management',
  'Service Level Management',
  'Knowledge Management',
];

export const DEFAULT_CONFIG: HandoffConfig = Object.freeze({
  plans: ['**/*.plan.md'],
  ignore: ['node_modules/**', '.git/**'],
  rules: {},
  highRiskScore: DEFAULT_HIGH_RISK_SCORE,
  tolerances: { costPct: 10, scheduleDays: 10 },
  requiredHandovers: {
    new: NEW_SERVICE_HANDOVERS,
    change: DEFAULT_REQUIRED_HANDOVERS,
    retire: RETIRE_HANDOVERS,
    transfer: NEW_SERVICE_HANDOVERS,
  },
  reportingCadenceDays: 14,
  requiredKeys: NO_REQUIRED_KEYS,
  parties: [],
  aliases: EMPTY_ALIASES,
  readiness: {
    new: DEFAULT_READINESS,
    change: DEFAULT_READINESS,
    retire: DEFAULT_READINESS,
    transfer: DEFAULT_READINESS,
  },
  readinessDays: 7,
  boardRoles: ['Sponsor', 'Executive', 'Senior user', 'Senior supplier'],
  currency: 'EUR',
});

export interface ConfigError {
  readonly message: string;
  readonly range: Range;
}

export interface ConfigResult {
  readonly config: HandoffConfig;
  readonly errors: readonly ConfigError[];
}

const TOP_KEYS = [
  'plans',
  'ignore',
  'rules',
  'high_risk_score',
  'tolerances',
  'required_handovers',
  'reporting_cadence_days',
  ...VOCABULARY_KEYS,
  'readiness',
  'readiness_days',
  'board_roles',
  'currency',
];

export function parseConfig(text: string, rules: readonly Rule[]): ConfigResult {
  const lines = new LineIndex(text);
  const errors: ConfigError[] = [];
  const at = (node: Node | null | undefined): Range => {
    const r = node?.range;
    return r ? lines.range(r[0], r[1]) : lines.range(0, 0);
  };
  // The same caps as front matter, before the parser runs: a repository's data must not be
  // able to exhaust the stack or the time of the tool that reads it.
  if (text.length > MAX_FRONT_MATTER_BYTES) {
    return {
      config: DEFAULT_CONFIG,
      errors: [
        {
          message: `The configuration file is larger than ${MAX_FRONT_MATTER_BYTES / 1024} KB.`,
          range: lines.range(0, 0),
        },
      ],
    };
  }
  const depth = nestingDepth(text);
  if (depth > MAX_FRONT_MATTER_DEPTH) {
    return {
      config: DEFAULT_CONFIG,
      errors: [
        {
          message: `The configuration is nested ${depth} levels deep; the limit is ${MAX_FRONT_MATTER_DEPTH}.`,
          range: lines.range(0, 0),
        },
      ],
    };
  }
  const doc = parseDocument(text, { ...YAML_OPTIONS, uniqueKeys: true });
  for (const e of [...doc.errors, ...doc.warnings]) {
    errors.push({ message: `Invalid YAML: ${e.message.split('\n')[0]}`, range: lines.range(e.pos[0], e.pos[1]) });
  }
  if (errors.length) return { config: DEFAULT_CONFIG, errors };
  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) return { config: DEFAULT_CONFIG, errors };
  if (!isMap(root)) {
    return {
      config: DEFAULT_CONFIG,
      errors: [{ message: 'The configuration must be a map of keys.', range: at(root) }],
    };
  }
  const ruleByName = new Map(rules.map((r) => [r.name, r]));
  let plans = DEFAULT_CONFIG.plans;
  let ignore = DEFAULT_CONFIG.ignore;
  const ruleSettings: Record<string, RuleSetting> = {};
  let highRiskScore = DEFAULT_CONFIG.highRiskScore;
  let tolerances = DEFAULT_CONFIG.tolerances;
  let requiredHandovers = DEFAULT_CONFIG.requiredHandovers;
  let cadence = DEFAULT_CONFIG.reportingCadenceDays;
  let requiredKeys = DEFAULT_CONFIG.requiredKeys;
  let parties = DEFAULT_CONFIG.parties;
  let aliases = DEFAULT_CONFIG.aliases;
  const errorAt = (message: string, node: Node | null | undefined) => errors.push({ message, range: at(node) });
  let readiness = DEFAULT_CONFIG.readiness;
  let readinessDays = DEFAULT_CONFIG.readinessDays;
  let boardRoles = DEFAULT_CONFIG.boardRoles;
  let currency = DEFAULT_CONFIG.currency;

  const stringList = (node: Node | null, what: string): string[] | undefined => {
    if (isScalar(node) && typeof node.value === 'string') return [node.value];
    if (!isSeq(node)) {
      errors.push({ message: `"${what}" must be a list of strings.`, range: at(node) });
      return undefined;
    }
    const out: string[] = [];
    for (const item of node.items) {
      if (isScalar(item) && typeof item.value === 'string') out.push(item.value);
      else errors.push({ message: `"${what}" must contain only strings.`, range: at(item as Node) });
    }
    return out;
  };
  /** A list of globs; one that could not be matched in bounded time is reported and left out. */
  const globList = (node: Node | null, what: string): string[] | undefined => {
    const list = stringList(node, what);
    const items = isSeq(node) ? node.items.filter((i) => isScalar(i) && typeof i.value === 'string') : [node];
    return list?.filter((glob, i) => {
      const problem = globProblem(glob);
      if (problem) errors.push({ message: `"${what}": ${problem}`, range: at(items[i] as Node) });
      return !problem;
    });
  };
  const number = (node: Node | null, what: string, min: number, integer = false): number | undefined => {
    if (
      isScalar(node) &&
      typeof node.value === 'number' &&
      node.value >= min &&
      (!integer || Number.isInteger(node.value))
    ) {
      return node.value;
    }
    errors.push({
      message: `"${what}" must be ${integer ? 'an integer' : 'a number'} of at least ${min}.`,
      range: at(node),
    });
    return undefined;
  };

  /** A map from transition type to a list, over the current value per type (the transition model). */
  const perType = (
    node: Node | null,
    what: string,
    items: string,
    current: Readonly<Record<TransitionType, readonly string[]>>,
  ): Readonly<Record<TransitionType, readonly string[]>> => {
    if (!isMap(node)) {
      errors.push({ message: `"${what}" must map transition types to lists of ${items}.`, range: at(node) });
      return current;
    }
    const next: Record<string, readonly string[]> = { ...current };
    for (const p of node.items) {
      if (!isPair(p) || !isScalar(p.key)) continue;
      const k = String(p.key.value);
      if (!(TRANSITION_TYPES as readonly string[]).includes(k)) {
        errors.push({
          message: unknownTypeMessage(k, what),
          range: at(p.key as Node),
        });
        continue;
      }
      const list = stringList(p.value as Node, `${what}.${k}`);
      if (list) next[k] = list;
    }
    return next as Record<TransitionType, readonly string[]>;
  };

  for (const pair of root.items) {
    if (!isPair(pair) || !isScalar(pair.key)) continue;
    const key = String(pair.key.value);
    const value = pair.value as Node | null;
    switch (key) {
      case 'plans':
        plans = globList(value, 'plans') ?? plans;
        break;
      case 'ignore':
        ignore = globList(value, 'ignore') ?? ignore;
        break;
      case 'high_risk_score':
        highRiskScore = number(value, 'high_risk_score', 1) ?? highRiskScore;
        break;
      case 'reporting_cadence_days':
        cadence = number(value, 'reporting_cadence_days', 1, true) ?? cadence;
        break;
      case 'tolerances': {
        if (!isMap(value)) {
          errors.push({ message: '"tolerances" must be a map with cost_pct and schedule_days.', range: at(value) });
          break;
        }
        let costPct = tolerances.costPct;
        let scheduleDays = tolerances.scheduleDays;
        for (const p of value.items) {
          if (!isPair(p) || !isScalar(p.key)) continue;
          const k = String(p.key.value);
          if (k === 'cost_pct') costPct = number(p.value as Node, 'tolerances.cost_pct', 0) ?? costPct;
          else if (k === 'schedule_days')
            scheduleDays = number(p.value as Node, 'tolerances.schedule_days', 0) ?? scheduleDays;
          else
            errors.push({
              message: `Unknown key "tolerances.${k}": expected cost_pct or schedule_days.`,
              range: at(p.key as Node),
            });
        }
        tolerances = { costPct, scheduleDays };
        break;
      }
      case 'required_handovers':
        requiredHandovers = perType(value, key, 'ITIL processes', requiredHandovers);
        break;
      case 'readiness':
        readiness = perType(value, key, 'Go-live readiness criteria', readiness);
        break;
      case 'readiness_days':
        readinessDays = number(value, 'readiness_days', 0, true) ?? readinessDays;
        break;
      case 'currency':
        if (isScalar(value) && typeof value.value === 'string' && /^[A-Z]{3}$/.test(value.value))
          currency = value.value;
        else errorAt('"currency" must be a three-letter ISO 4217 code such as EUR, GBP or USD.', value);
        break;
      case 'board_roles':
        boardRoles = stringList(value, 'board_roles') ?? boardRoles;
        break;
      case 'rules': {
        if (!isMap(value)) {
          errors.push({ message: '"rules" must map rule names to a severity or an object.', range: at(value) });
          break;
        }
        for (const p of value.items) {
          if (!isPair(p) || !isScalar(p.key)) continue;
          const name = String(p.key.value);
          const rule = ruleByName.get(name);
          if (!rule) {
            errors.push({
              message: `Unknown rule "${name}".${suggestionText(didYouMean(name, ruleByName.keys()))} Run \`handoff rules\` for the list.`,
              range: at(p.key as Node),
            });
            continue;
          }
          const setting = parseRuleSetting(rule, p.value as Node | null, (message, node) =>
            errors.push({ message, range: at(node) }),
          );
          if (setting) ruleSettings[name] = setting;
        }
        break;
      }
      case 'required_keys':
        requiredKeys = parseRequiredKeys(value, errorAt);
        break;
      case 'parties':
        parties = parseParties(value, errorAt);
        break;
      case 'aliases':
        aliases = parseAliases(value, errorAt);
        break;
      default:
        errors.push({
          message: `Unknown configuration key "${key}".${suggestionText(didYouMean(key, TOP_KEYS))}`,
          range: at(pair.key as Node),
        });
    }
  }
  return {
    config: Object.freeze({
      plans,
      ignore,
      rules: ruleSettings,
      highRiskScore,
      tolerances,
      requiredHandovers,
      reportingCadenceDays: cadence,
      requiredKeys,
      parties,
      aliases,
      readiness,
      readinessDays,
      boardRoles,
      currency,
    }),
    errors,
  };
}
