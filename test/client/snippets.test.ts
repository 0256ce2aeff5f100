import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildSnippets, renderSnippetsFile, SNIPPETS_PATH } from '../../client/src/snippets/definitions.js';
import { sectionTemplate } from '../../server/src/engine/templates.js';
import { repoRoot } from '../helpers.js';

/** The text VS Code inserts for a snippet body when every placeholder keeps its default. */
function expand(body: readonly string[]): string {
  return body
    .join('\n')
    .replace(/\$\{\d+\|([^|]*)\|\}/g, (_, choices: string) => choices.split(',')[0] ?? '')
    .replace(/\$\{\d+:((?:\\.|[^}\\])*)\}/g, (_, text: string) => text.replace(/\\(.)/g, '$1'))
    .replace(/\$\{\d+\}|\$\d+/g, '');
}

describe('client: snippets', () => {
  it(`${SNIPPETS_PATH} is current (run node scripts/gen-snippets.mjs)`, () => {
    const committed = fs.readFileSync(path.join(repoRoot, SNIPPETS_PATH), 'utf8');
    assert.equal(committed, renderSnippetsFile());
  });

  it('package.json contributes the snippets file for Markdown', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
      contributes: { snippets: { language: string; path: string }[] };
    };
    assert.deepEqual(pkg.contributes.snippets, [{ language: 'markdown', path: `./${SNIPPETS_PATH}` }]);
  });

  it('has the front matter, the five stage sections and a row for each register', () => {
    const snippets = buildSnippets();
    const prefixes = new Set(Object.values(snippets).map((s) => s.prefix));
    assert.equal(prefixes.size, Object.keys(snippets).length, 'prefixes are unique');
    for (const p of [
      'handoff-front-matter',
      'handoff-initiation',
      'handoff-planning',
      'handoff-control',
      'handoff-reporting',
      'handoff-closure',
      'handoff-row-stakeholder',
      'handoff-row-risk',
      'handoff-row-milestone',
      'handoff-row-process-interface',
      'handoff-row-issue',
      'handoff-row-corrective-action',
      'handoff-row-status-entry',
      'handoff-row-handover',
      'handoff-row-waiver',
    ]) {
      assert.ok(prefixes.has(p), `missing snippet ${p}`);
    }
  });

  it('a stage section snippet expands to exactly the quick-fix template', () => {
    const control = buildSnippets()['Handoff: Project Control section']!;
    assert.equal(control.prefix, 'handoff-control');
    const text = expand(control.body);
    assert.equal(text, sectionTemplate('control'));
    assert.match(text, /^## Project Control\n\n### Resource consumption\n/);
    assert.match(text, /### Corrective actions\n\n\| ID \| Action \| Owner \| Status \|\n/);
  });

  it('the front matter snippet offers the enums as choices and mirrors the title', () => {
    const fm = buildSnippets()['Handoff: plan front matter']!;
    assert.equal(fm.body[0], '---');
    assert.ok(fm.body.includes('schema: transition-plan/1'));
    assert.ok(fm.body.includes('stage: ${5|initiation,planning,control,closure,closed|}'));
    assert.ok(fm.body.includes('title: ${2:Title of the transition}'));
    assert.ok(fm.body.includes('# ${2}'));
    assert.match(expand(fm.body), /^dates:\n {2}start: 2026-01-05\n {2}go_live: 2026-04-01\n {2}close: 2026-06-30$/m);
  });

  it('a risk row snippet has one tab stop per column of the risks template', () => {
    const risk = buildSnippets()['Handoff: risk row']!;
    assert.equal(risk.body.length, 1);
    const cells = risk.body[0]!.split(' | ').length;
    const stops = risk.body[0]!.match(/\$\{\d+:/g) ?? [];
    assert.equal(stops.length, cells);
    assert.match(expand(risk.body), /^\| R-01 \| What could happen \| 3 \| 3 \| 9 \| S-01 \|/);
  });
});
