/**
 * Scanner = micromark, on plans nobody wrote by hand: a seeded generator writes plans from the
 * constructs plans (and their mistakes) are made of, and mutates the fixtures and examples line
 * by line; every one must give the same model and the same findings through the line scanner
 * as through micromark alone. `npm run fuzz` runs 20,000 (or HANDOFF_FUZZ_PLANS, with
 * HANDOFF_FUZZ_SEED to vary the seed).
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createPlanEngine } from '../../server/src/engine/index.js';
import { parsePlan } from '../../server/src/engine/parse/index.js';
import { REGISTER_SPECS } from '../../server/src/engine/schema.js';
import { planFiles, repoRoot, rng } from '../helpers.js';
import { modelSnapshot } from './modelSnapshot.js';

const PLANS = Number(
  process.env['HANDOFF_FUZZ_PLANS'] ?? (process.env['npm_lifecycle_event'] === 'fuzz' ? 20000 : 120),
);
const SEED = Number(process.env['HANDOFF_FUZZ_SEED'] ?? 20261202);

const HEADINGS = [
  ...REGISTER_SPECS.flatMap((r) => [r.title, ...(r.aliases ?? [])]),
  'Project Initiation',
  'Planning & Coordination',
  'Project Control',
  'Reporting and Communication',
  'Project Closure',
  'Waivers',
  'H-01 acceptance',
  'Appendix',
  '2. Risks',
];

const CELLS = [
  'R-01',
  'S-02',
  'Ana Ng',
  'High',
  'H',
  '2026-11-20',
  '20 Nov 2026',
  '£180k',
  '🟢',
  '-',
  '',
  'TBD',
  '**bold**',
  '`code`',
  'a \\| b',
  '[link](http://x)',
  'Q&A',
  '&amp;',
  '<b>x</b>',
  '<!-- handoff-disable-line risk-without-owner -->',
  'x  ',
  '*',
  // Inline markup as practitioners write it in registers, and its near misses.
  '**Open**',
  '*S-02*',
  '__H__',
  '_a_b',
  '**x*',
  '*x**',
  '** x**',
  '`a|b`',
  '``a ` b``',
  '[M-01](#milestones)',
  '[S-02][y]',
  '[x]',
  '[y]',
  '![chart](c.png)',
  '<http://x.org>',
  '\\*x\\*',
  '\\\\|',
  'x\\',
  '&#35;1',
  '&nosuch;',
  '[a](<b c>)',
  '**[RB-12](http://x)** due',
  // A note on the line after a word, and IDs one to a line.
  'Closed<br>Accepted by S-12',
  '**Ready**<br/>awaiting CAB',
  'M-01<br />M-02',
  'S-01 **and** S-02',
  '<span>',
  '*a **b** c*',
  '\u0000',
];

const LINES = [
  '',
  '',
  '-',
  '*',
  '+',
  '1.',
  '2)',
  '- ',
  '- item',
  '- [ ] task',
  '- [x] done',
  '- [ ]',
  '* other bullet',
  '1. ordered',
  '  continued',
  '    indented',
  '> quote',
  '---',
  '***',
  '===',
  '- - -',
  'Paragraph text',
  'text with *markup*',
  '<!-- comment -->',
  '<!--',
  '-->',
  '<!-- handoff-disable-next-line -->',
  '```',
  '~~~',
  '<div>',
  '\t- tabbed',
  '| not | a table |',
  '- **Runbook** handed over',
  '- [x] *briefed* by S-02',
  '- [ ] `CHG-1` raised',
  '- see [doc](http://x) and [y]',
  '- a **b',
  '- _a_b',
  '- x *y* \\',
  '- a | b *c*',
  '- [y]: /u',
  '- &amp; *x*',
  '[y]: http://example.org',
  '[x]: /u "title"',
];

function pick<T>(rnd: () => number, xs: readonly T[]): T {
  return xs[Math.floor(rnd() * xs.length)]!;
}

function table(rnd: () => number): string[] {
  const cols = 1 + Math.floor(rnd() * 5);
  const spec = pick(rnd, REGISTER_SPECS);
  const bold = rnd() < 0.2;
  const headers = Array.from({ length: cols }, (_, i) => {
    const header = spec.columns[i]?.header ?? pick(rnd, CELLS);
    return bold && header ? `**${header}**` : header;
  });
  const row = (cells: string[]) => {
    const lead = rnd() < 0.9 ? '| ' : '';
    const trail = rnd() < 0.85 ? ' |' : rnd() < 0.5 ? '' : ' |  ';
    return lead + cells.join(' | ') + trail;
  };
  const out = [
    row(headers),
    row(headers.map(() => pick(rnd, ['---', ':--', '--:', ':-:', '-']))).replace(/^(?!\|)/, '|'),
  ];
  const rows = Math.floor(rnd() * 4);
  for (let r = 0; r < rows; r++) {
    const n = cols + (rnd() < 0.15 ? (rnd() < 0.5 ? -1 : 1) : 0);
    out.push(row(Array.from({ length: Math.max(1, n) }, () => pick(rnd, CELLS))));
  }
  return out;
}

function generatedPlan(rnd: () => number): string {
  const lines = [
    '---',
    'schema: transition-plan/1',
    `stage: ${pick(rnd, ['initiation', 'control', 'closure'])}`,
    '---',
  ];
  const blocks = 3 + Math.floor(rnd() * 25);
  for (let b = 0; b < blocks; b++) {
    const r = rnd();
    if (r < 0.3) lines.push(`${'#'.repeat(1 + Math.floor(rnd() * 4))} ${pick(rnd, HEADINGS)}`);
    else if (r < 0.55) lines.push(...table(rnd));
    else lines.push(pick(rnd, LINES));
    if (rnd() < 0.5) lines.push('');
  }
  return lines.join(rnd() < 0.1 ? '\r\n' : '\n') + (rnd() < 0.8 ? '\n' : '');
}

function mutatedPlan(rnd: () => number, source: string): string {
  const lines = source.split('\n');
  const edits = 1 + Math.floor(rnd() * 6);
  for (let e = 0; e < edits; e++) {
    const i = Math.floor(rnd() * lines.length);
    const r = rnd();
    if (r < 0.25) lines.splice(i, 1);
    else if (r < 0.5) lines.splice(i, 0, pick(rnd, LINES));
    else if (r < 0.6) lines.splice(i, 0, ...table(rnd));
    else if (r < 0.7) lines.splice(i, 0, `### ${pick(rnd, HEADINGS)}`);
    else if (r < 0.85) lines[i] = (lines[i] ?? '').slice(0, Math.floor(rnd() * (lines[i]?.length ?? 0)));
    else lines[i] = `${lines[i] ?? ''} ${pick(rnd, CELLS)}`;
  }
  return lines.join('\n');
}

function sources(): string[] {
  return planFiles(path.join(repoRoot, 'test/fixtures/rules'), path.join(repoRoot, 'examples')).map((f) =>
    fs.readFileSync(f, 'utf8'),
  );
}

/** The plans a seed gives, in order (exported to reproduce a failure outside mocha). */
export function* fuzzPlans(seed: number, count: number): Generator<string> {
  const rnd = rng(seed);
  const corpus = sources();
  for (let n = 0; n < count; n++) yield n % 2 ? generatedPlan(rnd) : mutatedPlan(rnd, pick(rnd, corpus));
}

describe('line scanner = micromark (seeded differential)', () => {
  const engine = createPlanEngine();
  const opts = { asOf: '2026-11-25' };

  it(`gives identical models and findings on ${PLANS} generated and mutated plans (seed ${SEED})`, () => {
    assert.ok(sources().length > 20);
    let scannerChunks = 0;
    let n = 0;
    for (const text of fuzzPlans(SEED, PLANS)) {
      n++;
      const fast = parsePlan('x', text);
      const slow = parsePlan('x', text, { forceMicromark: true });
      assert.deepEqual(modelSnapshot(fast), modelSnapshot(slow), `plan ${n} (seed ${SEED}):\n${text}`);
      assert.deepEqual(engine.lintPlan(fast, opts), engine.lintPlan(slow, opts), `findings of plan ${n}:\n${text}`);
      if (text.includes('|')) scannerChunks++;
    }
    assert.ok(scannerChunks > PLANS / 4);
  });
});
