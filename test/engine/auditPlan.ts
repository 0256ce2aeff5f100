/**
 * The plan a practitioner audit's tests build around the references they check: its front
 * matter, a Stakeholders table of the rows given, a Risks register with one risk per owner given
 * and, when approvers are given, a Decisions register with one decision per approver.
 */
export interface AuditPlan {
  readonly id: string;
  readonly title: string;
  readonly service: string;
  readonly transitionType?: string;
  /** Front-matter lines after `stage`; without them, the sponsor, service owner and project manager are S-01 to S-03. */
  readonly front?: readonly string[];
  /** The Stakeholders table's rows under `| ID | Name | Role | Team |`. */
  readonly listed: readonly string[];
  readonly owners: readonly string[];
  /** What each owner's risk is, and its mitigation. */
  readonly risk: readonly [risk: string, mitigation: string];
  readonly approvers?: readonly string[];
  /** What each approver approved, and when. */
  readonly decision?: readonly [decision: string, date: string];
  /** Lines after the registers (another section, say). */
  readonly after?: readonly string[];
}

export function auditPlan(p: AuditPlan): string {
  const { front = [], approvers = [], after = [] } = p;
  const [risk, mitigation] = p.risk;
  const [decision, date] = p.decision ?? ['Go-live approved', '2027-01-15'];
  return [
    '---',
    'schema: transition-plan/1',
    `id: ${p.id}`,
    `title: ${p.title}`,
    `service: ${p.service}`,
    `transition_type: ${p.transitionType ?? 'transfer'}`,
    'stage: initiation',
    ...(front.length > 0 ? front : ['sponsor: S-01', 'service_owner: S-02', 'project_manager: S-03']),
    '---',
    '',
    `# ${p.title}`,
    '',
    '## Project Initiation',
    '',
    '### Stakeholders',
    '',
    '| ID | Name | Role | Team |',
    '| --- | --- | --- | --- |',
    ...p.listed,
    '',
    '### Risks',
    '',
    '| ID | Risk | L | I | Owner | Mitigation | Status |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...p.owners.map(
      (owner, i) => `| R-${String(i + 1).padStart(2, '0')} | ${risk} | M | M | ${owner} | ${mitigation} | Open |`,
    ),
    '',
    ...(approvers.length > 0
      ? [
          '### Decisions',
          '',
          '| ID | Decision | Type | Approved by | Date | Status |',
          '| --- | --- | --- | --- | --- | --- |',
          ...approvers.map((a, i) => `| D-0${i + 1} | ${decision} | Other | ${a} | ${date} | Approved |`),
          '',
        ]
      : []),
    ...after,
  ].join('\n');
}

/**
 * The plan builder of an audit whose tests vary only the owners, the listed rows (`listed` unless
 * given) and the approvers: `auditPlan` with the audit's fixed parts.
 */
export function auditPlanOf(
  fixed: Omit<AuditPlan, 'listed' | 'owners' | 'approvers'>,
  listed: readonly string[],
): (owners: readonly string[], others?: readonly string[], approvers?: readonly string[]) => string {
  return (owners, others = listed, approvers = []) => auditPlan({ ...fixed, listed: others, owners, approvers });
}
