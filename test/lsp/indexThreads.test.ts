/**
 * The Node server's index threads: how many from the cores and `HANDOFF_INDEX_THREADS`, the same
 * outcome as the main thread for a file on disk, a failing thread handing its files back, and a
 * run shared between the threads and the main thread.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_CONFIG, type HandoffConfig } from '../../server/src/engine/config.js';
import { createPlanEngine } from '../../server/src/engine/index.js';
import {
  lintClosedText,
  readAndLint,
  type ClosedFileJob,
  type ClosedFileOutcome,
  type IndexThreads,
} from '../../server/src/lsp/closedFile.js';
import type { FileAccess } from '../../server/src/lsp/fileAccess.js';
import { indexThreadPlan, WorkerIndexThreads } from '../../server/src/lsp/indexThreads.js';
import type { ServerStatusParams } from '../../server/src/protocol.js';
import { repoRoot } from '../helpers.js';
import { memoryFiles, memUri, startInMemoryOver } from './inMemory.js';
import { AS_OF } from './util.js';

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

/**
 * Index threads in this process: a file goes "to a thread" after a short wait, so the thread's
 * window fills up as it does on a busy worker.
 */
class InProcessThreads implements IndexThreads {
  readonly minFiles = 0;
  readonly window = 2;
  readonly taken: string[] = [];
  private readonly engine = createPlanEngine();

  constructor(private readonly files: FileAccess) {}

  handles(): boolean {
    return true;
  }

  async index(job: ClosedFileJob, config: HandoffConfig): Promise<ClosedFileOutcome | undefined> {
    this.taken.push(job.uri);
    await new Promise((resolve) => setTimeout(resolve, 5));
    return readAndLint(this.files, this.engine, config, job);
  }

  release(): void {}
  dispose(): void {}
}

describe('indexing with threads (in memory)', () => {
  // Three copies of every example, each copy's ids its own (its depends_on still resolves).
  const files: Record<string, string> = {};
  for (const name of fs.readdirSync(path.join(repoRoot, 'examples')).filter((f) => f.endsWith('.plan.md'))) {
    const text = fs.readFileSync(path.join(repoRoot, 'examples', name), 'utf8');
    for (const copy of [1, 2, 3]) files[`c${copy}/${name}`] = text.replaceAll('TP-2026-0', `TP-2026-${copy}`);
  }
  const uris = Object.keys(files).map(memUri);

  /** Every plan's diagnostics once the first run is over and its cross-file pass published. */
  async function indexed(threads: IndexThreads | undefined): Promise<Map<string, unknown>> {
    const server = await startInMemoryOver(memoryFiles(files), {
      initializationOptions: { asOf: AS_OF },
      indexThreads: threads,
    });
    try {
      const { client } = server;
      const ready = (s: unknown) => (s as ServerStatusParams).state === 'ready';
      if (!client.serverStatuses.some(ready)) await client.next('handoff/serverStatus', ready);
      // The pass's publications were written before this answer.
      await client.request('workspace/symbol', { query: '' });
      return new Map(uris.map((u) => [u, client.diagnostics.get(u)?.diagnostics]));
    } finally {
      await server.client.stop();
    }
  }

  it('lints on this thread too while the threads are busy, with the same diagnostics', async () => {
    const threads = new InProcessThreads(memoryFiles(files));
    const shared = await indexed(threads);
    const alone = await indexed(undefined);
    assert.equal(uris.length, 12);
    let count = 0;
    for (const uri of uris) {
      const diagnostics = alone.get(uri) as unknown[] | undefined;
      assert.ok(diagnostics, `${uri} was published`);
      count += diagnostics.length;
      assert.deepEqual(shared.get(uri), diagnostics, uri);
    }
    assert.ok(count >= 3 * 11, `${count} diagnostics`);
    // The threads took some files and this thread the others, each file once.
    assert.ok(threads.taken.length > 0 && threads.taken.length < uris.length, `${threads.taken.length} on threads`);
    assert.equal(new Set(threads.taken).size, threads.taken.length);
  });
});
