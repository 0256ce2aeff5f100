/**
 * The Assumptions and constraints register under the headings PRINCE2 PIDs and RAID logs give it
 * when they keep dependencies with it (`Assumptions, Constraints and Dependencies`): read as that
 * register, not reported missing while its table stands under the heading.
 */
import assert from 'node:assert/strict';
import { AS_OF, edit, engine, example } from './diffSides.js';

const CRM = example('crm-initiation.plan.md');

describe('Assumptions and constraints under a heading that adds dependencies', () => {
  const headings = [
    '### Assumptions, Constraints and Dependencies',
    '### 1.4 Assumptions, constraints & dependencies',
    '### Assumptions and Dependencies',
  ];
  for (const heading of headings) {
    it(heading, () => {
      const text = edit(CRM, '### Assumptions and constraints', heading);
      const result = engine.lintDocument('crm-initiation.plan.md', text, { asOf: AS_OF, matchesGlob: true });
      assert.equal(result.plan?.register('assumptions')?.heading.text, heading.replace(/^### /, ''));
      assert.deepEqual(
        result.findings.filter((f) => f.rule === 'missing-assumptions-constraints').map((f) => f.message),
        [],
      );
    });
  }

  it('still reports a heading of dependencies alone, which is not that register', () => {
    const text = edit(CRM, '### Assumptions and constraints', '### Dependencies');
    const result = engine.lintDocument('crm-initiation.plan.md', text, { asOf: AS_OF, matchesGlob: true });
    assert.equal(result.findings.filter((f) => f.rule === 'missing-assumptions-constraints').length, 1);
  });
});
