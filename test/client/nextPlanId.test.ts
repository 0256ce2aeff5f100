import assert from 'node:assert/strict';
import { nextPlanId } from '../../server/src/engine/templates.js';

describe('client: the wizard proposes the next free plan id', () => {
  it("follows this year's highest number", () => {
    assert.equal(nextPlanId(['TP-2026-014', 'TP-2026-022', 'TP-2025-090', 'OTHER-7'], 2026), 'TP-2026-023');
    assert.equal(nextPlanId([], 2027), 'TP-2027-001');
    assert.equal(nextPlanId(['tp-2026-0009'], 2026), 'TP-2026-0010');
  });
});
