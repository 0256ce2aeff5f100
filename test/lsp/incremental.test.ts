/**
 * Incremental re-parsing gives exactly the plan model (and findings) a full parse gives, edit
 * after edit, including edits that move, merge or split chunks, change link definitions, or open
 * a code fence or comment that swallows later headings.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createPlanEngine } from '../../server/src/engine/index.js';
import { IncrementalParser, parsePlan } from '../../server/src/engine/parse/index.js';
import type { Plan } from '../../server/src/engine/model.js';
import { repoRoot, rng } from '../helpers.js';

const engine = createPlanEngine();

/** Everything the model exposes, as plain data (an object met again, such as a row's table, is marked). */
function snapshot(plan: Plan): unknown {
  const seen = new WeakSet<object>();
  return JSON.parse(
    JSON.stringify(
      {
        frontMatter: plan.frontMatter,
        meta: plan.meta,
        title: plan.title,
        headings: plan.headings,
        sections: plan.sections,
        registers: plan.registers,
        directives: plan.directives,
        declaresSchema: plan.declaresSchema,
      },
      (_key, value: unknown) => {
        if (value instanceof Map) return [...(value as Map<unknown, unknown>).entries()];
        if (value && typeof value === 'object') {
          if (seen.has(value)) return '[seen]';
          seen.add(value);
        }
        return value;
      },
    ),
  );
}

function same(incremental: Plan, text: string, label: string): void {
  const full = parsePlan(incremental.uri, text);
  assert.deepEqual(snapshot(incremental), snapshot(full), label);
  const opts = { asOf: '2026-06-01' };
  assert.deepEqual(engine.lintPlan(incremental, opts), engine.lintPlan(full, opts), `${label}: findings`);
}

const SNIPPETS = [
  'x',
  '\n',
  '\n\n## Project Control\n\n',
  '\n## Appendix\n\nText with a [link][ref].\n',
  '\n[ref]: https://example.org\n',
  '\n```\n## not a heading\n',
  '\n```\n',
  '\n<!-- handoff-disable risk-without-owner\n',
  ' -->\n',
  '\n### Risks\n\n| ID | Risk | Owner |\n| --- | --- | --- |\n| R-09 | r | S-01 |\n',
  '| S-09 | New | Role |\n',
  '**bold** and `code`',
  '\n- [ ] a task\n',
  '\r\n',
  '# ',
  '\n### ',
  '\n### Issues\n\n| ID | Issue | Owner | Status |\n| --- | --- | --- | --- |\n| I-01 | x | S-01 | Open |\n',
  '\n<div>\n',
  '\n  ### indented\n',
  '\n> quote\n### after a quote\n',
  '\n- item\n### after a list\n',
  '\n    indented code\n### after code\n',
  '\n~~~\n',
];

describe('incremental parsing', function () {
  this.timeout(120_000);
  const examples = fs
    .readdirSync(path.join(repoRoot, 'examples'))
    .filter((f) => f.endsWith('.plan.md'))
    .map((f) => path.join(repoRoot, 'examples', f));

  for (const file of examples) {
    it(`matches a full parse over 100 random edits of ${path.basename(file)}`, () => {
      const parser = new IncrementalParser();
      let text = fs.readFileSync(file, 'utf8');
      const random = rng(text.length);
      same(parser.parse('file:///p.plan.md', text), text, 'initial');
      for (let i = 0; i < 100; i++) {
        const at = Math.floor(random() * (text.length + 1));
        const r = random();
        if (r < 0.5) {
          text = text.slice(0, at) + SNIPPETS[Math.floor(random() * SNIPPETS.length)]! + text.slice(at);
        } else if (r < 0.8) {
          text = text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + Math.floor(random() * 40)));
        } else {
          // Undo-like: put back a line that looks like one before.
          const lines = text.split('\n');
          const l = Math.floor(random() * lines.length);
          lines.splice(l, 0, lines[Math.floor(random() * lines.length)]!);
          text = lines.join('\n');
        }
        same(parser.parse('file:///p.plan.md', text), text, `edit ${i}`);
      }
    });
  }

  it('reparses only the chunk that changed', () => {
    const text = fs.readFileSync(path.join(repoRoot, 'examples', 'payroll-cloud.plan.md'), 'utf8');
    const parser = new IncrementalParser();
    parser.parse('u', text);
    const total = parser.lastStats.chunks;
    assert.ok(total > 3);
    const at = text.lastIndexOf('|');
    const edited = `${text.slice(0, at)} x ${text.slice(at)}`;
    same(parser.parse('u', edited), edited, 'one edit');
    assert.deepEqual(parser.lastStats, { chunks: total, reparsed: 1 });
    // A change of link definitions invalidates every chunk (they are appended to each).
    const withDefinition = `${edited}\n[ref]: https://example.org\n`;
    same(parser.parse('u', withDefinition), withDefinition, 'definition');
    assert.equal(parser.lastStats.reparsed, parser.lastStats.chunks);
  });
});
