/**
 * `diffPlans` on edits a reviewer meets week to week that are not what they seem: a required
 * column's header renamed (`Status` → `State`), which makes every row read as having no status
 * while nothing happened to any of them, and a weekly status appended at the bottom of a log read
 * newest first.
 */
import assert from 'node:assert/strict';
import { diffPlans, type PlanSide } from '../../server/src/engine/semanticDiff.js';
import { unreadColumnsOf } from '../../server/src/engine/diffColumns.js';
import { parsePlan } from '../../server/src/engine/parse/index.js';
import { brief, edit, edits, PAYROLL, side } from './diffSides.js';

/** A side as `handoff diff` builds it, with the columns each register table lacks. */
const withColumns = (text: string): PlanSide => ({
  ...side(text),
  unreadColumns: unreadColumnsOf(parsePlan('diff', text)),
});
const diffWithColumns = (before: string, after: string) => diffPlans(withColumns(before), withColumns(after));

const MILESTONES_HEADER = '| ID | Milestone | Owner | Baseline | Forecast | Actual | Depends on | Status |';
const HANDOVERS_HEADER =
  '| ID | Process | Handed over | Receiving owner | Acceptance criteria | Planned | Status | Accepted on |';
const renamed = (text: string, header: string, to: string): string =>
  edit(text, header, header.replace('| Status |', `| ${to} |`));

describe('diffPlans: a column renamed out of reach is no change to its rows', () => {
  it('the Milestones Status header renamed: no milestone reopened, the table-columns finding says it', () => {
    const after = renamed(PAYROLL, MILESTONES_HEADER, 'State');
    const changes = diffWithColumns(PAYROLL, after);
    assert.deepEqual(
      changes.filter((c) => c.kind.startsWith('milestone-')),
      [],
      changes.map((c) => c.message).join('\n'),
    );
    const columns = changes.find((c) => c.kind === 'finding-introduced' && c.message.includes('table-columns'));
    assert.equal(
      columns?.message,
      'New error table-columns: The Milestones table has no "Status" column, but it has a column "State". Did you mean "Status"? Rename the header so its values are read.',
    );
  });

  it('renamed back: no milestone completed either', () => {
    const before = renamed(PAYROLL, MILESTONES_HEADER, 'State');
    const changes = diffWithColumns(before, PAYROLL);
    assert.deepEqual(
      changes.filter((c) => c.kind.startsWith('milestone-')).map((c) => c.kind),
      [],
    );
    assert.ok(changes.some((c) => c.kind === 'finding-fixed' && c.message.startsWith('Fixed table-columns:')));
  });

  it('another column of the same rows is still compared: an owner changed with the Status header renamed', () => {
    const after = edit(
      renamed(PAYROLL, MILESTONES_HEADER, 'State'),
      '| M-06 | Go/no-go decision at CAB | S-07 |',
      '| M-06 | Go/no-go decision at CAB | S-03 |',
    );
    const changes = diffWithColumns(PAYROLL, after).filter((c) => c.kind.startsWith('milestone-'));
    assert.deepEqual(brief(changes), ['milestone-owner-changed M-06 neutral']);
  });

  it("a handover's finding that went with the Status column unread is not checked, not fixed", () => {
    // H-02 planned before the as-of date and not accepted: handover-overdue at the base.
    const overdue = edit(
      PAYROLL,
      '| Both models approved by CAB | 2026-12-15 | Ready | - |',
      '| Both models approved by CAB | 2026-11-20 | Ready | - |',
    );
    assert.ok(side(overdue).findings.some((f) => f.rule === 'handover-overdue' && f.target === 'H-02'));
    const after = renamed(overdue, HANDOVERS_HEADER, 'State');
    const changes = diffWithColumns(overdue, after);
    assert.ok(!changes.some((c) => c.kind.startsWith('handover-')), changes.map((c) => c.message).join('\n'));
    const h02 = changes.filter((c) => c.subject === 'H-02');
    assert.deepEqual(brief(h02), ['finding-gone H-02 neutral']);
    assert.ok(
      h02[0]!.message.startsWith(
        'No longer checked (the Handovers table\'s "Status" column is not read: table-columns), not fixed: handover-overdue:',
      ),
      h02[0]!.message,
    );
  });

  it('a handover accepted in the same change as a column of another register renamed is still said', () => {
    const after = edits(
      PAYROLL,
      [MILESTONES_HEADER, MILESTONES_HEADER.replace('| Status |', '| State |')],
      [
        '| Both models approved by CAB | 2026-12-15 | Ready | - |',
        '| Both models approved by CAB | 2026-12-15 | Accepted | 2026-11-24 |',
      ],
    );
    const changes = diffWithColumns(PAYROLL, after);
    assert.deepEqual(brief(changes.filter((c) => c.kind.startsWith('handover-'))), ['handover-accepted H-02 better']);
  });
});

describe('diffPlans: a weekly status appended at the bottom of the log', () => {
  const NEWEST = '| 2026-11-20 | Green |';
  const OLDEST = '| 2026-10-23 | Green | Migration trial 2: 99.98% of records loaded first time | - | - |';

  it('is reported, and said to be below the first row the checks read as the current status', () => {
    const after = edit(PAYROLL, OLDEST, `${OLDEST}\n| 2026-11-25 | Amber | Bank file rejected in run 2 | I-02 | - |`);
    const changes = diffPlans(side(PAYROLL), side(after)).filter((c) => c.kind === 'status-reported');
    assert.deepEqual(brief(changes), ['status-reported 2026-11-25 worse']);
    assert.equal(
      changes[0]!.message,
      'Status reported 2026-11-25: 🟡 Amber — Bank file rejected in run 2. It is written at row 4, below older entries: the Status log is read newest first, so the checks still read its first row (2026-11-20, 🟢 Green) as the current status. Move the new entry to the top.',
    );
  });

  it('written at the top, it is reported as before: neutral, nothing more', () => {
    const after = edit(PAYROLL, NEWEST, `| 2026-11-25 | Green | Run 2 on track | - | - |\n${NEWEST}`);
    const changes = diffPlans(side(PAYROLL), side(after)).filter((c) => c.kind === 'status-reported');
    assert.deepEqual(brief(changes), ['status-reported 2026-11-25 neutral']);
    assert.equal(changes[0]!.message, 'Status reported 2026-11-25: 🟢 Green — Run 2 on track');
  });
});
