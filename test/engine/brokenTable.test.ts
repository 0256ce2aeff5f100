/**
 * A register's table that Markdown does not read (a blank line under the header row, or no
 * `| --- |` row): one finding on the header row, whose fix makes it a table the register reads.
 */
import assert from 'node:assert/strict';
import { brokenTableUnder } from '../../server/src/engine/brokenTable.js';
import { applyEdits } from '../../server/src/engine/fix.js';
import { createPlanEngine } from '../../server/src/engine/index.js';
import { planText } from './planText.js';

const engine = createPlanEngine();

function plan(body: string[], eol = '\n'): string {
  const after = ['### Resources', ''];
  return planText({ stage: 'initiation', section: 'Project Initiation', register: 'Risks', lines: body, after, eol });
}

function under(text: string) {
  const model = engine.parse('p.plan.md', text);
  const heading = model.headings.find((h) => h.text === 'Risks')!;
  return { model, broken: brokenTableUnder(model, heading) };
}

const HEADER = '| ID | Risk | Likelihood | Impact | Owner | Mitigation | Status |';
const DELIMITER = '| --- | --- | --- | --- | --- | --- | --- |';
const ROW = '| R-01 | Late data | 2 | 3 | S-01 | Weekly check | Open |';

describe('tables Markdown does not read', () => {
  for (const eol of ['\n', '\r\n']) {
    const label = eol === '\n' ? 'LF' : 'CRLF';

    it(`a blank line under the header row (${label}): removed, the register has its row`, () => {
      const text = plan([HEADER, '', DELIMITER, ROW], eol);
      const { broken } = under(text);
      assert.ok(broken);
      assert.equal(broken.range.start.line, 13);
      assert.match(broken.reason, /^a blank line separates its header row/);
      const fixed = applyEdits(text, broken.fix.edits);
      assert.equal(fixed, plan([HEADER, DELIMITER, ROW], eol));
      assert.equal(under(fixed).model.rows('risks').length, 1);
    });

    it(`two blank lines (${label})`, () => {
      const text = plan([HEADER, '', '  ', DELIMITER, ROW], eol);
      const { broken } = under(text);
      assert.ok(broken);
      assert.match(broken.reason, /^2 blank lines separate/);
      assert.equal(applyEdits(text, broken.fix.edits), plan([HEADER, DELIMITER, ROW], eol));
    });

    it(`no delimiter row (${label}): added with a cell per column, with or without outer pipes`, () => {
      const text = plan([HEADER, ROW], eol);
      const { broken } = under(text);
      assert.ok(broken);
      assert.equal(applyEdits(text, broken.fix.edits), plan([HEADER, DELIMITER, ROW], eol));
      const bare = plan(['ID | Risk | Owner', 'R-01 | Late data | S-01'], eol);
      const b = under(bare).broken;
      assert.ok(b);
      const fixed = applyEdits(bare, b.fix.edits);
      assert.equal(fixed, plan(['ID | Risk | Owner', '--- | --- | ---', 'R-01 | Late data | S-01'], eol));
      assert.equal(under(fixed).model.rows('risks').length, 1);
    });
  }

  it('leaves alone a table that is read, a single cell, a code block and prose with a pipe', () => {
    assert.equal(under(plan([HEADER, DELIMITER, ROW])).broken, undefined);
    assert.equal(under(plan(['| Risks go here |', '| nothing yet |'])).broken, undefined);
    assert.equal(under(plan(['```', HEADER, ROW, '```'])).broken, undefined);
    // A longer fence is not closed by a shorter one, nor by one with an info string: the parser
    // reads all of it as code.
    assert.equal(under(plan(['````', '```', HEADER, ROW, '````'])).broken, undefined);
    assert.equal(under(plan(['```', '```text', HEADER, ROW, '```'])).broken, undefined);
    assert.equal(under(plan(['Owner is S-01 | S-02 for now.', 'More text.'])).broken, undefined);
    assert.equal(under(plan(['Nothing yet.'])).broken, undefined);
  });
});
