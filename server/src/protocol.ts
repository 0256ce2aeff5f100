/**
 * The custom requests between the Handoff language server and its clients, typed once. This is
 * the only server module the VS Code client imports; the tree view, the status preview, the
 * portfolio and the status bar get all plan data through it and compute none themselves.
 */
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
import type { PlanOverview } from './engine/overview.js';
import type { PlanStatus } from './engine/status.js';
import type { Severity } from './engine/types.js';

export type * from './engine/status.js';
export type { PlanOverview } from './engine/overview.js';

/** A finding as views show it: 0-based positions, as in LSP. */
export interface FindingView {
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  readonly line: number;
  readonly character: number;
  readonly endLine: number;
  readonly endCharacter: number;
}

export interface FindingCounts {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

/**
 * The `handoff.*` settings, one shape for both sides: the client sends what VS Code holds (in
 * `initializationOptions` and on `workspace/configuration`), and the server, for which it is
 * untrusted JSON, reads it field by field (lsp/settings.ts) over these defaults.
 */
export interface HandoffSettings {
  /** As-of date for time-dependent rules; undefined means today. */
  readonly asOf: string | undefined;
  /** Severity overrides, same shape as `.handoff.yaml` `rules`. */
  readonly rules: Readonly<Record<string, unknown>> | undefined;
  /** Plan globs replacing the configuration's `plans`. */
  readonly plans: readonly string[] | undefined;
  readonly maxFileSizeMB: number;
  /** Delay between the last keystroke and linting an open document (a server setting only). */
  readonly debounceMs: number;
}

export const DEFAULT_SETTINGS: HandoffSettings = Object.freeze({
  asOf: undefined,
  rules: undefined,
  plans: undefined,
  maxFileSizeMB: 5,
  debounceMs: 150,
});

export interface PlanParams {
  /** The document URI. */
  readonly uri: string;
}

/** One plan for the status preview: its status and its current findings. */
export interface PlanResult {
  readonly uri: string;
  /** The document version the data was computed from (undefined for files not open). */
  readonly version: number | undefined;
  readonly status: PlanStatus;
  readonly findings: readonly FindingView[];
  readonly counts: FindingCounts;
}

/**
 * One plan in the portfolio: its overview and how many findings it has. A view that shows one
 * plan's registers or findings asks for them with `handoff/plan`.
 */
export interface PortfolioEntry {
  readonly uri: string;
  readonly overview: PlanOverview;
  readonly counts: FindingCounts;
}

export interface PortfolioResult {
  readonly asOf: string;
  readonly plans: readonly PortfolioEntry[];
}

/** `handoff/plan`: the status of one plan document, or null if it is not a plan. */
export const PlanRequest = new RequestType<PlanParams, PlanResult | null, void>('handoff/plan');

/** `handoff/portfolio`: every plan in the workspace folders. */
export const PortfolioRequest = new RequestType<Record<string, never>, PortfolioResult, void>('handoff/portfolio');

/** `handoff/newPlanText`: a new plan at a stage, built with the folder's configuration and the as-of date. */
export interface NewPlanTextParams {
  readonly id: string;
  readonly title: string;
  readonly service: string;
  readonly transitionType: string;
  readonly stage: string;
  /** A URI in the folder the plan goes to, for its `.handoff.yaml` (currency). */
  readonly uri?: string;
}
export const NewPlanTextRequest = new RequestType<NewPlanTextParams, string | null, void>('handoff/newPlanText');

/** Sent by the server when a plan's data changed (after diagnostics are published). */
export interface PlanChangedParams {
  readonly uris: readonly string[];
}
export const PlanChangedNotification = new NotificationType<PlanChangedParams>('handoff/planChanged');

/** Sent by the server when the set of plans or their portfolio data changed. */
export const PortfolioChangedNotification = new NotificationType<Record<string, never>>('handoff/portfolioChanged');

/**
 * `handoff/serverStatus` (rust-analyzer's `experimental/serverStatus` idea): what the server is
 * doing, for a status item. Sent when indexing starts, as it goes (at most every 200 ms) and
 * when it ends; `indexed` of `total` Markdown files read so far in this run.
 */
export interface ServerStatusParams {
  readonly state: 'indexing' | 'ready';
  readonly indexed: number;
  readonly total: number;
}
export const ServerStatusNotification = new NotificationType<ServerStatusParams>('handoff/serverStatus');

/**
 * Client command a quick fix's code action may carry (arguments: document URI, LSP range, snippet
 * text, the plain text the fix wrote there): replaces that range, which the fix has just written, with the same text as a snippet
 * whose placeholders are tab stops and choices. The client lists it in
 * `initializationOptions.clientCommands`; other clients get the plain edit alone.
 */
export const FILL_PLACEHOLDERS_COMMAND = 'handoff.fillPlaceholders';
// --- File access through the client (the web worker server cannot read files itself) ----------

export interface FsListParams {
  /** A workspace folder URI. */
  readonly folder: string;
}
/** `handoff/fs/list`: the Markdown and `.handoff.yaml`/`.yml` files under a folder (URIs). */
export const FsListRequest = new RequestType<FsListParams, string[], void>('handoff/fs/list');

export interface FsStatParams {
  readonly uri: string;
}
export interface FsStatResult {
  readonly type: 'file' | 'directory';
  readonly size: number;
}
/** `handoff/fs/stat`: what is at a URI, or null. */
export const FsStatRequest = new RequestType<FsStatParams, FsStatResult | null, void>('handoff/fs/stat');

export interface FsReadParams {
  readonly uri: string;
  /** Files larger than this are refused without being read. */
  readonly maxBytes: number;
}
export type FsReadResult =
  | { readonly base64: string }
  | { readonly error: 'not-found' | 'not-a-file' | 'too-large' | 'unreadable'; readonly size?: number };
/** `handoff/fs/read`: a file's bytes (base64: JSON carries no bytes), or why it was not read. */
export const FsReadRequest = new RequestType<FsReadParams, FsReadResult, void>('handoff/fs/read');

/** Bytes to base64 for `handoff/fs/read` (btoa takes a binary string; built in chunks). */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
