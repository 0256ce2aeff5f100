/**
 * A note table before a register's own (a scoring key, a legend, a RAG scale), as templates
 * write them under the register heading: not the register, so its rows are not read and its
 * columns are not reported missing; the register is the later table with every required column.
 * A first table that could be the register (some required columns, a misspelt one, rows with
 * IDs) is still read as it, and reported.
 */
import assert from 'node:assert/strict';
import { createPlanEngine } from '../../server/src/engine/index.js';
import { planText } from './planText.js';

const engine = createPlanEngine();

const HEADER = '| ID | Risk | Likelihood | Impact | Owner | Mitigation | Contingency | Status |';
const DELIMITER = '| --- | --- | --- | --- | --- | --- | --- | --- |';
const RISK = '| R-01 | Data loss | 5 | 4 | S-01 | Trial runs |  | Open |';
const REGISTER = [HEADER, DELIMITER, RISK];
const LEGEND = [
  'Scoring key (Likelihood × Impact):',
  '',
  '| Score | Rating |',
  '| --- | --- |',
  '| 1–8 | Low |',
  '| 15–25 | High |',
];

function plan(lines: string[]): string {
  return planText({
    stage: 'planning',
    section: 'Project Initiation',
    register: 'Risks',
    lines,
    after: ['### Resources', ''],
  });
}

function findings(text: string, rules = ['table-columns', 'high-risk-without-contingency']): string[] {
  return engine
    .lintDocument('p.plan.md', text, { asOf: '2026-06-01' })
    .findings.filter((f) => rules.includes(f.rule))
    .map((f) => `${f.rule} ${f.range.start.line}: ${f.message}`);
}

const ids = (text: string) =>
  engine
    .parse('p.plan.md', text)
    .rows('risks')
    .map((r) => r.id ?? r.cells[0]!.text);

describe('a note table before a register', () => {
  it('reads the later table with every required column as the register, and not the legend', () => {
    const text = plan([...LEGEND, '', ...REGISTER]);
    const model = engine.parse('p.plan.md', text);
    const risks = model.register('risks')!;
    assert.deepEqual(ids(text), ['R-01']);
    assert.equal(risks.table!.headers[0]!.text, 'ID');
    assert.deepEqual(risks.tablesNotRead, []);
    const found = findings(text);
    assert.equal(found.length, 1, found.join('\n'));
    assert.match(found[0]!, /^high-risk-without-contingency \d+: Risk R-01 scores 20/);
  });

  it('skips several notes (a key and a RAG scale) and joins later tables with the same columns', () => {
    const text = plan([
      ...LEGEND,
      '',
      '| Colour | Meaning |',
      '| --- | --- |',
      '| Red | Act now |',
      '',
      ...REGISTER,
      '',
      '**Closed risks**',
      '',
      HEADER,
      DELIMITER,
      '| R-02 | Old risk | 1 | 1 | S-01 | Done | - | Closed |',
      '',
      '| ID | Risk | Closed on |',
      '| --- | --- | --- |',
      '| R-03 | Older risk | 2026-04-01 |',
    ]);
    assert.deepEqual(ids(text), ['R-01', 'R-02']);
    const found = findings(text).sort();
    assert.equal(found.length, 2, found.join('\n'));
    assert.match(found[0]!, /^high-risk-without-contingency/);
    assert.match(
      found[1]!,
      /^table-columns \d+: This table under Risks has other columns than the register's first table \(ID \| Risk \| Likelihood/,
    );
  });

  it('reads a legend under a second heading of the register as no part of it', () => {
    const text = plan([
      HEADER,
      DELIMITER,
      '| R-02 | Late data | 2 | 3 | S-01 | Weekly check | - | Open |',
      '',
      '### Risk register (supplier risks)',
      '',
      ...LEGEND,
      '',
      ...REGISTER,
    ]);
    assert.deepEqual(ids(text), ['R-02', 'R-01']);
    const found = findings(text);
    assert.equal(found.length, 1, found.join('\n'));
    assert.match(found[0]!, /^high-risk-without-contingency/);
  });

  it('keeps a first table with some required columns as the register (a column missing is reported)', () => {
    const text = plan([
      '| ID | Risk | Likelihood | Impact | Mitigation | Status |',
      '| --- | --- | --- | --- | --- | --- |',
      '| R-02 | Late data | 2 | 3 | Weekly check | Open |',
      '',
      ...REGISTER,
    ]);
    assert.deepEqual(ids(text), ['R-02']);
    const found = findings(text, ['table-columns']);
    assert.equal(found.length, 2, found.join('\n'));
    assert.match(found[0]!, /no "Owner" column/);
    assert.match(found[1]!, /other columns than the register's first table .*its 1 row is not checked/);
  });

  it('reads a later table with a misspelt required column as the register, its typo reported there', () => {
    const text = plan([...LEGEND, '', HEADER.replace('Owner', 'Ownr'), DELIMITER, RISK]);
    assert.deepEqual(ids(text), ['R-01']);
    const found = findings(text, ['table-columns']);
    assert.equal(found.length, 1, found.join('\n'));
    assert.match(found[0]!, /^table-columns \d+: The Risks table has no "Owner" column, but it has a column "Ownr"/);
    assert.equal(Number(/ (\d+):/.exec(found[0]!)![1]), text.split('\n').indexOf(HEADER.replace('Owner', 'Ownr')));
  });

  it('keeps the legend as the register when no later table has every required column, or a typo of it', () => {
    const text = plan([
      ...LEGEND,
      '',
      HEADER.replace('| Owner ', ''),
      DELIMITER.replace('| --- ', ''),
      RISK.replace('| S-01 ', ''),
    ]);
    assert.deepEqual(ids(text), ['1–8', '15–25']);
    const found = findings(text, ['table-columns']);
    assert.ok(
      found.some((f) => /no "ID" column/.test(f)),
      found.join('\n'),
    );
    assert.ok(
      found.some((f) => /other columns than the register's first table \(Score \| Rating\).*not checked/.test(f)),
      found.join('\n'),
    );
  });

  it('keeps a first table that may be the register under other names: a misspelt header, rows with IDs', () => {
    // A header a typo of a required column (`Mitigaton`): the register, misspelt.
    const misspelt = plan(['| Ref no | Mitigaton |', '| --- | --- |', '| 1 | Trial runs |', '', ...REGISTER]);
    assert.deepEqual(ids(misspelt), ['1']);
    // Rows with IDs: entries, whatever their headers.
    const withIds = plan(['| Number | Title |', '| --- | --- |', '| R-02 | Late data |', '', ...REGISTER]);
    assert.deepEqual(ids(withIds), ['R-02']);
    for (const text of [misspelt, withIds]) {
      const found = findings(text, ['table-columns']);
      assert.ok(
        found.some((f) => /other columns than the register's first table .*its 1 row is not checked/.test(f)),
        found.join('\n'),
      );
    }
  });

  it('reads a RACI key before the Responsibilities matrix as no part of it', () => {
    const text = planText({
      section: 'Project Planning and Coordination',
      register: 'Responsibilities',
      lines: [
        '| Letter | Meaning |',
        '| --- | --- |',
        '| R | Responsible |',
        '| A | Accountable |',
        '',
        '| Activity | S-01 |',
        '| --- | --- |',
        '| Migration | A/R |',
      ],
    });
    const model = engine.parse('p.plan.md', text);
    assert.deepEqual(
      model.rows('responsibilities').map((r) => r.cells[0]!.text),
      ['Migration'],
    );
    assert.deepEqual(findings(text, ['table-columns']), []);
  });
});
