/**
 * A date or an amount of `dates` and `budget` written as not known yet (`close: TBC`,
 * `contingency: To be agreed`), as a PM writes a first draft: as good as missing, as a cell
 * written so is (contract §3, "a required text written as not known yet is as good as missing").
 * At initiation, where these maps may hold only what is known so far, it is no finding; from
 * planning, where each key is required, it is reported as not known yet, not as a malformed date.
 */
import assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../../server/src/engine/config.js';
import { applyEdits } from '../../server/src/engine/fix.js';
import { createPlanEngine } from '../../server/src/engine/index.js';

const engine = createPlanEngine();

function plan(stage: string, dates: string, budget: string): string {
  return [
    '---',
    'schema: transition-plan/1',
    'id: TP-2027-404',
    'title: Visitor management',
    'service: Visitor Management',
    'transition_type: new',
    `stage: ${stage}`,
    'health: green',
    'sponsor: S-01',
    'service_owner: S-01',
    'project_manager: S-01',
    'change_ref: CHG-1',
    `dates: ${dates}`,
    `budget: ${budget}`,
    '---',
    '# Visitor management',
    '',
  ].join('\n');
}

function schemaFindings(text: string) {
  return engine
    .lintDocument('v.plan.md', text, { config: DEFAULT_CONFIG, asOf: '2027-01-20', withFixes: true })
    .findings.filter((f) => f.rule === 'front-matter-schema');
}

const DATES = '{ start: 2027-01-11, go_live: 2027-06-28, close: TBC }';
const BUDGET = '{ currency: GBP, approved: 85000, contingency: To be agreed }';

describe('front matter: a date or an amount not known yet', () => {
  it('is no finding at initiation, where dates and budget hold what is known so far', () => {
    assert.deepEqual(
      schemaFindings(plan('initiation', DATES, BUDGET)).map((f) => f.message),
      [],
    );
    const block = plan('initiation', '{ start: 2027-01-11 }', '{ currency: GBP }').replace(
      'dates: { start: 2027-01-11 }',
      'dates:\n  start: 2027-01-11\n  go_live: TBC (June, after the open days)\n  close: tbc',
    );
    assert.deepEqual(
      schemaFindings(block).map((f) => f.message),
      [],
    );
  });

  it('is reported as not yet known from planning, on its value, with a guess replacing only it', () => {
    const text = plan('planning', DATES, BUDGET);
    const found = schemaFindings(text);
    assert.deepEqual(
      found.map((f) => f.message.split('. ')[0]),
      [
        '"dates" has no close yet: it reads "TBC", not yet known; write it after "close:", the day the transition is planned to close (YYYY-MM-DD)',
        '"budget" has no contingency yet: it reads "To be agreed", not yet known; write it after "contingency:", the contingency held besides the approved budget, as a number (0 if none is held)',
      ],
    );
    const close = found[0]!;
    assert.equal(close.range.start.line, 12);
    assert.equal(text.split('\n')[12]!.slice(close.range.start.character, close.range.end.character), 'TBC');
    const fix = close.fixes?.[0];
    assert.ok(fix, 'a guess for the close date');
    assert.equal(fix.isPreferred, false);
    assert.match(
      applyEdits(text, fix.edits).split('\n')[12]!,
      /^dates: \{ start: 2027-01-11, go_live: 2027-06-28, close: \d{4}-\d{2}-\d{2} \}$/,
    );
  });

  it('still reads a date written in its note as that day', () => {
    const found = schemaFindings(
      plan('initiation', '{ start: 2027-01-11, go_live: TBC (2027-06-28) }', '{ currency: GBP }'),
    );
    assert.equal(found.length, 1);
    assert.match(
      found[0]!.message,
      /dates\.go_live is "TBC \(2027-06-28\)", which is not a calendar date .*2027-06-28/,
    );
  });
});
