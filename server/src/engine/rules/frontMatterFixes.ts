/**
 * The quick fixes of front-matter-schema: set a key to an example, add a missing subkey in the
 * map's own style (a made-up value offered as a guess, never preferred), rewrite a date as ISO,
 * or insert a minimal front matter.
 */
import type { FmValue, Plan } from '../model.js';
import { FRONT_MATTER_KEYS, type FrontMatterKeySpec } from '../schema.js';
import { isIsoDate } from '../isoDate.js';
import { planDateGuesses, planDates } from '../templateFill.js';
import type { Fix, IsoDate, Range } from '../types.js';
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

/** What a fix for a value the plan lacks may write, and the note its title says it with. */
interface Guess {
  readonly value: string;
  readonly note: string;
}

/**
 * What a fix may write for a key of `dates` or `budget` the plan lacks: a date worked out from
 * its other dates (`30 days after go-live`), the configuration's currency, no contingency held.
 * Each is a guess the author confirms. None for the approved budget, which nothing in the plan says.
 */
function subkeyGuess(plan: Plan, key: string, name: string, asOf: IsoDate, currency: string): Guess | undefined {
  if (key === 'dates') {
    const guesses: Readonly<Record<string, { date: IsoDate; basis: string | undefined }>> = planDateGuesses(plan, asOf);
    const g = guesses[name];
    return g?.basis ? { value: g.date, note: `a guess: ${g.basis}` } : undefined;
  }
  if (key !== 'budget') return undefined;
  if (name === 'currency') return { value: currency, note: "the configuration's currency" };
  return name === 'contingency' ? { value: '0', note: 'none held' } : undefined;
}

/**
 * The fix for a required key of a map the plan lacks (`dates.close`), has empty (`close:`) or
 * written as not known yet (`close: TBC`):
 * its guess, said in the title and not preferred, as a made-up baseline date or budget would
 * read as fact once written.
 */
export function missingSubkeyFixes(
  plan: Plan,
  map: FmValue,
  item: FmValue | undefined,
  name: string,
  asOf: IsoDate,
  currency: string,
): Fix[] {
  const guess = subkeyGuess(plan, map.key, name, asOf, currency);
  if (!guess) return [];
  // A value written as not known yet (`close: TBC`) is replaced where it stands, in a flow map too.
  const written = item && item.kind !== 'null';
  const fixes = written
    ? [{ title: '', edits: [replace(item.range, guess.value)] }]
    : item
      ? [fillKeyFix(plan, item, guess.value)]
      : insertSubkeyFix(plan, map, name, guess.value);
  const title = `${item ? 'Set' : 'Add'} ${map.key}.${name}: ${guess.value} (${guess.note})`;
  return fixes.map((f) => ({ ...f, title, isPreferred: false }));
}

/**
 * What a fix writes for a required key the plan lacks, where its example would read as a fact
 * about this plan (a change number, a health, a baseline, a budget, a link): a guess, said in the
 * title, or for `change_ref` the `TBC` its finding keeps reporting.
 */
function keyGuess(plan: Plan, spec: FrontMatterKeySpec, asOf: IsoDate, currency: string): Guess | undefined {
  switch (spec.key) {
    case 'change_ref':
      return { value: 'TBC', note: 'until the change is raised' };
    case 'health':
      return { value: spec.example, note: 'a guess: say how the plan stands' };
    case 'dates':
      return { value: datesFlow(planDates(plan, asOf)), note: 'guessed dates: check each' };
    case 'budget':
      return { value: spec.example.replace(/currency: \w+/, `currency: ${currency}`), note: 'example amounts' };
    case 'sdp':
      return { value: spec.example, note: 'an example link' };
    default:
      return undefined;
  }
}

/**
 * The fixes for a required key that is missing, empty or not known yet: its example, preferred,
 * unless that would read as a fact about the plan (`keyGuess`): then offered as the guess it is,
 * not preferred. A change number is never made up: a missing `change_ref` may be added as `TBC`,
 * which its finding keeps reporting, and one written (empty, `TBD`) gets no fix.
 */
export function unsetKeyFixes(
  plan: Plan,
  spec: FrontMatterKeySpec,
  v: FmValue | undefined,
  asOf: IsoDate,
  currency: string,
): Fix[] {
  if (v && spec.key === 'change_ref') return [];
  const guess = keyGuess(plan, spec, asOf, currency);
  const value = guess?.value ?? spec.example;
  const fix: Fix = v
    ? fillKeyFix(plan, v, value)
    : {
        title: `Add ${spec.key}: ${value}`,
        edits: [insertAt(plan, plan.frontMatter.closingOffset, `${spec.key}: ${value}${plan.lines.eol()}`)],
        isPreferred: true,
      };
  return [guess ? { ...fix, title: `${fix.title} (${guess.note})`, isPreferred: false } : fix];
}
