/**
 * The run's string pool: findings keep one copy of each repeated message, rule name, severity
 * and target, and read exactly as before.
 */
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Finding } from '../../server/src/engine/types.js';
import { StringPool } from '../../server/src/cli/stringPool.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** `count` findings whose 50 KB messages are equal but each its own string, as clones make them. */
function clonedFindings(count: number): Finding[] {
  return Array.from({ length: count }, (_, i) => ({
    rule: ['missing', 'register'].join('-'),
    severity: 'error',
    message: ['No register: ', 'x'.repeat(50_000)].join(''),
    range: { start: { line: i, character: 0 }, end: { line: i, character: 3 } },
    ...(i % 2 ? { target: ['R', '01'].join('-') } : {}),
  }));
}

function heapHeldBy(make: () => unknown): number {
  gc();
  const before = process.memoryUsage().heapUsed;
  const held = make();
  gc();
  const grown = process.memoryUsage().heapUsed - before;
  assert.ok(held);
  return grown;
}

describe('string pool', () => {
  it('leaves the findings as they read, key order included', () => {
    const findings = clonedFindings(4);
    const before = JSON.stringify(findings);
    assert.equal(JSON.stringify(new StringPool().findings(findings)), before);
    assert.ok(!('target' in findings[0]!), 'no target is added where there was none');
  });

  it('keeps one copy of a message repeated from finding to finding', () => {
    const count = 200; // 200 × 50 KB = 10 MB of equal messages
    const unpooled = heapHeldBy(() => clonedFindings(count));
    const pooled = heapHeldBy(() => new StringPool().findings(clonedFindings(count)));
    assert.ok(unpooled > 5e6, `the copies cost ${(unpooled / 1e6).toFixed(1)} MB unpooled`);
    assert.ok(pooled < 1e6, `pooled findings hold ${(pooled / 1e6).toFixed(1)} MB`);
  });
});
