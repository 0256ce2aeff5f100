/**
 * `handoff diff` on a plan's header facts: its id, title, service and type, stage, health
 * (declared and derived), go-live, core roles and dependencies.
 */
import type { Add, ChangeImpact, PlanSide } from './semanticDiff.js';
import type { GoneWith } from './diffFindings.js';
import type { PlanStatus } from './statusTypes.js';
import { healthRank, PERSON_ROLE_NAMES, stageRank } from './domain.js';
import { diffGoLive } from './diffWrittenDates.js';
import { personShown, samePerson } from './diffPeople.js';
import type { Health } from './types.js';
import { notRead } from './text.js';

function healthImpact(before: Health | undefined, after: Health | undefined): ChangeImpact {
  // Not read on either side (one wording for another): nothing to rank.
  if (!before && !after) return 'neutral';
  if (!before || !after) return after && !before ? 'neutral' : 'worse';
  return healthRank(after) > healthRank(before) ? 'worse' : 'better';
}

/** The front matter's health: as read, as written when not read (`"Green with concerns" (not read)`), or none. */
const healthShown = (s: PlanStatus): string =>
  s.health ?? (s.healthWritten ? notRead(quotedOrNone(s.healthWritten)) : 'none');

const quotedOrNone = (text: string | undefined): string => (text === undefined ? 'none' : `"${text}"`);

/**
 * The rows whose reasons for `b`'s derived health are gone from `a` only because what they were
 * judged on went (a row taken out, its dates emptied, its register no longer read) or moved (a
 * baseline rewritten, the budget raised, a tolerance loosened), when every reason gone went so:
 * health that improves by that is no improvement. Undefined otherwise.
 */
function goneReasons(b: PlanStatus, a: PlanStatus, gone: GoneWith): string[] | undefined {
  const key = (r: { rule: string; target: string | undefined }) => `${r.rule}\u0000${r.target ?? ''}`;
  const still = new Set(a.healthReasons.filter((r) => !r.waived).map(key));
  const went = b.healthReasons.filter((r) => !r.waived && !still.has(key(r)));
  if (went.length === 0 || !went.every((r) => gone(r.rule, r.target) !== undefined)) return undefined;
  return [...new Set(went.map((r) => r.target!))];
}

export function diffHeader(before: PlanSide, after: PlanSide, add: Add, gone: GoneWith): void {
  const [b, a] = [before.status, after.status];
  if (b.id !== a.id) {
    // Other plans name this one by its id (`depends_on`): theirs must follow.
    const message = `Plan id changed from ${b.id ?? 'none'} to ${a.id ?? 'none'}: plans whose depends_on names ${b.id ?? 'it'} must be changed with it.`;
    add('id', 'id', message, a.id ? 'neutral' : 'worse');
  }
  const named = { title: 'Title', service: 'Service', transitionType: 'Transition type' } as const;
  for (const key of ['title', 'service', 'transitionType'] as const) {
    if (b[key] === a[key]) continue;
    add(
      key,
      key,
      `${named[key]} changed from ${quotedOrNone(b[key])} to ${quotedOrNone(a[key])}.`,
      a[key] ? 'neutral' : 'worse',
    );
  }
  if (b.stage !== a.stage) {
    const back = b.stage && a.stage ? stageRank(a.stage) < stageRank(b.stage) : false;
    add('stage', 'stage', `Stage moved from ${b.stage ?? 'none'} to ${a.stage ?? 'none'}.`, back ? 'worse' : 'neutral');
  }
  if (b.health !== a.health || (!a.health && b.healthWritten !== a.healthWritten)) {
    const message = `Health moved from ${healthShown(b)} to ${healthShown(a)}.`;
    add('health', 'health', message, healthImpact(b.health, a.health));
  }
  if (b.derivedHealth !== a.derivedHealth) diffDerivedHealth(b, a, add, gone);
  diffGoLive(before, after, add);
  for (const key of ['sponsor', 'serviceOwner', 'projectManager'] as const) {
    if (samePerson(b, b[key], a, a[key])) continue;
    const message = `${PERSON_ROLE_NAMES[key]} changed from ${personShown(b, b[key])} to ${personShown(a, a[key])}.`;
    add('owner', key, message, a[key] ? 'neutral' : 'worse');
  }
  const depsBefore = new Set(b.dependsOn);
  const depsAfter = new Set(a.dependsOn);
  for (const id of depsAfter) if (!depsBefore.has(id)) add('dependency-added', id, `Now depends on ${id}.`, 'neutral');
  for (const id of depsBefore)
    if (!depsAfter.has(id)) add('dependency-removed', id, `No longer depends on ${id}.`, 'neutral');
}

function diffDerivedHealth(b: PlanStatus, a: PlanStatus, add: Add, gone: GoneWith): void {
  // Not rated (initiation, closed) is no health at all: moving out of it is neutral, unless
  // into amber or red (the first rating is already an exception), and moving into it is neutral.
  const rated = b.derivedHealth !== undefined && a.derivedHealth !== undefined;
  const firstRating = b.derivedHealth === undefined && (a.derivedHealth === 'amber' || a.derivedHealth === 'red');
  const why = a.healthReasons.find((r) => !r.waived);
  const moved = `Health derived from the plan's facts moved from ${b.derivedHealth ?? 'not rated'} to ${a.derivedHealth ?? 'not rated'}`;
  const impact = rated ? healthImpact(b.derivedHealth, a.derivedHealth) : firstRating ? 'worse' : 'neutral';
  // Better only because what it was judged on went: said, and no better news.
  const went = impact === 'better' ? goneReasons(b, a, gone) : undefined;
  if (went) {
    const message = `${moved}, but nothing was fixed: what it was judged on is gone or moved (${went.join(', ')}).`;
    add('derived-health', 'health', message, 'neutral');
    return;
  }
  const message = moved + (why && a.derivedHealth && a.derivedHealth !== 'green' ? ` (${why.text}).` : '.');
  add('derived-health', 'health', message, impact);
}
