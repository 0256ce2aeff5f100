/**
 * A lint worker: receives configurations once and then file tasks, reads and lints each file,
 * and posts back findings and the plan summary. See pool.ts for the other side.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { HandoffConfig } from '../engine/config.js';
import { createPlanEngine } from '../engine/index.js';
import { lintFile } from './lintFile.js';
import type { FromWorker, ToWorker, WorkerData } from './workerProtocol.js';
import { errorDetail } from '../engine/errors.js';

const port = parentPort;
if (!port) throw new Error('worker.ts runs only as a worker thread.');

const settings = workerData as WorkerData;
const post = (message: FromWorker): void => port.postMessage(message);
const engine = createPlanEngine({ logger: { error: (message) => post({ type: 'log', message }) } });
const configs = new Map<number, HandoffConfig>();

port.on('message', (message: ToWorker) => {
  if (message.type === 'config') {
    configs.set(message.id, message.config);
    return;
  }
  const { task, configId } = message;
  const config = configs.get(configId);
  if (!config) {
    post({ type: 'crash', index: task.index, message: `no configuration ${configId} was sent to the worker` });
    return;
  }
  try {
    post({ type: 'outcome', outcome: lintFile(engine, task, config, settings) });
  } catch (err) {
    post({
      type: 'crash',
      index: task.index,
      message: errorDetail(err),
    });
  }
});
