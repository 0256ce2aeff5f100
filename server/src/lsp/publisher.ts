/**
 * What the server tells the client, in one place: diagnostics (plans and configuration files),
 * the coalesced `handoff/planChanged` (once per tick) and `handoff/portfolioChanged` (at most
 * every 250 ms) notifications, the `handoff/serverStatus` of indexing (at most every 200 ms), and
 * the log. After `close` (shutdown) nothing more is sent, though
 * background work may still be finishing.
 *
 * An open document's diagnostics are not sent again when they are the same as the last ones sent
 * for the same version (a re-lint after indexing, a workspace pass that changed nothing). A client
 * treats each publish as a change of the file's markers: VS Code drops a Quick Fix menu that is
 * being computed when they change.
 */
import { DiagnosticSeverity, type Connection } from 'vscode-languageserver';
import type { Finding, Range } from '../engine/types.js';
import {
  PlanChangedNotification,
  PortfolioChangedNotification,
  ServerStatusNotification,
  type ServerStatusParams,
} from '../protocol.js';
import { soon } from './scheduler.js';
import { DIAGNOSTIC_SOURCE, toDiagnostics, toLspRange } from './toLsp.js';
import type { Entry } from './entries.js';
import { normalizeUri } from './uri.js';

/** What the workspace hands its results to (the LSP connection here; a recorder in tests). */
export interface Publisher {
  publish(entry: Entry, diagnosticsFindings: readonly Finding[]): void;
  clear(uri: string, version?: number): void;
  planChanged(uri: string): void;
  portfolioChanged(): void;
  configDiagnostics(uri: string, errors: readonly { message: string; range: Range }[]): void;
  /** Indexing progress (`handoff/serverStatus`); `ready` once a run is complete. */
  serverStatus(status: ServerStatusParams): void;
  log(message: string): void;
}

export function createPublisher(
  connection: Connection,
  log: (message: string) => void,
): { publisher: Publisher; close(): void } {
  // Notifications are coalesced: one planChanged per tick, portfolioChanged at most every 250 ms.
  const changedPlans = new Set<string>();
  let planFlush = false;
  let portfolioTimer: ReturnType<typeof setTimeout> | undefined;
  // Indexing progress: the first and the final status go at once, the ones between at most every 200 ms.
  let statusTimer: ReturnType<typeof setTimeout> | undefined;
  let pendingStatus: ServerStatusParams | undefined;
  let lastState: ServerStatusParams['state'] | undefined;
  const sendStatus = (): void => {
    const status = pendingStatus;
    pendingStatus = undefined;
    if (status) send(() => connection.sendNotification(ServerStatusNotification, status));
  };
  /** After `shutdown` nothing more is sent (background work may still be finishing). */
  let shutDown = false;
  const send = (task: () => Promise<void>): void => {
    if (shutDown) return;
    try {
      task().catch((err: unknown) => log(`Sending to the client failed: ${String(err)}`));
    } catch (err) {
      log(`Sending to the client failed: ${String(err)}`);
    }
  };

  /** What was last sent for each open document (by normalized URI): its version and diagnostics as JSON. */
  const sentOpen = new Map<string, { version: number | undefined; json: string }>();

  const publisher: Publisher = {
    publish(entry: Entry, findings) {
      const version = entry.open ? entry.version : undefined;
      const diagnostics = toDiagnostics(findings, entry.uri);
      if (entry.open) {
        const json = JSON.stringify(diagnostics);
        const last = sentOpen.get(entry.key);
        if (last && last.version === version && last.json === json) return;
        sentOpen.set(entry.key, { version, json });
      } else {
        sentOpen.delete(entry.key);
      }
      send(() => connection.sendDiagnostics({ uri: entry.uri, version, diagnostics }));
    },
    clear(uri, version) {
      sentOpen.delete(normalizeUri(uri));
      send(() => connection.sendDiagnostics({ uri, version, diagnostics: [] }));
    },
    planChanged(uri) {
      changedPlans.add(uri);
      if (planFlush) return;
      planFlush = true;
      soon(() => {
        planFlush = false;
        const uris = [...changedPlans];
        changedPlans.clear();
        send(() => connection.sendNotification(PlanChangedNotification.method, { uris }));
      });
    },
    portfolioChanged() {
      portfolioTimer ??= setTimeout(() => {
        portfolioTimer = undefined;
        send(() => connection.sendNotification(PortfolioChangedNotification.method, {}));
      }, 250);
    },
    configDiagnostics(uri, errors: readonly { message: string; range: Range }[]) {
      send(() =>
        connection.sendDiagnostics({
          uri,
          diagnostics: errors.map((e) => ({
            range: toLspRange(e.range),
            severity: DiagnosticSeverity.Error,
            source: DIAGNOSTIC_SOURCE,
            code: 'invalid-config',
            message: e.message,
          })),
        }),
      );
    },
    serverStatus(status) {
      pendingStatus = status;
      const changedState = status.state !== lastState;
      lastState = status.state;
      if (changedState) {
        if (statusTimer) clearTimeout(statusTimer);
        statusTimer = undefined;
        sendStatus();
        return;
      }
      statusTimer ??= setTimeout(() => {
        statusTimer = undefined;
        sendStatus();
      }, 200);
    },
    log,
  };

  return {
    publisher,
    close() {
      shutDown = true;
      if (portfolioTimer) clearTimeout(portfolioTimer);
      if (statusTimer) clearTimeout(statusTimer);
    },
  };
}
