/**
 * What a run keeps per file must not grow with the size of the plans: findings may hold strings
 * sliced from a plan's text, which would keep every text alive until the report is written.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { ResourceLimits } from 'node:worker_threads';
import { DEFAULT_CONFIG } from '../../server/src/engine/config.js';
import { createPlanEngine } from '../../server/src/engine/index.js';
import type { LintOutcome } from '../../server/src/cli/lintFile.js';
import { lintAll, type LintItem } from '../../server/src/cli/pool.js';
import { makeTempDir, readCliFixture, removeTempDir } from './harness.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

describe('memory per linted file (main-thread path)', function () {
  this.timeout(120_000);
  let dir: string;
  before(() => {
    dir = makeTempDir('handoff-memory-');
  });
  after(() => removeTempDir(dir));

  it('keeps findings, not the texts they were found in', async () => {
    // ~230 KB per plan, with findings whose messages quote row text.
    const filler = 'Background paragraph with ordinary words. '.repeat(5_500);
    const text = readCliFixture('findings.plan.md').replace(
      '## Project Initiation',
      `${filler}\n\n## Project Initiation`,
    );
    const file = path.join(dir, 'big.plan.md');
    fs.writeFileSync(file, text);
    const count = 150;
    const items = Array.from({ length: count }, (_, index) => ({
      task: { index, absolutePath: file, uri: `p${index}.plan.md`, matchesGlob: true },
      config: DEFAULT_CONFIG,
    }));

    const held: LintOutcome[] = [];
    gc();
    const before = process.memoryUsage().heapUsed;
    await lintAll(
      items,
      { settings: { asOf: '2026-06-01' }, threads: 1, engine: createPlanEngine(), log: () => undefined },
      (o) => held.push(o),
    );
    gc();
    const grown = process.memoryUsage().heapUsed - before;

    assert.equal(held.length, count);
    assert.ok(held.every((o) => o.kind === 'plan' && o.findings.length === 3));
    // Holding the texts would cost count × text.length × 1-2 bytes (≈ 35-70 MB); findings cost ~1 KB each.
    assert.ok(grown < (count * text.length) / 10, `heap grew by ${(grown / 1e6).toFixed(1)} MB for ${count} plans`);
  });

  it('drops the fixes of each finding unless the run keeps them for its format', async () => {
    const file = path.join(dir, 'fixes.plan.md');
    fs.writeFileSync(file, readCliFixture('findings.plan.md'));
    const run = async (withFixes: boolean): Promise<LintOutcome> => {
      const held: LintOutcome[] = [];
      await lintAll(
        [{ task: { index: 0, absolutePath: file, uri: 'fixes.plan.md', matchesGlob: true }, config: DEFAULT_CONFIG }],
        { settings: { asOf: '2026-06-01', withFixes }, threads: 1, engine: createPlanEngine(), log: () => undefined },
        (o) => held.push(o),
      );
      return held[0]!;
    };
    const kept = await run(true);
    const dropped = await run(false);
    assert.ok(kept.kind === 'plan' && dropped.kind === 'plan');
    assert.ok(
      kept.findings.some((f) => (f.fixes?.length ?? 0) > 0),
      'the fixture should have findings with fixes',
    );
    assert.ok(dropped.findings.every((f) => f.fixes === undefined));
    const withoutFixes = (o: typeof kept) => o.findings.map(({ fixes: _fixes, ...rest }) => rest);
    assert.deepEqual(withoutFixes(dropped), withoutFixes(kept));
  });

  describe('workers with bounded heaps', () => {
    /** 24 small plans and, third in line, one of about 3 MB: too large for a worker's heap. */
    function files(): LintItem[] {
      const small = readCliFixture('findings.plan.md');
      const rows = Array.from(
        { length: 60_000 },
        (_, i) => `| R-${String(i + 100).padStart(5, '0')} | Risk ${i} | 3 | 3 | 9 | @alex | Mitigate |`,
      ).join('\n');
      const big = small.replace(/(\| R-01 \|[^\n]*\n)/, `$1${rows}\n`);
      assert.ok(big.length > 2_500_000 && big !== small, 'the large plan should have its extra risk rows');
      return Array.from({ length: 25 }, (_, index) => {
        const file = path.join(dir, `bounded-${index}.plan.md`);
        fs.writeFileSync(file, index === 2 ? big : small);
        return {
          task: { index, absolutePath: file, uri: `bounded-${index}.plan.md`, matchesGlob: true },
          config: DEFAULT_CONFIG,
        };
      });
    }
    const run = async (items: LintItem[], threads: number, workerLimits?: ResourceLimits): Promise<LintOutcome[]> => {
      const out: LintOutcome[] = [];
      await lintAll(
        items,
        { settings: { asOf: '2026-06-01' }, threads, engine: createPlanEngine(), log: () => undefined, workerLimits },
        (o) => (out[o.index] = o),
      );
      return out;
    };

    it('lints on the main thread what a worker that ran out of memory held, and the rest goes on', async () => {
      const items = files();
      const here = await run(items, 1);
      const pooled = await run(items, 2);
      assert.equal(pooled.filter(Boolean).length, items.length);
      assert.deepEqual(pooled, here);
      assert.ok(here[2]!.kind === 'plan' && here[2]!.findings.length > 0);
    });

    it('lints everything on the main thread when every worker runs out of memory at once', async () => {
      const items = files()
        .filter((i) => i.task.index !== 2)
        .map((i, index) => ({ ...i, task: { ...i.task, index } }));
      const here = await run(items, 1);
      const starved = await run(items, 2, { maxOldGenerationSizeMb: 1, maxYoungGenerationSizeMb: 1 });
      assert.deepEqual(starved, here);
    });
  });
});
