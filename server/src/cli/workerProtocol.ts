/** Messages between the CLI's main thread and its lint workers (structured-clone data only). */
import type { HandoffConfig } from '../engine/config.js';
import type { LintOutcome, LintSettings, LintTask } from './lintFile.js';

export type WorkerData = LintSettings;

export type ToWorker =
  | { readonly type: 'config'; readonly id: number; readonly config: HandoffConfig }
  | { readonly type: 'task'; readonly task: LintTask; readonly configId: number };

export type FromWorker =
  | { readonly type: 'outcome'; readonly outcome: LintOutcome }
  | { readonly type: 'log'; readonly message: string }
  | { readonly type: 'crash'; readonly index: number; readonly message: string };
