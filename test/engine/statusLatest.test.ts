/**
 * The latest status the views show (the report, the preview, the tree's stale marker): the newest
 * entry of the Status log as its dates tell, with what it says of a log that is not newest first,
 * while the rules keep reading its first row (contract §4). A numeric date that reads two ways is
 * compared in both readings, and when they disagree the order is not guessed. Front-matter dates
 * not read are kept as written.
 */
import assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../../server/src/engine/config.js';
import { createPlanEngine } from '../../server/src/engine/index.js';
import { planOverview, planOverviewOf } from '../../server/src/engine/overview.js';
import type { PlanStatus } from '../../server/src/engine/status.js';
import { entryDate, logOrderText } from '../../server/src/engine/statusOrderText.js';
import { statusLogPlan } from './planText.js';

const engine = createPlanEngine();

function statusOf(text: string, asOf = '2026-11-25'): PlanStatus {
  return engine.status(engine.parse('file:///p.plan.md', text), { asOf, config: DEFAULT_CONFIG });
}

const OLDEST_FIRST = [
  '| 2026-11-06 | Green | Build 90% |',
  '| 2026-11-20 | Green | Build complete |',
  '| 2026-11-24 | Amber | UAT slipped |',
];

describe('the latest status', () => {
  it('is the newest dated entry of a log written oldest first, and says which row the checks read', () => {
    const s = statusOf(statusLogPlan(OLDEST_FIRST));
    assert.equal(s.latestStatus?.summary, 'UAT slipped');
    assert.equal(s.latestStatus?.health, 'amber');
    assert.equal(s.statusLogOrder.order, 'out-of-order');
    assert.equal(s.statusLogOrder.latestRow, 3);
    assert.equal(s.statusLogOrder.first?.date, '2026-11-06');
    // status-stale judged the first row (19 days old); the entry shown is a day old.
    assert.equal(s.statusLogOrder.firstStale, true);
    assert.equal(s.statusStale, false);
    assert.equal(
      logOrderText(s.statusLogOrder, s.latestStatus),
      'the Status log is not newest first: the newest entry is row 3, shown here; its first row, which the checks read as the current status, is 2026-11-06 (stale), Green',
    );
    // The rules still read the first row.
    const rules = engine
      .lintDocument('p.plan.md', statusLogPlan(OLDEST_FIRST), { asOf: '2026-11-25', config: DEFAULT_CONFIG })
      .findings.filter((f) => f.rule === 'status-stale');
    assert.match(rules[0]!.message, /The first status entry \(2026-11-06\)/);
  });

  it('is stale when the newer entry shown is older than the cadence too, and the tree says the same', () => {
    const text = statusLogPlan(OLDEST_FIRST);
    const s = statusOf(text, '2027-01-30');
    assert.equal(s.statusStale, true);
    const plan = engine.parse('file:///p.plan.md', text);
    for (const asOf of ['2026-11-25', '2027-01-30'])
      assert.equal(
        planOverviewOf(plan, { config: DEFAULT_CONFIG, asOf }).statusStale,
        planOverview(statusOf(text, asOf)).statusStale,
        asOf,
      );
  });

  it('is the first row of a log in order, with nothing to say of the order', () => {
    const s = statusOf(statusLogPlan([...OLDEST_FIRST].reverse()));
    assert.equal(s.latestStatus?.summary, 'UAT slipped');
    assert.deepEqual(s.statusLogOrder, { order: 'newest-first', latestRow: 1, first: undefined, firstStale: false });
    assert.equal(logOrderText(s.statusLogOrder, s.latestStatus), undefined);
  });

  it('compares numeric dates in both readings, and shows them as written', () => {
    // 02/10 before 06/11 read day first (October, November) and month first (February, June).
    const s = statusOf(statusLogPlan(['| 02/10/2026 | Green | Kick-off |', '| 06/11/2026 | Amber | Pilot slipping |']));
    assert.equal(s.latestStatus?.summary, 'Pilot slipping');
    assert.equal(s.latestStatus?.date, undefined);
    assert.equal(entryDate(s.latestStatus!), '06/11/2026 (date not read)');
    assert.equal(s.statusLogOrder.order, 'out-of-order');
    assert.match(
      logOrderText(s.statusLogOrder, s.latestStatus)!,
      /the newest entry, by either reading of its numeric dates, is row 2/,
    );
  });

  it('does not guess when the readings of its numeric dates put different rows newest', () => {
    // 03/04/2026 is 3 April day first (after 20 March) and 4 March month first (before it).
    const s = statusOf(statusLogPlan(['| 03/04/2026 | Green | Kick-off |', '| 2026-03-20 | Amber | Pilot slipping |']));
    assert.equal(s.latestStatus?.summary, 'Kick-off');
    assert.equal(s.statusLogOrder.order, 'untold');
    assert.match(logOrderText(s.statusLogOrder, s.latestStatus)!, /order could not be told/);
  });

  it('reads them in the order the plan’s own numeric dates show, when the readings disagree', () => {
    // 23/10 and 20/11 read only day first: the log is day first and oldest first, newest 04/12.
    const log = [
      '| 02/10/2026 | Green | SIT on track |',
      '| 23/10/2026 | Amber | SIT late |',
      '| 20/11/2026 | Amber | UAT defects |',
      '| 04/12/2026 | Red | Go-live moved |',
    ];
    const s = statusOf(statusLogPlan(log), '2026-12-10');
    assert.equal(s.latestStatus?.summary, 'Go-live moved');
    assert.equal(s.statusLogOrder.order, 'out-of-order');
    assert.deepEqual(s.statusLogOrder.readAs, { order: 'day', evidence: '23/10/2026' });
    assert.match(
      logOrderText(s.statusLogOrder, s.latestStatus)!,
      /the newest entry, reading its numeric dates day first as the plan writes them \("23\/10\/2026" reads only so\), is row 4/,
    );
    // Both readings put 04/12 after 02/10: the plan's order is not needed, nor said.
    const agree = statusOf(statusLogPlan([log[0]!, log[3]!]), '2026-12-10');
    assert.equal(agree.statusLogOrder.order, 'out-of-order');
    assert.equal(agree.statusLogOrder.readAs, undefined);
    // Without a date that reads only one way, nothing tells: the first row is shown.
    const mixed = statusOf(statusLogPlan([log[0]!, '| 2026-11-20 | Amber | UAT defects |', log[3]!]), '2026-12-10');
    assert.equal(mixed.statusLogOrder.order, 'untold');
    assert.equal(mixed.statusLogOrder.readAs, undefined);
  });

  it('keeps the first row when it has no date, and skips a template sample at the top', () => {
    const undated = statusOf(statusLogPlan(['| TBC | Green | Drafting |', '| 2026-11-20 | Amber | Slipped |']));
    assert.equal(undated.latestStatus?.summary, 'Drafting');
    assert.equal(undated.statusLogOrder.order, 'newest-first');
    const sample = statusOf(
      statusLogPlan(['| 2026-11-25 | Green | Where the transition stands |', ...OLDEST_FIRST.slice(0, 2)]),
    );
    assert.equal(sample.statusLogOrder.order, 'out-of-order');
    assert.equal(sample.latestStatus?.summary, 'Build complete');
    assert.equal(sample.statusLogOrder.latestRow, 3);
  });
});

describe('front-matter dates not read', () => {
  const withDates = (lines: string[]) =>
    statusLogPlan(OLDEST_FIRST).replace('stage: planning', ['stage: planning', 'dates:', ...lines].join('\n'));

  it('are kept as written; ISO dates and "not known yet" are not', () => {
    const s = statusOf(withDates(['  start: 01/09/2026', '  go_live: 19 Apr 2027', '  close: 2027-06-30']));
    assert.deepEqual(s.dates, { start: undefined, goLive: undefined, close: '2027-06-30' });
    assert.deepEqual(s.datesWritten, { start: '01/09/2026', goLive: '19 Apr 2027', close: undefined });
    assert.deepEqual(statusOf(withDates(['  go_live: TBC'])).datesWritten.goLive, undefined);
  });
});

describe('health-mismatch on a log of numeric dates', () => {
  const mismatch = (rows: string[]) =>
    engine
      .lintDocument('p.plan.md', statusLogPlan(rows), { asOf: '2026-11-25', config: DEFAULT_CONFIG })
      .findings.filter((f) => f.rule === 'health-mismatch');

  it('says the log is out of order when both readings put a later row newest, without a preferred fix', () => {
    // 02/03 and 04/05: either reading puts row 2 newest; the front matter's green is its rating.
    const [found, ...more] = mismatch(['| 02/03/2026 | Amber | Build late |', '| 04/05/2026 | Green | Recovered |']);
    assert.equal(more.length, 0);
    assert.match(
      found!.message,
      /the first status entry \(02\/03\/2026\).*reports amber, and 04\/05\/2026 \(row 2\) is newer/,
    );
    assert.ok(found!.fixes?.length && found!.fixes.every((f) => !f.isPreferred));
  });

  it('says nothing when the readings put different rows newest: nothing tells which rating is current', () => {
    // 05/06 and 06/05: day first, row 1 is newest; month first, row 2.
    assert.deepEqual(mismatch(['| 05/06/2026 | Amber | Build late |', '| 06/05/2026 | Green | Recovered |']), []);
  });
});
