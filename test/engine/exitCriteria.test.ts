/**
 * exit-criteria-unmet's messages quote the criterion as the plan writes it: struck-through words
 * are no text to GFM, and a criterion quoted without them read as its note alone.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createPlanEngine } from '../../server/src/engine/index.js';
import { repoRoot } from '../helpers.js';

const engine = createPlanEngine();
const fixture = path.join(repoRoot, 'test/fixtures/rules/exit-criteria-unmet/fires-struck-through-criterion.plan.md');

describe('exit-criteria-unmet messages', () => {
  it('quote a struck-through criterion with its struck words, and say what to do with it', () => {
    const text = fs.readFileSync(fixture, 'utf8');
    const messages = engine
      .lintDocument('x.plan.md', text, { asOf: '2026-12-05' })
      .findings.filter((f) => f.rule === 'exit-criteria-unmet')
      .map((f) => f.message);
    assert.deepEqual(messages, [
      'Project Initiation exit criterion "~~Supplier contracted~~ (descoped – in-house delivery)" is not met, but the plan is already at stage "planning": tick it once it holds, or set the stage back until it does. Struck through, it is still not ticked: if it was dropped, tick it with its note or remove it.',
      'Project Initiation exit criterion "~~Budget confirmed~~" is marked "[~]", which is not ticked, but the plan is already at stage "planning": tick it (- [x]) once it holds, or set the stage back until it does. Struck through, it is still not ticked: if it was dropped, tick it with its note or remove it.',
    ]);
  });
});
