/** A rating written where a risk's score goes is said to be one, and kept beside the number by the fix. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { applyEdits } from '../../server/src/engine/fix.js';
import { createPlanEngine } from '../../server/src/engine/index.js';
import { fixturePath } from '../helpers.js';

const engine = createPlanEngine();

describe('risk-score-mismatch: a rating where the score goes', () => {
  const text = readFileSync(fixturePath('rules/risk-score-mismatch/fires-rating-word.plan.md'), 'utf8');
  const lint = (t: string) =>
    engine
      .lintDocument('x.plan.md', t, { asOf: '2026-12-01', matchesGlob: true })
      .findings.filter((f) => f.rule === 'risk-score-mismatch');

  it('says the word is a rating, and the preferred fix keeps it after the score', () => {
    const [found, ...more] = lint(text);
    assert.ok(found);
    assert.equal(more.length, 0, '12 (Medium) reads as 12');
    assert.equal(
      found.message,
      'Risk R-02 has Score "Low", a rating, not a number: Score is Likelihood × Impact, 6 here. Write 6, with the rating after it if you keep one: 6 (Low).',
    );
    assert.deepEqual(
      found.fixes?.map((f) => [f.title, f.isPreferred ?? false, f.safe ?? false]),
      [
        ['Set the score to 6 (Low)', true, true],
        ['Set the score to 6', false, false],
      ],
    );
    for (const fix of found.fixes!) assert.deepEqual(lint(applyEdits(text, fix.edits)), [], fix.title);
  });
});

describe('risk-score-mismatch: the fix in a table padded to line up', () => {
  const table = (score: string, pad: boolean): string[] => {
    const rows = [
      ['ID', 'Risk', 'Likelihood', 'Impact', 'Score', 'Owner', 'Mitigation', 'Status'],
      ['---', '---', '---', '---', '---', '---', '---', '---'],
      ['R-01', 'Data loss', '4', '4', score, 'S-01', 'Trial runs', 'Open'],
    ];
    const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
    return rows.map((r) => `| ${r.map((c, i) => (pad ? c.padEnd(widths[i]!) : c)).join(' | ')} |`);
  };
  const plan = (lines: string[]): string =>
    [
      '---',
      'schema: transition-plan/1',
      'id: TP-1',
      'title: T',
      'stage: initiation',
      'sponsor: S-01',
      '---',
      '# T',
      '',
      '## Project Initiation',
      '',
      '### Stakeholders',
      '',
      '| ID | Name | Role |',
      '| --- | --- | --- |',
      '| S-01 | Ana Ng | Sponsor |',
      '',
      '### Risks',
      '',
      ...lines,
      '',
    ].join('\n');
  const fixesOf = (text: string) =>
    engine
      .lintDocument('x.plan.md', text, { asOf: '2026-12-01' })
      .findings.find((f) => f.rule === 'risk-score-mismatch')!.fixes!;

  it('keeps the columns lined up, and offers to keep the rating after the number', () => {
    const text = plan(table('12 (High)', true));
    const [preferred, keep] = fixesOf(text);
    assert.equal(preferred!.title, 'Set the score to 16');
    const fixed = applyEdits(text, preferred!.edits).split('\n');
    const row = fixed.find((l) => l.startsWith('| R-01'))!;
    const header = fixed.find((l) => l.startsWith('| ID   '))!;
    assert.equal(row.length, header.length, 'the row is as long as the header');
    assert.match(row, /\| 16 {8}\| S-01 {2}\|/);
    assert.equal(keep!.title, 'Set the score to 16 (High)');
    assert.ok(!keep!.isPreferred && !keep!.safe);
  });

  it('writes the number alone in a table not padded', () => {
    const text = plan(table('12 (High)', false));
    const fixed = applyEdits(text, fixesOf(text)[0]!.edits);
    assert.match(fixed, /^\| R-01 \| Data loss \| 4 \| 4 \| 16 \| S-01 \|/m);
  });
});
