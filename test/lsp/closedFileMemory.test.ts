/**
 * What the index keeps of a closed file must not hold the file's text: strings in findings,
 * summaries and overviews can be slices of it (a title, a stakeholder's name, a quoted cell).
 * Indexing on the main thread (the web server's only way, and the Node server's under 1,000
 * files) must keep no more than an index thread hands back.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { DEFAULT_CONFIG } from '../../server/src/engine/config.js';
import { createPlanEngine } from '../../server/src/engine/index.js';
import { readAndLint, type ClosedFileOutcome } from '../../server/src/lsp/closedFile.js';
import { MemoryFileAccess } from '../../server/src/lsp/memoryFileAccess.js';
import { repoRoot } from '../helpers.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

describe('closed files indexed on the main thread', function () {
  this.timeout(60_000);

  it('keep their findings, summary and overview, not their texts', async () => {
    // ~220 K characters per plan (a two-byte string: the example has non-Latin-1 characters).
    const example = fs.readFileSync(path.join(repoRoot, 'examples', 'payroll-cloud.plan.md'), 'utf8');
    const filler = 'Background paragraph with ordinary words. '.repeat(5_000);
    const text = example.replace('## Project Initiation', `${filler}\n\n## Project Initiation`);
    const count = 40;
    const uris = Array.from({ length: count }, (_, i) => `memory:/ws/p${i}.plan.md`);
    // Bytes: every read decodes a string of its own, as reading a file does.
    const bytes = new TextEncoder().encode(text);
    const files = new MemoryFileAccess(Object.fromEntries(uris.map((u) => [u, bytes])));
    const engine = createPlanEngine();

    const held: ClosedFileOutcome[] = [];
    gc();
    const before = process.memoryUsage().heapUsed;
    for (const uri of uris) {
      const job = { uri, matchesGlob: true, asOf: '2026-11-25', maxBytes: 10_000_000, limitMB: 10 };
      held.push(await readAndLint(files, engine, DEFAULT_CONFIG, job));
    }
    gc();
    const grown = process.memoryUsage().heapUsed - before;

    assert.ok(held.every((o) => o.kind === 'linted' && o.result.overview?.title === 'Payroll to PeopleLine Cloud'));
    // Holding the texts costs count × text.length × 2 bytes (≈ 18 MB; 19 MB measured before the
    // fix); what is kept of each plan is about 50 KB (2 MB measured).
    const texts = count * text.length * 2;
    assert.ok(grown < texts / 4, `heap grew by ${(grown / 1e6).toFixed(1)} MB for ${count} plans`);
  });
});
