/**
 * A retirement plan as a UK NHS trust's project manager writes it in the Reporting and
 * Communication stage (practitioner fixture uk-nhs-pas-retire-reporting): `stage: reporting`,
 * which names a section that runs alongside Project Control rather than a stage, and the spend
 * kept under a `Budget tracker (£)` heading.
 */
import assert from 'node:assert/strict';
import type { Finding } from '../../server/src/engine/types.js';
import { ruleFindings } from './ruleFindings.js';

function plan(stage: string, body: readonly string[] = []): string {
  return [
    '---',
    'schema: transition-plan/1',
    'id: TP-2027-012',
    'title: Retire the legacy PAS',
    'service: Patient Administration System',
    'transition_type: retire',
    `stage: ${stage}`,
    'health: green',
    'sponsor: Helen Marsh',
    'service_owner: Gareth Pryce',
    'project_manager: Sade Okafor',
    'change_ref: CHG0041872',
    'dates: { start: 2026-07-06, go_live: 2027-01-25, close: 2027-04-30 }',
    'budget: { currency: GBP, approved: 1200000, contingency: 85000 }',
    '---',
    '',
    '# Retire the legacy PAS',
    '',
    '## Project Initiation',
    '',
    '### Stakeholders',
    '',
    '| ID | Name | Role |',
    '| --- | --- | --- |',
    '| S-01 | Helen Marsh | Senior Responsible Owner (SRO) / Sponsor |',
    '| S-02 | Gareth Pryce | Service owner |',
    '| S-03 | Sade Okafor | Project manager |',
    '',
    ...body,
    '',
  ].join('\n');
}

function findings(text: string, rule: string): Finding[] {
  return ruleFindings(text, rule, '2027-01-14');
}

describe('a UK NHS retirement plan in Reporting and Communication', () => {
  it('suggests "control" for `stage: reporting`, saying why, as a fix to confirm, not preferred', () => {
    for (const written of ['reporting', 'Reporting and Communication', 'Project Reporting and Communication']) {
      const [f, ...more] = findings(plan(written), 'front-matter-schema');
      assert.equal(more.length, 0, written);
      assert.match(f!.message, /not a stage of its own: it runs alongside Project Control/, written);
      assert.match(f!.message, /Did you mean "control"\?/, written);
      assert.deepEqual(
        f!.fixes?.map((x) => [x.title, x.isPreferred, x.safe ?? false]),
        [['Replace with "control"', false, false]],
        written,
      );
    }
  });

  it('still takes a stage written as its own heading (`Project Control`) as that stage, safely', () => {
    const [f] = findings(plan('Project Control'), 'front-matter-schema');
    assert.doesNotMatch(f!.message, /not a stage of its own/);
    assert.deepEqual(
      f!.fixes?.map((x) => [x.title, x.safe ?? false]),
      [['Replace with "control"', true]],
    );
  });

  it('reads a `Budget tracker (£)` table as Resource consumption', () => {
    const text = plan('control', [
      '## Project Control',
      '',
      '### Budget tracker (£)',
      '',
      '| Line | Approved | Actual | Forecast | Owner |',
      '| --- | --- | --- | --- | --- |',
      '| Internal staff | £1.2m | £900k | £1.45m | Sade Okafor |',
    ]);
    const missing = findings(text, 'missing-register').filter((f) => /Resource consumption/.test(f.message));
    assert.deepEqual(
      missing.map((f) => f.message),
      [],
    );
    assert.equal(findings(text, 'cost-overrun').length, 1);
  });
});
