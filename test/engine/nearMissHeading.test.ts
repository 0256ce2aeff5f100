/**
 * Which heading a missing register's finding names: headings practitioners write for a register
 * that the contract's names do not cover, and headings that only look like one.
 */
import assert from 'node:assert/strict';
import { registerAliases } from '../../server/src/engine/headings.js';
import { nearMissHeading } from '../../server/src/engine/nearMissHeading.js';
import { parsePlan } from '../../server/src/engine/parse/index.js';
import type { RegisterKind } from '../../server/src/engine/schema.js';

function planWith(...headings: string[]) {
  return parsePlan('x', `---\nschema: transition-plan/1\n---\n# Plan\n\n${headings.join('\n\n')}\n`);
}

const NAMED: readonly [string, RegisterKind][] = [
  ['### Risk', 'risks'],
  ['### 2.1 Key Milestones', 'milestones'],
  ['### Hand-overs', 'handovers'],
  ['### Hand over plan', 'handovers'],
  ['### Early Life Support (ELS)', 'earlyLifeSupport'],
  ['### Key decisions', 'decisions'],
  ['## Risk', 'risks'],
  ['#### Risks', 'risks'],
  ['#### Go-live readiness', 'goLiveReadiness'],
];

const NOT_NAMED: readonly [string, RegisterKind][] = [
  ['#### H-01 handover checklist', 'handovers'],
  ['### Support models', 'earlyLifeSupport'],
  ['#### Key milestones', 'milestones'],
  ['## Project Closure', 'handovers'],
  ['### Communication', 'communicationPlan'],
];

describe('nearMissHeading', () => {
  it('has cases of both kinds', () => assert.ok(NAMED.length > 0 && NOT_NAMED.length > 0));

  for (const [heading, kind] of NAMED) {
    it(`"${heading}" likely means ${kind}`, () => {
      const plan = planWith('## Project Initiation', heading);
      assert.equal(plan.register(kind), undefined, 'the heading must not be read as the register itself');
      assert.equal(nearMissHeading(plan, kind)?.text, heading.replace(/^#+ /, ''));
    });
  }

  for (const [heading, kind] of NOT_NAMED) {
    it(`"${heading}" is not taken for ${kind}`, () => {
      assert.equal(nearMissHeading(planWith(heading), kind), undefined);
    });
  }

  it('never names a heading the plan reads as a register', () => {
    assert.equal(nearMissHeading(planWith('### Risks', '### Risk log'), 'risks'), undefined);
  });

  it("counts the configuration's register aliases as names", () => {
    const aliases = registerAliases([['Threats', 'risks']]);
    assert.equal(nearMissHeading(planWith('### Threats'), 'risks', aliases), undefined, 'an alias is the register');
    assert.equal(nearMissHeading(planWith('### Key threats'), 'risks', aliases)?.text, 'Key threats');
  });
});
