/**
 * The server's settings (`handoff.*`): from `workspace/configuration` when the client supports
 * it, else from `initializationOptions`. Both are untrusted JSON: every field is checked and a
 * wrong one falls back to its default instead of failing.
 */
import { isIsoDate } from '../engine/isoDate.js';
import { DEFAULT_SETTINGS, type HandoffSettings } from '../protocol.js';

export { DEFAULT_SETTINGS, type HandoffSettings } from '../protocol.js';

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Reads settings from untrusted JSON (`{ asOf, rules, plans, maxFileSizeMB, debounceMs }`); what is
 * absent or invalid keeps its value in `base`.
 */
export function readSettings(raw: unknown, base: HandoffSettings = DEFAULT_SETTINGS): HandoffSettings {
  if (!isRecord(raw)) return base;
  // initializationOptions may nest the section as `{ handoff: { … } }`.
  const src = isRecord(raw['handoff']) ? raw['handoff'] : raw;
  const asOf = typeof src['asOf'] === 'string' && isIsoDate(src['asOf']) ? src['asOf'] : base.asOf;
  let rules: Record<string, unknown> | undefined = base.rules;
  if (isRecord(src['rules'])) {
    rules = Object.create(null) as Record<string, unknown>;
    for (const [k, v] of Object.entries(src['rules'])) {
      if (k === '__proto__' || k === 'constructor' || k === 'prototype') continue;
      rules[k] = v;
    }
  }
  const plans = Array.isArray(src['plans'])
    ? src['plans'].filter((p): p is string => typeof p === 'string' && p.length > 0 && p.length < 1000)
    : undefined;
  const size = src['maxFileSizeMB'];
  const debounce = src['debounceMs'];
  return {
    asOf,
    rules,
    plans: plans?.length ? plans : base.plans,
    maxFileSizeMB: typeof size === 'number' && Number.isFinite(size) && size > 0 ? size : base.maxFileSizeMB,
    debounceMs:
      typeof debounce === 'number' && Number.isFinite(debounce) && debounce >= 0 && debounce <= 10_000
        ? debounce
        : base.debounceMs,
  };
}
