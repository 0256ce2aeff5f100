/**
 * Entry point of `handoff-language-server`: creates the connection (IPC when started by the VS
 * Code client, `--stdio` or `--socket` standalone: `createConnection` reads argv; over stdio the
 * output is written in batches, `batchedOutput`) and hands it to the server factory with file
 * access on the local disk. Nothing else lives here.
 */
import { format } from 'node:util';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { ClientFileAccess } from './clientFileAccess.js';
import { indexThreadPlan, WorkerIndexThreads } from './indexThreads.js';
import { NodeFileAccess } from './nodeFileAccess.js';
import { SchemeFileAccess } from './schemeFileAccess.js';
import { createServer } from './server.js';
import { batchedOutput } from './batchedOutput.js';
import { errorDetail } from '../engine/errors.js';

/** The transport argument `createConnection` would act on: the first one given. */
const transport = process.argv.slice(2).find((a) => /^--(?:node-ipc|stdio|socket|pipe)(?:=|$)/.test(a));
const stdio = transport === '--stdio';
const connection = stdio
  ? createConnection(ProposedFeatures.all, process.stdin, batchedOutput(process.stdout))
  : createConnection(ProposedFeatures.all);

if (stdio) {
  // Stdout carries the protocol: anything printed through the console goes to the client's log
  // instead (vscode-languageserver does this itself only when it opened stdio).
  const toLog =
    (level: 'log' | 'error') =>
    (...args: unknown[]) =>
      connection.console[level](format(...args));
  console.log = console.info = console.debug = console.dir = console.table = toLog('log');
  console.warn = console.error = console.trace = toLog('error');
}

// A bug must cost one answer, never the server: log and keep serving.
process.on('uncaughtException', (err) => {
  try {
    connection.console.error(`Uncaught: ${err.stack ?? err.message}`);
  } catch {
    // The connection itself is broken; the client will restart the server.
  }
});
process.on('unhandledRejection', (reason) => {
  try {
    connection.console.error(`Unhandled rejection: ${errorDetail(reason)}`);
  } catch {
    // As above.
  }
});

// The Node server reads the disk itself (faster than asking the client for every file); files of a
// virtual workspace it reads through the client. A large workspace's plans on disk are indexed
// on worker threads.
const plan = indexThreadPlan(process.env['HANDOFF_INDEX_THREADS']);
createServer(connection, {
  files: new SchemeFileAccess({ file: new NodeFileAccess() }, new ClientFileAccess(connection)),
  indexThreads:
    plan.threads > 0
      ? new WorkerIndexThreads(plan.threads, plan.minFiles, (m) => connection.console.error(m))
      : undefined,
});
connection.listen();
