/**
 * `front-matter-syntax` on a key written twice in one map (`go_live` twice under `dates`, `stage`
 * twice), as a plan edited by several people gets: YAML refuses it and the model keeps the first.
 * The front matter is parsed again keeping both, for a message naming both values and the fixes
 * that keep each (neither preferred: which holds is the plan's to say), or, when one is empty or
 * both are the same, the one fix deleting it (preferred, and safe: nothing is lost).
 */
import { isMap, isPair, isScalar, isSeq, parseDocument, type Node, type Pair } from 'yaml';
import { isEmptyValue } from '../emptyValues.js';
import { perPlan } from '../perPlan.js';
import { YAML_OPTIONS } from '../frontMatter.js';
import type { FrontMatterError, Plan } from '../model.js';
import type { Report } from '../rule.js';
import type { Fix, Range } from '../types.js';
import { replace } from './util.js';

/** One of the two: its key, how a message names it, whether it is empty, the lines it takes. */
interface Written {
  readonly key: Range;
  /** `go_live: 2027-01-04 (line 18)`, `the empty go_live on line 18`, `the budget on line 20`. */
  readonly named: string;
  readonly value: string | undefined;
  readonly empty: boolean;
  /** Its key's line to its value's last, with the line break; undefined when it shares a line (a flow map). */
  readonly lines: Range | undefined;
}

/** A key written again in a map, with its map's path and both pairs. */
type Twice = readonly [path: string | undefined, key: string, first: Pair, second: Pair];

/** The finding for a YAML error that is a key written twice, undefined for any other error. */
export function duplicateKeyFinding(plan: Plan, error: FrontMatterError): Report | undefined {
  if (!error.message.includes('Map keys must be unique')) return undefined;
  const { src, all } = writtenTwice(plan);
  // YAML reports where the pair starts: after a key with no value, at that key's line end.
  const at = plan.lines.offsetAt(error.range.start) - plan.frontMatter.contentOffset;
  const twice = all[firstAtOrAfter(all, at)];
  if (!twice || src.slice(at, secondStart(twice)).trim() !== '') return undefined;
  const [path, key] = twice;
  const [first, second] = [twice[2], twice[3]].map((pair) => written(plan, src, key, pair)) as [Written, Written];
  const same = first.value !== undefined && first.value === second.value;
  // An empty one goes (the first when only it is), or the second of two the same.
  const idle = first.empty && !second.empty ? first : second.empty || same ? second : undefined;
  const fixes: Fix[] = [];
  if (idle?.lines)
    fixes.push({ title: `Delete ${idle.named}`, edits: [replace(idle.lines, '')], isPreferred: true, safe: true });
  for (const [kept, dropped] of idle ? [] : [[first, second] as const, [second, first] as const]) {
    if (dropped.lines)
      fixes.push({ title: `Keep ${kept.named}, delete ${dropped.named}`, edits: [replace(dropped.lines, '')] });
  }
  return {
    range: second.key,
    target: path ? `${path}.${key}` : key,
    message: `${key} is written twice in ${path || 'the front matter'}: ${first.named} and ${second.named}. YAML allows a key once in a map, and until one is deleted Handoff reads the first: delete ${idle ? (same ? 'one' : 'the empty one') : 'the one that no longer holds'}.`,
    fixes: fixes.length > 0 ? fixes : undefined,
    related: [{ range: first.key, message: `${key} is first written here` }],
  };
}

/**
 * The front matter and every key written again in it, by where the second is written: parsed
 * once per plan keeping both, not once per error (a map with thousands of keys written again,
 * `{ a: 1, 1, 1, … }`, took a minute).
 */
const writtenTwice = perPlan((plan: Plan): { readonly src: string; readonly all: readonly Twice[] } => {
  const src = plan.text.slice(plan.frontMatter.contentOffset, plan.frontMatter.closingOffset);
  const all: Twice[] = [];
  collect(parseDocument(src, { ...YAML_OPTIONS, uniqueKeys: false }).contents, '', all, 0);
  return { src, all: all.sort((a, b) => secondStart(a) - secondStart(b)) };
});

const secondStart = (twice: Twice): number => (twice[3].key as Node).range![0];

/** The index of the first of `all` (sorted by secondStart) whose second is written at or after `at`. */
function firstAtOrAfter(all: readonly Twice[], at: number): number {
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (secondStart(all[mid]!) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Every key written again in a map of `node` or under it. */
function collect(node: unknown, path: string, out: Twice[], depth: number): void {
  if (depth > 16) return;
  if (isSeq(node)) for (const item of node.items) collect(item, path, out, depth + 1);
  if (!isMap(node)) return;
  const seen = new Map<string, Pair>();
  for (const item of node.items) {
    if (!isPair(item) || !isScalar(item.key) || !item.key.range) continue;
    const key = String(item.key.value);
    const first = seen.get(key);
    if (first) out.push([path || undefined, key, first, item]);
    else seen.set(key, item);
    collect(item.value, path ? `${path}.${key}` : key, out, depth + 1);
  }
}

function written(plan: Plan, src: string, name: string, pair: Pair): Written {
  const base = plan.frontMatter.contentOffset;
  const [keyStart, keyEnd] = (pair.key as Node).range!;
  const value = pair.value as Node | null;
  const text = value?.range ? src.slice(value.range[0], value.range[1]).trim() : '';
  const shown = (!value || isScalar(value)) && text && !text.includes('\n') && text.length <= 40 ? text : undefined;
  const empty =
    !value ||
    (isScalar(value) && (value.value === null || (typeof value.value === 'string' && isEmptyValue(value.value))));
  const line = plan.lines.positionAt(base + keyStart).line + 1;
  // Whole lines: nothing but indentation before the key, nothing but a comment after the value.
  const from = src.lastIndexOf('\n', keyStart - 1) + 1;
  let last = Math.max(keyEnd, value?.range?.[1] ?? keyEnd);
  while (last > keyEnd && /\s/.test(src[last - 1]!)) last--;
  const end = src.indexOf('\n', last) + 1 || src.length;
  const whole = src.slice(from, keyStart).trim() === '' && /^(?:#.*)?$/.test(src.slice(last, end).trim());
  return {
    key: plan.lines.range(base + keyStart, base + keyEnd),
    named: shown ? `${name}: ${shown} (line ${line})` : `the ${empty ? 'empty ' : ''}${name} on line ${line}`,
    value: shown,
    empty,
    lines: whole ? plan.lines.range(base + from, base + end) : undefined,
  };
}
