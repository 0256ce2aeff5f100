import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildSnippets, renderSnippetsFile, SNIPPETS_PATH, TODAY } from '../../client/src/snippets/definitions.js';
import { REGISTER_SPECS } from '../../server/src/engine/schema.js';
import { rowTemplate } from '../../server/src/engine/templates.js';
import { repoRoot } from '../helpers.js';

/** The text VS Code inserts for a snippet body when every placeholder keeps its default, on `today`. */
function expand(body: readonly string[], today: string): string {
  const [y, m, d] = today.split('-');
  return body
    .join('\n')
    .replace(/\$\{CURRENT_YEAR\}/g, y!)
    .replace(/\$\{CURRENT_MONTH\}/g, m!)
    .replace(/\$\{CURRENT_DATE\}/g, d!)
    .replace(/\$\{\d+\|([^|]*)\|\}/g, (_, choices: string) => choices.split(',')[0] ?? '')
    .replace(/\$\{\d+:((?:\\.|[^}\\])*)\}/g, (_, text: string) => text.replace(/\\(.)/g, '$1'))
    .replace(/\$\{\d+\}|\$\d+/g, '');
}

describe('client: snippets', () => {
  const snippets = buildSnippets();

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

  it('has one row snippet per table register, and nothing that belongs only in a plan body', () => {
    const tables = REGISTER_SPECS.filter((r) => r.shape === 'table');
    const prefixes = Object.values(snippets).map((s) => s.prefix);
    assert.equal(new Set(prefixes).size, prefixes.length, 'prefixes are unique');
    assert.equal(prefixes.length, tables.length);
    for (const p of [
      'handoff-row-stakeholder',
      'handoff-row-risk',
      'handoff-row-milestone',
      'handoff-row-handover',
      'handoff-row-waiver',
    ]) {
      assert.ok(prefixes.includes(p), `missing snippet ${p}`);
    }
    // Sections, registers, front matter and whole plans come from the language server, which
    // knows where the cursor is: a static snippet would be offered inside the front matter.
    for (const s of Object.values(snippets)) {
      assert.equal(s.body.length, 1, `${s.prefix} is one row`);
      assert.match(s.body[0]!, /^\| .* \|$/, `${s.prefix} is a table row`);
    }
  });

  it('dates are today, never a fixed year', () => {
    const dated = Object.values(snippets).filter((s) => s.body[0]!.includes(TODAY));
    assert.ok(dated.length >= 5, `${dated.length} dated row snippets`);
    for (const s of Object.values(snippets)) assert.doesNotMatch(s.body.join('\n'), /\d{4}-\d{2}-\d{2}/, s.prefix);
    const milestone = Object.values(snippets).find((s) => s.prefix === 'handoff-row-milestone')!;
    assert.equal(
      expand(milestone.body, '2027-03-10'),
      '| M-01 | What is reached | S-01 | 2027-03-10 | 2027-03-10 | Not started |',
    );
  });

  it('a row snippet expands to the quick-fix template row, one tab stop per cell', () => {
    for (const reg of REGISTER_SPECS.filter((r) => r.shape === 'table')) {
      const s = Object.values(snippets).find((x) => x.description.includes(`of the ${reg.title} table`));
      assert.ok(s, `a row snippet for ${reg.title}`);
      const cells = s.body[0]!.split(' | ').length;
      assert.equal((s.body[0]!.match(/\$\{\d+:/g) ?? []).length, cells, s.prefix);
      const template = rowTemplate(reg.kind).replace(/\d{4}-\d{2}-\d{2}/g, '2027-03-10');
      assert.equal(expand(s.body, '2027-03-10'), template, s.prefix);
    }
  });
});
