/**
 * "Add X as a stakeholder" is offered for a name nobody has, not for a role stakeholders hold
 * (each holder is offered instead), or a team; a shifted row has only table-columns' finding.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { createPlanEngine } from '../../server/src/engine/index.js';
import { codeActions } from '../../server/src/lsp/codeActions.js';
import { toDiagnostic } from '../../server/src/lsp/toLsp.js';
import { fixturePath } from '../helpers.js';

const engine = createPlanEngine();
const file = fixturePath('rules', 'unresolved-reference', 'fires-role-team-and-shifted-owners.plan.md');
const uri = 'file:///fires-role-team-and-shifted-owners.plan.md';
const text = fs.readFileSync(file, 'utf8');
const { plan, findings } = engine.lintDocument(uri, text, { asOf: '2026-06-01', matchesGlob: true });

/** The titles of the quick fixes offered on a risk's unresolved-reference finding. */
function titles(risk: string): string[] {
  const finding = findings.find((f) => f.rule === 'unresolved-reference' && f.target === risk)!;
  assert.ok(finding, risk);
  const actions = codeActions({
    uri,
    version: 1,
    plan: plan!,
    findings,
    diagnostics: [toDiagnostic(finding, uri)],
    asOf: '2026-06-01',
    documentChanges: false,
  });
  return actions.map((a) => `${a.isPreferred ? '*' : ' '} ${a.title}`);
}

describe('LSP: "Add … as a stakeholder" only for what may be a person', () => {
  it('a role two stakeholders hold: each holder, none preferred, and no stakeholder named after the role', () => {
    assert.deepEqual(titles('R-01'), [
      '  Set owner to Dee Fox (S-03)',
      '  Set owner to Eli Gray (S-04)',
      '  Disable unresolved-reference on this row',
      '  Waive this finding for R-01',
    ]);
  });

  it('a person with another team: no person to add', () => {
    assert.ok(!titles('R-02').some((t) => t.includes('as a stakeholder')));
  });

  it('a word of another column in a shifted row: no finding to act on, table-columns says the row is off', () => {
    assert.ok(!findings.some((f) => f.rule === 'unresolved-reference' && f.target === 'R-07'));
    assert.ok(findings.some((f) => f.rule === 'table-columns' && f.target === 'R-07'));
  });

  it('a name nobody has may still be added', () => {
    assert.ok(titles('R-04').includes('  Add Service Desk Manager as a stakeholder'));
  });
});
