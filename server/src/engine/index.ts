/**
 * The engine's one entry: text and configuration in, plain findings out. It imports no editor
 * API and no file system; hosts (the CLI, the language server) bring the text and the config.
 */
import { isNewPlan, newPlan } from './rules/newPlan.js';
import { tableColumns } from './rules/tableColumns.js';
import { frontMatterSyntax } from './rules/frontMatterSyntax.js';
import { neverClosed } from './frontMatter.js';
import { DEFAULT_CONFIG, type HandoffConfig } from './config.js';
import { capMessage, MAX_RELATED } from './findingLimits.js';
import type { Plan } from './model.js';
import { chunkBoundaries, declaresPlanSchema, parsePlan } from './parse/index.js';
import { ruleApplies, ruleContext, type Report, type Rule } from './rule.js';
import { RULES } from './rules/index.js';
import { planStatus } from './status.js';
import { HEALTH_RULES } from './health.js';
import { planOverviewOf, type PlanOverview } from './overview.js';
import { summarize, type PlanSummary } from './summary.js';
import { collectSuppressions, isSuppressed, type Suppressions } from './suppress.js';
import { ruleReports } from './ruleReports.js';
import { compareFindings } from './domain.js';
import { compareText } from './text.js';
import { todayIso } from './isoDate.js';
import { shiftedCellsFrom } from './shiftedRows.js';
import { type DocumentFinding, type Finding, type Fix, type IsoDate, type Severity, type Stage } from './types.js';
import { errorDetail, errorMessage } from './errors.js';

export * from './types.js';
export type { HandoffConfig } from './config.js';
export type { Plan } from './model.js';
export type { PlanSummary } from './summary.js';
export type { Rule } from './rule.js';
export type * from './status.js';

export interface LintOptions {
  readonly config?: HandoffConfig;
  /** ISO date time rules compare against; today (UTC) by default. */
  readonly asOf?: IsoDate;
  /** The file's path matched one of the configuration's plan globs. */
  readonly matchesGlob?: boolean;
  /**
   * Build the findings' quick fixes (the default). A host that will never apply them (a closed
   * file, a lint format that does not write fixes) turns this off: findings then carry none.
   */
  readonly withFixes?: boolean;
}

export interface DocumentResult {
  /** False for Markdown that is not a plan: no findings, no model. */
  readonly isPlan: boolean;
  readonly plan: Plan | undefined;
  readonly findings: readonly Finding[];
  readonly summary: PlanSummary | undefined;
}

export interface IndexedPlan {
  readonly findings: Finding[];
  readonly summary: PlanSummary;
  readonly overview: PlanOverview;
}

export interface Logger {
  error(message: string): void;
}

/** The stage rules are gated by: the declared stage, or initiation when it is missing or invalid. */
export function effectiveStage(plan: Plan): Stage {
  return plan.meta.stage ?? 'initiation';
}

export function resolveSeverity(rule: Rule, config: HandoffConfig, reported?: Severity): Severity | 'off' {
  const configured = config.rules[rule.name]?.severity;
  return configured ?? reported ?? rule.severity;
}

const applies = ruleApplies;

/**
 * Whether a rule runs on a plan (its own findings or cross-plan ones): it applies at the plan's
 * effective stage and the configuration does not turn it off. What reports list as "checked".
 */
export function ruleRuns(rule: Rule, stage: Stage, config: HandoffConfig): boolean {
  return applies(rule, stage) && resolveSeverity(rule, config) !== 'off';
}

export function createPlanEngine(options: { logger?: Logger; rules?: readonly Rule[] } = {}) {
  const rules = options.rules ?? RULES;
  const ruleNames: ReadonlySet<string> = new Set(rules.map((r) => r.name));
  const logger = options.logger;

  function isPlanText(text: string, matchesGlob: boolean): boolean {
    return matchesGlob || declaresPlanSchema(text);
  }

  /** Runs every document rule that applies; suppressed findings are dropped. */
  function lintPlan(plan: Plan, opts: LintOptions = {}): Finding[] {
    const config = opts.config ?? DEFAULT_CONFIG;
    const asOf = opts.asOf ?? todayIso();
    return runRules(plan, config, asOf, collectSuppressions(plan, config, asOf, ruleNames), opts.withFixes ?? true);
  }

  /**
   * What indexing keeps of a plan that is not open, from one run of the rules: its findings, its
   * summary and its overview, whose derived health takes the reports of the health rules from
   * that run instead of running them again (`planOverviewOf` alone gives the same overview).
   */
  function indexPlan(plan: Plan, opts: LintOptions = {}): IndexedPlan {
    const config = opts.config ?? DEFAULT_CONFIG;
    const asOf = opts.asOf ?? todayIso();
    const summary = summarize(plan, config, asOf, ruleNames);
    const reports = new Map<string, Report[]>();
    const findings = runRules(plan, config, asOf, summary.suppressions, opts.withFixes ?? true, reports);
    // Health reads suppressions against every built-in rule name: the same set only with RULES.
    const linted = { reports, suppressions: rules === RULES ? summary.suppressions : undefined };
    return { findings, summary, overview: planOverviewOf(plan, { config, asOf, linted }) };
  }

  function runRules(
    plan: Plan,
    config: HandoffConfig,
    asOf: IsoDate,
    suppressions: Suppressions,
    withFixes: boolean,
    /** Filled with every report of each health rule that runs, before severities and suppressions. */
    healthReports?: Map<string, Report[]>,
  ): Finding[] {
    const stage = effectiveStage(plan);
    const findings: Finding[] = [];
    // A plan nothing has been written into yet gets new-plan's one finding, not every other rule's;
    // one whose front matter is never closed holds nothing but front matter: front-matter-syntax
    // says so, and every register and section "missing" from it would be noise.
    const only =
      ruleNames.has(newPlan.name) && isNewPlan(plan)
        ? newPlan.name
        : neverClosed(plan.frontMatter)
          ? frontMatterSyntax.name
          : undefined;
    const failed = (rule: Rule, err: unknown): void =>
      // A rule bug must not take the other rules (or the server) down with it.
      logger?.error(`Rule ${rule.name} failed on ${plan.uri}: ${errorDetail(err)}`);
    // The reports of the rules waivers name, for waiver-invalid (which of them a waiver silences).
    const named = new Set(suppressions.waivers.map((w) => w.rule));
    const runs = (rule: Rule): boolean => ruleRuns(rule, stage, config);
    const others = ruleReports(rules, runs, named, { plan, stage, config, asOf, ruleNames }, failed);
    const base = { plan, stage, config, asOf, ruleNames, reportsOf: others.of };
    for (const rule of rules) {
      if (!rule.check || !applies(rule, stage)) continue;
      if (only !== undefined && rule.name !== only) continue;
      if (resolveSeverity(rule, config) === 'off') continue;
      let kept: Report[] | undefined;
      if (healthReports && HEALTH_RULES.has(rule.name)) healthReports.set(rule.name, (kept = []));
      const keptFor = others.keeper(rule.name);
      const ctx = ruleContext(rule, base, (r: Report) => {
        kept?.push(r);
        keptFor?.push(r);
        const severity = resolveSeverity(rule, config, r.severity);
        if (severity === 'off') return;
        if (isSuppressed(rule.name, r, suppressions)) return;
        // Fixes are built only for a finding that is kept, and only when the caller wants them.
        findings.push(toFinding(rule.name, severity, r, withFixes ? fixesOf(r) : undefined));
      });
      try {
        rule.check(ctx);
      } catch (err) {
        failed(rule, err);
      }
    }
    // A row whose cells sit under the wrong headers is table-columns' one finding: what the other
    // rules read after its first cell is probably another column's value (owner "Reduce").
    const shifted = findings.length > 0 ? shiftedCellsFrom(plan) : undefined;
    if (shifted && shifted.size > 0) {
      const kept = findings.filter((f) => {
        const from = f.rule === tableColumns.name ? undefined : shifted.get(f.range.start.line);
        return from === undefined || f.range.start.character < from;
      });
      findings.length = 0;
      findings.push(...kept);
    }
    if (findings.some((f) => f.fixes)) {
      const unsafe = unclosedFrom(plan);
      if (unsafe !== undefined) {
        for (let i = 0; i < findings.length; i++) findings[i] = withoutFixesAfter(plan, findings[i]!, unsafe);
      }
      // No fix writes into those rows unasked: their lines are the keys of `shifted`.
      if (shifted && shifted.size > 0) {
        for (let i = 0; i < findings.length; i++) findings[i] = notSafeOnLines(findings[i]!, shifted);
      }
    }
    return findings.sort(compareFindings);
  }

  function lintDocument(uri: string, text: string, opts: LintOptions = {}): DocumentResult {
    if (!isPlanText(text, opts.matchesGlob ?? false)) {
      return { isPlan: false, plan: undefined, findings: [], summary: undefined };
    }
    const plan = parsePlan(uri, text, { aliases: opts.config?.aliases });
    const config = opts.config ?? DEFAULT_CONFIG;
    const asOf = opts.asOf ?? todayIso();
    const summary = summarize(plan, config, asOf, ruleNames);
    const findings = runRules(plan, config, asOf, summary.suppressions, opts.withFixes ?? true);
    return { isPlan: true, plan, findings, summary };
  }

  /**
   * Cross-plan rules over a set of summaries; findings grouped by document, suppressions applied.
   * `nameOf` is how messages name a plan's file (the CLI's summaries carry paths already; the
   * language server's carry URIs, which it names by their path in the workspace).
   */
  function lintWorkspace(
    plans: readonly PlanSummary[],
    options: { nameOf?: (uri: string) => string } = {},
  ): DocumentFinding[] {
    const nameOf = options.nameOf ?? ((uri: string) => uri);
    const byUri = new Map(plans.map((p) => [p.uri, p]));
    const out: DocumentFinding[] = [];
    for (const rule of rules) {
      if (!rule.checkWorkspace) continue;
      try {
        rule.checkWorkspace({
          plans,
          nameOf,
          report(uri, r) {
            const summary = byUri.get(uri);
            const config = summary?.config ?? DEFAULT_CONFIG;
            const severity = resolveSeverity(rule, config, r.severity);
            if (severity === 'off') return;
            if (summary && isSuppressed(rule.name, r, summary.suppressions)) return;
            out.push({ ...toFinding(rule.name, severity, r, fixesOf(r)), uri });
          },
        });
      } catch (err) {
        logger?.error(`Rule ${rule.name} failed on the workspace: ${errorMessage(err)}`);
      }
    }
    return out.sort((a, b) => compareText(a.uri, b.uri) || compareFindings(a, b));
  }

  return Object.freeze({
    rules,
    ruleNames,
    isPlanText,
    parse: parsePlan,
    lintPlan,
    indexPlan,
    lintDocument,
    lintWorkspace,
    /** The plan's status as plain data, for previews, trees and reports. */
    status: (plan: Plan, opts: LintOptions = {}) =>
      planStatus(plan, { config: opts.config ?? DEFAULT_CONFIG, asOf: opts.asOf ?? todayIso() }),
    summarize: (plan: Plan, opts: LintOptions = {}) =>
      summarize(plan, opts.config ?? DEFAULT_CONFIG, opts.asOf ?? todayIso(), ruleNames),
  });
}

export type PlanEngine = ReturnType<typeof createPlanEngine>;

/**
 * The offset from which the document is inside a front matter or a code fence that is never
 * closed: a fix editing there would only add text to the YAML or the code, so none is offered.
 */
function unclosedFrom(plan: Plan): number | undefined {
  const fm = plan.frontMatter;
  if (neverClosed(fm)) return 0;
  // A fence opens with three backticks or tildes: without either, none can be left open.
  if (!plan.text.includes('```') && !plan.text.includes('~~~')) return undefined;
  return chunkBoundaries(plan.text, fm.present ? fm.bodyOffset : 0).unclosedFence;
}

/**
 * The finding with its fixes that edit a shifted row neither safe nor preferred: the cell a fix
 * rewrites may hold another column's value (a Score fix written over the Owner that moved under
 * Score). The editor still offers them, for the author to judge; `--fix` and Fix all leave them,
 * and `table-columns` says the row is out of line.
 */
function notSafeOnLines(finding: Finding, lines: { has(line: number): boolean }): Finding {
  const touches = (fix: Fix) =>
    (fix.safe || fix.isPreferred) &&
    fix.edits.some((e) => lines.has(e.range.start.line) || lines.has(e.range.end.line));
  if (!finding.fixes?.some(touches)) return finding;
  return {
    ...finding,
    fixes: finding.fixes.map((fix) => (touches(fix) ? { ...fix, safe: false, isPreferred: false } : fix)),
  };
}

function withoutFixesAfter(plan: Plan, finding: Finding, offset: number): Finding {
  if (!finding.fixes) return finding;
  const fixes = finding.fixes.filter((fix) => fix.edits.every((e) => plan.lines.offsetAt(e.range.start) < offset));
  if (fixes.length === finding.fixes.length) return finding;
  const out: { -readonly [K in keyof Finding]: Finding[K] } = { ...finding };
  if (fixes.length) out.fixes = fixes;
  else delete out.fixes;
  return out;
}

/** The finding a report makes, with the fixes given (built by `fixesOf`), or none. */
function toFinding(rule: string, severity: Severity, r: Report, fixes?: readonly Fix[]): Finding {
  const f: { -readonly [K in keyof Finding]: Finding[K] } = {
    rule,
    severity,
    message: capMessage(r.message),
    range: r.range,
  };
  if (r.target !== undefined) f.target = r.target;
  if (fixes?.length) f.fixes = fixes;
  if (r.related?.length) f.related = r.related.length > MAX_RELATED ? r.related.slice(0, MAX_RELATED) : r.related;
  return f;
}

/** The report's fixes, built now when it gives a function that builds them. */
function fixesOf(r: Report): readonly Fix[] | undefined {
  return typeof r.fixes === 'function' ? r.fixes() : r.fixes;
}
