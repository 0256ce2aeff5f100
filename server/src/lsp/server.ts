/**
 * The Handoff language server: adapts the engine to LSP. It holds no rules and computes no plan
 * facts of its own; it decides when to lint (debounced, in the background, across files) and
 * translates between engine data and protocol messages. Every handler is wrapped so that no
 * exception escapes: a failing request answers with an empty result and is logged.
 */
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
  type CancellationToken,
  type ClientCapabilities,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createPlanEngine, type PlanEngine } from '../engine/index.js';
import type { Range } from '../engine/types.js';
import {
  FILL_PLACEHOLDERS_COMMAND,
  PlanRequest,
  PortfolioRequest,
  NewPlanTextRequest,
  type NewPlanTextParams,
  type PlanParams,
  type PlanResult,
  type PortfolioResult,
} from '../protocol.js';
import { codeActions, FIX_ALL_KIND, fixAllAction } from './codeActions.js';
import { completions } from './completion.js';
import { newPlanText } from './templateCompletion.js';
import { hover } from './hover.js';
import {
  definition,
  documentSymbols,
  foldingRanges,
  isValidId,
  prepareRename,
  references,
  renamePlanEdits,
  renameStakeholderEdits,
  symbolAt,
  workspaceSymbols,
} from './navigation.js';
import { DEFAULT_SETTINGS, readSettings, type HandoffSettings } from './settings.js';
import { toLspRange } from './toLsp.js';
import type { FileAccess, FileChange } from './fileAccess.js';
import { isConfigUri, isMarkdownUri, normalizeUri } from './uri.js';
import { planResult, portfolioResult } from './planRequests.js';
import { createPublisher } from './publisher.js';
import { PlanWorkspace, type Entry } from './workspace.js';

export interface ServerOptions {
  /** How files that are not open are listed and read: the disk, the client, or memory. */
  readonly files: FileAccess;
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
  let capabilities: ClientCapabilities = {};
  /** Commands the client says it runs (initializationOptions.clientCommands). */
  let clientCommands: string[] = [];
  let initSettings: HandoffSettings = DEFAULT_SETTINGS;
  const justOpened = new Set<string>();

  const sender = createPublisher(connection, log);
  const publisher = sender.publisher;

  const workspace = new PlanWorkspace(engine, publisher, documents, options.files);

  /** Wraps a handler: exceptions are logged and answered with the fallback. */
  function safe<P, R>(name: string, fallback: R, handler: (params: P, token: CancellationToken) => R | Promise<R>) {
    return async (params: P, token: CancellationToken): Promise<R> => {
      try {
        return await handler(params, token);
      } catch (err) {
        if (err instanceof ResponseError) throw err;
        log(`${name} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
        return fallback;
      }
    };
  }
  function guard<P>(name: string, handler: (params: P) => void) {
    return (params: P): void => {
      try {
        handler(params);
      } catch (err) {
        log(`${name} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      }
    };
  }

  /** The `handoff` section from the client (initializationOptions fill what it leaves out). */
  async function clientSettings(): Promise<HandoffSettings> {
    if (!capabilities.workspace?.configuration) return initSettings;
    try {
      const [section] = (await connection.workspace.getConfiguration([{ section: 'handoff' }])) as unknown[];
      return readSettings(section, initSettings);
    } catch (err) {
      log(`Reading the handoff settings failed: ${String(err)}`);
      return initSettings;
    }
  }

  async function pullSettings(): Promise<void> {
    if (workspace.setSettings(await clientSettings())) workspace.configChanged();
  }

  /** An open document's findings for its current text (linting now if the last run is older). */
  async function freshEntry(uri: string): Promise<Entry | undefined> {
    const doc = documents.get(uri);
    const entry = workspace.get(uri);
    if (doc && (!entry || entry.version !== doc.version)) {
      await workspace.lintOpen(uri);
      return workspace.get(uri);
    }
    return entry;
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    capabilities = params.capabilities ?? {};
    const offered = (params.initializationOptions as { clientCommands?: unknown } | undefined)?.clientCommands;
    clientCommands = Array.isArray(offered) ? offered.filter((c): c is string => typeof c === 'string') : [];
    try {
      initSettings = readSettings(params.initializationOptions);
      workspace.setSettings(initSettings);
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
        if (workspace.setSettings(await clientSettings())) for (const d of documents.all()) workspace.schedule(d, true);
        await workspace.reindexAll();
      })();
    }),
  );

  connection.onDidChangeConfiguration(
    guard('settings', (change) => {
      if (capabilities.workspace?.configuration) {
        void pullSettings();
        return;
      }
      const next = readSettings(change.settings, initSettings);
      if (workspace.setSettings(next)) workspace.configChanged();
    }),
  );

  /** File changes, from the client's watchers or from the file access itself. */
  function filesChanged(changes: readonly FileChange[]): void {
    let configChanged = false;
    for (const change of changes) {
      if (isConfigUri(change.uri)) {
        configChanged = true;
        continue;
      }
      if (!isMarkdownUri(change.uri)) continue;
      if (change.type === 'deleted') workspace.fileDeleted(change.uri);
      else void workspace.indexFile(change.uri, true);
    }
    if (configChanged) workspace.configChanged();
  }

  connection.onDidChangeWatchedFiles(
    guard('watched files', (params) =>
      filesChanged(
        params.changes.map((c) => ({
          uri: c.uri,
          type:
            c.type === FileChangeType.Deleted ? 'deleted' : c.type === FileChangeType.Created ? 'created' : 'changed',
        })),
      ),
    ),
  );
  const watching = options.files.watch?.(guard('file access changes', filesChanged));

  // --- Documents -------------------------------------------------------------------------------

  documents.onDidOpen(
    guard('open', (e) => {
      if (isConfigUri(e.document.uri)) {
        workspace.validateOpenConfig(e.document);
        return;
      }
      justOpened.add(normalizeUri(e.document.uri));
    }),
  );
  documents.onDidChangeContent(
    guard('change', (e) => {
      if (isConfigUri(e.document.uri)) {
        workspace.validateOpenConfig(e.document);
        return;
      }
      const key = normalizeUri(e.document.uri);
      const immediate = justOpened.delete(key);
      workspace.schedule(e.document, immediate);
    }),
  );
  documents.onDidSave(
    guard('save', (e) => {
      if (isConfigUri(e.document.uri)) workspace.configChanged();
    }),
  );
  documents.onDidClose(
    guard('close', (e) => {
      justOpened.delete(normalizeUri(e.document.uri));
      if (isConfigUri(e.document.uri)) {
        workspace.publishConfigDiagnostics();
        return;
      }
      workspace.closed(e.document.uri);
    }),
  );

  // --- Language features -----------------------------------------------------------------------

  connection.onCompletion(
    safe('completion', [], (params) => {
      const plan = workspace.currentPlan(params.textDocument.uri);
      if (!plan) return [];
      return completions({
        plan,
        position: params.position,
        rules: engine.rules,
        summaries: workspace.summaries(),
        config: workspace.configFor(params.textDocument.uri).config,
        asOf: workspace.asOf(),
      });
    }),
  );

  connection.onHover(
    safe('hover', null, (params) => {
      const plan = workspace.currentPlan(params.textDocument.uri);
      if (!plan) return null;
      const entry = workspace.get(params.textDocument.uri);
      const doc = documents.get(params.textDocument.uri);
      // Findings of an older version would point at the wrong text.
      const findings = entry && (!doc || entry.version === doc.version) ? workspace.allFindings(entry) : [];
      return hover({
        plan,
        position: params.position,
        findings,
        rules: engine.rules,
        summaries: workspace.summaries(),
        config: workspace.configFor(params.textDocument.uri).config,
      });
    }),
  );

  connection.onCodeAction(
    safe('codeAction', [], async (params) => {
      const uri = params.textDocument.uri;
      const entry = await freshEntry(uri);
      const plan = entry?.plan ?? workspace.currentPlan(uri);
      if (!entry?.isPlan || !plan) return [];
      const documentChanges = capabilities.workspace?.workspaceEdit?.documentChanges === true;
      const only = params.context.only;
      if (only?.some((k) => FIX_ALL_KIND.startsWith(k) && k !== CodeActionKind.QuickFix)) {
        const doc = documents.get(uri);
        if (!doc) return [];
        const { config, matchesGlob } = workspace.configFor(uri);
        const lint = (text: string) =>
          workspace.engine.lintDocument(uri, text, { config, matchesGlob, asOf: workspace.asOf() }).findings;
        const all = fixAllAction({ uri, version: doc.version, text: doc.getText(), lint, documentChanges });
        return all ? [all] : [];
      }
      if (only && !only.some((k) => CodeActionKind.QuickFix.startsWith(k))) return [];
      return codeActions({
        uri,
        version: documents.get(uri)?.version,
        plan,
        findings: workspace.allFindings(entry),
        diagnostics: params.context.diagnostics,
        asOf: workspace.asOf(),
        documentChanges,
        snippetCommand: clientCommands.includes(FILL_PLACEHOLDERS_COMMAND) ? FILL_PLACEHOLDERS_COMMAND : undefined,
      });
    }),
  );

  connection.onDocumentSymbol(
    safe('documentSymbol', [], (params) => {
      const plan = workspace.currentPlan(params.textDocument.uri);
      return plan ? documentSymbols(plan) : [];
    }),
  );

  connection.onFoldingRanges(
    safe('foldingRange', [], (params) => {
      const plan = workspace.currentPlan(params.textDocument.uri);
      return plan ? foldingRanges(plan) : [];
    }),
  );

  connection.onWorkspaceSymbol(
    safe('workspaceSymbol', [], (params) => workspaceSymbols(workspace.summaries(), params.query)),
  );

  connection.onDefinition(
    safe('definition', [], async (params) => {
      await freshEntry(params.textDocument.uri);
      const plan = workspace.currentPlan(params.textDocument.uri);
      return plan ? definition(plan, params.position, workspace.summaries()) : [];
    }),
  );

  connection.onReferences(
    safe('references', [], async (params) => {
      await freshEntry(params.textDocument.uri);
      const plan = workspace.currentPlan(params.textDocument.uri);
      return plan
        ? references(plan, params.position, workspace.summaries(), params.context?.includeDeclaration ?? true)
        : [];
    }),
  );

  connection.onPrepareRename(
    safe('prepareRename', null, (params) => {
      const plan = workspace.currentPlan(params.textDocument.uri);
      const target = plan ? prepareRename(plan, params.position) : undefined;
      return target ? { range: toLspRange(target.range), placeholder: target.placeholder } : null;
    }),
  );

  connection.onRenameRequest(
    safe('rename', null, async (params): Promise<WorkspaceEdit | null> => {
      const uri = params.textDocument.uri;
      await freshEntry(uri);
      const plan = workspace.currentPlan(uri);
      const target = plan ? symbolAt(plan, params.position) : undefined;
      if (!plan || !target || !prepareRename(plan, params.position)) {
        throw new ResponseError(-32803, 'Only a stakeholder ID or a plan id can be renamed.');
      }
      const newName = params.newName.trim();
      if (!isValidId(newName)) {
        throw new ResponseError(
          -32803,
          `"${newName}" is not a valid ID: use letters, digits and dashes (e.g. S-07 or TP-2026-015).`,
        );
      }
      const changes: Record<string, { range: ReturnType<typeof toLspRange>; newText: string }[]> = {};
      if (target.kind === 'row') {
        changes[uri] = renameStakeholderEdits(plan, target.id, newName).map((e) => ({
          range: toLspRange(e.range),
          newText: e.newText,
        }));
      } else {
        // Texts of files that are not open are read first (asynchronously): a first pass names them.
        const wanted = new Set<string>();
        renamePlanEdits(workspace.summaries(), target.id, newName, (u) => void wanted.add(u));
        const texts = new Map<string, string | undefined>();
        await Promise.all([...wanted].map(async (u) => texts.set(u, await workspace.textOf(u))));
        const textAt = (u: string, r: Range): string | undefined => {
          const text = texts.get(u);
          if (text === undefined) return undefined;
          const lines = text.split(/\r\n|\r|\n/);
          if (r.start.line !== r.end.line) return undefined;
          return lines[r.start.line]?.slice(r.start.character, r.end.character);
        };
        for (const [u, edits] of renamePlanEdits(workspace.summaries(), target.id, newName, textAt)) {
          changes[u] = edits.map((e) => ({ range: toLspRange(e.range), newText: e.newText }));
        }
      }
      return { changes };
    }),
  );

  // --- Custom requests -------------------------------------------------------------------------

  connection.onRequest(
    PlanRequest.method,
    safe('handoff/plan', null, async (params: PlanParams): Promise<PlanResult | null> => {
      if (!params || typeof params.uri !== 'string') return null;
      const entry = documents.get(params.uri) ? await freshEntry(params.uri) : workspace.get(params.uri);
      return entry?.isPlan ? planResult(workspace, entry) : null;
    }),
  );

  connection.onRequest(
    NewPlanTextRequest.method,
    safe('handoff/newPlanText', null, (p: NewPlanTextParams) => newPlanText(workspace, p)),
  );

  connection.onRequest(
    PortfolioRequest.method,
    safe('handoff/portfolio', { asOf: '', plans: [] }, (): Promise<PortfolioResult> => portfolioResult(workspace)),
  );

  connection.onShutdown(
    guard('shutdown', () => {
      sender.close();
      workspace.dispose();
      watching?.dispose();
    }),
  );

  documents.listen(connection);
  return { workspace };
}
