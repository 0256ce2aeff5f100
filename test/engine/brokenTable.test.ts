/**
 * A register's table that Markdown does not read (a blank line under the header row, no
 * `| --- |` row, an HTML table, a grid table): one finding on the header row, whose fix makes it
 * a table the register reads.
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
      const fixed = applyEdits(text, broken.fix!.edits);
      assert.equal(fixed, plan([HEADER, DELIMITER, ROW], eol));
      assert.equal(under(fixed).model.rows('risks').length, 1);
    });

    it(`two blank lines (${label})`, () => {
      const text = plan([HEADER, '', '  ', DELIMITER, ROW], eol);
      const { broken } = under(text);
      assert.ok(broken);
      assert.match(broken.reason, /^2 blank lines separate/);
      assert.equal(applyEdits(text, broken.fix!.edits), plan([HEADER, DELIMITER, ROW], eol));
    });

    it(`no delimiter row (${label}): added with a cell per column, with or without outer pipes`, () => {
      const text = plan([HEADER, ROW], eol);
      const { broken } = under(text);
      assert.ok(broken);
      assert.equal(applyEdits(text, broken.fix!.edits), plan([HEADER, DELIMITER, ROW], eol));
      const bare = plan(['ID | Risk | Owner', 'R-01 | Late data | S-01'], eol);
      const b = under(bare).broken;
      assert.ok(b);
      const fixed = applyEdits(bare, b.fix!.edits);
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

  describe('an HTML table', () => {
    const html = [
      '<table class="confluenceTable">',
      '<thead><tr><th>ID</th><th>Risk</th><th>Likelihood</th><th>Impact</th><th>Owner</th><th>Mitigation</th><th>Status</th></tr></thead>',
      '<tbody>',
      '<tr>',
      '  <td><p>R-01</p></td><td>Late <em>data</em> | feeds</td><td>2</td><td>3</td><td>S-01</td>',
      '  <td><p>Weekly check</p><p>See <a href="https://wiki.example/r1">runbook</a></p></td><td><strong>Open</strong></td>',
      '</tr>',
      '<tr><td>R-02</td><td>Vendor &amp; contract</td><td>1</td><td>2</td><td>&nbsp;</td><td>-</td><td>Closed</td></tr>',
      '</tbody>',
      '</table>',
    ];

    for (const eol of ['\n', '\r\n']) {
      it(`is converted to GFM rows, cell by cell (${eol === '\n' ? 'LF' : 'CRLF'})`, () => {
        const text = plan(html, eol);
        const { broken } = under(text);
        assert.ok(broken);
        assert.equal(broken.range.start.line, 13);
        assert.match(broken.reason, /^it is written in HTML \(<table>\)/);
        assert.equal(broken.fix?.safe, false);
        const fixed = applyEdits(text, broken.fix!.edits);
        assert.equal(
          fixed,
          plan(
            [
              HEADER,
              DELIMITER,
              '| R-01 | Late *data* \\| feeds | 2 | 3 | S-01 | Weekly check<br>See [runbook](https://wiki.example/r1) | **Open** |',
              '| R-02 | Vendor &amp; contract | 1 | 2 | | - | Closed |',
            ],
            eol,
          ),
        );
        const rows = under(fixed).model.rows('risks');
        assert.deepEqual(
          rows.map((r) => [r.value('id'), r.value('risk'), r.value('owner'), r.value('status')]),
          [
            ['R-01', 'Late data | feeds', 'S-01', 'Open'],
            ['R-02', 'Vendor & contract', undefined, 'Closed'],
          ],
        );
      });
    }

    it("inside Confluence's wrapper, on one line as Confluence exports it", () => {
      const oneLine = `<div class="table-wrap"><table class="confluenceTable"><colgroup><col style="width: 5%"/><col/></colgroup><tbody>${html
        .slice(1, -1)
        .join('')}</table></div>`;
      const text = plan([oneLine]);
      const { broken } = under(text);
      assert.ok(broken?.fix, 'converted');
      const fixed = applyEdits(text, broken.fix.edits);
      assert.equal(under(fixed).model.rows('risks').length, 2);
      assert.ok(fixed.includes('| R-01 | Late *data* \\| feeds |'));
    });

    it('is reported without a fix when a cell is merged, a table is nested or there is a caption', () => {
      const merged = html.map((l) => l.replace('<td>S-01</td>', '<td rowspan="2">S-01</td>'));
      const nested = html.map((l) => l.replace('<td>3</td>', '<td><table><tr><td>3</td></tr></table></td>'));
      const caption = html.map((l) => l.replace('<thead>', '<caption>Top risks</caption><thead>'));
      const ragged = html.map((l) => l.replace('<td>Closed</td>', ''));
      for (const body of [merged, nested, caption, ragged]) {
        const { broken } = under(plan(body));
        assert.ok(broken, body.join('\n'));
        assert.equal(broken.fix, undefined, body.join('\n'));
        assert.match(broken.reason, /write it as one by hand$/);
      }
    });

    it('hostile HTML is read in one pass: reported, without a fix', function () {
      // Each of these made the first, pattern-based reader go over the rest of the table again
      // from every `<` (quadratic: minutes on a plan's worth). A hang fails on the timeout.
      this.timeout(20_000);
      const bodies = [
        ['<table>', `<tr><td>${'<td '.repeat(100_000)}</td></tr>`, '</table>'],
        ['<table>', `<tr><td title="${'<b '.repeat(100_000)}>x</td></tr>`, '</table>'],
        ['<table>', `<tr><td>${'<b>'.repeat(100_000)}x</td></tr>`, '</table>'],
        ['<table>', `${'<tr>'.repeat(100_000)}`, '</table>'],
      ];
      for (const body of bodies) {
        const { broken } = under(plan(body));
        assert.ok(broken, body[1]!.slice(0, 40));
        assert.equal(broken.fix, undefined, body[1]!.slice(0, 40));
      }
      // Many plain rows convert, each once.
      const rows = Array.from({ length: 5_000 }, (_, i) => `<tr><td>R-${i}</td><td>Risk ${i}</td></tr>`);
      const { broken } = under(plan(['<table>', '<tr><th>ID</th><th>Risk</th></tr>', ...rows, '</table>']));
      assert.equal(broken?.fix?.edits[0]?.newText.split('\n').length, 5_002);
    });

    it('that never closes under the heading is not taken for a table', () => {
      assert.equal(under(plan(html.slice(0, -1))).broken, undefined);
    });
  });

  describe('a grid table', () => {
    const grid = [
      '+------+-----------+------------+--------+-------+--------------+--------+',
      '| ID   | Risk      | Likelihood | Impact | Owner | Mitigation   | Status |',
      '+======+===========+============+========+=======+==============+========+',
      '| R-01 | Late data | 2          | 3      | S-01  | Weekly check | Open   |',
      '|      | feeds     |            |        |       |              |        |',
      '+------+-----------+------------+--------+-------+--------------+--------+',
      '| R-02 | Vendor    | 1          | 2      |       | -            | Closed |',
      '+------+-----------+------------+--------+-------+--------------+--------+',
    ];

    it('is converted to GFM rows, a cell over several lines joined', () => {
      const text = plan(grid);
      const { broken } = under(text);
      assert.ok(broken);
      assert.equal(broken.range.start.line, 13);
      assert.match(broken.reason, /^it is written as a grid table/);
      assert.equal(broken.fix?.safe, true);
      const fixed = applyEdits(text, broken.fix!.edits);
      assert.equal(
        fixed,
        plan([
          HEADER,
          DELIMITER,
          '| R-01 | Late data feeds | 2 | 3 | S-01 | Weekly check | Open |',
          '| R-02 | Vendor | 1 | 2 | | - | Closed |',
        ]),
      );
      assert.equal(under(fixed).model.rows('risks').length, 2);
    });

    it('keeps a pipe the author escaped as one escape', () => {
      const piped = [
        '+------+----------------------+------------+--------+-------+--------------+--------+',
        '| ID   | Risk                 | Likelihood | Impact | Owner | Mitigation   | Status |',
        '+======+======================+============+========+=======+==============+========+',
        '| R-01 | Feeds (PDF \\| web)   | 2          | 3      | S-01  | Check weekly | Open   |',
        '+------+----------------------+------------+--------+-------+--------------+--------+',
      ];
      const text = plan(piped);
      const { broken } = under(text);
      assert.ok(broken?.fix);
      const fixed = applyEdits(text, broken.fix.edits);
      assert.ok(fixed.includes('| R-01 | Feeds (PDF \\| web) | 2 | 3 | S-01 | Check weekly | Open |'), fixed);
      const [row] = under(fixed).model.rows('risks');
      assert.equal(row?.cells.length, 7);
      assert.equal(row?.value('status'), 'Open');
    });

    it('is reported without a fix when a row leaves the columns of the top border', () => {
      const spanning = grid.map((l, i) =>
        i === 6 ? '| R-02 | Vendor risk spanning two columns  | 2      |       | -            | Closed |' : l,
      );
      const { broken } = under(plan(spanning));
      assert.ok(broken);
      assert.equal(broken.fix, undefined);
    });

    it('a hostile grid is read in one pass: a border of 100,000 columns over rows that do not keep to it', function () {
      this.timeout(20_000);
      const border = `+${'-+'.repeat(100_000)}`;
      const { broken } = under(plan([border, ...Array.from({ length: 2_000 }, () => '| x |'), border]));
      assert.ok(broken);
      assert.equal(broken.fix, undefined);
    });

    it('a border alone, or a rule of plus signs in prose, is not a table', () => {
      assert.equal(under(plan(['+----+----+', 'Nothing yet.'])).broken, undefined);
    });
  });

  it('a register written as a list is said to be one, not empty; a list after its table is only notes', () => {
    const risks = (body: string[]): string[] =>
      engine
        .lintDocument('p.plan.md', plan(body), { asOf: '2026-06-01' })
        .findings.filter((f) => f.rule === 'missing-risks')
        .map((f) => f.message);
    assert.deepEqual(risks(['- R-01: Late data (S-01)', '- R-02: Vendor slips (S-01)']), [
      'The Risks register is written as a list of 2 items, and Handoff reads its entries only from a table, one row each, with the columns ID, Risk, Likelihood, Impact, Owner, Mitigation, Status: write them as one.',
    ]);
    assert.deepEqual(risks(['Nothing yet.']), [
      'The Risks register is empty: record at least the main risks of the transition, with owner and mitigation.',
    ]);
    // With its table, a list after it is only notes.
    assert.deepEqual(risks([HEADER, DELIMITER, ROW, '', '- Reviewed weekly']), []);
  });

  it("writes a list's items as the register's table, one row each, losing no text", () => {
    const list = [
      '- **R-01** – Late data | feeds (owner S-01)',
      '- Vendor slips',
      '  past the cutover weekend',
      '* [ ] R-07: Budget cut',
    ];
    const text = plan(list);
    const finding = engine
      .lintDocument('p.plan.md', text, { asOf: '2026-06-01', withFixes: true })
      .findings.find((f) => f.rule === 'missing-risks');
    assert.ok(finding);
    const fixes = finding.fixes;
    assert.equal(fixes?.length, 1);
    const fix = fixes[0]!;
    assert.equal(fix.title, 'Write the 3 items as the Risks table (each under Risk, the other columns to fill in)');
    assert.ok(!fix.isPreferred && !fix.safe, 'the author fills in the rest');
    const fixed = applyEdits(text, fix.edits);
    assert.equal(
      fixed,
      plan([
        HEADER,
        DELIMITER,
        '| R-01 | Late data \\| feeds (owner S-01) | | | | | |',
        '| R-08 | Vendor slips past the cutover weekend | | | | | |',
        '| R-07 | Budget cut | | | | | |',
      ]),
    );
    assert.equal(under(fixed).model.rows('risks').length, 3);
  });
});
