/**
 * A change plan as a Release Train Engineer of a SAFe Agile Release Train at a Nordic telecom
 * operator writes it, in Project Initiation (practitioner fixture
 * nordic-telco-safe-change-initiation): risks exported from Jira with their Key, ROAMed at PI
 * Planning (Resolved, Owned, Accepted, Mitigated) in a column headed ROAM.
 */
import assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../../server/src/engine/config.js';
import { createPlanEngine } from '../../server/src/engine/index.js';
import type { Finding } from '../../server/src/engine/types.js';

const engine = createPlanEngine();

function plan(risks: readonly string[]): string {
  return [
    '---',
    'schema: transition-plan/1',
    'id: NRD-ART-SELF-2027-01',
    'title: Self-care to NCP',
    'service: Mitt Nordlys self-care',
    'transition_type: change',
    'stage: initiation',
    'sponsor: Karin Lindqvist',
    'service_owner: Mikko Häkkinen',
    'project_manager: Anneli Korhonen',
    '---',
    '',
    '# Self-care to NCP',
    '',
    '## Project Initiation',
    '',
    '### Stakeholders',
    '',
    '| ID | Name | Role |',
    '| --- | --- | --- |',
    '| S-01 | Karin Lindqvist | Sponsor |',
    '| S-02 | Mikko Häkkinen | Service owner |',
    '| S-03 | Anneli Korhonen | Project manager |',
    '',
    '### Risks',
    '',
    ...risks,
    '',
  ].join('\n');
}

function findings(text: string, rule?: string): Finding[] {
  return engine
    .lintDocument('p.plan.md', text, { asOf: '2027-01-20', config: DEFAULT_CONFIG })
    .findings.filter((f) => rule === undefined || f.rule === rule);
}

/** A Risks table headed as a ROAM board's Jira export, its rows after the header. */
const roam = (...rows: string[]): string[] => [
  '| Key | Summary | Likelihood | Impact | Assignee | ROAM | Mitigation |',
  '| --- | --- | --- | --- | --- | --- | --- |',
  ...rows,
];

describe('A SAFe ART transition plan (Nordic telecom, initiation)', () => {
  it("reads a risk's Jira Key (or Issue key) as its ID", () => {
    for (const key of ['Key', 'Issue key']) {
      const text = plan([
        `| ${key} | Summary | Likelihood | Impact | Assignee | Status | Mitigation |`,
        '| --- | --- | --- | --- | --- | --- | --- |',
        '| SELF-1310 | BSS team has no capacity for the payment API | 4 | 5 | Karin Lindqvist | Open | |',
      ]);
      assert.deepEqual(findings(text, 'table-columns'), [], key);
      const [open] = findings(text, 'risk-without-mitigation');
      assert.match(open!.message, /^Risk SELF-1310 /, key);
    }
  });

  it("reads an issue's and a corrective action's Jira Key as their ID too, as the same tracker keeps them", () => {
    const text =
      plan(roam()).replace('stage: initiation', 'stage: control') +
      [
        '## Project Control',
        '',
        '### Issues',
        '',
        '| Key | Issue | Owner | Status |',
        '| --- | --- | --- | --- |',
        '| SELF-1401 | Test data for the dark launch not masked | Mikko Häkkinen | Open |',
        '',
        '### Corrective actions',
        '',
        '| Issue key | Action | Owner | Status |',
        '| --- | --- | --- | --- |',
        '| SELF-1402 | Mask the dark-launch data set | Anneli Korhonen | Open |',
        '',
      ].join('\n');
    const result = engine.lintDocument('p.plan.md', text, { asOf: '2027-01-20', config: DEFAULT_CONFIG });
    assert.deepEqual(
      result.plan!.rows('issues').map((r) => r.id),
      ['SELF-1401'],
    );
    assert.deepEqual(
      result.plan!.rows('correctiveActions').map((r) => r.id),
      ['SELF-1402'],
    );
    assert.deepEqual(
      result.findings.filter((f) => f.rule === 'table-columns').map((f) => f.message),
      [],
    );
  });

  it('reads a column headed ROAM as the Status: Owned, Accepted and Mitigated risks are open, a Resolved one is closed', () => {
    const text = plan(
      roam(
        '| SELF-1310 | BSS team has no capacity for the payment API | 4 | 5 | Karin Lindqvist | Owned | |',
        '| SELF-1312 | Invoice amounts differ in the dark launch | 3 | 3 | Mikko Häkkinen | Resolved | |',
        '| SELF-1315 | NCP run cost above the business case | 2 | 3 | Mikko Häkkinen | Mitigated | |',
      ),
    );
    assert.deepEqual(findings(text, 'table-columns'), []);
    assert.deepEqual(findings(text, 'unreadable-value'), []);
    // Owned says who, not what is done: the owner still has to write the action.
    const open = findings(text, 'risk-without-mitigation');
    assert.deepEqual(
      open.map((f) => f.message),
      [
        'Risk SELF-1310 is open with no mitigation: write what reduces its likelihood or impact in the Mitigation cell. A risk knowingly taken as it is needs none: ROAM it Accepted.',
        'Risk SELF-1315 is open with response Mitigated but no action in its Mitigation cell: describe what reduces its likelihood or impact.',
      ],
    );
  });

  it('takes a risk ROAMed Accepted as accepted: it needs no mitigation', () => {
    const text = plan(
      roam('| SELF-1313 | Legal questions on customer data in AWS | 2 | 4 | Mikko Häkkinen | Accepted | |'),
    );
    assert.deepEqual(findings(text, 'risk-without-mitigation'), []);
    assert.deepEqual(findings(text, 'unreadable-value'), []);
  });

  it('reads a Response written Accepted or Mitigated as Accept or Reduce', () => {
    const text = plan([
      '| ID | Risk | Likelihood | Impact | Owner | Response | Mitigation | Status |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
      '| R-01 | Legal questions on customer data in AWS | 2 | 4 | Mikko Häkkinen | Accepted | | Open |',
      '| R-02 | NCP run cost above the business case | 2 | 3 | Mikko Häkkinen | Mitigated | | Open |',
    ]);
    assert.deepEqual(findings(text, 'unreadable-value'), []);
    assert.deepEqual(
      findings(text, 'risk-without-mitigation').map((f) => f.message),
      [
        'Risk R-02 is open with response Mitigated but no action in its Mitigation cell: describe what reduces its likelihood or impact.',
      ],
    );
  });

  it('still asks about Mitigated and Accepted under a Status header, where they may mean Open or Closed', () => {
    const text = plan([
      '| ID | Risk | Likelihood | Impact | Owner | Status | ROAM | Mitigation |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
      '| R-01 | NCP run cost above the business case | 2 | 3 | Mikko Häkkinen | Mitigated | Mitigated | FinOps review each PI |',
    ]);
    // The Status column is the one read; ROAM beside it is an extra column.
    assert.deepEqual(
      findings(text, 'unreadable-value').map((f) => f.range.start.line),
      [text.split('\n').findIndex((l) => l.startsWith('| R-01'))],
    );
  });
});
