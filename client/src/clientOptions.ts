/**
 * What the desktop and the web language clients share: identity, settings, the documents the
 * server sees and the files it hears about. Documents are selected on every scheme the workspace
 * folders use, so a virtual workspace (github.dev's `vscode-vfs:`) is served like the disk.
 */
import * as vscode from 'vscode';
import type { LanguageClientOptions } from 'vscode-languageclient';
import { DEFAULT_SETTINGS, FILL_PLACEHOLDERS_COMMAND, type HandoffSettings } from '../../server/src/protocol.js';

export const CLIENT_ID = 'handoff';
export const CLIENT_NAME = 'Handoff';

/**
 * The `handoff.*` settings VS Code holds, in the protocol's one settings shape (the server may
 * also pull them per resource). Unset values are left out, so the server keeps its defaults;
 * `debounceMs` is not a VS Code setting.
 */
export function readSettings(scope?: vscode.ConfigurationScope): Partial<HandoffSettings> {
  const c = vscode.workspace.getConfiguration('handoff', scope);
  const asOf = c.get<string>('asOf', '').trim();
  const plans = c.get<string[]>('plans', []);
  return {
    asOf: asOf || undefined,
    plans: plans.length ? plans : undefined,
    rules: c.get<Record<string, unknown>>('rules', {}),
    maxFileSizeMB: c.get<number>('maxFileSizeMB', DEFAULT_SETTINGS.maxFileSizeMB),
  };
}

/** Globs whose file events the server hears about (configuration and plans). */
export const WATCHED_GLOBS = ['**/.handoff.yaml', '**/.handoff.yml', '**/*.md'] as const;

/** Markdown plans and the configuration files, untitled or on any scheme of the workspace folders. */
export function documentSelector(): { language?: string; scheme: string; pattern?: string }[] {
  const schemes = new Set(['file', ...(vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.scheme)]);
  return [
    ...[...schemes].map((scheme) => ({ language: 'markdown', scheme })),
    { language: 'markdown', scheme: 'untitled' },
    ...[...schemes].map((scheme) => ({ scheme, pattern: '**/.handoff.{yaml,yml}' })),
  ];
}

export function clientOptions(
  outputChannel: vscode.OutputChannel,
  watchers: vscode.FileSystemWatcher[],
): LanguageClientOptions {
  return {
    documentSelector: documentSelector(),
    synchronize: { fileEvents: watchers, configurationSection: 'handoff' },
    // The server pulls settings with workspace/configuration; these are its fallback. Plain JSON:
    // configuration values are proxies, which a web worker's postMessage cannot clone.
    // clientCommands names the client commands a code action may carry (tab stops for a fix's
    // placeholders).
    initializationOptions: {
      handoff: JSON.parse(JSON.stringify(readSettings())) as Partial<HandoffSettings>,
      clientCommands: [FILL_PLACEHOLDERS_COMMAND],
    },
    outputChannel,
    diagnosticCollectionName: CLIENT_ID,
    markdown: { isTrusted: false, supportHtml: false },
    middleware: {
      // VS Code's Markdown extension already outlines the headings; the server's symbols (kept for
      // other editors) would add a second root to the Outline and a "Handoff" level to breadcrumbs.
      provideDocumentSymbols: () => undefined,
    },
  };
}
