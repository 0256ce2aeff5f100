/**
 * What the rules report on one plan before severities and suppressions, for a rule that reads
 * another's findings (waiver-invalid: which of them a waiver was meant to silence). A run keeps
 * the reports of the rules it is told will be asked about (the rules the waivers name) as they
 * come; a rule asked about before it has run is run on its own, once.
 */
import { ruleContext, type Report, type Rule, type RuleBase } from './rule.js';

export interface RuleReports {
  /** Where the run keeps a rule's reports: undefined when nobody will ask, or when kept already. */
  readonly keeper: (rule: string) => Report[] | undefined;
  /** A rule's reports: none when it does not run on the plan (`runs`) or is unknown. */
  readonly of: (rule: string) => readonly Report[];
}

export function ruleReports(
  rules: readonly Rule[],
  /** Whether a rule runs on this plan (stage, configuration). */
  runs: (rule: Rule) => boolean,
  /** The rules that will be asked about. */
  wanted: ReadonlySet<string>,
  base: RuleBase,
  onError: (rule: Rule, err: unknown) => void,
): RuleReports {
  const kept = new Map<string, Report[]>();
  const keeper = (name: string): Report[] | undefined => {
    if (!wanted.has(name) || kept.has(name)) return undefined;
    const reports: Report[] = [];
    kept.set(name, reports);
    return reports;
  };
  const of = (name: string): readonly Report[] => {
    const known = kept.get(name);
    if (known) return known;
    const reports: Report[] = [];
    // Kept before it runs: a rule asking back about the one asking is told of nothing yet.
    kept.set(name, reports);
    const rule = rules.find((r) => r.name === name);
    if (!rule?.check || !runs(rule)) return reports;
    try {
      rule.check(ruleContext(rule, { ...base, reportsOf: of }, (r) => reports.push(r)));
    } catch (err) {
      onError(rule, err);
    }
    return reports;
  };
  return { keeper, of };
}
