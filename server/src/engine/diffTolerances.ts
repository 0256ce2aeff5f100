/**
 * `handoff diff` on the tolerances a plan's front matter writes (`tolerances.cost_pct`,
 * `schedule_days`). Beyond tolerance the board decides, so a tolerance loosened (raised, or taken
 * out where the configuration's is looser) lets a breach pass without it: worse. Tightened is
 * neutral. Compared as the plan states them, the configuration's standing in where the plan
 * writes none; where the plan's is looser than the configuration's, which then applies, it is said.
 */
import type { Add } from './semanticDiff.js';
import type { PlanStatus } from './statusTypes.js';
import { dayCount } from './text.js';

const TOLERANCES = [
  { key: 'costPct', name: 'Cost tolerance', subject: 'tolerances.cost_pct', shown: (n: number) => `${n}%` },
  {
    key: 'scheduleDays',
    name: 'Schedule tolerance',
    subject: 'tolerances.schedule_days',
    shown: dayCount,
  },
] as const;

export function diffTolerances(b: PlanStatus, a: PlanStatus, add: Add): void {
  for (const { key, name, subject, shown } of TOLERANCES) {
    const [was, now] = [b.tolerances.written[key], a.tolerances.written[key]];
    if (was === now) continue;
    const from = was ?? b.tolerances.applied[key];
    const to = now ?? a.tolerances.applied[key];
    const stated = (written: number | undefined, n: number) =>
      written === undefined ? `the configuration's ${shown(n)}` : shown(n);
    const verb = to > from ? 'loosened' : to < from ? 'tightened' : 'changed';
    const applied = a.tolerances.applied[key];
    const applies = now !== undefined && applied < now ? ` (the configuration's ${shown(applied)} applies)` : '';
    add(
      'tolerance-changed',
      subject,
      `${name} ${verb} from ${stated(was, from)} to ${stated(now, to)}${applies}.`,
      to > from ? 'worse' : 'neutral',
    );
  }
}
