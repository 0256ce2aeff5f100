/**
 * What a change to a plan means, rather than which characters moved: "R-02 raised from 8 to 16",
 * "H-02 lost its receiving owner", "go-live slipped 14 days". Compares two plan statuses (and
 * optionally their findings); the host brings the two texts (e.g. from git).
 */
import type { PlanStatus, RiskView } from './status.js';
import { daysBetween } from './text.js';
import type { Finding } from './types.js';

export type ChangeImpact = 'better' | 'worse' | 'neutral';

export interface PlanChange {
  /** Stable kind for machines: `stage`, `health`, `go-live`, `risk-added`, `risk-rescored` … */
  readonly kind: string;
  /** The register row or key concerned (R-02, H-01, health …). */
  readonly subject: string;
  readonly message: string;
  readonly impact: ChangeImpact;
}

export interface PlanSide {
  readonly status: PlanStatus;
  readonly findings: readonly Finding[];
}

const byId = <T extends { id: string }>(rows: readonly T[]): Map<string, T> => {
  const m = new Map<string, T>();
  for (const r of rows) if (r.id && !m.has(r.id)) m.set(r.id, r);
  return m;
};

const HEALTH_RANK = { green: 0, amber: 1, red: 2 } as const;
const STAGE_RANK = { initiation: 0, planning: 1, control: 2, closure: 3, closed: 4 } as const;

function riskLabel(r: RiskView): string {
  return r.risk ? `${r.id} (${r.risk.length > 60 ? r.risk.slice(0, 57) + '…' : r.risk})` : r.id;
}

function findingKey(f: Finding): string {
  return `${f.rule}\u0000${f.target ?? ''}\u0000${f.target ? '' : f.message}`;
}

export function diffPlans(before: PlanSide | undefined, after: PlanSide | undefined): PlanChange[] {
  const out: PlanChange[] = [];
  const add = (kind: string, subject: string, message: string, impact: ChangeImpact) =>
    out.push({ kind, subject, message, impact });

  if (!before && !after) return out;
  if (!before) {
    const s = after!.status;
    add('plan-added', s.id ?? s.uri, `New plan ${s.id ?? ''} "${s.title ?? ''}" at stage ${s.stage ?? '?'}.`.replace('  ', ' '), 'neutral');
  } else if (!after) {
    const s = before.status;
    add('plan-removed', s.id ?? s.uri, `Plan ${s.id ?? ''} "${s.title ?? ''}" was removed.`.replace('  ', ' '), 'neutral');
    return out;
  }
  const a = after!.status;
  const b = before?.status;

  if (b) {
    if (b.stage !== a.stage) {
      const worse = b.stage && a.stage ? STAGE_RANK[a.stage] < STAGE_RANK[b.stage] : false;
      add('stage', 'stage', `Stage moved from ${b.stage ?? 'none'} to ${a.stage ?? 'none'}.`, worse ? 'worse' : 'neutral');
    }
    if (b.health !== a.health) {
      const impact: ChangeImpact =
        b.health && a.health ? (HEALTH_RANK[a.health] > HEALTH_RANK[b.health] ? 'worse' : 'better') : 'neutral';
      add('health', 'health', `Health moved from ${b.health ?? 'none'} to ${a.health ?? 'none'}.`, impact);
    }
    if (b.dates.goLive !== a.dates.goLive) {
      if (b.dates.goLive && a.dates.goLive) {
        const d = daysBetween(b.dates.goLive, a.dates.goLive);
        add(
          'go-live',
          'dates.go_live',
          d > 0
            ? `Go-live slipped ${d} day${d === 1 ? '' : 's'} (${b.dates.goLive} → ${a.dates.goLive}).`
            : `Go-live brought forward ${-d} day${d === -1 ? '' : 's'} (${b.dates.goLive} → ${a.dates.goLive}).`,
          d > 0 ? 'worse' : 'better',
        );
      } else add('go-live', 'dates.go_live', `Go-live changed from ${b.dates.goLive ?? 'none'} to ${a.dates.goLive ?? 'none'}.`, 'neutral');
    }
    for (const key of ['sponsor', 'serviceOwner', 'projectManager'] as const) {
      if (b[key] !== a[key]) {
        const label = key === 'serviceOwner' ? 'Service owner' : key === 'projectManager' ? 'Project manager' : 'Sponsor';
        add('owner', key, `${label} changed from ${b[key] ?? 'nobody'} to ${a[key] ?? 'nobody'}.`, a[key] ? 'neutral' : 'worse');
      }
    }
  }

  // Stakeholders
  const sb = byId(b?.stakeholders ?? []);
  const sa = byId(a.stakeholders);
  for (const [id, s] of sa) if (b && !sb.has(id)) add('stakeholder-added', id, `Stakeholder ${id} ${s.name} (${s.role || 'no role'}) added.`, 'neutral');
  for (const [id, s] of sb) if (!sa.has(id)) add('stakeholder-removed', id, `Stakeholder ${id} ${s.name} removed.`, 'neutral');

  // Risks
  const rb = byId(b?.risks ?? []);
  const ra = byId(a.risks);
  for (const [id, r] of ra) {
    const old = rb.get(id);
    if (!old) {
      if (b) add('risk-added', id, `Risk ${riskLabel(r)} added${r.score !== undefined ? ` with score ${r.score}` : ''}${r.high ? ' (high)' : ''}.`, r.high ? 'worse' : 'neutral');
      continue;
    }
    if (old.open && !r.open) add('risk-closed', id, `Risk ${riskLabel(r)} ${r.status ? r.status.toLowerCase() : 'closed'}.`, 'better');
    else if (!old.open && r.open) add('risk-reopened', id, `Risk ${riskLabel(r)} reopened.`, 'worse');
    if (old.score !== undefined && r.score !== undefined && old.score !== r.score) {
      add(
        'risk-rescored',
        id,
        `${id} ${r.score > old.score ? 'raised' : 'lowered'} from ${old.score} to ${r.score}${r.high && !old.high ? ' — now a high risk' : ''}.`,
        r.score > old.score ? 'worse' : 'better',
      );
    }
    if (old.owner !== r.owner) {
      if (!r.owner) add('risk-owner-removed', id, `${id} lost its owner (was ${old.owner}).`, 'worse');
      else if (!old.owner) add('risk-owner-added', id, `${id} now owned by ${r.owner}.`, 'better');
      else add('risk-owner-changed', id, `${id} owner changed from ${old.owner} to ${r.owner}.`, 'neutral');
    }
    if (old.hasContingency && !r.hasContingency && r.high && r.open) add('risk-contingency-removed', id, `${id} is high and lost its contingency.`, 'worse');
  }
  for (const [id, r] of rb) if (!ra.has(id)) add('risk-removed', id, `Risk ${riskLabel(r)} removed from the register.`, 'neutral');

  // Milestones
  const mb = byId(b?.milestones ?? []);
  const ma = byId(a.milestones);
  for (const [id, m] of ma) {
    const old = mb.get(id);
    if (!old) {
      if (b) add('milestone-added', id, `Milestone ${id} "${m.name}" added${m.baseline ? `, due ${m.baseline}` : ''}.`, 'neutral');
      continue;
    }
    if (!old.done && m.done) add('milestone-completed', id, `Milestone ${id} "${m.name}" ${m.status.toLowerCase() || 'done'}.`, 'better');
    const od = old.forecast ?? old.baseline;
    const nd = m.forecast ?? m.baseline;
    if (od && nd && od !== nd) {
      const d = daysBetween(od, nd);
      add(d > 0 ? 'milestone-slipped' : 'milestone-advanced', id, `Milestone ${id} "${m.name}" ${d > 0 ? 'slipped' : 'moved forward'} ${Math.abs(d)} day${Math.abs(d) === 1 ? '' : 's'} (${od} → ${nd}).`, d > 0 ? 'worse' : 'better');
    }
    if (old.owner !== m.owner && !m.owner) add('milestone-owner-removed', id, `Milestone ${id} lost its owner (was ${old.owner}).`, 'worse');
    else if (old.owner !== m.owner) add('milestone-owner-changed', id, `Milestone ${id} owner changed from ${old.owner || 'nobody'} to ${m.owner}.`, 'neutral');
  }
  for (const [id, m] of mb) if (!ma.has(id)) add('milestone-removed', id, `Milestone ${id} "${m.name}" removed.`, 'neutral');

  // Handovers
  const hb = byId(b?.handovers ?? []);
  const ha = byId(a.handovers);
  for (const [id, h] of ha) {
    const old = hb.get(id);
    if (!old) {
      if (b) add('handover-added', id, `Handover ${id} to ${h.process || 'an unnamed process'} added${h.receivingOwner ? `, received by ${h.receivingOwner}` : ' with no receiving owner'}.`, 'neutral');
      continue;
    }
    if (!old.accepted && h.accepted) add('handover-accepted', id, `Handover ${id} (${h.process}) accepted${h.receivingOwner ? ` by ${h.receivingOwner}` : ''}.`, 'better');
    else if (old.status !== h.status && /reject/i.test(h.status)) add('handover-rejected', id, `Handover ${id} (${h.process}) rejected.`, 'worse');
    else if (old.accepted && !h.accepted) add('handover-unaccepted', id, `Handover ${id} (${h.process}) is no longer accepted (now ${h.status || 'no status'}).`, 'worse');
    if (old.receivingOwner && !h.receivingOwner) add('handover-owner-removed', id, `${id} lost its receiving owner (was ${old.receivingOwner}).`, 'worse');
    else if (!old.receivingOwner && h.receivingOwner) add('handover-owner-added', id, `${id} now received by ${h.receivingOwner}.`, 'better');
    else if (old.receivingOwner !== h.receivingOwner) add('handover-owner-changed', id, `${id} receiving owner changed from ${old.receivingOwner} to ${h.receivingOwner}.`, 'neutral');
  }
  for (const [id, h] of hb) if (!ha.has(id)) add('handover-removed', id, `Handover ${id} (${h.process}) removed.`, 'worse');

  // Findings introduced and fixed
  if (before) {
    const fb = new Map(before.findings.map((f) => [findingKey(f), f]));
    const fa = new Map(after!.findings.map((f) => [findingKey(f), f]));
    for (const [k, f] of fa) if (!fb.has(k)) add('finding-introduced', f.target ?? f.rule, `New ${f.severity} ${f.rule}: ${f.message}`, 'worse');
    for (const [k, f] of fb) if (!fa.has(k)) add('finding-fixed', f.target ?? f.rule, `Fixed ${f.rule}: ${f.message}`, 'better');
  }
  return out;
}
