/**
 * Quick fixes that fill an empty person cell (a risk's owner, a handover's receiving owner, a
 * process interface's contact) with a stakeholder: preferred only with a basis, so "fix all"
 * writes no guess.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { createPlanEngine } from '../../server/src/engine/index.js';
import type { Finding } from '../../server/src/engine/types.js';
import { fixturePath } from '../helpers.js';

const engine = createPlanEngine();

function findings(rule: string, fixture: string): Finding[] {
  const file = fixturePath('rules', rule, fixture);
  const all = engine.lintDocument(file, fs.readFileSync(file, 'utf8'), { asOf: '2026-06-01' }).findings;
  const mine = all.filter((f) => f.rule === rule);
  assert.ok(mine.length > 0, `no ${rule} finding in ${fixture}`);
  return mine;
}

const fixes = (f: Finding) => (f.fixes ?? []).map((x) => `${x.isPreferred ? '*' : ' '} ${x.title}`);

describe('engine: person fixes are preferred only with a basis', () => {
  it('a contact whose role fits the process is the preferred fix (Change manager for Change Management)', () => {
    const [finding] = findings('process-interface-without-contact', 'fires-contact-fits-a-role.plan.md');
    assert.equal(fixes(finding!)[0], '* Set contact to Dev Ellis (Change manager)');
  });

  it('with nobody in the process, the project manager is offered as the contact but not preferred', () => {
    for (const finding of findings('process-interface-without-contact', 'fires-contact-empty-or-tbd.plan.md')) {
      assert.deepEqual(fixes(finding), ['  Set contact to Cara Dunn (Project manager)'], finding.message);
    }
  });

  it('the project manager stands in as a risk owner when nobody fits: preferred', () => {
    const [finding] = findings('risk-without-owner', 'fires-empty-owner.plan.md');
    assert.equal(fixes(finding!)[0], '* Set risk owner to Cara Dunn (Project manager)');
  });
});
