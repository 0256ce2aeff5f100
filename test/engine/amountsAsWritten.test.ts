/**
 * Amounts in a Resource consumption table as finance writes them in India (rupees grouped in
 * lakhs and crores, `Rs.`, `₹ lakh` columns), in the Nordics (`MSEK`) and in Germany (`TEUR`):
 * read, summed against the budget, and never reported as unreadable.
 */
import assert from 'node:assert/strict';
import type { Finding } from '../../server/src/engine/types.js';
import { ruleFindings } from './ruleFindings.js';

function plan(currency: string, approved: number, header: string, rows: readonly string[]): string {
  return [
    '---',
    'schema: transition-plan/1',
    'id: TP-AMOUNTS-01',
    'title: Move the claims platform',
    'service: Claims platform',
    'transition_type: change',
    'stage: control',
    'health: green',
    'sponsor: S-01',
    'service_owner: S-01',
    'project_manager: S-02',
    'dates: { start: 2026-03-02, go_live: 2026-10-16, close: 2026-12-18 }',
    `budget: { currency: ${currency}, approved: ${approved}, contingency: 0 }`,
    'tolerances: { cost_pct: 10, schedule_days: 10 }',
    '---',
    '',
    '# Move the claims platform',
    '',
    '## Project Initiation',
    '',
    '### Stakeholders',
    '',
    '| ID | Name | Role |',
    '| --- | --- | --- |',
    '| S-01 | Anita Deshpande | Sponsor |',
    '| S-02 | Rahul Menon | Project manager |',
    '',
    '## Project Control',
    '',
    '### Resource consumption',
    '',
    header,
    '| --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

function findings(text: string, rule: string): Finding[] {
  return ruleFindings(text, rule, '2026-09-28');
}

describe('amounts as finance writes them across the world', () => {
  const cases: [string, string, number, string, string[], RegExp][] = [
    [
      'rupees grouped in lakhs and crores, with Rs. and ₹',
      'INR',
      12500000,
      '| Line | Approved | Actual | Forecast |',
      [
        '| Vendor services | ₹ 1,00,00,000 | Rs. 62,40,000 | Rs 1,10,00,000 |',
        '| Licences | 25,00,000 | 18.5 lakh | ₹30 lakhs |',
      ],
      /INR 14,000,000/,
    ],
    [
      'a column in lakhs of rupees',
      'INR',
      12500000,
      '| Line | Approved (₹ in lakhs) | Actual (₹ in lakhs) | Forecast (₹ in lakhs) |',
      ['| Vendor services | 100 | 62.4 | 110 |', '| Licences | 25 | 18.5 | 30 |'],
      /INR 14,000,000/,
    ],
    [
      'a scale letter before the code, as Nordic finance writes it',
      'SEK',
      12000000,
      '| Line | Approved (MSEK) | Actual (MSEK) | Forecast |',
      ['| Migration | 9,5 | 6,1 | 11,5 MSEK |', '| Training | 2,5 | 0,8 | 2,5 MSEK |'],
      /SEK 14,000,000/,
    ],
    [
      'thousands of euros written TEUR and T€, as German finance writes them',
      'EUR',
      1200000,
      '| Line | Approved | Actual | Forecast |',
      ['| Migration | 950 TEUR | 610 T€ | 1150 TEUR |', '| Training | 250 Tsd. € | 80 TEUR | 250 T€ |'],
      /EUR 1,400,000/,
    ],
    [
      'rand written R, and a million written out, as South African finance writes them',
      'ZAR',
      3000000,
      '| Line | Approved | Actual | Forecast |',
      ['| Migration | R2,4 million | R 1 850 000 | R2.9m |', '| Training | R 600 000 | R 250 000 | R 0.6 million |'],
      /ZAR 3,500,000/,
    ],
  ];
  for (const [what, currency, approved, header, rows, total] of cases) {
    it(`reads ${what}, and sums them against the budget`, () => {
      const text = plan(currency, approved, header, rows);
      assert.deepEqual(
        findings(text, 'unreadable-value').map((f) => f.message),
        [],
      );
      assert.deepEqual(
        findings(text, 'table-columns').map((f) => f.message),
        [],
      );
      const over = findings(text, 'cost-overrun');
      assert.equal(over.length, 1, what);
      assert.match(over[0]!.message, total, over[0]!.message);
    });
  }
  it('has cases', () => assert.ok(cases.length >= 4));

  it('asks which a point is in thousands of euros (`1.150 TEUR`) instead of reading 1,150 euros', () => {
    const text = plan('EUR', 1200000, '| Line | Approved | Actual | Forecast |', [
      '| Migration | 950 TEUR | 610 T€ | 1.150 TEUR |',
    ]);
    const [unread, ...more] = findings(text, 'unreadable-value');
    assert.equal(more.length, 0);
    assert.match(unread!.message, /"1\.150 TEUR".*decimal point or a thousands separator/);
    assert.deepEqual(findings(text, 'cost-overrun'), []);
  });
});
