/**
 * risk-without-mitigation on a Risks table without a Response column (it is optional: a UK
 * risk register often has ID, Risk, Likelihood, Impact, Owner, Mitigation, Status): the finding
 * asks for the mitigation, not for a Response the table has no column for.
 */
import assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../../server/src/engine/config.js';
import { createPlanEngine } from '../../server/src/engine/index.js';
import { initiationHead } from './planText.js';

const engine = createPlanEngine();

function plan(header: string, row: string): string {
  return [
    ...initiationHead({ id: 'TP-2027-405', title: 'Visitor management', service: 'Visitor Management', type: 'new' }),
    '## Project Initiation',
    '### Stakeholders',
    '| ID | Name | Role |',
    '| --- | --- | --- |',
    '| S-01 | Gareth Hughes | Sponsor |',
    '### Risks',
    header,
    header.replace(/[^|]+/g, ' --- '),
    row,
    '',
  ].join('\n');
}

function messages(text: string): string[] {
  return engine
    .lintDocument('r.plan.md', text, { config: DEFAULT_CONFIG, asOf: '2027-01-20' })
    .findings.filter((f) => f.rule === 'risk-without-mitigation')
    .map((f) => f.message);
}

describe('risk-without-mitigation: a Risks table without a Response column', () => {
  it('asks for the mitigation, and says how an accepted risk is written', () => {
    const text = plan(
      '| ID | Risk | Likelihood | Impact | Owner | Mitigation | Status |',
      '| R-04 | Supplier data centre not certified | L | H | S-01 | TBC – awaiting supplier response | Open |',
    );
    assert.deepEqual(messages(text), [
      'Risk R-04 is open with no mitigation: write what reduces its likelihood or impact in the Mitigation cell. A risk knowingly taken as it is needs none: say so with a Response column reading Accept.',
    ]);
  });

  it('still asks for a Response where the column is there and left empty', () => {
    const text = plan(
      '| ID | Risk | Likelihood | Impact | Owner | Response | Mitigation | Status |',
      '| R-04 | Supplier data centre not certified | L | H | S-01 | | TBC | Open |',
    );
    assert.deepEqual(messages(text), [
      'Risk R-04 is open with no response and no mitigation: choose a Response and write the action that carries it out in the Mitigation cell.',
    ]);
  });
});
