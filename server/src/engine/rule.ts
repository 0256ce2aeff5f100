/**
 * What a rule is: a plain object with its metadata and a check function that reads a frozen
 * plan model and reports findings with named fields. Rules never compute positions from text
 * themselves where the model has a node: they pass the node's range.
 */
import type { HandoffConfig } from './config.js';
import type { Plan } from './model.js';
import type { PlanSummary } from './summary.js';
import {
  stageIndex,
  type Fix,
  type IsoDate,
  type Range,
  type RelatedLocation,
  type Severity,
  type Stage,
} from './types.js';

export interface RuleOptionSpec {
  readonly type: 'integer' | 'number' | 'string' | 'boolean';
  readonly description: string;
  readonly default?: number | string | boolean;
  readonly minimum?: number;
}

export interface Report {
  readonly range: Range;
  readonly message: string;
  /** Row ID, front-matter key or plan id: what a waiver's Target names. */
  readonly target?: string;
  /**
   * Quick fixes, or a function that builds them: the engine calls it only when its caller wants
   * fixes (`LintOptions.withFixes`), so a fix that costs work (ranking people, filling a
   * template) is not built for a file nobody will fix.
   */
  readonly fixes?: readonly Fix[] | (() => readonly Fix[] | undefined);
  readonly related?: readonly RelatedLocation[];
  /** Overrides the rule's default severity for this finding (config still wins). */
  readonly severity?: Severity;
}

export interface RuleContext {
  readonly plan: Plan;
  /** The stage the plan declares, or initiation when it declares none or an invalid one. */
  readonly stage: Stage;
  readonly config: HandoffConfig;
  readonly asOf: IsoDate;
  /** This rule's options from configuration (validated against `options`). */
  readonly options: Readonly<Record<string, unknown>>;
  /** Names of every known rule (for waivers and disable comments). */
  readonly ruleNames: ReadonlySet<string>;
  report(report: Report): void;
  /**
   * What another rule reports on this plan, before severities and suppressions: none when it
   * does not run on the plan, or is this rule (waiver-invalid: the findings a waiver was meant for).
   */
  reportsOf(rule: string): readonly Report[];
}

export interface Rule {
  /** Stable kebab-case name. */
  readonly name: string;
  readonly severity: Severity;
  /** First stage at which it applies; 'always' applies at every stage. */
  readonly stage: Stage | 'always';
  /** One sentence: when it fires. */
  readonly description: string;
  /** A longer explanation in Markdown: why it matters and how to fix it. */
  readonly docs: string;
  readonly options?: Readonly<Record<string, RuleOptionSpec>>;
  /** Where the practice comes from (ITIL 2011 ST section, ITIL 4 practice, PRINCE2, PMBOK), for docs/rules.md. */
  readonly sources?: readonly string[];
  /**
   * Whether its findings come with a quick fix: 'always' (every finding), 'sometimes' (where one
   * is knowable). The fixture tests hold rules to it.
   */
  readonly fixable?: 'always' | 'sometimes';
  /** Checks one plan. */
  check?(ctx: RuleContext): void;
  /** Checks facts that span plans (ids, depends_on) over every plan of a workspace or run. */
  checkWorkspace?(ctx: WorkspaceContext): void;
}

/** What a workspace rule sees of each plan: a small, serialisable summary (see workspace.ts). */
export interface WorkspaceContext {
  readonly plans: readonly PlanSummary[];
  report(uri: string, report: Report): void;
  /** How a message names another plan's file: the host's path for it (the URI when it gives none). */
  nameOf(uri: string): string;
}

/** Whether a rule applies at a stage (its first stage reached, or 'always'). */
export function ruleApplies(rule: Rule, stage: Stage): boolean {
  return rule.stage === 'always' || stageIndex(stage) >= stageIndex(rule.stage);
}

const NO_OPTIONS: Readonly<Record<string, unknown>> = Object.freeze({});
const NO_REPORTS: readonly Report[] = Object.freeze([]);

/** What every rule's context is built from; without `reportsOf`, other rules report nothing. */
export type RuleBase = Pick<RuleContext, 'plan' | 'stage' | 'config' | 'asOf' | 'ruleNames'> &
  Partial<Pick<RuleContext, 'reportsOf'>>;

/** The frozen context a rule's check sees; `report` receives what it reports. */
export function ruleContext(rule: Rule, base: RuleBase, report: (r: Report) => void): RuleContext {
  return {
    plan: base.plan,
    stage: base.stage,
    config: base.config,
    asOf: base.asOf,
    ruleNames: base.ruleNames,
    options: base.config.rules[rule.name]?.options ?? NO_OPTIONS,
    report,
    // A rule is told nothing of its own reports: they are not all made yet.
    reportsOf: (name) => (name === rule.name || !base.reportsOf ? NO_REPORTS : base.reportsOf(name)),
  };
}

export const DOCS_BASE = 'https://github.com/handoff-itil/handoff/blob/main/docs/rules.md';

export function docsUrl(rule: string): string {
  return `${DOCS_BASE}#${rule}`;
}
