/**
 * ITIL process names (contract §3): each process in its ITIL 2011 and ITIL 4 forms, "&" for "and",
 * "Mgmt" for "Management", an abbreviation in parentheses or alone where it names one process;
 * the ITIL 4 practices that are not an ITIL 2011 process stay processes of their own.
 */
import assert from 'node:assert/strict';
import { closestItilProcessForm, findItilProcess } from '../../server/src/engine/itil.js';

const READS: [string, string][] = [
  ['Change Management', 'Change Management'],
  ['Change enablement', 'Change Management'],
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
});
