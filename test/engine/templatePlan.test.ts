/**
 * The plan `handoff init`, the New Transition Plan command at initiation and new-plan's fix write:
 * its registers hold the register templates' samples, which count as not written yet, so a fresh
 * plan is told what its project manager still has to write, and nothing in it passes as a fact.
 */
import assert from 'node:assert/strict';
import { applyEdits } from '../../server/src/engine/fix.js';
import { createPlanEngine } from '../../server/src/engine/index.js';
import { parsePlan } from '../../server/src/engine/parse/index.js';
import { onlySamples } from '../../server/src/engine/placeholders.js';
import type { RegisterKind } from '../../server/src/engine/schema.js';
import { newRowDate, planTemplate, registerTemplate } from '../../server/src/engine/templates.js';
import { typedOver } from '../typedOver.js';

const AS_OF = '2027-03-10';
const engine = createPlanEngine();
const FIELDS = { id: 'TP-2027-010', title: 'Payroll to PeopleLine Cloud', service: 'Payroll' };
const SAMPLED: readonly RegisterKind[] = ['risks', 'assumptions', 'resources'];

function lint(text: string) {
  return engine.lintDocument('transition.plan.md', text, { asOf: AS_OF, matchesGlob: true }).findings;
}

/** What a fresh plan asks its project manager for: rule and what it is about. */
const TO_DO = [
  'missing-assumptions-constraints assumptions',
  'missing-register resources',
  'missing-risks risks',
  'stakeholder-incomplete S-01',
  'stakeholder-incomplete S-02',
  'stakeholder-incomplete S-03',
];

describe('engine: the initiation plan a new plan starts from', () => {
  const text = planTemplate(FIELDS, { asOf: AS_OF });

  it('writes Risks, Assumptions and Resources as their register templates do: samples, owned by the project manager', () => {
    const fill = { person: 'S-03', date: newRowDate(undefined, AS_OF) };
    const plan = parsePlan('transition.plan.md', text);
    for (const kind of SAMPLED) {
      assert.ok(text.includes(registerTemplate(kind, { fill })), `${kind} as its register template writes it`);
      assert.ok(onlySamples(kind, plan.rows(kind)), `${kind} holds only samples`);
    }
    // Its sample risk is reviewed two weeks on, not on a date of the schema's example.
    assert.match(text, /\| R-01 \| What could happen \| .* \| S-03 \| .* \| 2027-03-24 \|/);
  });

  it('reports what the project manager still has to write: the names, the risks, the assumptions, the resources', () => {
    const findings = lint(text);
    assert.deepEqual(findings.map((f) => `${f.rule} ${f.target}`).sort(), TO_DO);
    assert.deepEqual(findings.map((f) => f.severity).sort(), [
      'error',
      'error',
      'warning',
      'warning',
      'warning',
      'warning',
    ]);
    assert.deepEqual(
      lint(typedOver(text)).map((f) => `${f.rule}: ${f.message}`),
      [],
    );
  });
});

describe('engine: new-plan starts from that plan', () => {
  const fixOf = (text: string) => {
    const finding = lint(text).find((f) => f.rule === 'new-plan');
    assert.ok(finding, 'new-plan fires');
    assert.equal(finding.fixes?.length, 1);
    return finding.fixes![0]!;
  };

  it("keeps the plan's own id, and is the preferred fix", () => {
    const text = '---\nschema: transition-plan/1\nid: TP-2027-044\ntitle: Claims archive\n---\n';
    const fix = fixOf(text);
    assert.equal(fix.isPreferred, true);
    assert.equal(fix.title, 'Start from the template');
    const written = applyEdits(text, fix.edits);
    assert.equal(
      written,
      planTemplate({ id: 'TP-2027-044', title: 'Claims archive', service: 'New service' }, { asOf: AS_OF }),
    );
    assert.deepEqual(
      lint(written)
        .map((f) => `${f.rule} ${f.target}`)
        .sort(),
      TO_DO,
    );
  });

  it('without an id, offers one it cannot know is free, so not as the preferred fix, and says so', () => {
    const fix = fixOf('');
    assert.notEqual(fix.isPreferred, true);
    assert.match(fix.title, /\(id TP-2027-001: check it is free\)/);
    assert.match(applyEdits('', fix.edits), /^id: "TP-2027-001"$/m);
  });
});
