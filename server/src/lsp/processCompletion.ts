/**
 * The process names a Process cell is offered: the organisation's own names (`aliases.processes`)
 * first, with the process each means; in a Handovers table, next, the processes the transition
 * type requires and no row names yet (required-handover-missing's list); then every ITIL 2011 and
 * ITIL 4 name. Each name once.
 */
import type { HandoffConfig } from '../engine/config.js';
import { findItilProcess, ITIL_PROCESS_NAMES } from '../engine/itil.js';
import type { Plan } from '../engine/model.js';
import { handoversStillRequired } from '../engine/rules/requiredHandoverMissing.js';

export interface ProcessCandidate {
  readonly name: string;
  readonly description?: string;
  /** Where it sorts: the local and required names before the ITIL ones, which sort by name. */
  readonly sortText?: string;
}

const order = (group: number, i: number): string => `${group}${String(i).padStart(4, '0')}`;

export function processCandidates(plan: Plan, kind: string, config: HandoffConfig | undefined): ProcessCandidate[] {
  const aliases = config?.aliases;
  const local = (aliases?.processNames ?? []).map((name, i) => ({
    name,
    description: findItilProcess(name, aliases?.processes)?.name,
    sortText: order(0, i),
  }));
  const still = kind === 'handovers' && config ? handoversStillRequired(plan, config) : [];
  const required = still.map((name, i) => ({
    name,
    description: `required for a ${plan.meta.transitionType} transition, no handover yet`,
    sortText: order(1, i),
  }));
  const rest = [...local, ...ITIL_PROCESS_NAMES.map((name) => ({ name }))];
  return [...required, ...rest.filter((c) => !still.includes(c.name))];
}
