/**
 * An approved No-go holds go-live: go-live-readiness says so, and what to do (move the go-live
 * date), instead of asking who decided to go live.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_CONFIG } from '../../server/src/engine/config.js';
import { createPlanEngine } from '../../server/src/engine/index.js';
import { repoRoot } from '../helpers.js';

const engine = createPlanEngine();
const PAYROLL = fs.readFileSync(path.join(repoRoot, 'examples', 'payroll-cloud.plan.md'), 'utf8');
const PROPOSED = '| D-03 | Go/no-go for cutover on 2027-01-04 | Go/No-go | Helen Marsh | - | Proposed | - |';

function goNoGoMessages(text: string): string[] {
  return engine
    .lintDocument('p.plan.md', text, { asOf: '2027-01-05', config: DEFAULT_CONFIG })
    .findings.filter((f) => f.rule === 'go-live-readiness' && f.target === 'go-no-go')
    .map((f) => f.message);
}

describe('an approved No-go', () => {
  it('is said to hold go-live, with the go-live date to move', () => {
    assert.ok(PAYROLL.includes(PROPOSED));
    const held = PAYROLL.replace(
      PROPOSED,
      '| D-03 | No-go: cutover deferred to 2027-02-01 | Go/No-go | Helen Marsh | 2026-12-15 | Approved | - |',
    );
    assert.deepEqual(goNoGoMessages(held), [
      "D-03 is an approved No-go and the go-live date 2027-01-04 has been reached: go-live is held, so move `dates.go_live` (and the go-live milestone's Forecast) to the date now planned, and record the Go decision when it is taken.",
    ]);
  });

  it('is no decision while only proposed, and a Go leaves nothing to say', () => {
    assert.match(goNoGoMessages(PAYROLL)[0] ?? '', /^No approved Go\/No-go decision and the go-live date/);
    const go = PAYROLL.replace(
      PROPOSED,
      '| D-03 | Go for cutover on 2027-01-04 | Go/No-go | Helen Marsh | 2026-12-15 | Approved | - |',
    );
    assert.deepEqual(goNoGoMessages(go), []);
  });
});
