/**
 * A Post-implementation review's Result, which `handoff report` reads (how many objectives were
 * achieved): read as reviews write it (`Met`, `Partially met – 9 to retire`, `Not met`), and, when
 * it cannot be read (`Mostly`), reported by unreadable-value, as every cell a report reads is
 * (contract §3.1). Before, such a Result showed as "not read" in the report with no finding.
 */
import assert from 'node:assert/strict';
import { AS_OF, edits, engine, example } from './diffSides.js';

const FAX = example('legacy-fax-retire.plan.md');
const ROW = {
  flows: '| All 37 fax flows moved to a supported channel | Achieved |',
  gateway: '| Gateway, lines and servers decommissioned securely | Achieved |',
  knowledge: '| Knowledge base fully updated at switch-off | Partly |',
};

function lint(text: string) {
  const result = engine.lintDocument('legacy-fax-retire.plan.md', text, { asOf: AS_OF, matchesGlob: true });
  assert.ok(result.plan);
  return { findings: result.findings, status: engine.status(result.plan, { asOf: AS_OF }) };
}

describe('Post-implementation review Result', () => {
  it('reads Met, Partially met and Not met (with a note) as Achieved, Partly and Not achieved', () => {
    const { findings, status } = lint(
      edits(
        FAX,
        [ROW.flows, ROW.flows.replace('Achieved', 'Met – 37 of 37')],
        [ROW.gateway, ROW.gateway.replace('Achieved', 'Not met')],
        [ROW.knowledge, ROW.knowledge.replace('Partly', 'Partially met (9 to retire)')],
      ),
    );
    assert.deepEqual(
      status.postImplementationReview.map((p) => p.result),
      ['Achieved', 'Not achieved', 'Achieved', 'Achieved', 'Partly'],
    );
    assert.deepEqual(
      findings.filter((f) => f.rule === 'unreadable-value').map((f) => f.message),
      [],
    );
  });

  it('reports a Result it cannot read, on its cell, and does not count it', () => {
    const text = edits(FAX, [ROW.gateway, ROW.gateway.replace('Achieved', 'Mostly')]);
    const { findings, status } = lint(text);
    const unread = findings.filter((f) => f.rule === 'unreadable-value');
    assert.equal(unread.length, 1, unread.map((f) => f.message).join('\n'));
    assert.match(
      unread[0]!.message,
      /^Result "Mostly" of Post-implementation review row 2 cannot be read\. Write Achieved \/ Partly \/ Not achieved\./,
    );
    const line = text.split('\n').findIndex((l) => l.includes('| Mostly |'));
    assert.equal(unread[0]!.range.start.line, line);
    assert.equal(status.postImplementationReview[1]?.result, undefined);
    assert.equal(status.postImplementationReview[1]?.resultText, 'Mostly');
  });

  it('leaves an empty or not-yet-known Result alone: the review has not said', () => {
    const { findings } = lint(edits(FAX, [ROW.gateway, ROW.gateway.replace('Achieved', 'TBC')]));
    assert.deepEqual(
      findings.filter((f) => f.rule === 'unreadable-value').map((f) => f.message),
      [],
    );
  });
});
