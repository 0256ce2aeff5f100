/**
 * The projections of a plan's status a command can ask the pipeline for, by name. They run where
 * the plan was linted, in a worker or on the main thread, so what comes back is the projection,
 * not the whole status (a worker's message would copy every register's rows).
 */
import type { PlanStatus } from '../engine/status.js';
import type { Finding } from '../engine/types.js';
import { reportPart } from './report/model.js';

export const STATUS_VIEWS = {
  /** `handoff report`: a row and the plan's share of the portfolio totals. */
  report: reportPart,
} as const satisfies Record<string, (uri: string, status: PlanStatus, findings: readonly Finding[]) => unknown>;

export type StatusViewName = keyof typeof STATUS_VIEWS;
export type StatusView<K extends StatusViewName> = ReturnType<(typeof STATUS_VIEWS)[K]>;
