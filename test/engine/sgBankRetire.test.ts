/**
 * A retirement plan as the transition manager of an IT services firm in Singapore and India
 * writes it for a regional bank, in Project Control (practitioner fixture
 * sg-bank-tradefinance-retire-control): roles with a note that holds an ampersand, amounts in
 * `S$` and `$` in a plan budgeted in SGD, a `Weekly highlight report`, and statuses written
 * `Yet to start` and `Work in progress`.
 */
import assert from 'node:assert/strict';
import type { Finding } from '../../server/src/engine/types.js';
import { ruleFindings } from './ruleFindings.js';

function plan(body: readonly string[], currency = 'SGD', role = 'Sponsor'): string {
  return [
    '---',
    'schema: transition-plan/1',
    'id: TP-SG-TF-2026-07',
    'title: Decommission TradeLink TF',
    'service: TradeLink TF 5.2',
    'transition_type: retire',
    'stage: control',
    'health: green',
    'sponsor: Lim Siew Ling',
    'service_owner: Tan Wei Ming',
    'project_manager: Rajesh Iyer',
    'change_ref: CHG0101457',
    'dates: { start: 2026-03-02, go_live: 2026-10-16, close: 2026-12-18 }',
    `budget: { currency: ${currency}, approved: 1200000, contingency: 120000 }`,
    '---',
    '',
    '# Decommission TradeLink TF',
    '',
    '## Project Initiation',
    '',
    '### Stakeholders',
    '',
    '| ID | Name | Role |',
    '| --- | --- | --- |',
    `| S-01 | Ms Lim Siew Ling | ${role} |`,
    '| S-02 | Tan Wei Ming | Service owner |',
    '| S-03 | Rajesh Iyer | Project manager |',
    '',
    ...body,
    '',
  ].join('\n');
}

function findings(text: string, rule: string, asOf = '2026-09-28'): Finding[] {
  return ruleFindings(text, rule, asOf);
}

const spend = (header: string, ...rows: string[]): string[] => [
  '## Project Control',
  '',
  '### Budget tracking',
  '',
  header,
  '| --- | --- | --- | --- |',
  ...rows,
];

describe('a Singapore bank retirement plan in Project Control', () => {
  it('reads a role whose note holds an ampersand as one role: `Sponsor (Head of Trade & Supply Chain)`', () => {
    const raci = [
      '## Project Planning and Coordination',
      '',
      '### RACI',
      '',
      '| Activity | Sponsor | Service owner | Project manager |',
      '| --- | --- | --- | --- |',
      '| Switch-off | A | C | R |',
    ];
    const noted = plan(raci, 'SGD', 'Sponsor (MD, Head of Trade & Supply Chain Operations)');
    assert.deepEqual(
      findings(noted, 'unresolved-reference').map((f) => f.message),
      [],
    );
    // An ampersand between two roles, outside any note, still names both.
    const two = plan(raci, 'SGD', 'Sponsor & Service owner (interim)').replace(
      '| S-02 | Tan Wei Ming | Service owner |',
      '| S-02 | Tan Wei Ming | Head of TF applications |',
    );
    assert.deepEqual(
      findings(two, 'unresolved-reference').map((f) => f.message),
      [],
    );
  });

  it('reads `S$` as SGD, in a cell and in a header note', () => {
    for (const header of [
      '| Line | Approved | Actual | Forecast |',
      '| Line | Approved (S$) | Actual (S$) | Forecast |',
    ]) {
      const text = plan(spend(header, '| Archive licence | S$ 1.2m | S$ 310k | S$1.45m |'));
      assert.deepEqual(findings(text, 'unreadable-value'), [], header);
      assert.deepEqual(findings(text, 'table-columns'), [], header);
      const [over, ...more] = findings(text, 'cost-overrun');
      assert.equal(more.length, 0, header);
      assert.match(over!.message, /SGD 1,450,000/, header);
    }
  });

  it('reads `$` as the plan’s own dollar (SGD), and still reports it in a plan budgeted in GBP', () => {
    for (const header of ['| Line | Approved | Actual | Forecast |', '| Line | Approved ($k) | Actual | Forecast |']) {
      const approved = header.includes('$k') ? '1,200' : '$1.2m';
      const row = `| ITAD disposal | ${approved} | $60k | $1.45m |`;
      const sgd = plan(spend(header, row));
      assert.deepEqual(findings(sgd, 'unreadable-value'), [], header);
      assert.match(findings(sgd, 'cost-overrun')[0]!.message, /SGD 1,450,000/, header);
      const gbp = findings(plan(spend(header, row), 'GBP'), 'unreadable-value');
      assert.ok(gbp.length > 0, header);
      assert.ok(
        gbp.every((f) => /in USD/.test(f.message)),
        gbp.map((f) => f.message).join('\n'),
      );
    }
    // A currency written out is that currency, whatever the plan's: US$ in an SGD plan is reported.
    const usd = findings(
      plan(spend('| Line | Approved | Actual | Forecast |', '| Licences | US$60k | - | $60k |')),
      'unreadable-value',
    );
    assert.deepEqual(
      usd.map((f) => /"US\$60k".*in USD/.test(f.message)),
      [true],
    );
  });

  it('reads a `Weekly highlight report` as the Status log', () => {
    const text = plan([
      '## Project Reporting and Communication',
      '',
      '### Weekly highlight report',
      '',
      '| W/E | Overall RAG | Summary |',
      '| --- | --- | --- |',
      '| 25-Sep-2026 | Amber | DR de-registration moved after the quarter-end freeze |',
    ]);
    assert.deepEqual(findings(text, 'missing-status-report'), []);
    // Read, so health-mismatch compares it with the front matter's green.
    assert.equal(findings(text, 'health-mismatch').length, 1);
  });

  it('reads `Yet to start` and `Work in progress` as trackers in India and Singapore write them', () => {
    const text = plan([
      '## Project Planning and Coordination',
      '',
      '### Milestone plan',
      '',
      '| ID | Milestone | Owner | Baseline | Status |',
      '| --- | --- | --- | --- | --- |',
      '| M-01 | DR de-registration | Tan Wei Ming | 25-Sep-2026 | Yet to start |',
      '| M-02 | Archive UAT signed off | Tan Wei Ming | 18-Sep-2026 | Work in progress |',
      '',
      '## Project Control',
      '',
      '### Issues',
      '',
      '| ID | Issue | Owner | Status |',
      '| --- | --- | --- | --- |',
      '| I-01 | 14 search defects in the archive | Tan Wei Ming | Work in progress |',
      '',
      '### Corrective actions',
      '',
      '| ID | Action | Owner | Status |',
      '| --- | --- | --- | --- |',
      '| CA-01 | Re-plan DR de-registration | Rajesh Iyer | Yet to start |',
      '',
      '## Project Closure',
      '',
      '### Handovers',
      '',
      '| ID | Process | Receiving owner | Acceptance criteria | Planned | Status |',
      '| --- | --- | --- | --- | --- | --- |',
      '| H-01 | Access Management | Tan Wei Ming | Zero active IDs | 23-Sep-2026 | Yet to start |',
    ]);
    assert.deepEqual(
      findings(text, 'unreadable-value').map((f) => f.message),
      [],
    );
    assert.deepEqual(
      findings(text, 'milestone-overdue').map((f) => /M-0\d/.exec(f.message)?.[0]),
      ['M-01', 'M-02'],
    );
    assert.equal(findings(text, 'handover-overdue').length, 1);
  });
});
