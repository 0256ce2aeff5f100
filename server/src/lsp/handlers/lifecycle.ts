/**
 * Initialisation, settings and shutdown: the capabilities the server announces, the watchers and
 * settings it registers for, workspace-folder changes, and the first indexing run.
 */
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  TextDocumentSyncKind,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { FIX_ALL_KIND } from '../codeActions.js';
import { readSettings } from '../settings.js';
import { normalizeUri } from '../uri.js';
import type { ServerContext } from './context.js';

export function registerLifecycle(ctx: ServerContext, dispose: () => void): void {
  const { connection, workspace, documents, client, guard, log } = ctx;

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    client.capabilities = params.capabilities ?? {};
    const offered = (params.initializationOptions as { clientCommands?: unknown } | undefined)?.clientCommands;
    client.clientCommands = Array.isArray(offered) ? offered.filter((c): c is string => typeof c === 'string') : [];
    try {
      client.initSettings = readSettings(params.initializationOptions);
      workspace.setSettings(client.initSettings);
      const folders = (params.workspaceFolders ?? []).map((f) => f.uri);
      workspace.setFolders(folders.length ? folders : params.rootUri ? [params.rootUri] : []);
    } catch (err) {
      log(`Initialisation: ${String(err)}`);
    }
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        completionProvider: { triggerCharacters: ['|', ' ', '-', ',', '[', ':', '#'], resolveProvider: false },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        documentSymbolProvider: true,
        workspaceSymbolProvider: true,
        foldingRangeProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'handoff-language-server' },
    };
  });

  connection.onInitialized(
    guard('initialized', () => {
      const capabilities = client.capabilities;
      if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
        void connection.client
          .register(DidChangeWatchedFilesNotification.type, {
            watchers: [
              { globPattern: '**/*.md' },
              { globPattern: '**/.handoff.yaml' },
              { globPattern: '**/.handoff.yml' },
            ],
          })
          .catch((err: unknown) => log(`Registering file watchers failed: ${String(err)}`));
      }
      if (capabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
        void connection.client
          .register(DidChangeConfigurationNotification.type, { section: 'handoff' })
          .catch((err: unknown) => log(`Registering for settings changes failed: ${String(err)}`));
      }
      if (capabilities.workspace?.workspaceFolders) {
        connection.workspace.onDidChangeWorkspaceFolders(
          guard('workspace folders', (e) => {
            const removed = new Set(e.removed.map((f) => normalizeUri(f.uri)));
            const folders = workspace.getFolders().filter((f) => !removed.has(f));
            for (const f of e.added) {
              const uri = normalizeUri(f.uri);
              if (!folders.includes(uri)) folders.push(uri);
            }
            workspace.setFolders(folders);
            void workspace.reindexAll();
          }),
        );
      }
      void (async () => {
        // Documents opened while the settings were being read are linted again with them.
        if (workspace.setSettings(await ctx.clientSettings())) {
          for (const d of documents.all()) workspace.schedule(d, true);
        }
        await workspace.reindexAll();
      })();
    }),
  );

  connection.onDidChangeConfiguration(
    guard('settings', (change) => {
      if (client.capabilities.workspace?.configuration) {
        void ctx.clientSettings().then((next) => {
          if (workspace.setSettings(next)) workspace.configChanged();
        });
        return;
      }
      if (workspace.setSettings(readSettings(change.settings, client.initSettings))) workspace.configChanged();
    }),
  );

  connection.onShutdown(guard('shutdown', dispose));
}
