/**
 * A new plan at each stage a plan may start in (the wizard writes it): its only errors and warnings
 * are the placeholders it leaves for the author, and none is left once they are typed over.
 */
import assert from 'node:assert/strict';
import { parseConfig } from '../../server/src/engine/config.js';
import { createPlanEngine } from '../../server/src/engine/index.js';
import { NEW_PLAN_STAGES, planSkeleton } from '../../server/src/engine/planSkeleton.js';
import { TRANSITION_TYPES } from '../../server/src/engine/types.js';
import { ABOUT_A_PLACEHOLDER, typedOver } from '../typedOver.js';

const AS_OF = '2027-03-10';

describe('engine: a new plan at a chosen stage', () => {
  const engine = createPlanEngine();
  for (const stage of NEW_PLAN_STAGES) {
    for (const transitionType of TRANSITION_TYPES) {
      it(`${transitionType} at ${stage} is reported only for its placeholders, and clean once they are written`, () => {
        const text = planSkeleton(
          { id: 'TP-2027-001', title: 'Payroll archive retirement', service: 'Payroll archive', transitionType },
          { asOf: AS_OF, stage, currency: 'GBP' },
        );
        assert.match(text, new RegExp(`^stage: ${stage}$`, 'm'));
        assert.match(text, new RegExp(`^transition_type: ${transitionType}$`, 'm'));
        if (stage !== 'initiation') {
          assert.match(text, /^ {2}currency: GBP$/m);
          assert.match(text, /^ {2}start: 2027-03-10$/m);
        }
        assert.doesNotMatch(text, /2026-/);
        const lint = (t: string) =>
          engine
            .lintDocument('new.plan.md', t, { asOf: AS_OF, matchesGlob: true })
            .findings.filter((f) => f.severity !== 'info')
            .map((f) => `${f.rule}: ${f.message}`);
        assert.deepEqual(
          lint(text).filter((f) => !ABOUT_A_PLACEHOLDER.test(f)),
          [],
        );
        assert.ok(lint(text).length > 0, 'a skeleton leaves placeholders to write (at least the names)');
        assert.deepEqual(lint(typedOver(text)), []);
      });
    }
  }
});

describe('config: currency for new plans', () => {
  it('reads an ISO 4217 code and reports anything else at its value', () => {
    const engine = createPlanEngine();
    assert.equal(parseConfig('currency: GBP\n', engine.rules).config.currency, 'GBP');
    assert.equal(parseConfig('plans: ["**/*.plan.md"]\n', engine.rules).config.currency, 'EUR');
    const bad = parseConfig('currency: pounds\n', engine.rules);
    assert.equal(bad.config.currency, 'EUR');
    assert.match(bad.errors[0]?.message ?? '', /three-letter ISO 4217/);
    assert.equal(bad.errors[0]?.range.start.character, 10);
  });

  it('a new plan past initiation budgets in the configured currency', () => {
    const config = parseConfig('currency: USD\n', createPlanEngine().rules).config;
    const text = planSkeleton(
      { id: 'TP-2027-002', title: 'T', service: 'S' },
      { asOf: AS_OF, stage: 'planning', config },
    );
    assert.match(text, /^ {2}currency: USD$/m);
  });
});
