/**
 * ITIL process names (contract §3): each process in its ITIL 2011 and ITIL 4 forms, "&" for "and",
 * "Mgmt" for "Management", an abbreviation in parentheses or alone where it names one process;
 * the ITIL 4 practices that are not an ITIL 2011 process stay processes of their own.
 */
import assert from 'node:assert/strict';
import { closestItilProcessForm, findItilProcess, joinedItilProcesses } from '../../server/src/engine/itil.js';
import { DEFAULT_CONFIG } from '../../server/src/engine/config.js';
import { createPlanEngine } from '../../server/src/engine/index.js';

const READS: [string, string][] = [
  ['Change Management', 'Change Management'],
  ['Change enablement', 'Change Management'],
  // The change authority named for its process, as process interfaces often do.
  ['CAB', 'Change Management'],
  ['Change Advisory Board', 'Change Management'],
  ['Config management', 'Service Asset and Configuration Management'],
  ['Service configuration management', 'Service Asset and Configuration Management'],
  ['SACM', 'Service Asset and Configuration Management'],
  ['Release management', 'Release and Deployment Management'],
  ['Deployment management', 'Release and Deployment Management'],
  ['RDM', 'Release and Deployment Management'],
  ['Service request management', 'Request Fulfilment'],
  ['Monitoring and event management', 'Event Management'],
  ['Service Validation & Testing', 'Service Validation and Testing'],
  ['SVT', 'Service Validation and Testing'],
  ['Incident Mgmt', 'Incident Management'],
  ['Service Level Management (SLM)', 'Service Level Management'],
  ['SLM', 'Service Level Management'],
  ['Knowledge management practice', 'Knowledge Management'],
  ['KM', 'Knowledge Management'],
  ['ISM', 'Information Security Management'],
  ['BRM', 'Business Relationship Management'],
  ['SPM', 'Service Portfolio Management'],
  ['TPS', 'Transition Planning and Support'],
  ['ITSCM', 'IT Service Continuity Management'],
  // ITIL 4 practices of their own (contract §3): never read as the ITIL 2011 process beside them.
  ['IT asset management', 'IT Asset Management'],
  ['Organizational change management', 'Organizational Change Management'],
  ['Organisational change management', 'Organizational Change Management'],
  ['Service catalogue management', 'Service Catalogue Management'],
  ['Service continuity management', 'IT Service Continuity Management'],
  ['Problem management', 'Problem Management'],
  ['Architecture management', 'Architecture Management'],
  ['Measurement and reporting', 'Measurement and Reporting'],
  ['Workforce and talent management', 'Workforce and Talent Management'],
  ['Business analysis', 'Business Analysis'],
];

/** Abbreviations that name several processes (IM: Incident or Information security …) are not read. */
const UNREAD = ['IM', 'PM', 'CM', 'AM', 'RM', 'SCM', 'Operational acceptance', 'Asset'];

describe('ITIL process names', () => {
  it('has cases', () => assert.ok(READS.length > 0 && UNREAD.length > 0));
  for (const [text, name] of READS) {
    it(`"${text}" is ${name}`, () => assert.equal(findItilProcess(text)?.name, name));
  }
  for (const text of UNREAD) {
    it(`"${text}" is no process`, () => assert.equal(findItilProcess(text), undefined));
  }
  it('IT asset management is not Service Asset and Configuration Management, nor organisational change Change Management', () => {
    assert.notEqual(findItilProcess('IT asset management'), findItilProcess('Service configuration management'));
    assert.notEqual(findItilProcess('Organizational change management'), findItilProcess('Change enablement'));
  });
  it('guesses a misspelt name, never an abbreviation', () => {
    assert.equal(closestItilProcessForm('Change Mangement'), 'Change Management');
    assert.equal(closestItilProcessForm('Knowlege management'), 'Knowledge Management');
    for (const text of ['IM', 'PM', 'CM', 'SCM', 'KMM', 'SVTT'])
      assert.equal(closestItilProcessForm(text), undefined, text);
  });
  it('guesses only a name whose own words the text has, give or take a typo', () => {
    assert.equal(closestItilProcessForm('Service Levle Management'), 'Service Level Management');
    assert.equal(closestItilProcessForm('Acess Management'), 'Access Management');
    // As near as a whole, but "Operations" is not "testing".
    assert.equal(closestItilProcessForm('Service Operations'), undefined);
  });
  it('guesses a name shortened as registers shorten it: "Mgmt", and a word cut to its first letters', () => {
    // As near Service catalogue management as a whole: the name whose own words it has is meant.
    assert.equal(closestItilProcessForm('Service config mgmt'), 'Service configuration management');
    assert.equal(closestItilProcessForm('Service Config Management'), 'Service configuration management');
    assert.equal(closestItilProcessForm('Availibility Mgmt'), 'Availability Management');
    // Three letters say too little to be a shortened word.
    assert.equal(closestItilProcessForm('Service con management'), undefined);
  });
});

describe('a cell that joins several processes', () => {
  const JOINED: [string, string[]][] = [
    ['Incident & Problem Management', ['Incident Management', 'Problem Management']],
    ['Incident and Problem Management', ['Incident Management', 'Problem Management']],
    ['Change enablement / Release management', ['Change Management', 'Release and Deployment Management']],
    ['Event, Incident & Problem Management', ['Event Management', 'Incident Management', 'Problem Management']],
  ];
  it('has cases', () => assert.ok(JOINED.length > 0));
  for (const [text, names] of JOINED) {
    it(`"${text}" names ${names.join(', ')}`, () => assert.deepEqual(joinedItilProcesses(text), names));
  }

  it('is no join when a part names no process, or the whole names one', () => {
    for (const text of ['Incident & Vendor Management', 'Change Management', 'Payroll']) {
      assert.equal(joinedItilProcesses(text), undefined, text);
    }
    // A process whose own name has "and" in it is read as a whole before any split.
    assert.equal(findItilProcess('Release and Deployment Management')?.name, 'Release and Deployment Management');
  });

  it('is said as such by unknown-itil-process, not as an unknown name', () => {
    const text = [
      '---',
      'schema: transition-plan/1',
      'stage: planning',
      '---',
      '## Closure',
      '',
      '### Handovers',
      '',
      '| ID | Deliverable | Process | Receiving owner |',
      '| --- | --- | --- | --- |',
      '| H-01 | Runbooks | Incident & Problem Management | S-01 |',
      '',
    ].join('\n');
    const messages = createPlanEngine()
      .lintDocument('p.plan.md', text, { asOf: '2026-12-01', config: DEFAULT_CONFIG })
      .findings.filter((f) => f.rule === 'unknown-itil-process')
      .map((f) => f.message);
    assert.deepEqual(messages, [
      'Handover H-01: "Incident & Problem Management" names 2 processes (Incident Management, Problem Management). Give each its own row, so that each can be matched and accepted by its own receiving owner.',
    ]);
  });
});
