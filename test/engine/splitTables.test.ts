/**
 * A register split into several tables under its heading, as registers are kept (open and
 * closed risks, a Status log per quarter): a later table with the same columns is more of its
 * rows; one with other columns is reported, never dropped in silence.
 */
import assert from 'node:assert/strict';
import { applyEdits } from '../../server/src/engine/fix.js';
import { createPlanEngine } from '../../server/src/engine/index.js';
import { locate } from '../../server/src/engine/positions.js';
import { planText } from './planText.js';

const engine = createPlanEngine();

const HEADER = '| ID | Risk | Likelihood | Impact | Owner | Mitigation | Status |';
const DELIMITER = '| --- | --- | --- | --- | --- | --- | --- |';

function plan(lines: string[], stage: 'initiation' | 'planning' = 'initiation'): string {
  return planText({
    stage,
    section: 'Project Initiation',
    register: 'Risks',
    lines,
    after: ['### Resources', ''],
  });
}

function lint(text: string): string[] {
  return engine
    .lintDocument('p.plan.md', text, { asOf: '2026-06-01' })
    .findings.filter((f) =>
      ['table-columns', 'unreadable-value', 'unresolved-reference', 'duplicate-id'].includes(f.rule),
    )
    .map((f) => `${f.rule} ${f.range.start.line}: ${f.message}`);
}

/** A rule's findings on the plan as of 2026-06-01, with their fixes. */
function findingsOf(text: string, rule: string) {
  return engine
    .lintDocument('p.plan.md', text, { asOf: '2026-06-01', withFixes: true })
    .findings.filter((f) => f.rule === rule);
}

describe('a register split into several tables', () => {
  const open = [HEADER, DELIMITER, '| R-01 | Late data | 2 | 3 | S-01 | Weekly check | Open |'];
  /** The open risks, then under a label a table of the same columns with this row. */
  const closed = (row: string): string[] => [...open, '', '**Closed risks**', '', HEADER, DELIMITER, row];

  it('reads a later table with the same columns as more of its rows', () => {
    const text = plan(closed('| R-02 | Old risk | 9 | 2 | Nobody | x | Closed |'));
    const model = engine.parse('p.plan.md', text);
    assert.deepEqual(
      model.rows('risks').map((r) => [r.index, r.id, r.value('owner')]),
      [
        [0, 'R-01', 'S-01'],
        [1, 'R-02', 'Nobody'],
      ],
    );
    // Its rows are checked as the first table's are.
    const found = lint(text);
    assert.equal(found.length, 1, found.join('\n'));
    assert.match(found[0]!, /^unreadable-value 21: Likelihood "9" of R-02 cannot be read/);
  });

  it('reads a second heading of the same register (`Risk register (supplier risks)`) as more of it', () => {
    const text = plan([
      ...open,
      '',
      '### Risk register (supplier risks)',
      '',
      HEADER,
      DELIMITER,
      '| R-02 | Supplier insolvency | 4 | 5 | S-01 | Escrow | Open |',
      '| R-01 | Supplier late | 2 | 2 | S-01 | Weekly call | Open |',
    ]);
    const model = engine.parse('p.plan.md', text);
    assert.deepEqual(
      model.rows('risks').map((r) => r.id),
      ['R-01', 'R-02', 'R-01'],
    );
    const [first, second] = model.registers.filter((r) => r.kind === 'risks');
    assert.ok(first && second, 'both headings are read as Risks');
    assert.equal(second.joinedTo, first);
    assert.equal(second.table, undefined, 'its rows are read once, as the rows of the first');
    // Checked as one register: the ID written in both is a duplicate.
    const found = lint(text);
    assert.equal(found.length, 1, found.join('\n'));
    assert.match(found[0]!, /^duplicate-id \d+: .*R-01/);
  });

  it('reads a register name with a qualifier after a dash or a colon as that register, and nothing else so', () => {
    const kinds = (heading: string) =>
      engine
        .parse(
          'p.plan.md',
          plan([...open, '', `### ${heading}`, '', HEADER, DELIMITER, '| R-09 | x | 1 | 1 | S-01 | y | Open |']),
        )
        .registers.map((r) => r.kind);
    assert.deepEqual(kinds('Risk register \u2013 supplier risks'), ['risks', 'risks', 'resources']);
    assert.deepEqual(kinds('Risks: cutover'), ['risks', 'risks', 'resources']);
    // A name that is no register's before the dash, or a hyphen inside a word, is no register.
    assert.deepEqual(kinds('Site 4 \u2013 Risks'), ['risks', 'resources']);
    assert.deepEqual(kinds('Risk-based testing'), ['risks', 'resources']);
  });

  it('joins a second Handovers heading, its checklists and a second Lessons learned list to the first', () => {
    const text = [
      '---',
      'schema: transition-plan/1',
      'stage: closure',
      '---',
      '',
      '## Project Closure',
      '',
      '### Handovers',
      '',
      '| ID | Process | Receiving owner | Acceptance criteria | Planned |',
      '| --- | --- | --- | --- | --- |',
      '| H-01 | Incident Management | S-01 | Desk trained | 2026-05-01 |',
      '',
      '### Handovers (operations)',
      '',
      '| ID | Process | Receiving owner | Acceptance criteria | Planned |',
      '| --- | --- | --- | --- | --- |',
      '| H-02 | Change Management | S-01 | | 2026-05-01 |',
      '',
      '#### H-02 Change Management acceptance',
      '',
      '- [ ] Standard change model approved',
      '',
      '### Lessons learned',
      '',
      '- Start discovery early',
      '',
      '### Lessons learned (supplier)',
      '',
      '- Agree exit terms before signing',
      '',
    ].join('\n');
    const model = engine.parse('p.plan.md', text);
    assert.deepEqual(
      model.rows('handovers').map((r) => r.id),
      ['H-01', 'H-02'],
    );
    assert.deepEqual(
      [...model.register('handovers')!.checklists.values()].map((c) => c.id),
      ['H-02'],
    );
    assert.deepEqual(
      model.register('lessonsLearned')!.items.map((i) => i.text),
      ['Start discovery early', 'Agree exit terms before signing'],
    );
  });

  it('reads a label row (bold text alone in the first cell, as a merged row converts) as no entry', () => {
    const text = plan([
      HEADER,
      DELIMITER,
      '| **Open risks** | | | | | | |',
      '| R-01 | Late data | 2 | 3 | S-01 | Weekly check | Open |',
      '| _Closed risks:_ |',
      '| R-02 | Old risk | 2 | 2 | S-01 | Done | Closed |',
      // Entries, not labels: a row ID in bold, a label beside a value, plain text alone.
      '| **R-03** | | | | | | |',
      '| **Vendor risks** | | | | | | Open |',
      '| Watch list | | | | | | |',
    ]);
    assert.deepEqual(
      engine
        .parse('p.plan.md', text)
        .rows('risks')
        .map((r) => r.id ?? r.value('id') ?? r.cells[0]!.text),
      ['R-01', 'R-02', 'R-03', 'Vendor risks', 'Watch list'],
    );
  });

  it('reports a later table with other columns, whose rows it does not read', () => {
    const text = plan([
      ...open,
      '',
      '| ID | Risk | Owner | Closed on |',
      '| --- | --- | --- | --- |',
      '| R-02 | Old risk | S-01 | 2026-05-01 |',
      '| R-03 | Older risk | S-01 | 2026-04-01 |',
    ]);
    assert.equal(engine.parse('p.plan.md', text).rows('risks').length, 1);
    const found = lint(text);
    assert.equal(found.length, 1, found.join('\n'));
    assert.match(
      found[0]!,
      /^table-columns \d+: This table under Risks has other columns than the register's first table \(ID \| Risk \| Likelihood \| Impact \| Owner \| Mitigation \| Status\), so Handoff does not read it: its 2 rows are not checked\./,
    );
  });

  it("reports the same columns in another order, with a fix that puts them in the first table's order", () => {
    const text = plan([
      ...open,
      '',
      '| Risk | ID | Likelihood | Impact | Owner | Mitigation | Status |',
      '| --- | :-: | --: | --: | --- | --- | --- |',
      '| Old risk | R-01 | 1 | 2 | S-01 | x | Closed |',
    ]);
    assert.equal(engine.parse('p.plan.md', text).rows('risks').length, 1);
    const [finding, ...others] = findingsOf(text, 'table-columns');
    assert.equal(others.length, 0);
    assert.match(
      finding?.message ?? '',
      /has the register's first table's columns in another order \(Risk \| ID \| Likelihood .*, not ID \| Risk \| Likelihood .*\), so Handoff does not read it: its 1 row is not checked\./,
    );
    const fix = finding!.fixes!.find((f) => f.isPreferred && f.safe);
    assert.equal(fix?.title, "Put its columns in the first table's order");
    const fixed = applyEdits(text, fix.edits);
    // Cells move as written, alignment marks with them; the row is then read, and checked.
    assert.ok(
      fixed.includes('| ID | Risk | Likelihood | Impact | Owner | Mitigation | Status |\n| :-: | --- | --: | --: |'),
    );
    assert.ok(fixed.includes('| R-01 | Old risk | 1 | 2 | S-01 | x | Closed |'));
    assert.deepEqual(
      engine
        .parse('p.plan.md', fixed)
        .rows('risks')
        .map((r) => r.id),
      ['R-01', 'R-01'],
    );
    assert.match(lint(fixed).join('\n'), /^duplicate-id \d+: .*R-01/m);
  });

  it('offers no reordering when a line has another number of cells than the header', () => {
    const text = plan([
      ...open,
      '',
      '| Risk | ID | Likelihood | Impact | Owner | Mitigation | Status |',
      DELIMITER,
      '| Old risk | R-02 | 1 | 2 | S-01 | x |',
    ]);
    const [finding] = findingsOf(text, 'table-columns');
    assert.match(finding?.message ?? '', /in another order/);
    assert.equal(finding?.fixes, undefined);
  });

  it('a fix adding a column adds it to every table the register is split into', () => {
    const text = plan(
      [
        HEADER,
        DELIMITER,
        '| R-01 | Late data | 5 | 5 | S-01 | Weekly check | Open |',
        '',
        '**Also tracked**',
        '',
        HEADER,
        DELIMITER,
        '| R-02 | Old risk | 1 | 2 | S-01 | x | Closed |',
        '| R-03 | Second high risk | 4 | 4 | S-01 | x | Open |',
      ],
      'planning',
    );
    const found = findingsOf(text, 'high-risk-without-contingency');
    assert.equal(found.length, 2, 'R-01 and R-03 are high');
    // The fix of the risk in the second table fills its cell there.
    const fix = found[1]!.fixes?.[0];
    assert.ok(fix, 'a fix adding the Contingency column');
    const fixed = applyEdits(text, fix.edits);
    const risks = engine.parse('p.plan.md', fixed).register('risks')!;
    assert.equal(risks.tablesNotRead.length, 0, fixed);
    assert.equal(risks.table!.rows.length, 3, fixed);
    assert.ok(risks.table!.has('contingency'));
    assert.equal(risks.table!.rows[2]!.value('contingency'), 'What the project does if it happens');
    assert.match(fix.edits[fix.stops![0]!.edit]!.newText, /What the project does/);
  });

  it('a Status log split by quarter, oldest first, is reported without a sort that would move rows under another label', () => {
    const log = (date: string, health: string) => [
      `**${date.slice(0, 7)}**`,
      '',
      '| Date | Health | Summary |',
      '| --- | --- | --- |',
      `| ${date} | ${health} | Entry |`,
      '',
    ];
    const text = planText({
      health: 'green',
      section: 'Project Reporting and Communication',
      register: 'Status log',
      lines: [...log('2026-09-01', 'Green'), ...log('2026-11-20', 'Amber')],
    });
    assert.equal(engine.parse('p.plan.md', text).rows('statusLog').length, 2);
    const stale = engine
      .lintDocument('p.plan.md', text, { asOf: '2026-11-25', withFixes: true })
      .findings.find((f) => f.rule === 'status-stale');
    assert.ok(stale, 'the first entry is read as the current one');
    assert.equal(stale.fixes, undefined);
  });

  it('locates cells in each table of a split register, and nothing on the label between them', () => {
    const text = plan(closed('| R-02 | Old risk | 1 | 2 | S-01 | x | Closed |'));
    const model = engine.parse('p.plan.md', text);
    const at = (needle: string, offset = 2): ReturnType<typeof locate> => {
      const line = text.split('\n').findIndex((l, i) => l.includes(needle) && i > 10);
      return locate(model, { line, character: text.split('\n')[line]!.indexOf(needle) + offset });
    };
    const second = at('R-02');
    assert.equal(second.kind, 'cell');
    assert.ok(second.kind === 'cell' && second.row?.id === 'R-02' && second.columnKey === 'id');
    assert.notEqual(at('**Closed risks**').kind, 'cell');
    // The second table's header row is a header.
    const headers = text
      .split('\n')
      .map((l, i) => [l, i] as const)
      .filter(([l]) => l === HEADER);
    const header = locate(model, { line: headers[1]![1], character: 4 });
    assert.ok(header.kind === 'cell' && header.isHeader);
  });
});
