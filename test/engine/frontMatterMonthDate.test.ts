/**
 * A `dates` value that names a month, a week or part of a year (`go_live: June 2027`, as early
 * drafts write a target month): front-matter-schema says what it names and offers each day it may
 * mean, none preferred, as a table's date gets; a date written otherwise keeps its preferred fix.
 */
import assert from 'node:assert/strict';
import { applyEdits } from '../../server/src/engine/fix.js';
import { AS_OF, edit, engine, PAYROLL } from './diffSides.js';

function goLive(value: string) {
  const text = edit(PAYROLL, 'go_live: 2027-01-04', `go_live: ${value}`);
  const lint = (t: string) =>
    engine
      .lintDocument('payroll-cloud.plan.md', t, { asOf: AS_OF, matchesGlob: true })
      .findings.filter((f) => f.rule === 'front-matter-schema' && f.message.startsWith('dates.go_live'));
  const [finding, ...more] = lint(text);
  assert.equal(more.length, 0);
  assert.ok(finding, `no finding on go_live: ${value}`);
  return { finding, text, lint };
}

describe('front-matter-schema: a date that names a month, a week or part of a year', () => {
  it('a month: says so, and offers its last day, not preferred; the fix repairs', () => {
    const { finding, text, lint } = goLive('June 2027');
    assert.match(
      finding.message,
      /^dates\.go_live is "June 2027", which is not a calendar date written YYYY-MM-DD: "June 2027" names a month, not a day: write the day it is due \(2027-06-30/,
    );
    assert.deepEqual(
      finding.fixes?.map((f) => [f.title, f.isPreferred]),
      [['Set dates.go_live to 2027-06-30', false]],
    );
    assert.deepEqual(lint(applyEdits(text, finding.fixes![0]!.edits)), []);
  });

  it('a week: a fix for its Monday and one for its Friday', () => {
    const { finding } = goLive('w/c 11 Jan 2027');
    assert.match(finding.message, /: it names the week starting 2027-01-11, not a day/);
    assert.deepEqual(
      finding.fixes?.map((f) => f.title),
      ['Set dates.go_live to 2027-01-11', 'Set dates.go_live to 2027-01-15'],
    );
    assert.ok(finding.fixes?.every((f) => !f.isPreferred));
  });

  it('a quarter: says what it names, with no day guessed', () => {
    const { finding } = goLive('Q1 2027');
    assert.match(finding.message, /"Q1 2027" names part of a year, not a day/);
    assert.equal(finding.fixes, undefined);
  });

  it('a day written otherwise keeps its preferred fix; a numeric non-day gets the form', () => {
    const { finding } = goLive('14 Apr 2027');
    assert.deepEqual(
      finding.fixes?.map((f) => [f.title, f.isPreferred]),
      [['Set dates.go_live to 2027-04-14', true]],
    );
    assert.match(goLive('2027-02-30').finding.message, /YYYY-MM-DD \(e\.g\. /);
  });
});
