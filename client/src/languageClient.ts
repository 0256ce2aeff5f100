/**
 * Creates the language client for the bundled server (`dist/server/server.cjs`, over IPC).
 * The server does all plan work; the client only forwards documents, file events and settings.
 */
import * as vscode from 'vscode';
import {
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node.js';
import { FILL_PLACEHOLDERS_COMMAND } from '../../server/src/protocol.js';

export const CLIENT_ID = 'handoff';
export const CLIENT_NAME = 'Handoff';
export const SERVER_MODULE = ['dist', 'server', 'server.cjs'] as const;

/** The `handoff.*` settings the server reads (it may also pull them per resource). */
export interface HandoffSettings {
  readonly asOf: string;
  readonly plans: readonly string[];
  readonly rules: Readonly<Record<string, unknown>>;
  readonly maxFileSizeMB: number;
}

export function readSettings(scope?: vscode.ConfigurationScope): HandoffSettings {
  const c = vscode.workspace.getConfiguration('handoff', scope);
  return {
    asOf: c.get<string>('asOf', '').trim(),
    plans: c.get<string[]>('plans', []),
    rules: c.get<Record<string, unknown>>('rules', {}),
    maxFileSizeMB: c.get<number>('maxFileSizeMB', 5),
  };
}

/** Markdown plans, on disk or untitled, and the configuration files. */
export const DOCUMENT_SELECTOR = [
  { language: 'markdown', scheme: 'file' },
  { language: 'markdown', scheme: 'untitled' },
  { scheme: 'file', pattern: '**/.handoff.{yaml,yml}' },
];

/** Globs whose file events the server hears about (configuration and plans on disk). */
export const WATCHED_GLOBS = ['**/.handoff.yaml', '**/.handoff.yml', '**/*.md'] as const;

export function createLanguageClient(
  context: vscode.ExtensionContext,
  outputChannel: vscode.OutputChannel,
  watchers: vscode.FileSystemWatcher[],
): LanguageClient {
  const module = context.asAbsolutePath(SERVER_MODULE.join('/'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    synchronize: { fileEvents: watchers, configurationSection: 'handoff' },
    // The server pulls settings with workspace/configuration; these are its fallback.
    initializationOptions: { handoff: readSettings(), clientCommands: [FILL_PLACEHOLDERS_COMMAND] },
    outputChannel,
    diagnosticCollectionName: CLIENT_ID,
    markdown: { isTrusted: false, supportHtml: false },
    middleware: {
      // VS Code's Markdown extension already outlines the headings; the server's symbols (kept for
      // other editors) would add a second root to the Outline and a "Handoff" level to breadcrumbs.
      provideDocumentSymbols: () => undefined,
    },
  };
  return new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
}
