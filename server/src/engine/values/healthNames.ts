/**
 * A health as views write it (`Amber`, `🟡 Amber`): the words and circles only, without the
 * readers of values/words.ts, so a view that shows a health pulls in no reader.
 */
import type { Health } from '../types.js';

/** Each health as written: Green, Amber, Red. */
export const HEALTH_NAMES: Readonly<Record<Health, string>> = { green: 'Green', amber: 'Amber', red: 'Red' };

/** Each health's coloured circle, as views show it beside its word (`🟡 Amber`). */
export const HEALTH_MARKS: Readonly<Record<Health, string>> = { green: '🟢', amber: '🟡', red: '🔴' };

/** A health's word as views write it (`Amber`), or `none`. */
export function healthName(health: Health | undefined): string {
  return health ? HEALTH_NAMES[health] : 'none';
}

/** A health as text views show it, its circle then its word: `🟡 Amber`. */
export function healthShown(health: Health): string {
  return `${HEALTH_MARKS[health]} ${HEALTH_NAMES[health]}`;
}
