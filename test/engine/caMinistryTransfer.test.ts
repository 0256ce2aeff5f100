/**
 * A transfer plan as a PMP-certified project manager in a Canadian provincial ministry writes it,
 * in Project Planning and Coordination (practitioner fixture
 * ca-ministry-servicedesk-transfer-planning): a milestone table exported from MS Project (Task
 * Name, Finish, Baseline Finish, Actual Finish, Predecessors by task number with link types and
 * lags, Status `Future Task`), the PMBOK Guide's register names, RACI headers written as a role
 * with its holder's initials, people written with their titles, and the Executive Committee.
 */
import assert from 'node:assert/strict';
import type { Finding } from '../../server/src/engine/types.js';
import { ruleFindings } from './ruleFindings.js';

function plan(body: readonly string[], stage = 'planning'): string {
  return [
    '---',
    'schema: transition-plan/1',
    'id: MCSH-IMB-2026-041',
    'title: Service desk transfer',
    'service: Service desk',
    'transition_type: transfer',
    `stage: ${stage}`,
    'health: green',
    'sponsor: Jennifer Kowalczyk',
    'service_owner: Marc-André Tremblay',
    'project_manager: Priya Sandhu',
    'change_ref: RFC-IMB-2026-0877',
    'dates: { start: 2026-09-08, go_live: 2027-06-01, close: 2027-09-30 }',
    'budget: { currency: CAD, approved: 2400000, contingency: 240000 }',
    '---',
    '',
    '# Service desk transfer',
    '',
    '## Project Initiation',
    '',
    '### Stakeholders',
    '',
    '| ID | Name | Title | Role |',
    '| --- | --- | --- | --- |',
    '| S-01 | Jennifer Kowalczyk | Assistant Deputy Minister (ADM), Corporate Services Division | Sponsor |',
    '| S-02 | Marc-André Tremblay | Executive Director, Information Management Branch (CIO) | Service owner |',
    '| S-03 | Priya Sandhu | Senior Project Manager | Project manager |',
    '| S-04 | David Okafor | Director, End-User Services | Transition manager |',
    '',
    ...body,
    '',
  ].join('\n');
}

function findings(text: string, rule: string, asOf = '2027-01-20'): Finding[] {
  return ruleFindings(text, rule, asOf);
}

/** A milestone table as MS Project exports it (Milestones filter), its rows after the header. */
const msProject = (...rows: string[]): string[] => [
  '## Project Planning and Coordination',
  '',
  '### Milestone schedule',
  '',
  '| ID | Task Name | Owner | Start | Finish | Baseline Finish | Actual Finish | % Complete | Predecessors | Status |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ...rows,
];

const raci = (header: string): string[] => [
  '## Project Planning and Coordination',
  '',
  '### RACI',
  '',
  `| Activity | ${header} | Project manager |`,
  '| --- | --- | --- |',
  '| Go/No-go for SCD | A | R |',
];

const decision = (approver: string): string[] => [
  '## Project Reporting and Communication',
  '',
  '### Decision log',
  '',
  '| ID | Decision | Type | Approved by | Date | Status |',
  '| --- | --- | --- | --- | --- | --- |',
  `| D-01 | Award the contract to LDS | Other | ${approver} | 2026-12-18 | Approved |`,
];

const messages = (text: string, rule: string): string[] => findings(text, rule).map((f) => f.message);

describe('a Canadian ministry’s service desk transfer plan in Project Planning and Coordination', () => {
  it('reads an MS Project export: Task Name, Baseline Finish, Finish as the forecast, Actual Finish, `Future Task`', () => {
    const text = plan(
      msProject(
        '| 3 | Contract awarded | Priya Sandhu | December 18, 2026 | December 18, 2026 | December 18, 2026 | December 18, 2026 | 100% | | Complete |',
        '| 12 | Exit plan accepted | Priya Sandhu | January 29, 2027 | February 12, 2027 | January 29, 2027 | NA | 50% | 3 | Future Task |',
      ),
      'control',
    );
    assert.deepEqual(messages(text, 'table-columns'), []);
    assert.deepEqual(messages(text, 'unreadable-value'), []);
    // Finish is where the date stands now, Baseline Finish where it was agreed: 14 days' slip.
    const [slip, ...more] = findings(text, 'schedule-slip');
    assert.equal(more.length, 0);
    assert.match(slip!.message, /\b12\b.*14 days/);
    // Not started (Future Task), with its Finish before the as-of date: overdue.
    assert.deepEqual(
      findings(text, 'milestone-overdue', '2027-02-15').map((f) => /Milestone (\d+)/.exec(f.message)?.[1]),
      ['12'],
    );
    // A milestone reached counts from its Actual Finish: reached after the one that waits for it.
    const late = text.replace('| December 18, 2026 | 100% | | Complete |', '| February 20, 2027 | 100% | | Complete |');
    assert.match(messages(late, 'milestone-order').join('\n'), /Milestone 12 .* before 3 .*2027-02-20/);
  });

  it('reads Predecessors by MS Project task number, with its link types and lags', () => {
    const row = (id: string, finish: string, preds: string) =>
      `| ${id} | Milestone ${id} | Priya Sandhu | ${finish} | ${finish} | ${finish} | NA | 0% | ${preds} | Future Task |`;
    const text = plan(
      msProject(
        row('12', 'January 29, 2027', ''),
        row('15', 'January 29, 2027', ''),
        row('18', 'February 10, 2027', '12,15'),
        row('27', 'April 16, 2027', '18FS+5 days'),
        row('31', 'April 30, 2027', '27SS; 99'),
      ),
    );
    assert.deepEqual(messages(text, 'unresolved-reference'), [
      'Milestone 31 depends on 99, which is not in the Milestones table. Use the ID of a listed milestone, or add the milestone.',
    ]);
    // Read as dependencies: a milestone due before one it waits for is out of order.
    const early = text.replace(
      row('27', 'April 16, 2027', '18FS+5 days'),
      row('27', 'February 1, 2027', '18FS+5 days'),
    );
    assert.deepEqual(
      findings(early, 'milestone-order').map((f) => /Milestone (\d+) .* before (\d+)/.exec(f.message)?.slice(1)),
      [['27', '18']],
    );
    // A lead (a negative lag) lets it fall before the one it names.
    assert.deepEqual(messages(early.replace('18FS+5 days', '18FS-10 days'), 'milestone-order'), []);
  });

  it('finds the PMBOK Guide’s names: Responsibility Assignment Matrix (RACI), Communications Management Plan', () => {
    const text = plan([
      '## Project Planning and Coordination',
      '',
      '### 2.2 Responsibility Assignment Matrix (RACI)',
      '',
      '| Activity | Sponsor | Project manager |',
      '| --- | --- | --- |',
      '| Go/No-go for SCD | A | A/R |',
      '',
      '## Project Reporting and Communication',
      '',
      '### Communications Management Plan',
      '',
      '| Audience | Channel | Frequency | Owner |',
      '| --- | --- | --- | --- |',
      '| Executive Committee | Briefing note | Monthly | Priya Sandhu |',
    ]);
    assert.deepEqual(
      findings(text, 'missing-register')
        .map((f) => f.message)
        .filter((m) => /Responsibilities/.test(m)),
      [],
    );
    assert.deepEqual(messages(text, 'missing-communication-plan'), []);
    // Read: its two Accountables are reported.
    assert.equal(findings(text, 'raci-accountability').length, 1);
  });

  it('reads a RACI header written as a role with its holder’s initials: `Sponsor (JK)`', () => {
    assert.deepEqual(messages(plan(raci('Sponsor (JK)')), 'unresolved-reference'), []);
    assert.deepEqual(messages(plan(raci('Transition manager (DO)')), 'unresolved-reference'), []);
    // Someone else's initials beside the role name nobody.
    assert.equal(findings(plan(raci('Sponsor (DO)')), 'unresolved-reference').length, 1);
  });

  it('suggests whom the initials in a header’s note name when its title is not a role: `ADM (JK)`', () => {
    const [finding, ...more] = findings(plan(raci('ADM (JK)')), 'unresolved-reference');
    assert.equal(more.length, 0);
    assert.match(finding!.message, /Did you mean Jennifer Kowalczyk \(S-01\)\?/);
    assert.deepEqual(
      finding!.fixes?.map((f) => f.title),
      ['Replace with "Jennifer Kowalczyk"'],
    );
  });

  it('reads a person written with their own title: `Jennifer Kowalczyk, ADM`, `Marc-André Tremblay, Executive Director`', () => {
    for (const approver of ['Jennifer Kowalczyk, ADM', 'Marc-André Tremblay, Executive Director']) {
      assert.deepEqual(messages(plan(decision(approver)), 'unresolved-reference'), [], approver);
    }
    // Another stakeholder's title is not theirs: two people, one of them unlisted.
    assert.equal(findings(plan(decision('Jennifer Kowalczyk, CIO')), 'unresolved-reference').length, 1);
  });

  it('takes the Executive Committee for a board: the person who answers for it is asked for', () => {
    assert.match(
      messages(plan(decision('Executive Committee')), 'unresolved-reference').join('\n'),
      /"Executive Committee" is a board, not a person: name the one person who answers for it/,
    );
    assert.deepEqual(messages(plan(decision('Executive Committee (Jennifer Kowalczyk)')), 'unresolved-reference'), []);
    // Who answered for it, written with her own title, is her too; another's title is not hers.
    assert.deepEqual(
      messages(plan(decision('Executive Committee (Jennifer Kowalczyk, ADM)')), 'unresolved-reference'),
      [],
    );
    assert.equal(
      findings(plan(decision('Executive Committee (Jennifer Kowalczyk, CIO)')), 'unresolved-reference').length,
      1,
    );
  });
});
