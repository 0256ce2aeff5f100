/**
 * A listed person written beside a note that is not theirs (contract §2), as Word templates and
 * supplier registers write owners: `Supplier – Ben Carter`, `Corporate IT – Ben Carter`, `Ben
 * Carter - Jane Doe`. Still reported (the note is neither a role they hold nor a cell of their
 * row), but as what it is: not as a name missing from the Stakeholders table, with the listed
 * person as the fix and no "add as a stakeholder".
 */
import assert from 'node:assert/strict';
import { createPlanEngine } from '../../server/src/engine/index.js';
import { mayBeNewStakeholder } from '../../server/src/engine/newStakeholder.js';
import type { Finding } from '../../server/src/engine/types.js';

const engine = createPlanEngine();

function plan(owners: readonly string[], approver = 'S-01', sponsor = 'S-01'): string {
  return [
    '---',
    'schema: transition-plan/1',
    'id: TP-1',
    'title: T',
    'stage: initiation',
    `sponsor: ${sponsor}`,
    'service_owner: S-02',
    'project_manager: S-03',
    '---',
    '',
    '# T',
    '',
    '## Project Initiation',
    '',
    '### Stakeholders',
    '',
    '| ID | Name | Role | Organisation |',
    '| --- | --- | --- | --- |',
    '| S-01 | Fiona Mackay | Sponsor | Corporate IT |',
    '| S-02 | Priya Nair | Service owner | Corporate IT |',
    '| S-03 | Callum Reid | Project manager | PMO |',
    '| S-04 | Jane Doe | Senior supplier | Northgate |',
    '| S-05 | Ben Carter | Transition lead | Northgate |',
    '| S-06 | Ana Ng | Analyst | PMO |',
    '| S-07 | Tom Hale | Analyst | PMO |',
    '',
    '### Risks',
    '',
    '| ID | Risk | Likelihood | Impact | Owner | Mitigation | Status |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...owners.map((owner, i) => `| R-0${i + 1} | Risk ${i + 1} | 2 | 2 | ${owner} | Watch it | Open |`),
    '',
    '## Project Reporting and Communication',
    '',
    '### Decisions',
    '',
    '| ID | Decision | Type | Approved by | Date |',
    '| --- | --- | --- | --- | --- |',
    `| D-01 | Proceed | Other | ${approver} | 2026-05-01 |`,
    '',
  ].join('\n');
}

function lint(owners: readonly string[], approver?: string, sponsor?: string) {
  const text = plan(owners, approver, sponsor);
  return engine.lintDocument('t.plan.md', text, { asOf: '2026-06-01', matchesGlob: true });
}

const refs = (findings: readonly Finding[]) => findings.filter((f) => f.rule === 'unresolved-reference');
const fixes = (f: Finding) => (f.fixes ?? []).map((x) => `${x.isPreferred ? '*' : ' '} ${x.title}`);

describe('engine: a listed person beside a note that is not theirs', () => {
  it('beside a word nobody’s row has (`Supplier – Ben Carter`): names the person, fix preferred', () => {
    const [f, ...rest] = refs(lint(['Supplier – Ben Carter', 'Jane Doe: Vendor']).findings);
    assert.equal(rest.length, 1);
    assert.equal(
      f!.message,
      'Risk R-01 owner "Supplier – Ben Carter" names Ben Carter (S-05) beside "Supplier", which is neither a role they hold nor a cell of their row: write their listed name, ID or @handle.',
    );
    assert.deepEqual(fixes(f!), ['* Replace with "Ben Carter"']);
    assert.match(rest[0]!.message, /names Jane Doe \(S-04\) beside "Vendor"/);
  });

  it('beside another team: said to be a team they are not in, the fix not preferred', () => {
    const [f] = refs(lint(['Corporate IT – Ben Carter']).findings);
    assert.match(f!.message, /names Ben Carter \(S-05\) beside "Corporate IT", a team they are not in:/);
    assert.deepEqual(fixes(f!), ['  Replace with "Ben Carter"']);
  });

  it('beside a role two others hold: names them, the fix not preferred', () => {
    const [f] = refs(lint(['Analyst – Ben Carter']).findings);
    assert.match(f!.message, /beside "Analyst", the role of Ana Ng \(S-06\), Tom Hale \(S-07\):/);
    assert.deepEqual(fixes(f!), ['  Replace with "Ben Carter"']);
  });

  it('two people joined by a dash (or a role one other holds): names both, a fix keeping each', () => {
    const [a, b] = refs(lint(['Ben Carter - Jane Doe', 'Service owner – Ben Carter']).findings);
    assert.equal(
      a!.message,
      'Risk R-01 owner "Ben Carter - Jane Doe" names Ben Carter (S-05) and Jane Doe (S-04): one answers for it. Keep the one who does.',
    );
    assert.deepEqual(fixes(a!), ['  Keep only "Ben Carter"', '  Keep only "Jane Doe"']);
    assert.match(b!.message, /names Priya Nair \(S-02\) and Ben Carter \(S-05\): one answers for it/);
  });

  it('is never offered as a new stakeholder', () => {
    const result = lint(['Supplier – Ben Carter']);
    const [f] = refs(result.findings);
    assert.equal(mayBeNewStakeholder(result.plan!, 'Supplier – Ben Carter', f!.range), false);
  });

  it('beside their own role or organisation, the person is read; beside a word of no row, reported', () => {
    const found = refs(lint(['Senior supplier – Jane Doe', 'Northgate – Ben Carter', 'Vendor – Ben Carter']).findings);
    assert.deepEqual(
      found.map((f) => f.target),
      ['R-03'],
    );
    assert.match(found[0]!.message, /names Ben Carter \(S-05\) beside "Vendor"/);
  });

  it('two people joined by a dash where an approval may be joint: both named, written as a list or one kept', () => {
    const [f, ...rest] = refs(lint([], 'Fiona Mackay - Jane Doe').findings);
    assert.equal(rest.length, 0);
    assert.equal(
      f!.message,
      'Decision D-01 approver "Fiona Mackay - Jane Doe" names Fiona Mackay (S-01) and Jane Doe (S-04) joined by a dash, which reads as a name with a note: if both answer for it, write "Fiona Mackay, Jane Doe"; if one does, keep that one.',
    );
    assert.deepEqual(fixes(f!), [
      '  Write "Fiona Mackay, Jane Doe"',
      '  Keep only "Fiona Mackay"',
      '  Keep only "Jane Doe"',
    ]);
    // Written as the fix writes it, a joint approval names both, and nobody is missing.
    assert.deepEqual(refs(lint([], 'Fiona Mackay, Jane Doe').findings), []);
  });

  it('in the front matter, a core role beside a note is said as such too', () => {
    const core = (sponsor: string) =>
      lint([], undefined, sponsor).findings.filter((f) => f.rule === 'missing-core-role');
    const [supplier] = core('"Supplier – Fiona Mackay"');
    assert.equal(
      supplier!.message,
      'sponsor "Supplier – Fiona Mackay" names Fiona Mackay (S-01) beside "Supplier", which is neither a role they hold nor a cell of their row: write their listed name, ID or @handle.',
    );
    assert.deepEqual(fixes(supplier!), ['* Replace with "Fiona Mackay"']);
    assert.deepEqual(supplier!.fixes![0]!.edits[0]!.newText, 'Fiona Mackay');
    const [two] = core('"Fiona Mackay – Callum Reid"');
    assert.match(two!.message, /names Fiona Mackay \(S-01\) and Callum Reid \(S-03\): one answers for it/);
    assert.deepEqual(fixes(two!), ['  Keep only "Fiona Mackay"', '  Keep only "Callum Reid"']);
  });
});
