/**
 * `handoff diff` on the Handovers register: handovers added, accepted (by whom, as written, or
 * only ahead of time), rejected or no longer accepted, their receiving owners, and handovers
 * taken out.
 */
import type { HandoverView, PlanStatus } from './status.js';
import { rowsById } from './domain.js';
import { notYetGiven } from './text.js';
import { isNamed, namedBy, personShown, samePerson } from './diffPeople.js';
import { clipped, itemLabel } from './diffLabels.js';
import type { Add } from './semanticDiff.js';

const handoverLabel = (h: HandoverView): string => itemLabel(h.id, h.process);

const isRejected = (h: HandoverView): boolean => /reject/i.test(h.status);

export function diffHandovers(b: PlanStatus, a: PlanStatus, add: Add): void {
  const hb = rowsById(b.handovers);
  const ha = rowsById(a.handovers);
  for (const [id, h] of ha) {
    const old = hb.get(id);
    if (!old) {
      const owner = h.receivingOwner ? `, received by ${personShown(a, h.receivingOwner)}` : ' with no receiving owner';
      add('handover-added', id, `Handover ${id} to ${h.process || 'an unnamed process'} added${owner}.`, 'neutral');
      continue;
    }
    const named = namedBy(h.status);
    if (!old.accepted && h.accepted && named !== undefined && !isNamed(a, h.receivingOwner, named)) {
      // Accepted by someone else than its receiving owner, as the note says: not theirs to credit.
      const owner = h.receivingOwner ? `; its receiving owner is ${personShown(a, h.receivingOwner)}` : '';
      add(
        'handover-accepted',
        id,
        `Handover ${handoverLabel(h)} accepted as written: "${clipped(h.status)}"${owner}.`,
        'neutral',
      );
    } else if (!old.accepted && h.accepted) {
      const by = h.receivingOwner ? ` by ${personShown(a, h.receivingOwner)}` : '';
      const on = h.acceptedOn ? ` on ${h.acceptedOn}` : ', with no Accepted on date';
      add('handover-accepted', id, `Handover ${handoverLabel(h)} accepted${by}${on}.`, 'better');
    } else if (!old.accepted && !old.acceptedAhead && h.acceptedAhead) {
      add(
        'handover-accepted',
        id,
        `Handover ${handoverLabel(h)} written ${notYetGiven(clipped(h.status), h.acceptedAhead)}.`,
        'neutral',
      );
    } else if (!isRejected(old) && isRejected(h)) {
      add('handover-rejected', id, `Handover ${handoverLabel(h)} rejected.`, 'worse');
    } else if (old.accepted && !h.accepted) {
      add(
        'handover-unaccepted',
        id,
        `Handover ${handoverLabel(h)} is no longer accepted (now ${h.acceptedAhead ? notYetGiven(clipped(h.status), h.acceptedAhead) : h.status || 'no status'}).`,
        'worse',
      );
    }
    const was = personShown(b, old.receivingOwner);
    const now = personShown(a, h.receivingOwner);
    if (old.receivingOwner && !h.receivingOwner) {
      add('handover-owner-removed', id, `${id} lost its receiving owner, ${was}.`, 'worse');
    } else if (!old.receivingOwner && h.receivingOwner) {
      add('handover-owner-added', id, `${id} now received by ${now}.`, 'better');
    } else if (!samePerson(b, old.receivingOwner, a, h.receivingOwner)) {
      add('handover-owner-changed', id, `${id} receiving owner changed from ${was} to ${now}.`, 'neutral');
    }
  }
  for (const [id, h] of hb)
    if (!ha.has(id)) add('handover-removed', id, `Handover ${handoverLabel(h)} removed.`, 'worse');
}
