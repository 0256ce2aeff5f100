/**
 * `diffPlans` on changes that hide a fact rather than change it: a milestone's or a handover's
 * dates emptied (its slip or overdue finding gone with them, not fixed), what a plan is measured
 * against moved (a Baseline rewritten, the budget raised with no decision, a tolerance loosened:
 * its breach hidden, not fixed), a register's heading renamed to one Handoff does not read (its
 * rows still there, not each removed), and dates in a form Handoff does not compare that moved
 * (never "no change").
 */
import assert from 'node:assert/strict';
import { diffPlans } from '../../server/src/engine/semanticDiff.js';
import { parseConfig } from '../../server/src/engine/config.js';
import { engine } from './diffSides.js';
import { brief, diff, edit, edits, PAYROLL, side } from './diffSides.js';

const M05 =
  '| M-05 | Parallel run 2 (November payroll) reconciled | S-02 | 2026-12-04 | 2026-12-04 | - | M-04 | On track |';
/** M-05 forecast 35 days late: a schedule-slip error, and derived health red. */
const SLIPPED = edit(PAYROLL, M05, M05.replace('| 2026-12-04 | - |', '| 2027-01-08 | - |'));
const slippedWith = (baseline: string, forecast: string) =>
  edit(SLIPPED, '| 2026-12-04 | 2027-01-08 | - |', `| ${baseline} | ${forecast} | - |`);

describe('diffPlans: facts hidden, not changed', () => {
  it('a slipping milestone whose dates are emptied: said as worse, its slip gone with them, health no better', () => {
    assert.equal(side(SLIPPED).status.derivedHealth, 'red');
    const changes = diff(SLIPPED, slippedWith('', ''));
    const expected = [
      'derived-health health neutral',
      'milestone-date-removed M-05 worse',
      'finding-gone M-05 neutral',
      // M-06 depends on M-05 and was due before it: that finding went with M-05's dates too.
      'finding-gone M-06 neutral',
    ];
    assert.deepEqual(brief(changes), expected);
    assert.match(changes[0]!.message, /^Health derived .* from red to green, but nothing was fixed: .* \(M-05\)\.$/);
    assert.match(
      changes[1]!.message,
      /^Milestone M-05 "Parallel run 2 .*" lost its Baseline \(2026-12-04\) and Forecast \(2027-01-08\): .*hides a slip, it does not fix one/,
    );
    assert.match(changes[2]!.message, /^Gone with its dates \(emptied\), not fixed: schedule-slip: /);
    assert.match(changes[3]!.message, /^Gone with M-05's dates \(emptied\), not fixed: milestone-order: /);
    // A Forecast emptied to TBC (which reads as empty) alone: the same, and no "moved forward" to its Baseline.
    const tbc = diff(SLIPPED, slippedWith('2026-12-04', 'TBC'));
    assert.deepEqual(brief(tbc), expected);
    assert.match(tbc[1]!.message, /lost its Forecast \(2027-01-08\): the checks that need it /);
  });

  it('a forecast made unreadable takes its slip with it, not fixed, and is not said to be emptied', () => {
    const changes = diff(SLIPPED, slippedWith('2026-12-04', '08/01/2027'));
    const kinds = brief(changes);
    assert.ok(
      !kinds.some((k) => k.startsWith('milestone-date-removed') || k.startsWith('finding-fixed')),
      kinds.join('; '),
    );
    assert.match(
      changes.find((c) => c.kind === 'finding-gone')!.message,
      /^Gone with its dates \(no longer readable\)/,
    );
    assert.ok(kinds.includes('finding-introduced M-05 worse'), kinds.join('; '));
  });

  it('a slip brought back within tolerance is still fixed, and health better', () => {
    const kinds = brief(diff(SLIPPED, slippedWith('2026-12-04', '2026-12-08')));
    assert.ok(kinds.includes('finding-fixed M-05 better'), kinds.join('; '));
    assert.ok(kinds.includes('derived-health health better'), kinds.join('; '));
  });

  it('a slip whose Baseline is rewritten to meet it: hidden by the re-baseline, not fixed, health no better', () => {
    const changes = diff(SLIPPED, slippedWith('2027-01-08', '2027-01-08'));
    assert.deepEqual(brief(changes), [
      'derived-health health neutral',
      'milestone-baseline-changed M-05 worse',
      'finding-gone M-05 neutral',
    ]);
    assert.match(changes[0]!.message, /from red to green, but nothing was fixed: .* \(M-05\)\.$/);
    assert.match(
      changes[2]!.message,
      /^Hidden by the re-baseline \(2026-12-04 → 2027-01-08\), not fixed: schedule-slip: Milestone M-05 /,
    );
    // With the decision that moved it recorded in the change, the slip is fixed.
    const d03 = '| D-03 | Go/no-go for cutover on 2027-01-04 | Go/No-go | Helen Marsh | - | Proposed | - |';
    const decided = edit(
      slippedWith('2027-01-08', '2027-01-08'),
      d03,
      `${d03}\n| D-04 | Re-baseline parallel run 2 (CR-91) | Other | Helen Marsh | 2026-11-20 | Approved | M-05 |`,
    );
    const kinds = brief(diff(SLIPPED, decided));
    assert.ok(kinds.includes('finding-fixed M-05 better'), kinds.join('; '));
    assert.ok(kinds.includes('derived-health health better'), kinds.join('; '));
    // A Baseline moved a little while the Forecast is brought back within tolerance of the old one: fixed.
    const back = brief(diff(SLIPPED, slippedWith('2026-12-06', '2026-12-08')));
    assert.ok(back.includes('finding-fixed M-05 better'), back.join('; '));
  });

  it('a milestone due on its Baseline (no Forecast) re-baselined after it passed: its overdue finding hidden', () => {
    const due = (baseline: string) =>
      edit(PAYROLL, M05, M05.replace('| 2026-12-04 | 2026-12-04 |', `| ${baseline} | - |`));
    const changes = diff(due('2026-11-20'), due('2026-12-04'));
    const gone = changes.find((c) => c.subject === 'M-05' && c.kind.startsWith('finding-'));
    assert.equal(gone?.kind, 'finding-gone');
    assert.match(
      gone?.message ?? '',
      /^Hidden by the re-baseline \(2026-11-20 → 2026-12-04\), not fixed: milestone-overdue: /,
    );
  });

  it('an overspend hidden by raising the budget with no decision recorded: not fixed, health no better', () => {
    const vendor = '| Vendor implementation services | 180000 | 132000 | 178000 | S-03 |';
    const overspent = edit(PAYROLL, vendor, vendor.replace('178000', '250000'));
    assert.equal(side(overspent).status.derivedHealth, 'red');
    // The budget and a line's Approved raised alike (else budget-mismatch says they differ).
    const raised = edits(
      overspent,
      ['  approved: 480000\n', '  approved: 540000\n'],
      ['| 180000 | 132000 |', '| 240000 | 132000 |'],
    );
    const changes = diff(overspent, raised);
    assert.deepEqual(brief(changes), [
      'derived-health health neutral',
      'budget-changed budget.approved worse',
      'finding-gone budget neutral',
    ]);
    assert.match(changes[2]!.message, /^Hidden by the budget raise, not fixed: cost-overrun: /);
    // The decision recorded with it: the overrun is fixed, and health better.
    const d03 = '| D-03 | Go/no-go for cutover on 2027-01-04 | Go/No-go | Helen Marsh | - | Proposed | - |';
    const decided = edit(
      raised,
      d03,
      `${d03}\n| D-04 | Extra vendor budget (CR-88) | Other | Helen Marsh | 2026-11-20 | Approved | cost |`,
    );
    assert.deepEqual(
      brief(diff(overspent, decided)).filter((k) => !k.startsWith('decision-')),
      ['derived-health health better', 'budget-changed budget.approved neutral', 'finding-fixed budget better'],
    );
    // Raised by too little to meet the forecast: the overrun stays, and nothing went.
    const short = edits(
      overspent,
      ['  approved: 480000\n', '  approved: 490000\n'],
      ['| 180000 | 132000 |', '| 190000 | 132000 |'],
    );
    assert.ok(!diff(overspent, short).some((c) => c.kind.startsWith('finding-')));
  });

  it('a slip hidden by loosening the schedule tolerance: not fixed', () => {
    const tight = edit(slippedWith('2026-12-04', '2026-12-11'), '  schedule_days: 10\n', '  schedule_days: 5\n');
    const changes = diff(tight, edit(tight, '  schedule_days: 5\n', '  schedule_days: 10\n'));
    assert.deepEqual(
      brief(changes).filter((k) => !k.startsWith('derived-health')),
      ['tolerance-changed tolerances.schedule_days worse', 'finding-gone M-05 neutral'],
    );
    assert.match(
      changes.find((c) => c.kind === 'finding-gone')!.message,
      /^Hidden by the looser schedule tolerance, not fixed: schedule-slip: /,
    );
  });

  it("a handover's Planned date emptied: said as worse, its overdue finding gone with it", () => {
    const h01 = '| Desk trained; 3 mock incidents resolved | 2026-12-18 | Planned |';
    const overdue = edit(PAYROLL, h01, h01.replace('2026-12-18', '2026-11-20'));
    const changes = diff(overdue, edit(PAYROLL, h01, h01.replace('2026-12-18', '-')));
    const about = brief(changes).filter((c) => c.split(' ')[1] === 'H-01');
    assert.deepEqual(about, ['handover-date-removed H-01 worse', 'finding-gone H-01 neutral']);
    assert.match(
      changes.find((c) => c.kind === 'handover-date-removed')!.message,
      /^Handover H-01 \(Incident Management\) lost its Planned date \(2026-11-20\)/,
    );
  });

  it('a register heading renamed to one Handoff does not read: said once, its rows not each removed', () => {
    const r05 = PAYROLL.split('\n').find((l) => l.startsWith('| R-05 '))!;
    const renamed = edit(edit(PAYROLL, '### Risks\n', '### Threats and opportunities\n'), `${r05}\n`, '');
    const changes = diff(PAYROLL, renamed);
    const kinds = brief(changes);
    assert.deepEqual(
      kinds.filter((k) => k.startsWith('risk-') || k.startsWith('register-')),
      ['register-unread risks worse', 'risk-removed R-05 neutral'],
    );
    assert.equal(
      changes.find((c) => c.kind === 'register-unread')!.message,
      'The Risks register\'s heading is no longer recognised: its rows (R-01, R-02, R-03 and 1 more) are still in the plan, under "### Threats and opportunities", which is not one of its names, so Handoff no longer reads them and lint reports the register missing (missing-risks). Name the heading "### Risks" again, or add its text under aliases.registers in .handoff.yaml.',
    );
    // Without the text, the rows cannot be found: each is removed, as before.
    const blind = diffPlans(side(PAYROLL, { withText: false }), side(renamed, { withText: false }));
    assert.equal(brief(blind).filter((k) => k.startsWith('risk-removed')).length, 5);
  });

  it('a register under a configured alias whose table is no longer read: not told to add the alias it has', () => {
    const config = parseConfig('aliases:\n  registers: { RAID log: Risks }\n', engine.rules).config;
    const raid = edit(PAYROLL, '### Risks\n', '### RAID log\n');
    // The table's delimiter row taken out: the rows are still there, not as a table Handoff reads.
    const delimiter = PAYROLL.split('\n')[PAYROLL.split('\n').findIndex((l) => l.startsWith('| ID | Risk |')) + 1]!;
    const broken = edit(raid, `${delimiter}\n`, '');
    const changes = diffPlans(side(raid, { config }), side(broken, { config }));
    const unread = changes.find((c) => c.kind === 'register-unread');
    assert.match(
      unread?.message ?? '',
      /^The Risks register is no longer read: its rows \(R-01, R-02, R-03 and 2 more\) are still in the plan, under "### RAID log", but not as a table Handoff reads/,
    );
    assert.doesNotMatch(unread!.message, /aliases\.registers/);
  });

  it('a row moved under a heading Handoff does not read, its register still read: no longer read, not removed', () => {
    /** `text` with the `id` row moved into a table of its own under `heading`, before `### Assumptions …`. */
    const moveRow = (text: string, id: string, heading: string) => {
      const lines = text.split('\n');
      const at = lines.findIndex((l) => l.startsWith(`| ${id} `));
      // Its table's header and delimiter rows: the nearest `| ID |` line above it.
      const header = lines.slice(0, at).findLastIndex((l) => l.startsWith('| ID |'));
      const table = `${heading}\n\n${lines.slice(header, header + 2).join('\n')}\n${lines[at]}\n\n`;
      const row = lines[at]!;
      return edit(edit(text, `${row}\n`, ''), '### Responsibilities\n', `${table}### Responsibilities\n`);
    };
    // A closed risk filed under `### Closed risks`, which is not one of the Risks register's names.
    const closed = moveRow(PAYROLL, 'R-05', '### Closed risks');
    const changes = diff(PAYROLL, closed);
    assert.deepEqual(brief(changes), ['row-unread R-05 neutral']);
    assert.equal(
      changes[0]!.message,
      'Risk R-05 (Payroll data processed outside the UK) is no longer read: its row is still in the plan, under "### Closed risks", which Handoff does not read as the Risks register. Keep it in the Risks table, where its Status keeps its history.',
    );
    // Without the text, the row cannot be found: removed, as before.
    assert.deepEqual(brief(diffPlans(side(PAYROLL, { withText: false }), side(closed, { withText: false }))), [
      'risk-removed R-05 neutral',
    ]);

    // A slipping milestone put on hold out of sight: worse, and its slip no longer read, not fixed.
    const onHold = moveRow(SLIPPED, 'M-05', '### Milestones on hold');
    const held = diff(SLIPPED, onHold);
    const about = held.filter((c) => c.subject === 'M-05' || c.kind === 'derived-health');
    assert.deepEqual(brief(about), [
      'derived-health health neutral',
      'row-unread M-05 worse',
      'finding-gone M-05 neutral',
    ]);
    assert.match(
      held[1]!.message,
      /^Milestone M-05 "Parallel run 2 \(November payroll\) reconciled" is no longer read: /,
    );
    assert.match(
      about[2]!.message,
      /^No longer read \(its row is under "### Milestones on hold", not in its register\), not fixed: schedule-slip: /,
    );
    assert.ok(!held.some((c) => c.kind === 'milestone-removed'));
    // A bold label is no heading: the table under it is still the register's, and nothing changed.
    assert.deepEqual(diff(SLIPPED, moveRow(SLIPPED, 'M-05', '**On hold**')), []);
  });

  it('go-live written in another form: compared when it reads one way, said and not compared when not', () => {
    const written = (date: string) => edit(PAYROLL, 'go_live: 2027-01-04', `go_live: ${date}`);
    const slipped = diff(written('4 Jan 2027'), written('8 Feb 2027')).filter((c) => c.kind === 'go-live');
    assert.deepEqual(slipped, [
      {
        kind: 'go-live',
        subject: 'dates.go_live',
        message:
          'Go-live slipped 35 days (4 Jan 2027 → 8 Feb 2027, read as 2027-01-04 → 2027-02-08: go_live is not written as an ISO date, so the checks that need it skip it).',
        impact: 'worse',
      },
    ]);
    // The same day written another way is no change; one that reads two ways is not compared.
    assert.deepEqual(
      diff(PAYROLL, written('4 Jan 2027')).filter((c) => c.kind === 'go-live'),
      [],
    );
    const unsure = diff(written('03/02/2027'), written('04/02/2027')).filter((c) => c.kind === 'go-live');
    assert.deepEqual(brief(unsure), ['go-live dates.go_live neutral']);
    assert.match(unsure[0]!.message, /not compared: 03\/02\/2027 reads two ways \(2027-02-03 or 2027-03-02\)/);
  });

  it('a table date Handoff does not read that moved: compared when it reads one way, else said', () => {
    const m08 = '| 2027-01-26 | 2027-01-26 | - | M-07 |';
    const forecast = (date: string) => edit(PAYROLL, m08, `| 2027-01-26 | ${date} | - | M-07 |`);
    const later = diff(forecast('26/01/2027'), forecast('16/02/2027'));
    assert.deepEqual(brief(later), ['unread-date-changed M-08 worse']);
    assert.equal(
      later[0]!.message,
      'M-08 Forecast moved 21 days later (26/01/2027 → 16/02/2027, read as 2027-01-26 → 2027-02-16: not written as ISO dates, so the checks that need them skip them).',
    );
    const unsure = diff(forecast('26/01/2027'), forecast('02/03/2027'));
    assert.deepEqual(brief(unsure), ['unread-date-changed M-08 neutral']);
    assert.match(
      unsure[0]!.message,
      /^M-08 Forecast changed from 26\/01\/2027 to 02\/03\/2027, not compared: 02\/03\/2027 reads two ways/,
    );
    assert.deepEqual(diff(forecast('26/01/2027'), forecast('26/1/2027')), []);
  });

  it('a table date read on one side only: compared with the other side as written, not with a stand-in', () => {
    const m08 = '| 2027-01-26 | 2027-01-26 | - | M-07 |';
    const forecast = (date: string) => edit(PAYROLL, m08, `| 2027-01-26 | ${date} | - | M-07 |`);
    const moves = (before: string, after: string) =>
      diff(before, after).filter((c) => c.kind === 'unread-date-changed' || c.kind.startsWith('milestone-'));
    // Read before, written so it is not read after: the move is said, on the cell.
    const hidden = moves(PAYROLL, forecast('16/02/2027'));
    assert.deepEqual(brief(hidden), ['unread-date-changed M-08 worse']);
    assert.equal(
      hidden[0]!.message,
      'M-08 Forecast moved 21 days later (2027-01-26 → 16/02/2027, read as 2027-02-16: not written as an ISO date, so the checks that need it skip it).',
    );
    // Day and month the same: one reading whichever comes first.
    assert.match(moves(PAYROLL, forecast('02/02/2027'))[0]!.message, /moved 7 days later .* read as 2027-02-02/);
    // The same day written another way is no move (unreadable-value's new finding says the rest).
    assert.deepEqual(moves(PAYROLL, forecast('26/01/2027')), []);
    // Not read before: the Baseline stood in, so "slipped from the Baseline" would be made up.
    const unsure = moves(forecast('01/04/2027'), forecast('2027-02-09'));
    assert.deepEqual(brief(unsure), ['unread-date-changed M-08 neutral']);
    assert.equal(
      unsure[0]!.message,
      'M-08 Forecast changed from 01/04/2027 to 2027-02-09, not compared: 01/04/2027 reads two ways (2027-04-01 or 2027-01-04).',
    );
    const earlier = moves(forecast('16/03/2027'), forecast('2027-02-09'));
    assert.deepEqual(brief(earlier), ['unread-date-changed M-08 better']);
    assert.match(
      earlier[0]!.message,
      /moved 35 days earlier \(16\/03\/2027 → 2027-02-09, the old date read as 2027-03-16\)/,
    );
  });

  it("a handover's Planned date read on one side only is compared too", () => {
    const h01 = '| Desk trained; 3 mock incidents resolved | 2026-12-18 |';
    const planned = (date: string) => edit(PAYROLL, h01, `| Desk trained; 3 mock incidents resolved | ${date} |`);
    const changes = diff(PAYROLL, planned('08/01/2027')).filter((c) => c.kind === 'unread-date-changed');
    assert.deepEqual(brief(changes), ['unread-date-changed H-01 neutral']);
    assert.match(
      changes[0]!.message,
      /^H-01 Planned changed from 2026-12-18 to 08\/01\/2027, not compared: .*Write it as an ISO date/,
    );
  });
});
