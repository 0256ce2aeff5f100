/**
 * What a template needs from the plan it goes into so that inserting it adds no finding: the
 * people the plan names, its dates, one handover per process its transition type requires, rows
 * its stage would not report, sign-off rows for who can approve.
 */
import type { HandoffConfig } from './config.js';
import { readinessCriteria, readinessPhase } from './control.js';
import { isRowId, nextFreeId, PERSON_ROLE_NAMES, rowId, type PersonKey } from './domain.js';
import type { Plan } from './model.js';
import { rankPeople } from './rankPeople.js';
import { perLint } from './perPlan.js';
import { DUE_FROM } from './rules/exitCriteriaUnmet.js';
import { registerSpec, SECTION_SPECS, type RegisterKind } from './schema.js';
import { newRowDate, readinessRows, type TemplateFill } from './templates.js';
import { addDays, parseIsoDate } from './isoDate.js';
import { roleNamePrompt } from './placeholders.js';
import { stageIndex, type IsoDate } from './types.js';
import { HEALTH_NAMES } from './values.js';

/** The people the front matter names, in the role each holds: a new Stakeholders table lists them. */
const FRONT_MATTER_PEOPLE = (Object.keys(PERSON_ROLE_NAMES) as PersonKey[]).map((key) => ({
  key,
  role: PERSON_ROLE_NAMES[key],
}));

/**
 * Stakeholders rows for a plan that lists none: one per person the front matter names, so each
 * reference resolves once the table is inserted — an ID as the row's ID, a @handle in a Handle
 * column, a name as the Name; rows without an ID of their own get the next free one.
 */
function coreStakeholderRows(plan: Plan): Record<string, string>[] {
  const prefix = registerSpec('stakeholders').idPrefix ?? 'S';
  const refs = FRONT_MATTER_PEOPLE.map(({ key, role }) => ({ ref: plan.meta[key]?.trim(), role }));
  const ids = refs.map((r) => r.ref).filter((r): r is string => !!r && isRowId(r));
  const seen = new Set<string>();
  const rows: Record<string, string>[] = [];
  for (const { ref, role } of refs) {
    if (!ref || seen.has(ref.toLowerCase())) continue;
    seen.add(ref.toLowerCase());
    if (isRowId(ref)) {
      rows.push({ id: ref, name: roleNamePrompt(role), role });
      continue;
    }
    const id = nextFreeId(prefix, ids);
    ids.push(id);
    rows.push(ref.startsWith('@') ? { id, name: roleNamePrompt(role), role, handle: ref } : { id, name: ref, role });
  }
  return rows;
}

/**
 * Registers whose new rows, as a template or a fix writes them (open, planned, not met), the
 * plan's stage would report: open risks, issues and corrective actions in a closed plan,
 * handovers not accepted and early life support not met from closure on.
 */
export function unsettledAtStage(plan: Plan): RegisterKind[] {
  const stage = plan.meta.stage ?? 'initiation';
  const out: RegisterKind[] = [];
  if (stage === 'closed') out.push('risks', 'issues', 'correctiveActions');
  if (stageIndex(stage) >= stageIndex('closure')) out.push('handovers', 'earlyLifeSupport');
  return out;
}

/**
 * The registers of `unsettledAtStage`, Go-live readiness (not met) once go-live is near, and
 * Milestones once go-live has passed: the Go-live milestone a template writes is then past its
 * date and not Done, which only the author can settle.
 */
function unsettledRegisters(plan: Plan, config: HandoffConfig, asOf: IsoDate): RegisterKind[] {
  const out = unsettledAtStage(plan);
  const stage = plan.meta.stage ?? 'initiation';
  if (stageIndex(stage) >= stageIndex('control') && readinessPhase(plan, config, asOf)) out.push('goLiveReadiness');
  const goLive = plan.meta.dates.goLive;
  if (goLive && goLive < asOf) out.push('milestones');
  return out;
}

/** A date the plan can use for new rows: go-live when it is still ahead, else two weeks on. */
export function plannedDate(plan: Plan, asOf: IsoDate): IsoDate {
  return newRowDate(plan.meta.dates.goLive, asOf);
}

/**
 * What a register or section template needs from this plan so that inserting it adds no
 * finding: its people, its dates, its core roles as stakeholders, one handover per process the
 * transition type requires, the readiness criteria it requires, a first status entry dated today
 * with the plan's health. What the plan does not say yet is not made up: with no go-live date,
 * no Go-live milestone and no handover date. Several rules' fixes ask for it on one lint: it is
 * worked out once per plan, configuration and date.
 */
export const templateFill: (plan: Plan, config: HandoffConfig, asOf: IsoDate) => TemplateFill =
  perLint(buildTemplateFill);

function buildTemplateFill(plan: Plan, config: HandoffConfig, asOf: IsoDate): TemplateFill {
  const listed =
    rankPeople(plan, undefined, ['projectManager', 'sponsor', 'serviceOwner'], 1)[0]?.ref ??
    plan.rows('stakeholders').find((r) => r.id)?.id;
  const date = plannedDate(plan, asOf);
  const rows: Partial<Record<RegisterKind, Record<string, string>[]>> = {};
  const noStakeholders = plan.rows('stakeholders').length === 0;
  let person = listed;
  if (noStakeholders) {
    const people = coreStakeholderRows(plan);
    if (people.length) rows.stakeholders = people;
    // Inserted together with the Stakeholders table, other registers name its people.
    person = (people.find((p) => p.role === 'Project manager') ?? people[0])?.id;
  }
  // With nobody listed, no reference resolves and none is reported: the front matter's people stand in.
  const fallbackOwner = noStakeholders ? (plan.meta.serviceOwner ?? plan.meta.projectManager) : undefined;
  const type = plan.meta.transitionType;
  const processes = type ? (config.requiredHandovers[type] ?? []) : [];
  // Dated by the go-live date: a plan without one has its handovers to date, and its milestones to write.
  const goLive = plan.meta.dates.goLive;
  if (processes.length) {
    const prefix = registerSpec('handovers').idPrefix ?? 'H';
    rows.handovers = processes.map((process, i) => ({
      id: rowId(prefix, i + 1),
      process,
      handedOver: `Operation of the service under ${process}`,
      receivingOwner:
        rankPeople(plan, process, ['serviceOwner', 'projectManager'], 1)[0]?.ref ?? person ?? fallbackOwner ?? '',
      planned: goLive ? date : 'TBC',
      status: 'Planned',
    }));
  }
  // The criteria go-live-readiness will ask of this plan: its transition type's in the configuration.
  rows.goLiveReadiness = readinessRows(readinessCriteria(plan, config).map((c) => c.criterion));
  // A first entry with the plan's health; with none reported yet, none (not a made-up Green).
  rows.statusLog = [{ date: asOf, health: plan.meta.health ? HEALTH_NAMES[plan.meta.health] : '' }];
  // The plan's own go-live date, even when it has passed: a date made up after it could fall after
  // dates.close, and whether go-live was reached is for the author to say (milestone-overdue asks).
  if (goLive) rows.milestones = [{ milestone: 'Go-live', baseline: goLive, forecast: goLive }];
  // One budget line holding the approved budget, so that an inserted register agrees with it: what
  // it is for is the line's prompt, and its Actual, as the schema's example, is left for the author.
  const approved = plan.meta.budget.approved;
  if (approved !== undefined && approved > 0) {
    rows.resourceConsumption = [{ approved: String(approved), forecast: String(approved) }];
  }
  rows.signOff = signOffRows(plan);
  const stage = plan.meta.stage ?? 'initiation';
  return {
    person,
    date,
    rows,
    skip: plan.registers.map((r) => r.kind),
    pastGates: SECTION_SPECS.map((s) => s.kind).filter((k) => stageIndex(stage) >= stageIndex(DUE_FROM[k])),
    unsettled: unsettledRegisters(plan, config, asOf),
  };
}

/** A date `planDates` works out for a key the plan lacks, and what it is worked out from. */
export interface GuessedDate {
  readonly date: IsoDate;
  /** What it is worked out from (`30 days after go-live`); undefined for a date the plan writes. */
  readonly basis: string | undefined;
}

/**
 * `dates` for a plan that lacks some: what it has, else an envelope around its milestones
 * (start no later than the first, close no earlier than the last) so no milestone falls out.
 * A date worked out so is a guess, and says what from: a fix writing it is the author's to confirm.
 */
export function planDateGuesses(
  plan: Plan,
  asOf: IsoDate,
): { readonly start: GuessedDate; readonly go_live: GuessedDate; readonly close: GuessedDate } {
  const milestones = plan
    .rows('milestones')
    .flatMap((r) => [parseIsoDate(r.value('baseline')), parseIsoDate(r.value('forecast'))])
    .filter((d): d is IsoDate => d !== undefined)
    .sort();
  const d = plan.meta.dates;
  const first = milestones[0];
  const last = milestones[milestones.length - 1];
  const written = (date: IsoDate): GuessedDate => ({ date, basis: undefined });
  const start = d.start
    ? written(d.start)
    : first && first < asOf
      ? { date: first, basis: 'the first milestone' }
      : { date: asOf, basis: 'the as-of date' };
  const goLive = d.goLive ? written(d.goLive) : { date: addDays(start.date, 90), basis: '90 days after start' };
  const afterLast = last !== undefined && last > goLive.date;
  const close = d.close
    ? written(d.close)
    : {
        date: addDays(afterLast ? last : goLive.date, 30),
        basis: `30 days after ${afterLast ? 'the last milestone' : 'go-live'}`,
      };
  return { start, go_live: goLive, close };
}

/** `planDateGuesses`' dates alone. */
export function planDates(plan: Plan, asOf: IsoDate): { start: IsoDate; go_live: IsoDate; close: IsoDate } {
  const g = planDateGuesses(plan, asOf);
  return { start: g.start.date, go_live: g.go_live.date, close: g.close.date };
}

/** Sign-off rows for the sponsor and the service owner, Pending: only they can approve. */
export function signOffRows(plan: Plan): Record<string, string>[] {
  // A person the Stakeholders table does not list is missing-core-role's finding; a row naming
  // them would only repeat it (with nobody listed, no reference is checked yet).
  const usable = (ref: string | undefined): ref is string =>
    !!ref && (plan.rows('stakeholders').length === 0 || plan.person(ref) !== undefined);
  const rows: Record<string, string>[] = [];
  for (const key of ['sponsor', 'serviceOwner'] as const) {
    const ref = plan.meta[key];
    if (usable(ref)) rows.push({ role: PERSON_ROLE_NAMES[key], stakeholder: ref, decision: 'Pending' });
  }
  return rows;
}
