/**
 * One health model for every view (tree groups, portfolio counts, status bar): the health the
 * plan reports, "not rated" for plans that have no baseline yet or are over (initiation, closed,
 * no stage), "not set" for a plan past initiation that reports none. The health the facts
 * suggest is shown beside it, never in its place. Pure: no `vscode`.
 */
import type { FindingCounts, PlanStatus } from '../../../server/src/protocol.js';
import { isRatedStage } from '../../../server/src/engine/types.js';
import { notRead } from '../../../server/src/engine/text.js';

type Health = NonNullable<PlanStatus['health']>;

export type HealthGroup = Health | 'not-set' | 'not-rated';

/** In the order views list them: worst first, then the plans without a rating. */
export const HEALTH_GROUPS: readonly HealthGroup[] = ['red', 'amber', 'green', 'not-set', 'not-rated'];

export const HEALTH_GROUP_LABEL: Readonly<Record<HealthGroup, string>> = {
  red: 'Red',
  amber: 'Amber',
  green: 'Green',
  'not-set': 'Health not set',
  'not-rated': 'Not rated',
};

export function healthGroup(status: Pick<PlanStatus, 'health' | 'stage'>): HealthGroup {
  if (!isRatedStage(status.stage)) return 'not-rated';
  return status.health ?? 'not-set';
}

/**
 * A plan's health in words: its group's label, or, when it reports a health that could not be read
 * (`health: Green with concerns`), that as written and marked so: it is set, not "not set".
 */
export function healthText(status: Pick<PlanStatus, 'health' | 'stage' | 'healthWritten'>): string {
  const group = healthGroup(status);
  return group === 'not-set' && status.healthWritten ? notRead(status.healthWritten) : HEALTH_GROUP_LABEL[group];
}

/** How many plans fall in each group (every group present, zero included). */
export function countByHealth(statuses: readonly Pick<PlanStatus, 'health' | 'stage'>[]): Record<HealthGroup, number> {
  const out = Object.fromEntries(HEALTH_GROUPS.map((g) => [g, 0])) as Record<HealthGroup, number>;
  for (const s of statuses) out[healthGroup(s)]++;
  return out;
}

export function problemTotal(counts: FindingCounts): number {
  return counts.errors + counts.warnings + counts.infos;
}

/**
 * The icon for a plan in the status bar and the tree: the health colour's shape, but never a
 * check mark while the plan has errors or warnings.
 */
export function healthIcon(group: HealthGroup, counts: FindingCounts): string {
  if (counts.errors > 0) return 'error';
  if (counts.warnings > 0) return 'warning';
  if (counts.infos > 0) return 'info';
  switch (group) {
    case 'red':
      return 'error';
    case 'amber':
      return 'warning';
    case 'green':
      return 'pass-filled';
    default:
      return 'circle-outline';
  }
}
