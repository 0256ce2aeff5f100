/** What an unresolved person reference suggests: a stakeholder by part of their name first. */
import assert from 'node:assert/strict';
import { parsePlan } from '../../server/src/engine/parse/index.js';
import { resolveReference } from '../../server/src/engine/references.js';

const plan = parsePlan(
  'x',
  [
    '---',
    'schema: transition-plan/1',
    '---',
    '### Stakeholders',
    '',
    '| ID | Name | Handle | Role |',
    '| --- | --- | --- | --- |',
    '| S-01 | Sofia Brandt | @s.brandt | Integration lead |',
    '| S-02 | Sam Reid | @s.reid | Service desk lead |',
    '| S-03 | Tomasz Wojcik | @t.wojcik | Transition manager |',
    '',
  ].join('\n'),
);

const CASES: readonly [string, string | undefined][] = [
  ['S. Brandt', 'Sofia Brandt'],
  ['S Brandt', 'Sofia Brandt'],
  ['s. reid', 'Sam Reid'],
  ['Brandt', 'Sofia Brandt'],
  ['Tomasz', 'Tomasz Wojcik'],
  ['T. Brandt', undefined],
];

describe('person reference suggestions', () => {
  it('has cases', () => assert.ok(CASES.length > 0));
  for (const [ref, name] of CASES) {
    it(`"${ref}" suggests ${name ?? 'no stakeholder by name'}`, () => {
      const r = resolveReference(plan, ref);
      assert.equal(r.kind, 'unresolved');
      if (r.kind !== 'unresolved') return;
      if (name) assert.equal(r.suggestion, name);
      else assert.notEqual(r.suggestion, 'Sofia Brandt');
    });
  }
});
