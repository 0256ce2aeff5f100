/**
 * A seeded, time-boxed fuzzer for the engine: every prefix of the examples and fixtures (at a
 * stride, so a short run still covers every file) and mutations of them — Markdown specials,
 * unicode (surrogate halves, bidi controls, emoji), CR / CRLF mixing, long lines, nesting
 * thousands deep (block quotes, list markers, indentation), front-matter
 * corruption, deleted and duplicated spans. Each case must lint without an internal error or a
 * rule failure, give no range outside the document, and give the same model through the line
 * scanner as through micromark. Time per document is measured and reported (`slow` counts the
 * cases over the limit); the caller decides what a slow case means.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createPlanEngine } from '../../server/src/engine/index.js';
import { parsePlan, stripBom } from '../../server/src/engine/parse/index.js';
import { LineIndex, normalizeLoneCr } from '../../server/src/engine/lines.js';
import { modelSnapshot } from '../engine/modelSnapshot.js';
import { repoRoot, rng } from '../helpers.js';
import { isDeepStrictEqual } from 'node:util';

export interface FuzzOptions {
  readonly seed: number;
  /** Stop after this long (the case running then finishes). */
  readonly seconds: number;
  /** Stop after this many rounds (one prefix and one mutation of every file each), if sooner. */
  readonly rounds?: number;
  /** A case slower than this is counted in `slow`. */
  readonly slowMs?: number;
  /** Characters between two linted prefixes of a file (1: every prefix). */
  readonly prefixStride?: number;
}

export interface FuzzProblem {
  readonly kind: 'internal error' | 'rule failure' | 'range outside the document' | 'scanner differs from micromark';
  readonly source: string;
  readonly detail: string;
  /** The text that shows it (cut to 2,000 characters in reports). */
  readonly text: string;
}

export interface FuzzReport {
  readonly seed: number;
  readonly cases: number;
  readonly problems: FuzzProblem[];
  /** Cases over the limit, each run again at once on its own (`rerunMs`): a busy machine or the case. */
  readonly slow: { source: string; ms: number; rerunMs: number }[];
  readonly maxMs: number;
  readonly seconds: number;
}

function markdownFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => {
      const p = path.join(dir, e.name);
      return e.isDirectory() ? markdownFiles(p) : p.endsWith('.md') ? [p] : [];
    });
}

/** The examples and every Markdown fixture: the corpus every run starts from. */
export function corpus(): { name: string; text: string }[] {
  const files = [
    ...markdownFiles(path.join(repoRoot, 'examples')),
    ...markdownFiles(path.join(repoRoot, 'test', 'fixtures')),
  ];
  return files.map((f) => ({ name: path.relative(repoRoot, f), text: fs.readFileSync(f, 'utf8') }));
}

const SPECIALS = [
  '*',
  '_',
  '`',
  '[',
  ']',
  '(',
  ')',
  '!',
  '<',
  '>',
  '|',
  '\\',
  '&',
  '#',
  '-',
  '~',
  ':',
  '---',
  '```',
  '<!--',
  '-->',
];
const UNICODE = [
  '\uD800',
  '\uDC00',
  '\u202E',
  '\u2066',
  '\u00A0',
  '\u0301',
  '😀',
  '\uFEFF',
  '\u0000',
  '\u001b[2J',
  '\u2028',
  'é',
];

type Mutation = (text: string, rnd: () => number) => string;

const at = (text: string, rnd: () => number): number => Math.floor(rnd() * (text.length + 1));
const pick = <T>(items: readonly T[], rnd: () => number): T => items[Math.floor(rnd() * items.length)]!;

const MUTATIONS: Record<string, Mutation> = {
  'markup special': (t, r) => {
    const i = at(t, r);
    return t.slice(0, i) + pick(SPECIALS, r).repeat(1 + Math.floor(r() * 4)) + t.slice(i);
  },
  unicode: (t, r) => {
    const i = at(t, r);
    return t.slice(0, i) + pick(UNICODE, r) + t.slice(i);
  },
  'CR and CRLF mixing': (t, r) => t.replace(/\n/g, (nl) => (r() < 0.3 ? pick(['\r', '\r\n', '\n\r'], r) : nl)),
  'long line': (t, r) => {
    const i = at(t, r);
    // Runs of spaces and points too: a pattern such as `\s*\(…\)$` or `[.!]+$` takes time
    // quadratic in a long run of them (or of tabs) inside a cell unless written not to. And lists (`1,`,
    // `a, `): a cell of people is split and each part matched against every stakeholder.
    const unit = pick(['x', 'a ', '*', '[a', '| x ', '![a', '](u)', ' ', '\t', '.', '1,', 'a, '], r);
    return t.slice(0, i) + unit.repeat(500 + Math.floor(r() * 5000)) + t.slice(i);
  },
  'deep nesting': (t, r) => {
    // At a line start: block quotes and list markers nested thousands deep, or a list indented
    // level after level (markupLimits.ts bounds both).
    const i = t.lastIndexOf('\n', at(t, r)) + 1;
    const unit = pick(['> ', '- ', '>', '1. ', '> * ', '  '], r);
    const deep =
      unit === '  '
        ? Array.from({ length: 50 + Math.floor(r() * 250) }, (_, k) => `${unit.repeat(k)}- x\n`).join('')
        : unit.repeat(10 + Math.floor(r() * 5000)) + 'x\n';
    return t.slice(0, i) + deep + t.slice(i);
  },
  'front matter corruption': (t, r) => {
    const end = t.indexOf('\n---', 3);
    if (end < 0) return '---\n' + t;
    const choice = Math.floor(r() * 4);
    if (choice === 0) return t.slice(0, end) + t.slice(end + 4); // unclosed
    const i = 4 + Math.floor(r() * Math.max(1, end - 4));
    const junk = pick(['[', '{', ': :', '\t', '&a ', '*a', '"', 'key: [', '\n  - x', '\nschema: x'], r);
    return choice === 1 ? t.slice(0, i) + junk + t.slice(i) : t.slice(0, i) + t.slice(i + 1 + Math.floor(r() * 20));
  },
  'deleted span': (t, r) => {
    const i = at(t, r);
    return t.slice(0, i) + t.slice(i + Math.floor(r() * 200));
  },
  'duplicated line': (t, r) => {
    const lines = t.split('\n');
    const i = Math.floor(r() * lines.length);
    lines.splice(i, 0, ...lines.slice(i, i + 1 + Math.floor(r() * 5)));
    return lines.join('\n');
  },
};

/** Runs one text through every check; returns its problems and its time. */
export function checkText(
  engine: ReturnType<typeof createPlanEngine>,
  failures: string[],
  source: string,
  text: string,
): { problems: FuzzProblem[]; ms: number } {
  const problems: FuzzProblem[] = [];
  failures.length = 0;
  const start = performance.now();
  let findings;
  try {
    findings = engine.lintDocument('fuzz.plan.md', text, { asOf: '2026-06-01', matchesGlob: true }).findings;
  } catch (err) {
    problems.push({
      kind: 'internal error',
      source,
      detail: err instanceof Error ? (err.stack ?? err.message) : String(err),
      text,
    });
    return { problems, ms: performance.now() - start };
  }
  const ms = performance.now() - start;
  for (const f of failures) problems.push({ kind: 'rule failure', source, detail: f, text });

  const lines = new LineIndex(normalizeLoneCr(stripBom(text)));
  for (const f of findings) {
    for (const p of [f.range.start, f.range.end]) {
      if (p.line < 0 || p.line >= lines.lineCount || p.character < 0 || p.character > lines.lineText(p.line).length) {
        problems.push({
          kind: 'range outside the document',
          source,
          detail: `${f.rule} ${JSON.stringify(f.range)}`,
          text,
        });
      }
    }
  }
  try {
    const scanned = modelSnapshot(parsePlan('fuzz.plan.md', text));
    const parsed = modelSnapshot(parsePlan('fuzz.plan.md', text, { forceMicromark: true }));
    if (!isDeepStrictEqual(scanned, parsed)) {
      problems.push({ kind: 'scanner differs from micromark', source, detail: 'models differ', text });
    }
  } catch (err) {
    problems.push({ kind: 'internal error', source, detail: `forced micromark: ${String(err)}`, text });
  }
  return { problems, ms };
}

export function runFuzz(options: FuzzOptions): FuzzReport {
  const failures: string[] = [];
  const engine = createPlanEngine({ logger: { error: (m: string) => void failures.push(m) } });
  const rnd = rng(options.seed);
  const slowMs = options.slowMs ?? 2000;
  const files = corpus();
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  const problems: FuzzProblem[] = [];
  const slow: { source: string; ms: number; rerunMs: number }[] = [];
  let cases = 0;
  let maxMs = 0;
  const stride = options.prefixStride ?? 97;
  const names = Object.keys(MUTATIONS);
  const run = (source: string, text: string): void => {
    const result = checkText(engine, failures, source, text);
    cases++;
    maxMs = Math.max(maxMs, result.ms);
    if (result.ms > slowMs) {
      const again = checkText(engine, failures, source, text);
      slow.push({ source, ms: Math.round(result.ms), rerunMs: Math.round(again.ms) });
    }
    problems.push(...result.problems);
  };
  // Rounds until the time is up: each round, one prefix of every file (moving on by the stride)
  // and one mutation of a random file; mutations stack up to three deep.
  const rounds = options.rounds ?? Infinity;
  for (let round = 0; round < rounds && performance.now() < deadline; round++) {
    for (const file of files) {
      if (performance.now() >= deadline) break;
      const offset = (round * stride + Math.floor(rnd() * stride)) % (file.text.length + 1);
      run(`${file.name} prefix ${offset}`, file.text.slice(0, offset));
      let text = file.text;
      const applied: string[] = [];
      for (let k = 0, n = 1 + Math.floor(rnd() * 3); k < n; k++) {
        const name = pick(names, rnd);
        text = MUTATIONS[name]!(text, rnd);
        applied.push(name);
      }
      run(`${file.name} + ${applied.join(' + ')}`, text);
    }
  }
  const seconds = Math.round((performance.now() - started) / 100) / 10;
  return { seed: options.seed, cases, problems, slow, maxMs: Math.round(maxMs), seconds };
}

/** The problems of each kind, every kind listed (0 included). */
export function countByKind(report: FuzzReport): Record<FuzzProblem['kind'], number> {
  const counts: Record<FuzzProblem['kind'], number> = {
    'internal error': 0,
    'rule failure': 0,
    'range outside the document': 0,
    'scanner differs from micromark': 0,
  };
  for (const p of report.problems) counts[p.kind]++;
  return counts;
}

/** Cases still over the time limit when run again on their own. */
export function stillSlow(report: FuzzReport, slowMs = 2000): FuzzReport['slow'] {
  return report.slow.filter((s) => s.rerunMs > slowMs);
}

/** A report for people: counts, then the first problems with their text cut short. */
export function describeReport(report: FuzzReport): string {
  const counts = countByKind(report);
  const lines = [
    `fuzz: seed ${report.seed}, ${report.cases} documents in ${report.seconds} s; slowest ${report.maxMs} ms`,
    `  internal errors: ${counts['internal error']}`,
    `  rule failures: ${counts['rule failure']}`,
    `  documents over 2 s: ${report.slow.length} (still over 2 s when run again alone: ${stillSlow(report).length})`,
    `  findings out of range: ${counts['range outside the document']}`,
    `  scanner ≠ micromark: ${counts['scanner differs from micromark']}`,
  ];
  for (const s of report.slow.slice(0, 10)) lines.push(`  slow: ${s.source} (${s.ms} ms; alone ${s.rerunMs} ms)`);
  for (const p of report.problems.slice(0, 10)) {
    lines.push(
      `  ${p.kind}: ${p.source}: ${p.detail.split('\n')[0]}`,
      `    text: ${JSON.stringify(p.text.slice(0, 2000))}`,
    );
  }
  return lines.join('\n');
}
