/**
 * "Add … as a stakeholder" is for what may be a person's name only (contract §2): not a value
 * written as not known yet or a fill-in, a misspelt role, part of a listed name, a name several
 * have, a configured party, a team or a group, or someone acting for another.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { parseConfig } from '../../server/src/engine/config.js';
import { createPlanEngine } from '../../server/src/engine/index.js';
import { mayBeNewStakeholder } from '../../server/src/engine/newStakeholder.js';
import { fixturePath } from '../helpers.js';

const engine = createPlanEngine();
const file = fixturePath('rules', 'unresolved-reference', 'fires-no-one-to-add.plan.md');
const text = fs.readFileSync(file, 'utf8');
const parties = ['Procurement'];
const { plan } = engine.lintDocument(file, text, {
  asOf: '2026-06-01',
  matchesGlob: true,
  config: parseConfig('parties: [Procurement]\n', engine.rules).config,
});
const range = (kind: 'risks' | 'resources', id: string, key: string) =>
  plan!
    .rows(kind)
    .find((r) => r.id === id)!
    .cell(key)!.range;
const risk = (id: string) => range('risks', id, 'owner');
const provider = (id: string) => range('resources', id, 'providedBy');

describe('engine: who may be added as a stakeholder', () => {
  it('not a value written as not known yet, or a fill-in', () => {
    for (const ref of ['TBC', 'TBD', 'To be confirmed', 'TBC (Jan 2027)', '[Owner name]', '<owner>', 'Full name'])
      assert.equal(mayBeNewStakeholder(plan!, ref, risk('R-04'), parties), false, ref);
  });

  it('not a misspelt role, or part of one listed name', () => {
    assert.equal(mayBeNewStakeholder(plan!, 'Sponser', risk('R-01'), parties), false);
    assert.equal(mayBeNewStakeholder(plan!, 'Dave', risk('R-02'), parties), false);
    assert.equal(mayBeNewStakeholder(plan!, 'Pritchard', risk('R-02'), parties), false);
    assert.equal(mayBeNewStakeholder(plan!, 'D. Pritchard', risk('R-02'), parties), false);
  });

  it('not a configured party, a team or a group', () => {
    assert.equal(mayBeNewStakeholder(plan!, 'Procurement', risk('R-03'), parties), false, 'a configured party');
    assert.equal(
      mayBeNewStakeholder(plan!, 'Purchasing', provider('RS-01'), parties),
      false,
      'one word, where a party may be',
    );
    assert.equal(mayBeNewStakeholder(plan!, 'Depot managers', provider('RS-02'), parties), false, 'a group');
    for (const ref of ['Depot Managers', 'IT Service Desk', 'Orbis Software', 'Telematix Ltd', 'Field service team'])
      assert.equal(mayBeNewStakeholder(plan!, ref, risk('R-05'), parties), false, ref);
  });

  it('not someone acting for another', () => {
    assert.equal(mayBeNewStakeholder(plan!, 'S-02 on behalf of S-01', risk('R-05'), parties), false);
    assert.equal(mayBeNewStakeholder(plan!, 'Zed Unknown on behalf of Dave Pritchard', risk('R-05'), parties), false);
  });

  it('a name nobody has may still be added', () => {
    for (const ref of ['Zed Unknown', 'Anna van der Berg', 'Service Desk Manager', "Liam O'Neill"])
      assert.equal(mayBeNewStakeholder(plan!, ref, risk('R-05'), parties), true, ref);
    // Where one person answers, one word may be a first name nobody listed has.
    assert.equal(mayBeNewStakeholder(plan!, 'Yusuf', risk('R-05'), parties), true);
  });
});
