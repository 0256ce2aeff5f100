/**
 * The custom requests between the Handoff language server and its clients, typed once. This is
 * the only server module the VS Code client imports; the tree view, the status preview, the
 * portfolio and the status bar get all plan data through it and compute none themselves.
 */
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
import type { PlanStatus } from './engine/status.js';
import type { Severity } from './engine/types.js';

export type * from './engine/status.js';

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

export interface PortfolioEntry {
  readonly uri: string;
  readonly status: PlanStatus;
  readonly counts: FindingCounts;
  /** Findings, errors first (capped for the view; counts are complete). */
  readonly findings: readonly FindingView[];
}

export interface PortfolioResult {
  readonly asOf: string;
  readonly plans: readonly PortfolioEntry[];
}

/** `handoff/plan`: the status of one plan document, or null if it is not a plan. */
export const PlanRequest = new RequestType<PlanParams, PlanResult | null, void>('handoff/plan');

/** `handoff/portfolio`: every plan in the workspace folders. */
export const PortfolioRequest = new RequestType<Record<string, never>, PortfolioResult, void>('handoff/portfolio');

/** Sent by the server when a plan's data changed (after diagnostics are published). */
export interface PlanChangedParams {
  readonly uris: readonly string[];
}
export const PlanChangedNotification = new NotificationType<PlanChangedParams>('handoff/planChanged');

/** Sent by the server when the set of plans or their portfolio data changed. */
export const PortfolioChangedNotification = new NotificationType<Record<string, never>>('handoff/portfolioChanged');

/**
 * Client command a quick fix's code action may carry (arguments: document URI, LSP range, snippet
 * text, the plain text the fix wrote there): replaces that range, which the fix has just written, with the same text as a snippet
 * whose placeholders are tab stops and choices. The client lists it in
 * `initializationOptions.clientCommands`; other clients get the plain edit alone.
 */
export const FILL_PLACEHOLDERS_COMMAND = 'handoff.fillPlaceholders';
