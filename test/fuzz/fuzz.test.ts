/**
 * A short, seeded run of the fuzzer (`npm run fuzz` runs it for ten minutes): no internal error,
 * no rule failure, no range outside the document, scanner and micromark equal. Time per case is
 * reported, not asserted (the machine may be busy).
 */
import assert from 'node:assert/strict';
import { corpus, describeReport, runFuzz } from './fuzz.js';

describe('fuzz (short run)', function () {
  this.timeout(120_000);

  it('every prefix and mutation of the corpus lints cleanly', function () {
    assert.ok(corpus().length > 100, 'the corpus (examples and fixtures) is missing');
    // One round: the same cases on every machine, however fast (the time box is only a guard).
    const report = runFuzz({ seed: 12, seconds: 90, rounds: 1 });
    console.log(`      ${describeReport(report).split('\n').join('\n      ')}`);
    assert.ok(report.cases > 100, `only ${report.cases} cases ran`);
    assert.deepEqual(
      report.problems.map((p) => `${p.kind}: ${p.source}: ${p.detail.split('\n')[0]}`),
      [],
      describeReport(report),
    );
  });
});
