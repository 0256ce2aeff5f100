/**
 * A Post-implementation review under way (practitioner fixture itil4-new-service-closure): the
 * objectives not assessed yet are written `Pending`, `Not yet reviewed` or `Pending – PIR workshop
 * 29 Mar`. They are not reviewed yet, as an empty or `TBC` Result is (contract §3 values table):
 * no finding, and the report counts them as not assessed. Before, each was an unreadable-value
 * error telling the author to write Achieved, Partly or Not achieved, which the review had not said.
 */
import assert from 'node:assert/strict';
import { AS_OF, edits, engine, example } from './diffSides.js';

const FAX = example('legacy-fax-retire.plan.md');
const ROW = '| Gateway, lines and servers decommissioned securely | Achieved |';

function lint(result: string) {
  const text = edits(FAX, [ROW, ROW.replace('Achieved', result)]);
  const linted = engine.lintDocument('legacy-fax-retire.plan.md', text, { asOf: AS_OF, matchesGlob: true });
  assert.ok(linted.plan);
  return {
    unread: linted.findings.filter((f) => f.rule === 'unreadable-value').map((f) => f.message),
    pir: engine.status(linted.plan, { asOf: AS_OF }).postImplementationReview[1]!,
  };
}

describe('Post-implementation review Result not reviewed yet', () => {
  for (const written of [
    'Pending',
    'pending',
    'Not yet reviewed',
    'Not assessed',
    'Under review',
    'To be reviewed',
    'Pending – PIR workshop 29 Mar',
    'Not yet assessed (FinOps report due)',
  ]) {
    it(`reads "${written}" as not reviewed yet, as TBC`, () => {
      const { unread, pir } = lint(written);
      assert.deepEqual(unread, []);
      assert.equal(pir.result, undefined);
      assert.equal(pir.resultText, '', 'counted as not assessed, not as not read');
    });
  }

  it('still reports a Result that says something else, and keeps it as written', () => {
    for (const written of ['Mostly', 'Reviewed', 'Done']) {
      const { unread, pir } = lint(written);
      assert.equal(unread.length, 1, written);
      assert.equal(pir.resultText, written);
    }
  });
});
