/**
 * `handoff diff` on the Risks register: risks added, closed, occurred or reopened, rescored across
 * the high-risk line, their owners and contingencies, and open risks taken out of the register.
 */
import type { PlanStatus, RiskView } from './status.js';
import { rowsById } from './domain.js';
import { readStatus } from './values.js';
import { personShown, samePerson } from './diffPeople.js';
import { itemLabel } from './diffLabels.js';
import type { Add } from './semanticDiff.js';

const riskLabel = (r: RiskView): string => itemLabel(r.id, r.risk);

/** Whether a risk's Status says it happened (`Occurred`, `Realised`). */
function occurred(r: RiskView): boolean {
  const status = r.status ? readStatus('risks', r.status) : undefined;
  return status?.ok === true && status.value === 'Occurred';
}

export function diffRisks(b: PlanStatus, a: PlanStatus, add: Add): void {
  const rb = rowsById(b.risks);
  const ra = rowsById(a.risks);
  for (const [id, r] of ra) {
    const old = rb.get(id);
    if (!old) {
      const score = r.score !== undefined ? ` with score ${r.score}` : '';
      add(
        'risk-added',
        id,
        `Risk ${riskLabel(r)} added${score}${r.high ? ' (high)' : ''}.`,
        r.high && r.open ? 'worse' : 'neutral',
      );
      continue;
    }
    if (old.open && !r.open && occurred(r)) {
      // Closed as a risk because it happened: now an issue to manage, not a risk gone.
      add('risk-occurred', id, `Risk ${riskLabel(r)} occurred: manage it as an issue (Issues register).`, 'worse');
    } else if (old.open && !r.open) {
      add('risk-closed', id, `Risk ${riskLabel(r)} ${r.status ? r.status.toLowerCase() : 'closed'}.`, 'better');
    } else if (!old.open && r.open) {
      add('risk-reopened', id, `Risk ${riskLabel(r)} reopened.`, 'worse');
    }
    if (old.score !== undefined && r.score !== undefined && old.score !== r.score) {
      const up = r.score > old.score;
      const threshold = r.high && !old.high ? ' — now a high risk' : !r.high && old.high ? ' — no longer high' : '';
      add(
        'risk-rescored',
        id,
        `${id} ${up ? 'raised' : 'lowered'} from ${old.score} to ${r.score}${threshold}.`,
        up ? 'worse' : 'better',
      );
    }
    if (!samePerson(b, old.owner, a, r.owner)) {
      const was = personShown(b, old.owner);
      const now = personShown(a, r.owner);
      if (!r.owner) add('risk-owner-removed', id, `${id} lost its owner, ${was}.`, 'worse');
      else if (!old.owner) add('risk-owner-added', id, `${id} now owned by ${now}.`, 'better');
      else add('risk-owner-changed', id, `${id} owner changed from ${was} to ${now}.`, 'neutral');
    }
    if (old.hasContingency && !r.hasContingency && r.high && r.open) {
      add('risk-contingency-removed', id, `${id} is high and lost its contingency.`, 'worse');
    }
  }
  for (const [id, r] of rb) {
    if (ra.has(id)) continue;
    // An open risk taken out of the register is no longer watched, and the register loses its
    // history: closing it says what happened to it.
    if (r.open)
      add(
        'risk-removed',
        id,
        `Open risk ${riskLabel(r)} removed from the register: close it instead (Status Closed).`,
        'worse',
      );
    else add('risk-removed', id, `Risk ${riskLabel(r)} removed from the register.`, 'neutral');
  }
}
