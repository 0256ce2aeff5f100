/**
 * "Add X as a stakeholder" is offered for a name nobody has, not for a role stakeholders hold
 * (each holder is offered instead), or a team; a shifted row has only table-columns' finding.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { parseConfig } from '../../server/src/engine/config.js';
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

describe('LSP: no "Add … as a stakeholder" where the reference names no one new', () => {
  /** The quick-fix titles on each finding of a fixture, by target (waive and disable left out). */
  function titlesIn(name: string, config?: string, rule = 'unresolved-reference'): Map<string, string[]> {
    const path = fixturePath('rules', rule, name);
    const source = fs.readFileSync(path, 'utf8');
    const parsed = config ? parseConfig(config, engine.rules).config : undefined;
    const at = `file:///${name}`;
    const linted = engine.lintDocument(at, source, {
      asOf: '2026-06-01',
      matchesGlob: true,
      ...(parsed ? { config: parsed } : {}),
    });
    const out = new Map<string, string[]>();
    for (const finding of linted.findings) {
      if (finding.rule !== 'unresolved-reference' && finding.rule !== 'missing-core-role') continue;
      const actions = codeActions({
        uri: at,
        version: 1,
        plan: linted.plan!,
        findings: linted.findings,
        diagnostics: [toDiagnostic(finding, at)],
        asOf: '2026-06-01',
        documentChanges: false,
        parties: parsed?.parties,
      });
      out.set(
        finding.target!,
        actions.map((a) => `${a.isPreferred ? '*' : ' '} ${a.title}`).filter((t) => !/Disable|Waive/.test(t)),
      );
    }
    return out;
  }

  it('a misspelt role, part of a listed name, a configured party, a group, a fill-in: only what is meant', () => {
    const titles = titlesIn('fires-no-one-to-add.plan.md', 'parties: [Procurement]\n');
    assert.deepEqual(Object.fromEntries(titles), {
      'R-01': ['* Replace with "Sponsor"'],
      'R-02': ['* Replace with "Dave Pritchard"'],
      'R-03': [],
      'R-04': [],
      'R-05': ['  Add Zed Unknown as a stakeholder'],
      'RS-01': [],
      'RS-02': [],
    });
  });

  it('a first name two stakeholders have: each of them, and no third one added', () => {
    const titles = titlesIn('fires-name-several-share.plan.md');
    assert.deepEqual(titles.get('R-01'), ['  Set owner to Steve Morgan (S-04)', '  Set owner to Steve Dalton (S-05)']);
    assert.deepEqual(titles.get('transition_manager'), [
      '* Set transition_manager to Steve Morgan (S-04)',
      '  Set transition_manager to Steve Dalton (S-05)',
    ]);
  });

  it('a front-matter role written as not known yet (`sponsor: TBC`): the listed holder, no one named TBC', () => {
    const titles = titlesIn('fires-not-named-yet-or-in-part.plan.md', undefined, 'missing-core-role');
    assert.deepEqual(titles.get('sponsor'), ['* Set sponsor to S-01 (Helen Marsh)']);
    assert.deepEqual(titles.get('project_manager'), ['* Replace with "Priya Raman"']);
  });

  it('someone who signed for another: a fix keeps who signed, and neither is added', () => {
    const titles = titlesIn('fires-signed-on-behalf.plan.md');
    assert.deepEqual(titles.get('signOff'), ['  Keep only "Eve Sim"']);
  });
});
