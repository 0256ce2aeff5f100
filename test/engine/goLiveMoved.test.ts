/**
 * Go-live readiness past `dates.go_live` when an approved Exception lets the go-live milestone run
 * later: the findings say so, and that `dates.go_live` is what to move, rather than only "hold
 * go-live" or "record who decided to go live".
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { createPlanEngine } from '../../server/src/engine/index.js';
import { fixturePath } from '../helpers.js';

const engine = createPlanEngine();
const BASE = fs.readFileSync(fixturePath('rules', 'go-live-readiness', 'fires-after-go-live.plan.md'), 'utf8');
const SLIPPED = BASE.replace(
  '| M-03 | Go-live for all staff | S-03 | 2026-07-06 | 2026-07-06 | - | M-02 | Not started |',
  '| M-03 | Go-live for all staff | S-03 | 2026-07-06 | 2026-08-03 | - | M-02 | At risk |',
).replace(
  '| D-01 | Go live on 2026-07-06 as planned | Go/No-go | S-01 | 2026-06-30 | Approved |',
  '| D-01 | Exception plan: go-live moved to 3 Aug | Exception | S-01 | 2026-07-01 | Approved |',
);

const readiness = (text: string) =>
  engine
    .lintDocument('x.plan.md', text, { asOf: '2026-07-07' })
    .findings.filter((f) => f.rule === 'go-live-readiness')
    .map((f) => f.message);

describe('go-live moved by an approved Exception', () => {
  it('each finding says to set dates.go_live to the new date', () => {
    assert.notEqual(SLIPPED, BASE);
    const messages = readiness(SLIPPED);
    assert.ok(messages.length >= 2, messages.join('\n'));
    for (const m of messages)
      assert.match(
        m,
        /If go-live moved with M-03\b.* \(forecast 2026-08-03 under the approved Exception D-01\b.*\), set `dates\.go_live` to the new date\.$/,
        m,
      );
  });

  it('says nothing of it when no approved Exception covers the slip', () => {
    const unapproved = SLIPPED.replace('| 2026-07-01 | Approved |', '| 2026-07-01 | Proposed |');
    const messages = readiness(unapproved);
    assert.ok(messages.length >= 2);
    for (const m of messages) assert.doesNotMatch(m, /If go-live moved/, m);
  });
});
