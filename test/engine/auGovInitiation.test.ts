/**
 * An Australian state agency's Project Initiation Document, as its project manager writes it
 * (practitioner plan au-licensing-telephony-initiation): an AS/NZS ISO 31000 risk register
 * (`Treatment strategy` Reduce / Share / Retain, `Treatment actions`), a RAID-style table whose
 * entries are headed `Description`, `Resource requirements`, an `Indicative milestone schedule`,
 * `Initiation stage exit criteria`, a `Communications and engagement plan`, a decision of Type
 * `Investment`, and an organisation written by its acronym (`SDSS`).
 */
import assert from 'node:assert/strict';
import { DEFAULT_CONFIG } from '../../server/src/engine/config.js';
import { createPlanEngine } from '../../server/src/engine/index.js';
import { partyByInitials } from '../../server/src/engine/initials.js';
import { columnKeyFor, registerForHeading, registerSpec } from '../../server/src/engine/schema.js';
import { readStatus } from '../../server/src/engine/values.js';
import { readFixture } from '../helpers.js';

const engine = createPlanEngine();
const PID = readFixture('practitioner', 'au-licensing-telephony-initiation.plan.md');
const AS_OF = '2026-03-16';

/** The PID with `from` replaced by `to`; fails loudly when the PID no longer holds `from`. */
function edited(from: string, to: string, text = PID): string {
  assert.ok(text.includes(from), from);
  return text.replace(from, to);
}

function lint(text: string) {
  return engine.lintDocument('au.plan.md', text, { asOf: AS_OF, config: DEFAULT_CONFIG }).findings;
}

const lineOf = (text: string, needle: string): number => text.split('\n').findIndex((l) => l.includes(needle));

describe('Australian public-sector PID (ISO 31000, PRINCE2)', () => {
  it('reads ISO 31000 treatment headers: the option as the Response, the actions as the Mitigation', () => {
    const risks = registerSpec('risks');
    assert.deepEqual(
      [
        'Treatment strategy',
        'Treatment option',
        'Treatment actions',
        'Treatment',
        'Risk treatment',
        'Treatment plan',
      ].map((h) => columnKeyFor(risks, h)),
      ['response', 'response', 'mitigation', 'mitigation', 'mitigation', 'mitigation'],
    );
    assert.deepEqual(
      lint(PID).filter((f) => f.rule === 'table-columns'),
      [],
    );
  });

  it('reads Retain (ISO 31000) as Accept: a retained risk needs no action, a reduced one does', () => {
    const retain = readStatus('riskResponse', 'Retain');
    assert.ok(retain.ok);
    assert.equal(retain.value, 'Accept');
    const noActions = edited(
      '| Retain | Monitor through the network readiness assessment |',
      '| Retain | |',
      edited(
        '| Reduce | Consultation under clause 9 of the Award from May 2026; change impact statement to the JCC |',
        '| Reduce | |',
      ),
    );
    const found = lint(noActions).filter((f) => f.rule === 'risk-without-mitigation');
    assert.deepEqual(
      found.map((f) => [f.range.start.line, f.target]),
      [[lineOf(noActions, '| R-04 |'), 'R-04']],
    );
    assert.match(found[0]!.message, /open with response Reduce but no action in its Mitigation cell/);
  });

  it('reads an Assumptions table whose entries are headed Description', () => {
    assert.equal(columnKeyFor(registerSpec('assumptions'), 'Description'), 'statement');
    const plan = engine.lintDocument('au.plan.md', PID, { asOf: AS_OF, config: DEFAULT_CONFIG }).plan!;
    assert.equal(
      plan
        .rows('assumptions')
        .find((r) => r.id === 'C-02')
        ?.value('statement'),
      'PABX maintenance with Kinetic Voice ends 31 December 2026',
    );
  });

  it('finds the Resources register headed "Resource requirements" or "Resourcing"', () => {
    assert.deepEqual(['1.7 Resource requirements', 'Resourcing', 'Project resources'].map(registerForHeading), [
      'resources',
      'resources',
      'resources',
    ]);
    assert.deepEqual(
      lint(PID).filter((f) => f.rule === 'missing-register'),
      [],
    );
  });

  it("reads a decision log's Investment, Strategic, Procurement and Policy types as Other, never Exception", () => {
    assert.deepEqual(
      ['Investment', 'Strategic', 'Strategy', 'Procurement', 'Policy'].map((t) => {
        const r = readStatus('decisionType', t);
        return r.ok ? r.value : 'unread';
      }),
      ['Other', 'Other', 'Other', 'Other', 'Other'],
    );
  });

  it('finds a register headed with a word saying how settled it is: Indicative, Draft, High-level', () => {
    assert.deepEqual(
      [
        '2.1 Indicative milestone schedule',
        'High-level milestones',
        'High level milestones',
        'Preliminary risk register',
        'Draft communication plan',
        'Key milestones',
      ].map(registerForHeading),
      ['milestones', 'milestones', 'milestones', 'risks', 'communicationPlan', 'milestones'],
    );
    // The qualifier alone, or before no register's name, names nothing.
    assert.deepEqual(['Indicative', 'High level', 'Draft budget'].map(registerForHeading), [
      undefined,
      undefined,
      undefined,
    ]);
    // Read: the milestone whose date is a range of days is told so.
    const m08 = lint(PID).filter((f) => f.rule === 'unreadable-value' && f.target === 'M-08');
    assert.equal(m08.length, 1);
    assert.equal(m08[0]!.range.start.line, lineOf(PID, '| M-08 |'));
  });

  it('finds the Communication plan headed "Communications and engagement plan"', () => {
    assert.deepEqual(
      [
        '3.1 Communications and engagement plan',
        'Communication & engagement plan',
        'Engagement and communications plan',
      ].map(registerForHeading),
      ['communicationPlan', 'communicationPlan', 'communicationPlan'],
    );
  });

  it('finds exit criteria named for their stage, and checks them once the plan moves on', () => {
    assert.deepEqual(
      ['1.10 Initiation stage exit criteria', 'Stage exit criteria', 'Planning phase exit criteria'].map(
        registerForHeading,
      ),
      ['exitCriteria', 'exitCriteria', 'exitCriteria'],
    );
    assert.equal(registerForHeading('Risk exit criteria'), undefined);
    const planning = edited('stage: initiation', 'stage: planning');
    const unmet = lint(planning).filter((f) => f.rule === 'exit-criteria-unmet');
    assert.deepEqual(
      unmet.map((f) => f.range.start.line),
      [
        lineOf(planning, '- [ ] PID endorsed'),
        lineOf(planning, '- [ ] MoU and GovVoice'),
        lineOf(planning, '- [ ] Workplace change'),
      ],
    );
  });

  it('suggests the organisation an acronym stands for (SDSS), as a fix, without resolving it', () => {
    assert.equal(
      partyByInitials('SDSS', ['Licensing Services', 'State Digital Shared Services', 'ICT Division']),
      'State Digital Shared Services',
    );
    assert.equal(partyByInitials('DoT', ['Department of Transport']), 'Department of Transport');
    assert.equal(partyByInitials('DT', ['Department of Transport']), 'Department of Transport');
    // Several with it, one word, or not written as an acronym: no suggestion.
    assert.equal(partyByInitials('SDS', ['Shared Digital Services', 'State Data Services']), undefined);
    assert.equal(partyByInitials('ICT', ['ICT']), undefined);
    assert.equal(partyByInitials('sdss', ['State Digital Shared Services']), undefined);
    const rs06 = lint(PID).filter((f) => f.rule === 'unresolved-reference' && f.target === 'RS-06');
    assert.equal(rs06.length, 1);
    assert.match(rs06[0]!.message, /"SDSS \(WoG carrier panel\)" .* Did you mean State Digital Shared Services\?/);
    const fix = rs06[0]!.fixes?.find((f) => f.edits.some((e) => e.newText === 'State Digital Shared Services'));
    assert.ok(fix, JSON.stringify(rs06[0]!.fixes?.map((f) => f.title)));
  });
});
