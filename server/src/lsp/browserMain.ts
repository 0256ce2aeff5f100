/**
 * Entry point of the web worker language server (github.dev, vscode.dev, code-server's web
 * extension host): the same server as `main.ts`, talking over the worker's `postMessage`, with
 * files read through the client, since a web worker has no file system.
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser.js';
import { ClientFileAccess } from './clientFileAccess.js';
import { createServer } from './server.js';
import { errorDetail } from '../engine/errors.js';

/** The worker's global scope (the server is typed against Node's globals: declared here). */
declare const self: {
  addEventListener(type: 'unhandledrejection', listener: (event: { reason: unknown }) => void): void;
};
// eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- the reader's DOM types are absent from the server's libs
const port = self as unknown as ConstructorParameters<typeof BrowserMessageReader>[0];

const connection = createConnection(new BrowserMessageReader(port), new BrowserMessageWriter(port));

// A bug must cost one answer, never the server: log and keep serving.
self.addEventListener('unhandledrejection', (event: { reason: unknown }) => {
  const reason: unknown = event.reason;
  try {
    connection.console.error(`Unhandled rejection: ${errorDetail(reason)}`);
  } catch {
    // The connection itself is broken; the client will restart the server.
  }
});

createServer(connection, { files: new ClientFileAccess(connection) });
connection.listen();
