/**
 * An index worker of the Node language server: receives configurations once and then closed
 * files to index, reads each from the disk and lints it with `lintClosedText`, and posts back
 * the plain-data outcome. See indexThreads.ts for the other side.
 */
import { parentPort } from 'node:worker_threads';
import type { HandoffConfig } from '../engine/config.js';
import { createPlanEngine } from '../engine/index.js';
import { PlanReadError, readPlanFileSync } from '../node/readPlanFile.js';
import { lintClosedText, readFailure, type ClosedFileOutcome } from './closedFile.js';
import type { FromIndexWorker, ToIndexWorker } from './indexThreads.js';
import { filePathOf } from './uri.js';
import { errorDetail } from '../engine/errors.js';

const port = parentPort;
if (!port) throw new Error('indexWorker.ts runs only as a worker thread.');

const post = (message: FromIndexWorker): void => port.postMessage(message);
const engine = createPlanEngine({ logger: { error: (message) => post({ type: 'log', message }) } });
const configs = new Map<number, HandoffConfig>();

function indexOne(message: Extract<ToIndexWorker, { type: 'job' }>): ClosedFileOutcome {
  const config = configs.get(message.configId);
  if (!config) return { kind: 'failed', message: `no configuration ${message.configId} was sent to the index worker` };
  const path = filePathOf(message.job.uri);
  if (!path) return { kind: 'unreadable' };
  let text: string;
  try {
    text = readPlanFileSync(path, { maxBytes: message.job.maxBytes });
  } catch (err) {
    if (err instanceof PlanReadError) return readFailure(err);
    throw err;
  }
  return lintClosedText(engine, text, config, message.job);
}

port.on('message', (message: ToIndexWorker) => {
  if (message.type === 'config') {
    configs.set(message.id, message.config);
    return;
  }
  let outcome: ClosedFileOutcome;
  try {
    outcome = indexOne(message);
  } catch (err) {
    outcome = { kind: 'failed', message: errorDetail(err) };
  }
  post({ type: 'done', id: message.id, outcome });
});
