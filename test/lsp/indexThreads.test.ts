/**
 * The Node server's index threads: how many from the cores and `HANDOFF_INDEX_THREADS`, the same
 * outcome as the main thread for a file on disk, and a failing thread handing its files back.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_CONFIG, type HandoffConfig } from '../../server/src/engine/config.js';
import { createPlanEngine } from '../../server/src/engine/index.js';
import { lintClosedText, type ClosedFileJob } from '../../server/src/lsp/closedFile.js';
import { indexThreadPlan, WorkerIndexThreads } from '../../server/src/lsp/indexThreads.js';
import { repoRoot } from '../helpers.js';

describe('index threads', () => {
  it('leaves one core to the main thread, and starts only for a large run', () => {
    assert.deepEqual(indexThreadPlan(undefined, 1), { threads: 0, minFiles: Infinity });
    assert.deepEqual(indexThreadPlan(undefined, 2), { threads: 1, minFiles: 1000 });
    assert.deepEqual(indexThreadPlan(undefined, 4), { threads: 3, minFiles: 250 });
    assert.deepEqual(indexThreadPlan(undefined, 16), { threads: 4, minFiles: 250 });
    assert.deepEqual(indexThreadPlan('0', 8), { threads: 0, minFiles: 0 });
    assert.deepEqual(indexThreadPlan('2', 1), { threads: 2, minFiles: 0 });
    assert.deepEqual(indexThreadPlan('many', 2), { threads: 1, minFiles: 1000 }, 'not a number: the default');
  });

  const file = path.join(repoRoot, 'examples', 'service-desk-planning.plan.md');
  const job: ClosedFileJob = {
    uri: pathToFileURL(file).href,
    matchesGlob: true,
    asOf: '2026-11-25',
    maxBytes: 5 * 1024 * 1024,
    limitMB: 5,
  };

  it('indexes a plan on disk exactly as the main thread does', async () => {
    const logs: string[] = [];
    const threads = new WorkerIndexThreads(1, 0, (m) => logs.push(m));
    try {
      assert.ok(threads.handles(job.uri));
      assert.ok(!threads.handles('vscode-vfs://github/o/r/x.plan.md'), 'only files on the local disk');
      const onThread = await threads.index(job, DEFAULT_CONFIG);
      const here = lintClosedText(createPlanEngine(), fs.readFileSync(file, 'utf8'), DEFAULT_CONFIG, job);
      assert.equal(here.kind, 'linted');
      assert.ok(here.kind === 'linted' && here.result.findings.length > 0);
      assert.deepEqual(onThread, structuredClone(here));
      const missing = await threads.index({ ...job, uri: pathToFileURL(`${file}.gone`).href }, DEFAULT_CONFIG);
      assert.deepEqual(missing, { kind: 'unreadable' });
      assert.deepEqual(logs, []);
    } finally {
      threads.dispose();
    }
  });

  it('hands a file back when a thread cannot take it, and takes no more', async () => {
    const logs: string[] = [];
    const threads = new WorkerIndexThreads(1, 0, (m) => logs.push(m));
    try {
      // A configuration that cannot be sent to a thread (a function) stands for a broken thread.
      const unsendable = { ...DEFAULT_CONFIG, broken: () => undefined } as unknown as HandoffConfig;
      assert.equal(await threads.index(job, unsendable), undefined);
      assert.equal(threads.handles(job.uri), false);
      assert.equal(await threads.index(job, DEFAULT_CONFIG), undefined);
      assert.match(logs.join('\n'), /Indexing continues on the main thread/);
    } finally {
      threads.dispose();
    }
  });
});
