/**
 * Entry point of `handoff-language-server`: creates the connection (IPC when started by the VS
 * Code client, `--stdio` or `--socket` standalone: `createConnection` reads argv) and hands it to
 * the server factory with file access on the local disk. Nothing else lives here.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { ClientFileAccess } from './clientFileAccess.js';
import { indexThreadPlan, WorkerIndexThreads } from './indexThreads.js';
import { NodeFileAccess } from './nodeFileAccess.js';
import { SchemeFileAccess } from './schemeFileAccess.js';
import { createServer } from './server.js';
import { errorDetail } from '../engine/errors.js';

const connection = createConnection(ProposedFeatures.all);

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
