/**
 * The quick fixes of front-matter-schema: set a key to an example, add a missing subkey in the
 * map's own style, rewrite a date as ISO, or insert a minimal front matter.
 */
import type { FmValue, Plan } from '../model.js';
import { FRONT_MATTER_KEYS } from '../schema.js';
import { isIsoDate } from '../isoDate.js';
import type { Fix, Range } from '../types.js';
import { readDate } from '../values.js';
import { insertAt, replace } from './util.js';
import { sourceOf } from '../lines.js';

/**
 * A date in another form rewritten as ISO when it has exactly one reading (`2026-5-4`,
 * `20 Nov 2026`, `20/11/2026`; not `03/04/2026`): the quick fix's text (contract §3.1).
 */
export function normalizeDate(text: string): { readonly iso: string; readonly safe: boolean } | undefined {
  const loose = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text.trim());
  if (loose) {
    const iso = `${loose[1]}-${loose[2]!.padStart(2, '0')}-${loose[3]!.padStart(2, '0')}`;
    return isIsoDate(iso) ? { iso, safe: true } : undefined;
  }
  const r = readDate(text);
  if (r.ok) return { iso: r.canonical, safe: true };
  // A numeric date only one order makes a real day (`20/11/2026`) has that one reading: as sure.
  const oneReading = (r.dayFirst === undefined) !== (r.monthFirst === undefined);
  return r.suggestion ? { iso: r.suggestion, safe: oneReading } : undefined;
}

export function datesFlow(d: { start: string; go_live: string; close: string }): string {
  return `{ start: ${d.start}, go_live: ${d.go_live}, close: ${d.close} }`;
}

/** Replaces `key:` and whatever follows on its line with `key: example`. */
export function fillKeyFix(plan: Plan, v: FmValue, example: string): Fix {
  const end = plan.lines.lineRange(v.keyRange.start.line).end;
  return {
    title: `Set ${v.key} to ${example}`,
    edits: [replace({ start: v.keyRange.start, end }, `${v.key}: ${example}`)],
    isPreferred: true,
  };
}

/** A front matter with every key required from initiation, for a plan that has none. */
export function minimalFrontMatter(plan: Plan): string {
  const eol = plan.lines.eol();
  const lines = ['---'];
  for (const spec of FRONT_MATTER_KEYS) {
    if (spec.requiredFrom !== 'initiation') continue;
    const value = spec.key === 'title' && plan.title ? JSON.stringify(plan.title.text) : spec.example;
    lines.push(`${spec.key}: ${value}`);
  }
  lines.push('---', '', '');
  return lines.join(eol);
}

/** Adds a key to a map, in flow (`{ a: 1 }`) or block style as the map is written. */
export function insertSubkeyFix(plan: Plan, v: FmValue, name: string, example: string): Fix[] {
  const source = sourceOf(plan, v.range);
  const title = `Add ${v.key}.${name}`;
  if (source.trimStart().startsWith('{')) {
    const close = plan.lines.offsetAt(v.range.end) - (source.length - source.trimEnd().length) - 1;
    if (plan.text[close] !== '}') return [];
    const empty = v.entries.size === 0;
    let at = close;
    while (at > 0 && /\s/.test(plan.text[at - 1]!)) at--;
    return [
      {
        title,
        edits: [insertAt(plan, at, `${empty ? ' ' : ', '}${name}: ${example}${empty ? ' ' : ''}`)],
        isPreferred: true,
      },
    ];
  }
  const entries = [...v.entries.values()];
  if (entries.length === 0) return [];
  const indent = entries[0]!.keyRange.start.character;
  const lastLine = Math.max(...entries.map((e) => e.range.end.line));
  const eol = plan.lines.eol();
  return [
    {
      title,
      edits: [insertAt(plan, plan.lines.lineEnd(lastLine), `${eol}${' '.repeat(indent)}${name}: ${example}`)],
      isPreferred: true,
    },
  ];
}

/** The preferred fix writing `newText` over `range`; `safe` when it is read, not guessed (`--fix` applies it). */
export function valueFix(title: string, range: Range, newText: string, safe = false): Fix {
  return { title, edits: [replace(range, newText)], isPreferred: true, ...(safe ? { safe: true } : {}) };
}
