/**
 * Rows a register's table loses to Markdown without a sign: those after a blank line in the table
 * (`blankLineRows.ts`), and all of them when the header row and the `| --- |` row under it have
 * different numbers of cells (`brokenTable.ts`). Each is a `table-columns` finding, never an
 * empty register.
 */
import assert from 'node:assert/strict';
import { rowsAfterBlank } from '../../server/src/engine/blankLineRows.js';
import { brokenTableUnder } from '../../server/src/engine/brokenTable.js';
import { DEFAULT_CONFIG } from '../../server/src/engine/config.js';
import { applyEdits } from '../../server/src/engine/fix.js';
import { createPlanEngine } from '../../server/src/engine/index.js';
import { planText } from './planText.js';

const engine = createPlanEngine();

function plan(body: string[], eol = '\n'): string {
  const after = ['### Resources', ''];
  return planText({ stage: 'initiation', section: 'Project Initiation', register: 'Risks', lines: body, after, eol });
}

function risks(text: string) {
  const model = engine.parse('p.plan.md', text);
  const register = model.registers.find((r) => r.kind === 'risks')!;
  return { model, register };
}

function findings(text: string) {
  return engine.lintDocument('p.plan.md', text, { asOf: '2026-12-05', config: DEFAULT_CONFIG, matchesGlob: true })
    .findings;
}

const HEADER = '| ID | Risk | Likelihood | Impact | Owner | Mitigation | Status |';
const DELIMITER = '| --- | --- | --- | --- | --- | --- | --- |';
const ROW1 = '| R-01 | Late data | 2 | 3 | S-01 | Weekly check | Open |';
const ROW2 = '| R-02 | Data loss | 2 | 4 | S-01 | Backups | Open |';
const ROW3 = '| R-03 | Staff away | 1 | 2 | S-01 | Cover | Open |';

describe('rows a blank line cuts off a register table', () => {
  for (const eol of ['\n', '\r\n']) {
    const label = eol === '\n' ? 'LF' : 'CRLF';

    it(`are reported on the first of them, and the fix joins them to the table (${label})`, () => {
      const text = plan([HEADER, DELIMITER, ROW1, '', ROW2, ROW3], eol);
      const { model, register } = risks(text);
      assert.equal(model.rows('risks').length, 1);
      const [cut, ...more] = rowsAfterBlank(model, register);
      assert.ok(cut);
      assert.equal(more.length, 0);
      assert.equal(cut.rows.length, 2);
      assert.deepEqual(cut.firstCells, ['R-02', 'R-03']);
      assert.equal(cut.fix?.safe, true);
      const fixed = applyEdits(text, cut.fix.edits);
      assert.equal(fixed, plan([HEADER, DELIMITER, ROW1, ROW2, ROW3], eol));
      assert.equal(risks(fixed).model.rows('risks').length, 3);
      const reported = findings(text).filter((f) => f.rule === 'table-columns');
      assert.equal(reported.length, 1);
      assert.equal(reported[0]!.range.start.line, 17);
      assert.equal(reported[0]!.severity, 'error');
      assert.match(
        reported[0]!.message,
        /^A blank line ends the Risks table in Markdown: the 2 rows after it \(R-02, R-03\)/,
      );
    });

    it(`are reported when the rows have no closing pipe, as GFM allows (${label})`, () => {
      const open = (row: string) => row.replace(/ \|$/, '');
      const text = plan([HEADER, DELIMITER, ROW1, '', ROW2, ROW3].map(open), eol);
      assert.equal(risks(text).model.rows('risks').length, 1);
      const [cut] = rowsAfterBlank(risks(text).model, risks(text).register);
      assert.deepEqual(cut?.firstCells, ['R-02', 'R-03']);
      assert.ok(cut.fix?.safe);
      const fixed = applyEdits(text, cut.fix.edits);
      assert.equal(fixed, plan([HEADER, DELIMITER, ROW1, ROW2, ROW3].map(open), eol));
      assert.equal(risks(fixed).model.rows('risks').length, 3);
      // Only the last row without one: the same.
      const lastOpen = plan([HEADER, DELIMITER, open(ROW1), '', ROW2], eol);
      assert.deepEqual(rowsAfterBlank(risks(lastOpen).model, risks(lastOpen).register)[0]?.firstCells, ['R-02']);
    });

    it(`several gaps, and several blank lines in one, go in one fix (${label})`, () => {
      const text = plan([HEADER, DELIMITER, ROW1, '', '  ', ROW2, '', ROW3], eol);
      const [cut] = rowsAfterBlank(risks(text).model, risks(text).register);
      assert.ok(cut?.fix);
      assert.equal(cut.rows.length, 2);
      assert.equal(applyEdits(text, cut.fix.edits), plan([HEADER, DELIMITER, ROW1, ROW2, ROW3], eol));
    });
  }

  it('a table with no row before the gap is not an empty register', () => {
    const text = plan([HEADER, DELIMITER, '', ROW1, ROW2]);
    const all = findings(text);
    assert.deepEqual(
      all.filter((f) => f.rule === 'missing-risks'),
      [],
    );
    assert.equal(all.filter((f) => f.rule === 'table-columns').length, 1);
  });

  it('is reported without a fix when the rows do not fit the header, or text runs on under them', () => {
    const short = plan([HEADER, DELIMITER, ROW1, '', '| R-02 | Data loss | 2 | 4 | S-01 | Open |']);
    const [a] = rowsAfterBlank(risks(short).model, risks(short).register);
    assert.ok(a);
    assert.equal(a.fix, undefined);
    assert.match(a.alsoDo ?? '', /7 cells/);
    const prose = plan([HEADER, DELIMITER, ROW1, '', ROW2, 'Reviewed weekly.']);
    const [b] = rowsAfterBlank(risks(prose).model, risks(prose).register);
    assert.ok(b);
    assert.equal(b.fix, undefined);
    const header = plan([HEADER, DELIMITER, ROW1, '', HEADER, ROW2]);
    const [c] = rowsAfterBlank(risks(header).model, risks(header).register);
    assert.ok(c);
    assert.equal(c.fix, undefined);
  });

  it('leaves alone a second table, code, indented code, prose and a table with no gap', () => {
    const none = (body: string[]) => {
      const text = plan(body);
      assert.deepEqual(rowsAfterBlank(risks(text).model, risks(text).register), [], body.join('\n'));
    };
    none([HEADER, DELIMITER, ROW1, ROW2]);
    none([HEADER, DELIMITER, ROW1, '', HEADER, DELIMITER, ROW2]);
    none([HEADER, DELIMITER, ROW1, '', '| ID | Risk | Owner |', '| --- | --- | --- |', '| R-02 | Data loss | S-01 |']);
    none([HEADER, DELIMITER, ROW1, '', '```', ROW2, '```']);
    none([HEADER, DELIMITER, ROW1, '', '    ' + ROW2]);
    none([HEADER, DELIMITER, ROW1, '', 'Owners review | monthly.', ROW2]);
    none([HEADER, DELIMITER, ROW1, '', '| one cell |']);
    none(['```', HEADER, DELIMITER, ROW1, '', ROW2, '```']);
    none(['<!--', HEADER, DELIMITER, ROW1, '', ROW2, '-->']);
  });
});

describe('a header row and a | --- | row with different numbers of cells', () => {
  it('is reported on the header row, and the register is not called empty', () => {
    const header = '| ID | Risk | Likelihood | Impact | Owner  Mitigation | Status |';
    const text = plan([header, DELIMITER, ROW1, ROW2]);
    const { model, register } = risks(text);
    assert.equal(register.table, undefined);
    const broken = brokenTableUnder(model, register.heading);
    assert.ok(broken);
    assert.equal(broken.range.start.line, 13);
    assert.equal(broken.fix, undefined);
    const all = findings(text);
    assert.deepEqual(
      all.filter((f) => f.rule === 'missing-risks'),
      [],
    );
    const reported = all.filter((f) => f.rule === 'table-columns');
    assert.equal(reported.length, 1);
    assert.equal(
      reported[0]!.message,
      'The header row of the Risks table has 6 cells and its "| --- |" row 7: Markdown reads no table here, so the register\'s 2 rows are not checked. Its rows have 7 cells, like the "| --- |" row: a header cell is probably missing. Give both rows the same number of cells.',
    );
  });

  for (const eol of ['\n', '\r\n']) {
    it(`is reported on the | --- | row when the rows fit the header, whose fix writes it with as many cells (${eol === '\n' ? 'LF' : 'CRLF'})`, () => {
      for (const delimiter of ['| --- | --- | --- | --- | --- | --- |', DELIMITER + ' --- |']) {
        const text = plan([HEADER, delimiter, ROW1, ROW2], eol);
        const { model, register } = risks(text);
        const broken = brokenTableUnder(model, register.heading);
        assert.ok(broken?.fix);
        assert.equal(broken.range.start.line, 14);
        assert.equal(broken.fix.safe, true);
        const fixed = applyEdits(text, broken.fix.edits);
        assert.equal(fixed, plan([HEADER, DELIMITER, ROW1, ROW2], eol));
        assert.equal(risks(fixed).model.rows('risks').length, 2);
      }
    });
  }

  it('has no fix when the | --- | row aligns its columns differently, or without rows', () => {
    const aligned = plan([HEADER, '| --- | :--- | ---: | --- | --- | --- |', ROW1]);
    assert.equal(brokenTableUnder(risks(aligned).model, risks(aligned).register.heading)?.fix, undefined);
    const empty = plan([HEADER, '| --- | --- | --- | --- | --- | --- |']);
    const broken = brokenTableUnder(risks(empty).model, risks(empty).register.heading);
    assert.ok(broken);
    assert.equal(broken.fix, undefined);
    assert.match(broken.message!('Risks'), /so the register has no rows\./);
  });

  it('leaves alone a table whose rows are as wide as they should be, an escaped pipe included', () => {
    const text = plan(['| ID | Risk \\| cause | Likelihood | Impact | Owner | Mitigation | Status |', DELIMITER, ROW1]);
    const { model, register } = risks(text);
    assert.ok(register.table);
    assert.equal(brokenTableUnder(model, register.heading), undefined);
  });
});
