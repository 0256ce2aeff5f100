/** The scheduler's runs: a newer run supersedes an older one, and waiting for a run follows it. */
import assert from 'node:assert/strict';
import { Scheduler, Turns } from '../../server/src/lsp/scheduler.js';

describe('Scheduler runs', () => {
  it('resolves a superseded run only once the run that superseded it has ended', async () => {
    const scheduler = new Scheduler();
    const events: string[] = [];
    let releaseFirst!: () => void;
    let releaseSecond!: () => void;
    const first = scheduler.run('doc', async (run) => {
      await new Promise<void>((r) => (releaseFirst = r));
      events.push(scheduler.isCurrent('doc', run) ? 'first current' : 'first superseded');
    });
    const second = scheduler.run('doc', async (run) => {
      await new Promise<void>((r) => (releaseSecond = r));
      events.push(scheduler.isCurrent('doc', run) ? 'second committed' : 'second superseded');
    });
    let firstDone = false;
    void first.then(() => (firstDone = true));
    releaseFirst();
    await new Promise((r) => setTimeout(r, 10));
    assert.deepEqual(events, ['first superseded']);
    assert.equal(firstDone, false, 'the waiter of the first run still waits for the second');
    releaseSecond();
    await Promise.all([first, second]);
    assert.deepEqual(events, ['first superseded', 'second committed']);
    scheduler.dispose();
  });

  it('keeps runs of different documents apart', async () => {
    const scheduler = new Scheduler();
    const seen: boolean[] = [];
    await Promise.all([
      scheduler.run('a', (run) => Promise.resolve(void seen.push(scheduler.isCurrent('a', run)))),
      scheduler.run('b', (run) => Promise.resolve(void seen.push(scheduler.isCurrent('b', run)))),
    ]);
    assert.deepEqual(seen, [true, true]);
    scheduler.dispose();
  });
});

describe('Turns', () => {
  it('resumes one waiter per turn of the event loop, so other work gets in between', async () => {
    const turns = new Turns();
    const order: string[] = [];
    // Three files in flight, as indexing keeps them; the first one's work lets a keystroke in.
    const files = [1, 2, 3].map(async (i) => {
      await turns.next();
      order.push(`file ${i}`);
      if (i === 1) setImmediate(() => order.push('keystroke'));
    });
    await Promise.all(files);
    // The keystroke came in while file 1 was linted: it waits for the turn already queued (file 2),
    // not for every file in flight.
    assert.deepEqual(order, ['file 1', 'file 2', 'keystroke', 'file 3']);
  });

  it('resolves waiters that come later, after a quiet spell', async () => {
    const turns = new Turns();
    await turns.next();
    await new Promise((r) => setTimeout(r, 5));
    await Promise.all([turns.next(), turns.next()]);
  });
});
