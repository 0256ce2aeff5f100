/**
 * A run limited to some paths reads the front matter of every other plan under the working
 * folder (cross-plan context) and keeps a summary of each until the cross-plan rules have run.
 * Those summaries must not hold the files' texts: their strings (id, title, service…) are
 * slices of the text read, as a worker's are before the trip back copies them. And what is read
 * is held to what a run over the file would accept: a binary, UTF-16 or too large file is no plan.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { contextSummaries } from '../../server/src/cli/crossPlan.js';
import { DEFAULT_CONFIG } from '../../server/src/engine/config.js';
import { MAX_FRONT_MATTER_BYTES } from '../../server/src/engine/frontMatter.js';
import { summarizeFrontMatterOnly } from '../../server/src/engine/summary.js';
import { createPlanEngine } from '../../server/src/engine/index.js';
import type { PlanCandidate } from '../../server/src/node/findPlanFiles.js';
import { PlanReadError, readPlanFileSync } from '../../server/src/node/readPlanFile.js';
import { repoRoot } from '../helpers.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

describe('cross-plan context of a partial run', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'handoff-context-'))));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  const candidate = (name: string, bytes: string | Uint8Array): PlanCandidate => {
    const absolutePath = path.join(dir, name);
    fs.writeFileSync(absolutePath, bytes);
    return {
      absolutePath,
      relativePath: name,
      config: { config: DEFAULT_CONFIG, folder: dir, path: undefined, errors: [] },
      matchesGlob: true,
      explicit: false,
    };
  };

  it('reads no plan from a binary or UTF-16 file, and reads one with a character across 64 KB', () => {
    const example = fs.readFileSync(path.join(repoRoot, 'examples', 'payroll-cloud.plan.md'), 'utf8');
    const engine = createPlanEngine();
    const binary = candidate('binary.plan.md', Buffer.concat([Buffer.from(example), Buffer.from([0, 1, 2])]));
    const utf16 = candidate('utf16.plan.md', Buffer.from(`\ufeff${example}`, 'utf16le'));
    // 'é' is two bytes: placed so that its second byte is the first after 64 KB.
    const before = Buffer.byteLength(example);
    const cut = candidate('cut.plan.md', `${example}${'a'.repeat(64 * 1024 - before - 1)}é and more text\n`);
    assert.equal(
      fs
        .readFileSync(cut.absolutePath)
        .subarray(64 * 1024 - 1, 64 * 1024 + 1)
        .toString(),
      'é',
    );
    const plain = candidate('plain.plan.md', example);
    const read = contextSummaries([binary, utf16, cut, plain], engine).map((s) => s.uri);
    assert.deepEqual(read, ['cut.plan.md', 'plain.plan.md']);
    // Each file alone, as a run would read it: the same two are refused.
    for (const c of [binary, utf16]) assert.throws(() => readPlanFileSync(c.absolutePath), PlanReadError);
  });

  it('reads as a run would past the first 64 KB: a NUL byte or bad UTF-8 there, or a file over the size cap, is no plan', () => {
    const example = fs.readFileSync(path.join(repoRoot, 'examples', 'payroll-cloud.plan.md'), 'utf8');
    const engine = createPlanEngine();
    const padding = '\nBackground paragraph with ordinary words.'.repeat(3_000); // ~120 KB
    const lateNul = candidate('late-nul.plan.md', Buffer.concat([Buffer.from(example + padding), Buffer.from([0])]));
    const lateBad = candidate('late-bad.plan.md', Buffer.concat([Buffer.from(example + padding), Buffer.from([0xff])]));
    const large = candidate('large.plan.md', example + padding);
    const plain = candidate('plain.plan.md', example);
    const cap = 100 * 1024;
    assert.ok(fs.statSync(large.absolutePath).size > cap && Buffer.byteLength(example) < cap);
    const read = contextSummaries([lateNul, lateBad, large, plain], engine, cap).map((s) => s.uri);
    assert.deepEqual(read, ['plain.plan.md']);
    // A run over each refuses the same three.
    for (const c of [lateNul, lateBad, large])
      assert.throws(() => readPlanFileSync(c.absolutePath, { maxBytes: cap }), PlanReadError);
    // Without the cap, the large one is a plan.
    assert.deepEqual(
      contextSummaries([large], engine).map((s) => s.uri),
      ['large.plan.md'],
    );
  });

  it('reads a plan longer than the start decoded for its front matter as it reads a short one', () => {
    const example = fs.readFileSync(path.join(repoRoot, 'examples', 'payroll-cloud.plan.md'), 'utf8');
    const engine = createPlanEngine();
    const padding = '\nBackground paragraph with ordinary words, and a café.'.repeat(10_000); // ~540 KB
    const long = candidate('long.plan.md', example + padding);
    const short = candidate('short.plan.md', example);
    const lateNul = candidate('late-nul.plan.md', Buffer.concat([Buffer.from(example + padding), Buffer.from([0])]));
    const lateBad = candidate('late-bad.plan.md', Buffer.concat([Buffer.from(example + padding), Buffer.from([0xff])]));
    assert.ok(fs.statSync(long.absolutePath).size > MAX_FRONT_MATTER_BYTES * 2);
    const [fromLong, fromShort, ...rest] = contextSummaries([long, short, lateNul, lateBad], engine);
    assert.equal(rest.length, 0, 'a NUL or a bad byte far past the front matter is still found');
    assert.deepEqual({ ...fromLong, uri: '' }, { ...fromShort, uri: '' });
    // Front matter never closed: the whole file is read, and its summary is the whole file's.
    const unclosed = candidate('unclosed.plan.md', example.replace(/\n---\n/, '\n') + padding);
    const [summary] = contextSummaries([unclosed], engine);
    assert.ok(summary);
    const json = (x: unknown) => JSON.parse(JSON.stringify(x)) as unknown;
    const whole = summarizeFrontMatterOnly('unclosed.plan.md', readPlanFileSync(unclosed.absolutePath), DEFAULT_CONFIG);
    assert.deepEqual(json(summary), json(whole));
  });

  it("keeps each plan's summary, not the text read for it", () => {
    // A plan of ~200 KB, of which the first 64 KB are read.
    const example = fs.readFileSync(path.join(repoRoot, 'examples', 'payroll-cloud.plan.md'), 'utf8');
    const filler = 'Background paragraph with ordinary words. '.repeat(5_000);
    const text = example.replace('## Project Initiation', `${filler}\n\n## Project Initiation`);
    const count = 100;
    const context: PlanCandidate[] = Array.from({ length: count }, (_, i) => {
      const absolutePath = path.join(dir, `p${i}.plan.md`);
      fs.writeFileSync(absolutePath, text);
      return {
        absolutePath,
        relativePath: `p${i}.plan.md`,
        config: { config: DEFAULT_CONFIG, folder: dir, path: undefined, errors: [] },
        matchesGlob: true,
        explicit: false,
      };
    });
    const engine = createPlanEngine();

    gc();
    const before = process.memoryUsage().heapUsed;
    const held = contextSummaries(context, engine);
    gc();
    const grown = process.memoryUsage().heapUsed - before;

    assert.equal(held.length, count);
    assert.ok(held.every((s) => s.title === 'Payroll to PeopleLine Cloud' && s.id !== undefined));
    // Holding the heads costs at least count × 64 KB (≈ 6.5 MB; 6.9 MB measured before the
    // fix); a summary is well under 1 KB.
    const heads = count * 64 * 1024;
    assert.ok(grown < heads / 4, `heap grew by ${(grown / 1e6).toFixed(1)} MB for ${count} plans`);
  });
});
