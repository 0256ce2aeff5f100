/**
 * One health model for every view (tree groups, portfolio counts, status bar): the health the
 * plan reports, "not rated" for plans that have no baseline yet or are over (initiation, closed,
 * no stage), "not read" for a plan past initiation that reports one Handoff cannot read
 * (`health: Green with concerns`), "not set" for one that reports none. The health the facts
 * suggest is shown beside it, never in its place. Pure: no `vscode`.
 */
import type { FindingCounts, PlanStatus } from '../../../server/src/protocol.js';
import { isRatedStage } from '../../../server/src/engine/types.js';
import { notRead } from '../../../server/src/engine/text.js';

type Health = NonNullable<PlanStatus['health']>;

export type HealthGroup = Health | 'not-read' | 'not-set' | 'not-rated';

/** In the order views list them: worst first, then the plans without a rating. */
export const HEALTH_GROUPS: readonly HealthGroup[] = ['red', 'amber', 'green', 'not-read', 'not-set', 'not-rated'];

/** The groups of plans without a health to show as a colour. */
export const UNRATED_GROUPS = ['not-read', 'not-set', 'not-rated'] as const;

export function isUnratedGroup(group: HealthGroup): group is (typeof UNRATED_GROUPS)[number] {
  return (UNRATED_GROUPS as readonly HealthGroup[]).includes(group);
}

export const HEALTH_GROUP_LABEL: Readonly<Record<HealthGroup, string>> = {
  red: 'Red',
  amber: 'Amber',
  green: 'Green',
  'not-read': 'Health not read',
  'not-set': 'Health not set',
  'not-rated': 'Not rated',
};

/** Each group's theme colour in the tree (none for a health not set or not read). */
export const HEALTH_COLOR: Readonly<Record<HealthGroup, string | undefined>> = {
  green: 'charts.green',
  amber: 'charts.yellow',
  red: 'charts.red',
  'not-read': undefined,
  'not-set': undefined,
  'not-rated': 'disabledForeground',
};

export function healthGroup(status: Pick<PlanStatus, 'health' | 'stage' | 'healthWritten'>): HealthGroup {
  if (!isRatedStage(status.stage)) return 'not-rated';
  return status.health ?? (status.healthWritten ? 'not-read' : 'not-set');
}

/**
 * A plan's health in words: its group's label, or, when it reports a health that could not be read
 * (`health: Green with concerns`), that as written and marked so: it is set, not "not set".
 */
export function healthText(status: Pick<PlanStatus, 'health' | 'stage' | 'healthWritten'>): string {
  const group = healthGroup(status);
  return group === 'not-read' && status.healthWritten ? notRead(status.healthWritten) : HEALTH_GROUP_LABEL[group];
}

/** How many plans fall in each group (every group present, zero included). */
export function countByHealth(
  statuses: readonly Pick<PlanStatus, 'health' | 'stage' | 'healthWritten'>[],
): Record<HealthGroup, number> {
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
