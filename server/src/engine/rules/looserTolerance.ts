/**
 * front-matter-schema's check of a plan's own tolerance (contract §4): one looser than the
 * configured one is a warning, and the configured one applies. The board sets tolerances, not the
 * plan; a plan may only tighten them.
 */
import { configuredToleranceSource, toleranceOfKind, toleranceShown } from '../control.js';
import type { FmValue } from '../model.js';
import type { RuleContext } from '../rule.js';
import { valueFix } from './frontMatterFixes.js';

const KIND: Readonly<Record<string, 'schedule' | 'cost'>> = { schedule_days: 'schedule', cost_pct: 'cost' };

/** Reports `tolerances.<name>` when it is a number above the configuration's value. */
export function checkLooserTolerance(ctx: RuleContext, name: string, item: FmValue): void {
  const kind = KIND[name];
  if (!kind || item.kind !== 'scalar' || typeof item.value !== 'number') return;
  const configured = toleranceOfKind(ctx.config.tolerances, kind);
  if (item.value <= configured) return;
  const path = `tolerances.${name}`;
  const rules = kind === 'schedule' ? 'schedule-slip' : 'cost-overrun';
  ctx.report({
    range: item.range,
    target: 'tolerances',
    severity: 'warning',
    message: `${path} is ${toleranceShown(kind, item.value)}, looser than the configuration's ${toleranceShown(kind, configured)} (${configuredToleranceSource(kind)}). The board sets tolerances and a plan may only tighten them, so ${toleranceShown(kind, configured)} applies: ${rules} and derived health measure against it. Ask the board to change the configuration, or write ${configured} or less here.`,
    fixes: [valueFix(`Set ${path} to ${configured}, the configuration's`, item.range, String(configured))],
  });
}
