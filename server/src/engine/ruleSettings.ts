/**
 * One rule's setting: a severity, or a map of severity and the rule's declared options, read
 * from `.handoff.yaml` (with precise errors) or laid over a file's configuration from editor
 * settings (settings win, rule by rule; unknown rules and options are left out).
 */
import { isMap, isPair, isScalar, type Node } from 'yaml';
import type { HandoffConfig, RuleSetting } from './config.js';
import type { Rule } from './rule.js';
import { didYouMean, suggestionText } from './suggest.js';
import type { SeveritySetting } from './types.js';

const SEVERITIES = ['off', 'info', 'warning', 'error'];

/** A plain-data override, as LSP settings give it (`handoff.rules`, `handoff.plans`). */
export interface ConfigOverrides {
  plans?: readonly string[];
  rules?: Readonly<Record<string, unknown>>;
}

export function parseRuleSetting(
  rule: Rule,
  node: Node | null,
  error: (message: string, node: Node | null) => void,
): RuleSetting | undefined {
  const severityOf = (v: unknown, n: Node | null): SeveritySetting | undefined => {
    if (v === false) return 'off';
    if (v === true) return undefined;
    if (typeof v === 'string' && SEVERITIES.includes(v)) return v as SeveritySetting;
    error(
      `Invalid severity ${JSON.stringify(v)} for ${rule.name}: use off, info, warning or error.${typeof v === 'string' ? suggestionText(didYouMean(v, SEVERITIES)) : ''}`,
      n,
    );
    return undefined;
  };
  if (isScalar(node)) return { severity: severityOf(node.value, node), options: {} };
  if (!isMap(node)) {
    error(`The setting of ${rule.name} must be a severity or a map with "severity" and options.`, node);
    return undefined;
  }
  let severity: SeveritySetting | undefined;
  const options: Record<string, unknown> = {};
  for (const p of node.items) {
    if (!isPair(p) || !isScalar(p.key)) continue;
    const k = String(p.key.value);
    const v = p.value as Node | null;
    if (k === 'severity') {
      severity = severityOf(isScalar(v) ? v.value : undefined, v);
      continue;
    }
    const spec = rule.options?.[k];
    if (!spec) {
      const known = Object.keys(rule.options ?? {});
      error(
        `Unknown option "${k}" for ${rule.name}.${known.length ? ` Known options: ${known.join(', ')}.` : ' It takes no options.'}${suggestionText(didYouMean(k, known))}`,
        p.key as Node,
      );
      continue;
    }
    const value = isScalar(v) ? v.value : undefined;
    const ok =
      (spec.type === 'integer' && typeof value === 'number' && Number.isInteger(value)) ||
      (spec.type === 'number' && typeof value === 'number') ||
      (spec.type === 'string' && typeof value === 'string') ||
      (spec.type === 'boolean' && typeof value === 'boolean');
    if (!ok || (spec.minimum !== undefined && typeof value === 'number' && value < spec.minimum)) {
      error(
        `Option "${k}" of ${rule.name} must be ${spec.type === 'integer' ? 'an integer' : `a ${spec.type}`}${spec.minimum !== undefined ? ` of at least ${spec.minimum}` : ''}.`,
        v,
      );
      continue;
    }
    options[k] = value;
  }
  return { severity, options };
}

/** Applies editor settings over a file configuration (settings win, rule by rule). */
export function applyOverrides(
  config: HandoffConfig,
  overrides: ConfigOverrides | undefined,
  rules: readonly Rule[],
): HandoffConfig {
  if (!overrides) return config;
  const next: Record<string, RuleSetting> = { ...config.rules };
  const names = new Set(rules.map((r) => r.name));
  for (const [name, v] of Object.entries(overrides.rules ?? {})) {
    if (!names.has(name)) continue;
    if (typeof v === 'string' && SEVERITIES.includes(v))
      next[name] = { ...next[name], options: next[name]?.options ?? {}, severity: v as SeveritySetting };
    else if (v === false) next[name] = { options: next[name]?.options ?? {}, severity: 'off' };
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      const sev =
        typeof o['severity'] === 'string' && SEVERITIES.includes(o['severity'])
          ? (o['severity'] as SeveritySetting)
          : next[name]?.severity;
      const options: Record<string, unknown> = { ...(next[name]?.options ?? {}) };
      for (const [k, val] of Object.entries(o))
        if (k !== 'severity' && Object.hasOwn(rules.find((r) => r.name === name)?.options ?? {}, k)) options[k] = val;
      next[name] = { severity: sev, options };
    }
  }
  return Object.freeze({ ...config, plans: overrides.plans?.length ? overrides.plans : config.plans, rules: next });
}
