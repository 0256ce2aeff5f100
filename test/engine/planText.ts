/** The text of a small plan for a rule test: its front matter, its title, one section and one register. */
export function planText(options: {
  readonly stage?: string;
  readonly health?: string;
  readonly section: string;
  readonly register: string;
  /** The register's lines (a table, a list, or what a test writes there). */
  readonly lines: readonly string[];
  /** Lines after the register (another heading, say). */
  readonly after?: readonly string[];
  readonly eol?: string;
}): string {
  const { stage = 'planning', health, section, register, lines, after = [], eol = '\n' } = options;
  return [
    '---',
    'schema: transition-plan/1',
    'id: TP-1',
    'title: T',
    `stage: ${stage}`,
    ...(health ? [`health: ${health}`] : []),
    '---',
    '',
    '# T',
    '',
    `## ${section}`,
    '',
    `### ${register}`,
    '',
    ...lines,
    '',
    ...after,
  ].join(eol);
}

/** A planning plan (health green) whose Status log has these rows under Date, Health and Summary. */
export function statusLogPlan(rows: readonly string[], eol = '\n'): string {
  const lines = ['| Date | Health | Summary |', '| --- | --- | --- |', ...rows];
  return planText({
    health: 'green',
    section: 'Project Reporting and Communication',
    register: 'Status log',
    lines,
    eol,
  });
}

/**
 * The front matter of a plan at initiation, its title after it: every key initiation needs, its
 * core roles all S-01 (a Stakeholders table the test writes names who that is).
 */
export function initiationHead(plan: { id: string; title: string; service: string; type: string }): string[] {
  return [
    '---',
    'schema: transition-plan/1',
    `id: ${plan.id}`,
    `title: ${plan.title}`,
    `service: ${plan.service}`,
    `transition_type: ${plan.type}`,
    'stage: initiation',
    'sponsor: S-01',
    'service_owner: S-01',
    'project_manager: S-01',
    '---',
    `# ${plan.title}`,
  ];
}
