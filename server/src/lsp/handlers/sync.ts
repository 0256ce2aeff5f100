/**
 * What the server hears about files: open documents as they are opened, typed, saved and closed,
 * and files that are not open as the client's watchers or the file access report them changed.
 */
import { FileChangeType } from 'vscode-languageserver';
import type { Disposable, FileAccess, FileChange } from '../fileAccess.js';
import { isConfigUri, isMarkdownUri, normalizeUri } from '../uri.js';
import type { ServerContext } from './context.js';

export function registerDocumentSync(ctx: ServerContext): void {
  const { documents, workspace, guard } = ctx;
  /** Documents opened and not yet linted: their first lint runs without the debounce. */
  const justOpened = new Set<string>();

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
      workspace.schedule(e.document, justOpened.delete(normalizeUri(e.document.uri)));
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
}

/** File changes, from the client's watchers or from the file access itself; returns the access's watch handle. */
export function registerFileChanges(ctx: ServerContext, files: FileAccess): Disposable | undefined {
  const { connection, workspace, guard } = ctx;

  function filesChanged(changes: readonly FileChange[]): void {
    let configChanged = false;
    for (const change of changes) {
      if (isConfigUri(change.uri)) {
        configChanged = true;
        continue;
      }
      if (!isMarkdownUri(change.uri)) continue;
      if (change.type === 'deleted') workspace.fileDeleted(change.uri);
      else void workspace.fileChanged(change.uri);
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
  return files.watch?.(guard('file access changes', filesChanged));
}
