/**
 * What a run keeps per file must not grow with the size of the plans: findings may hold strings
 * sliced from a plan's text, which would keep every text alive until the report is written.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { DEFAULT_CONFIG } from '../../server/src/engine/config.js';
import { createPlanEngine } from '../../server/src/engine/index.js';
import type { LintOutcome } from '../../server/src/cli/lintFile.js';
import { lintAll } from '../../server/src/cli/pool.js';
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
});
