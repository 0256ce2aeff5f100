/**
 * What every handler registration shares: the connection, the engine, the open documents, the
 * workspace, what the client said about itself at initialisation, and the wrappers that keep an
 * exception from escaping a handler (a failing request answers with its fallback and is logged).
 */
import {
  ResponseError,
  type CancellationToken,
  type ClientCapabilities,
  type Connection,
  type TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { PlanEngine } from '../../engine/index.js';
import { DEFAULT_SETTINGS, readSettings, type HandoffSettings } from '../settings.js';
import type { Entry, PlanWorkspace } from '../workspace.js';
import { errorDetail } from '../../engine/errors.js';

/** What the client told the server at initialisation (filled in by `onInitialize`). */
export interface ClientState {
  capabilities: ClientCapabilities;
  /** Commands the client says it runs (initializationOptions.clientCommands). */
  clientCommands: string[];
  /** Settings from initializationOptions (they fill what the `handoff` section leaves out). */
  initSettings: HandoffSettings;
}

export interface ServerContext {
  readonly connection: Connection;
  readonly engine: PlanEngine;
  readonly documents: TextDocuments<TextDocument>;
  readonly workspace: PlanWorkspace;
  readonly client: ClientState;
  readonly log: (message: string) => void;
  /** Wraps a request handler: exceptions (other than protocol errors) are logged and answered with the fallback. */
  readonly safe: <P, R>(
    name: string,
    fallback: R,
    handler: (params: P, token: CancellationToken) => R | Promise<R>,
  ) => (params: P, token: CancellationToken) => Promise<R>;
  /** Wraps a notification handler: exceptions are logged. */
  readonly guard: <P>(name: string, handler: (params: P) => void) => (params: P) => void;
  /** An open document's entry for its current text (linting now if the last run is older). */
  readonly freshEntry: (uri: string) => Promise<Entry | undefined>;
  /** The `handoff` settings section from the client (initialisation settings fill what it leaves out). */
  readonly clientSettings: () => Promise<HandoffSettings>;
}

export function createContext(
  connection: Connection,
  engine: PlanEngine,
  documents: TextDocuments<TextDocument>,
  workspace: PlanWorkspace,
  log: (message: string) => void,
): ServerContext {
  const client: ClientState = { capabilities: {}, clientCommands: [], initSettings: DEFAULT_SETTINGS };
  return {
    connection,
    engine,
    documents,
    workspace,
    client,
    log,
    safe: (name, fallback, handler) => {
      return async (params, token) => {
        try {
          return await handler(params, token);
        } catch (err) {
          if (err instanceof ResponseError) throw err;
          log(`${name} failed: ${errorDetail(err)}`);
          return fallback;
        }
      };
    },
    guard: (name, handler) => {
      return (params) => {
        try {
          handler(params);
        } catch (err) {
          log(`${name} failed: ${errorDetail(err)}`);
        }
      };
    },
    freshEntry: async (uri) => {
      const doc = documents.get(uri);
      const entry = workspace.get(uri);
      if (doc && (!entry || entry.version !== doc.version)) {
        await workspace.lintOpen(uri);
        return workspace.get(uri);
      }
      return entry;
    },
    clientSettings: async () => {
      if (!client.capabilities.workspace?.configuration) return client.initSettings;
      try {
        const [section] = (await connection.workspace.getConfiguration([{ section: 'handoff' }])) as unknown[];
        return readSettings(section, client.initSettings);
      } catch (err) {
        log(`Reading the handoff settings failed: ${String(err)}`);
        return client.initSettings;
      }
    },
  };
}
