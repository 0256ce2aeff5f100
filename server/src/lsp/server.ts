/**
 * The Handoff language server: adapts the engine to LSP. It holds no rules and computes no plan
 * facts of its own; the workspace decides when to lint (debounced, in the background, across
 * files), and the handlers in `handlers/` translate between engine data and protocol messages,
 * one registration per feature area. Every handler is wrapped so that no exception escapes: a
 * failing request answers with an empty result and is logged.
 */
import { TextDocuments, type Connection } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createPlanEngine, type PlanEngine } from '../engine/index.js';
import type { IndexThreads } from './closedFile.js';
import type { FileAccess } from './fileAccess.js';
import { registerCodeActions } from './handlers/actions.js';
import { registerAssist } from './handlers/assist.js';
import { createContext } from './handlers/context.js';
import { registerLifecycle } from './handlers/lifecycle.js';
import { registerNavigation } from './handlers/navigation.js';
import { registerPlanRequests } from './handlers/requests.js';
import { registerDocumentSync, registerFileChanges } from './handlers/sync.js';
import { createPublisher } from './publisher.js';
import { PlanWorkspace } from './workspace.js';

export interface ServerOptions {
  /** How files that are not open are listed and read: the disk, the client, or memory. */
  readonly files: FileAccess;
  /** Threads that index closed files off the main thread (the Node server's; none on the web). */
  readonly indexThreads?: IndexThreads;
  readonly engine?: PlanEngine;
}

export function createServer(connection: Connection, options: ServerOptions): { workspace: PlanWorkspace } {
  const log = (message: string): void => {
    try {
      connection.console.error(message);
    } catch {
      // The connection is gone; nothing left to tell.
    }
  };
  const engine = options.engine ?? createPlanEngine({ logger: { error: log } });
  const documents = new TextDocuments(TextDocument);
  const sender = createPublisher(connection, log);
  const workspace = new PlanWorkspace(engine, sender.publisher, documents, options.files, options.indexThreads);
  const ctx = createContext(connection, engine, documents, workspace, log);

  const watching = registerFileChanges(ctx, options.files);
  registerLifecycle(ctx, () => {
    sender.close();
    workspace.dispose();
    watching?.dispose();
  });
  registerDocumentSync(ctx);
  registerAssist(ctx);
  registerCodeActions(ctx);
  registerNavigation(ctx);
  registerPlanRequests(ctx);

  documents.listen(connection);
  return { workspace };
}
