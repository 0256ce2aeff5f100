/**
 * `diffPlans` on the changes a regular update makes to a plan in flight: the monthly re-forecast
 * of the Resource consumption lines (said with its size, within tolerance too), spend recorded,
 * and the weekly status written at the top of the Status log. Realistic edits of the payroll
 * example, as a project manager makes them.
 */
import assert from 'node:assert/strict';
import { brief, diff, edit, edits, PAYROLL, side } from './diffSides.js';
import { budgetPhrase } from '../../server/src/cli/report/highlight.js';
import { reportRow } from '../../server/src/cli/report/model.js';

/** The vendor line of Resource consumption with its Actual and Forecast: approved 180,000. */
const vendor = (actual: number, forecast: number) =>
  `| Vendor implementation services | 180000 | ${actual} | ${forecast} | S-03 |`;
const VENDOR = vendor(132000, 178000);
/** The example re-forecast: actual 326,000, forecast 477,000 against 480,000 approved at base. */
const reforecast = (text: string, actual: number, forecast: number) => edit(text, VENDOR, vendor(actual, forecast));

describe('diffPlans: a re-forecast and a status reported', () => {
  it('a re-forecast within tolerance is said with its size and the variance the report shows', () => {
    const after = reforecast(PAYROLL, 132000, 196000);
    const changes = diff(PAYROLL, after);
    assert.deepEqual(brief(changes), ['cost-forecast-changed budget.forecast worse']);
    assert.equal(
      changes[0]!.message,
      'Cost forecast raised from GBP 477,000 to GBP 495,000 (+18,000); approved GBP 480,000, variance +3.1% against a 10% tolerance.',
    );
    // The same facts as the report's Budget line: not computed another way.
    const head = side(after);
    const budget = budgetPhrase(reportRow('payroll-cloud.plan.md', head.status, head.findings))!;
    assert.ok(budget.includes('forecast GBP 495,000 · variance +3.1% against a 10% tolerance'), budget);

    // Spend recorded and the forecast cut with it: better, both said.
    const cut = diff(PAYROLL, reforecast(PAYROLL, 150000, 170000));
    assert.deepEqual(brief(cut), ['cost-forecast-changed budget.forecast better']);
    assert.equal(
      cut[0]!.message,
      'Cost forecast cut from GBP 477,000 to GBP 469,000 (−8,000), actual spend from GBP 326,000 to GBP 344,000 (+18,000); approved GBP 480,000, variance −2.3% against a 10% tolerance.',
    );
  });

  it('spend recorded with the forecast unchanged is neutral', () => {
    const changes = diff(PAYROLL, reforecast(PAYROLL, 140000, 178000));
    assert.deepEqual(brief(changes), ['cost-actual-changed budget.actual neutral']);
    assert.equal(
      changes[0]!.message,
      'Actual spend moved from GBP 326,000 to GBP 334,000 (+8,000); the forecast stays GBP 477,000.',
    );
  });

  it('a re-forecast beyond tolerance: its size said, the overrun left to the cost-overrun finding', () => {
    const over = reforecast(PAYROLL, 132000, 240000);
    const changes = diff(PAYROLL, over);
    assert.deepEqual(brief(changes), [
      'derived-health health worse',
      'cost-forecast-changed budget.forecast worse',
      'finding-introduced budget worse',
    ]);
    // The variance and the tolerance are the finding's to say, once.
    assert.equal(changes[1]!.message, 'Cost forecast raised from GBP 477,000 to GBP 539,000 (+62,000).');
    assert.match(changes[2]!.message, /^New error cost-overrun: Forecast spend GBP 539,000 is 12\.3% over /);
    // Still beyond it after a smaller re-forecast: no finding moves, so the line says where it stands.
    const still = diff(over, reforecast(PAYROLL, 132000, 230000));
    assert.deepEqual(brief(still), ['cost-forecast-changed budget.forecast better']);
    assert.match(
      still[0]!.message,
      /; approved GBP 480,000, variance \+10\.2% against a 10% tolerance \(beyond tolerance\)\.$/,
    );
    // Brought back within it: the overrun fixed, and where the forecast stands now.
    const back = diff(over, PAYROLL);
    assert.deepEqual(brief(back), [
      'derived-health health better',
      'cost-forecast-changed budget.forecast better',
      'finding-fixed budget better',
    ]);
    assert.match(back[1]!.message, /\(−62,000\); approved GBP 480,000, variance −0\.6% against a 10% tolerance\.$/);
  });

  const NEWEST = '| 2026-11-20 | Green | Run 1 reconciled;';
  const update = (row: string) => edit(PAYROLL, NEWEST, `${row}\n${NEWEST}`);

  it('a weekly status written at the top of the Status log is said once; a historic row edited is not', () => {
    const amber = edit(
      update(
        '| 2026-11-24 | Amber | Run 2 variance at 0.7% on pension elements; vendor fix promised for 30 Nov, cutover under review | R-01 realising | Move cutover? |',
      ),
      'health: green',
      'health: amber',
    );
    const changes = diff(PAYROLL, amber);
    assert.deepEqual(brief(changes), ['health health worse', 'status-reported 2026-11-24 neutral']);
    assert.equal(
      changes[1]!.message,
      'Status reported 2026-11-24: 🟡 Amber — Run 2 variance at 0.7% on pension elements; vendor fix promised for 30 Nov, cut…',
    );
    // A summary over lines reads as one; one entry said, however many rows the change adds below it.
    const green = edit(
      update('| 2026-11-27 | G | Run 2 reconciled<br>Cutover confirmed | - | - |'),
      '| 2026-11-06 | Green |',
      '| 2026-11-13 | Green | Bank test file accepted | - | - |\n| 2026-11-06 | Green |',
    );
    assert.deepEqual(
      diff(PAYROLL, green).map((c) => c.message),
      ['Status reported 2026-11-27: 🟢 Green — Run 2 reconciled Cutover confirmed'],
    );
    // A historic row edited, or one back-filled below the newest, is no status reported.
    const edited = edits(
      PAYROLL,
      ['| 2026-11-06 | Green | Parallel run 1 executed', '| 2026-11-06 | Amber | Parallel run 1 executed'],
      ['| 2026-10-23 | Green |', '| 2026-10-30 | Green | Cutover rota agreed | - | - |\n| 2026-10-23 | Green |'],
    );
    assert.deepEqual(diff(PAYROLL, edited), []);
  });
});
