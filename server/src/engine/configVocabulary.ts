/**
 * The organisation's own words in `.handoff.yaml` (contract 1.1 §5): `required_keys` (front-matter
 * keys required from planning), `parties` (teams and organisations that may hold party cells,
 * §2) and `aliases` (its names for registers, columns and ITIL processes). Validated with
 * positions like the rest of the configuration.
 */
import { isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import { registerAliases, type RegisterAliases } from './headings.js';
import { closestItilProcessForm, findItilProcess, type ItilProcess } from './itil.js';
import { FRONT_MATTER_KEYS, REGISTER_SPECS, type RegisterKind } from './schema.js';
import { normalizeHeading, normalizeWord } from './text.js';
import { didYouMean, suggestionText } from './suggest.js';
import { TRANSITION_TYPES, type TransitionType } from './types.js';

export interface ConfigAliases {
  /** Heading text → register (`Exposure log: Risks`). */
  readonly registers: RegisterAliases;
  /** Register → normalised header → column key (`Risks: { Prob.: Likelihood }`). */
  readonly columns: ReadonlyMap<RegisterKind, ReadonlyMap<string, string>>;
  /** Normalised local process name → the ITIL process it means. */
  readonly processes: ReadonlyMap<string, ItilProcess>;
  /** The local process names as the configuration writes them (for completion). */
  readonly processNames: readonly string[];
}

export interface Vocabulary {
  readonly requiredKeys: RequiredKeys;
  readonly parties: readonly string[];
  readonly aliases: ConfigAliases;
}

export const EMPTY_ALIASES: ConfigAliases = Object.freeze({
  registers: new Map(),
  columns: new Map(),
  processes: new Map(),
  processNames: [],
});

export const VOCABULARY_KEYS = ['required_keys', 'parties', 'aliases'] as const;

type ErrorAt = (message: string, node: Node | null | undefined) => void;

const REGISTER_BY_NAME = new Map<string, RegisterKind>(
  REGISTER_SPECS.flatMap((r) => [r.title, ...(r.aliases ?? [])].map((t) => [normalizeHeading(t), r.kind] as const)),
);
const REGISTER_TITLES = REGISTER_SPECS.map((r) => r.title);

function stringsOf(node: Node | null, what: string, error: ErrorAt): { text: string; node: Node }[] {
  if (!isSeq(node)) {
    error(`"${what}" must be a list of strings.`, node);
    return [];
  }
  const out: { text: string; node: Node }[] = [];
  for (const item of node.items) {
    if (isScalar(item) && typeof item.value === 'string' && item.value.trim())
      out.push({ text: item.value, node: item });
    else error(`"${what}" must contain only non-empty strings.`, item as Node);
  }
  return out;
}

/** The `name: value` pairs of a map, with their nodes; reports anything else. */
function pairsOf(
  node: Node | null,
  what: string,
  error: ErrorAt,
): { key: string; keyNode: Node; value: Node | null }[] {
  if (!isMap(node)) {
    error(`"${what}" must be a map.`, node);
    return [];
  }
  const out: { key: string; keyNode: Node; value: Node | null }[] = [];
  for (const p of node.items) {
    if (!isPair(p) || !isScalar(p.key)) continue;
    out.push({ key: String(p.key.value), keyNode: p.key as Node, value: p.value as Node | null });
  }
  return out;
}

function registerNamed(text: string, node: Node | null, what: string, error: ErrorAt): RegisterKind | undefined {
  const kind = REGISTER_BY_NAME.get(normalizeHeading(text));
  if (!kind) {
    error(
      `${what} "${text}" is not a register.${suggestionText(didYouMean(text, REGISTER_TITLES))} Use one of: ${REGISTER_TITLES.join(', ')}.`,
      node,
    );
  }
  return kind;
}

/** Front-matter keys required from planning: for every transition type, and per type. */
export interface RequiredKeys {
  readonly all: readonly string[];
  readonly byType: Readonly<Partial<Record<TransitionType, readonly string[]>>>;
}

export const NO_REQUIRED_KEYS: RequiredKeys = Object.freeze({ all: [], byType: {} });

/**
 * `required_keys` is a list (every transition type), or a map from transition type to a list —
 * the keys are then part of that type's transition model, like its handovers and readiness.
 */
export function parseRequiredKeys(node: Node | null, error: ErrorAt): RequiredKeys {
  const keys = FRONT_MATTER_KEYS.map((k) => k.key);
  const list = (n: Node | null, what: string) =>
    stringsOf(n, what, error).flatMap(({ text, node: item }) => {
      if (keys.includes(text)) return [text];
      error(`"${text}" is not a front-matter key.${suggestionText(didYouMean(text, keys))}`, item);
      return [];
    });
  if (!isMap(node)) return { all: list(node, 'required_keys'), byType: {} };
  const byType: Partial<Record<TransitionType, string[]>> = {};
  for (const { key, keyNode, value } of pairsOf(node, 'required_keys', error)) {
    if (!(TRANSITION_TYPES as readonly string[]).includes(key)) {
      error(unknownTypeMessage(key, 'required_keys'), keyNode);
      continue;
    }
    byType[key as TransitionType] = list(value, `required_keys.${key}`);
  }
  return { all: [], byType };
}

/** The one message for a map key that is no transition type (readiness, required_handovers …). */
export function unknownTypeMessage(key: string, what: string): string {
  return `Unknown transition type "${key}" in ${what}: expected one of ${TRANSITION_TYPES.join(', ')}.${suggestionText(didYouMean(key, TRANSITION_TYPES))}`;
}

/** Whether the configuration requires a front-matter key of a plan of this type. */
export function keyRequired(required: RequiredKeys, key: string, type: TransitionType | undefined): boolean {
  return required.all.includes(key) || (type !== undefined && (required.byType[type]?.includes(key) ?? false));
}

export function parseParties(node: Node | null, error: ErrorAt): string[] {
  return stringsOf(node, 'parties', error).map((s) => s.text.trim());
}

export function parseAliases(node: Node | null, error: ErrorAt): ConfigAliases {
  const registers: [string, RegisterKind][] = [];
  const columns = new Map<RegisterKind, Map<string, string>>();
  const processes = new Map<string, ItilProcess>();
  const processNames: string[] = [];
  for (const { key, keyNode, value } of pairsOf(node, 'aliases', error)) {
    if (key === 'registers') {
      for (const a of pairsOf(value, 'aliases.registers', error)) {
        const target = isScalar(a.value) && typeof a.value.value === 'string' ? a.value.value : undefined;
        if (target === undefined) {
          error(`"aliases.registers.${a.key}" must name a register, e.g. Risks.`, a.value ?? a.keyNode);
          continue;
        }
        const kind = registerNamed(target, a.value, `aliases.registers.${a.key}:`, error);
        if (kind) registers.push([a.key, kind]);
      }
    } else if (key === 'columns') {
      for (const r of pairsOf(value, 'aliases.columns', error)) {
        const kind = registerNamed(r.key, r.keyNode, 'aliases.columns:', error);
        if (!kind) continue;
        const spec = REGISTER_SPECS.find((s) => s.kind === kind)!;
        const headers = spec.columns.map((c) => c.header);
        const map = columns.get(kind) ?? new Map<string, string>();
        for (const c of pairsOf(r.value, `aliases.columns.${r.key}`, error)) {
          const target = isScalar(c.value) && typeof c.value.value === 'string' ? c.value.value : '';
          const column = spec.columns.find((col) => normalizeWord(col.header) === normalizeWord(target));
          if (!column) {
            error(
              `"${target}" is not a column of ${spec.title}.${suggestionText(didYouMean(target, headers))} Columns: ${headers.join(', ')}.`,
              c.value ?? c.keyNode,
            );
            continue;
          }
          map.set(normalizeWord(c.key), column.key);
        }
        columns.set(kind, map);
      }
    } else if (key === 'processes') {
      for (const a of pairsOf(value, 'aliases.processes', error)) {
        const target = isScalar(a.value) && typeof a.value.value === 'string' ? a.value.value : '';
        const process = findItilProcess(target);
        if (!process) {
          error(
            `"${target}" is not an ITIL process or practice.${suggestionText(closestItilProcessForm(target))}`,
            a.value ?? a.keyNode,
          );
          continue;
        }
        processes.set(normalizeWord(a.key), process);
        processNames.push(a.key);
      }
    } else {
      error(
        `Unknown key "aliases.${key}": expected registers, columns or processes.${suggestionText(didYouMean(key, ['registers', 'columns', 'processes']))}`,
        keyNode,
      );
    }
  }
  return { registers: registerAliases(registers), columns, processes, processNames };
}
