/**
 * `diffPlans`: what a change to a plan means. Each case edits the clean payroll example the way
 * a pull request would and checks the changes reported (kind, subject, impact, wording).
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createPlanEngine, type Finding } from '../../server/src/engine/index.js';
import { diffPlans, type PlanChange, type PlanSide } from '../../server/src/engine/semanticDiff.js';
import { fixturePath, repoRoot } from '../helpers.js';

const engine = createPlanEngine();
const AS_OF = '2026-11-25';
const PAYROLL = fs.readFileSync(path.join(repoRoot, 'examples', 'payroll-cloud.plan.md'), 'utf8');

function side(text: string): PlanSide {
  const result = engine.lintDocument('payroll-cloud.plan.md', text, { asOf: AS_OF });
  assert.ok(result.plan);
  return { status: engine.status(result.plan, { asOf: AS_OF }), findings: result.findings };
}

function edit(text: string, from: string, to: string): string {
  assert.ok(text.includes(from), `the example no longer contains ${from}`);
  return text.replace(from, to);
}

/** `text` with each `[from, to]` edit made in turn. */
function edits(text: string, ...pairs: readonly (readonly [string, string])[]): string {
  return pairs.reduce((t, [from, to]) => edit(t, from, to), text);
}

/** The changes from the payroll example to `after`, findings left out. */
const rowChanges = (after: string) =>
  diffPlans(side(PAYROLL), side(after)).filter((c) => !c.kind.startsWith('finding-'));

const brief = (changes: readonly PlanChange[]) => changes.map((c) => `${c.kind} ${c.subject} ${c.impact}`);

describe('diffPlans', () => {
  it('reports nothing for an unchanged plan, or one whose rows were only reordered', () => {
    assert.deepEqual(diffPlans(side(PAYROLL), side(PAYROLL)), []);
    const r1 = PAYROLL.split('\n').find((l) => l.startsWith('| R-01 '))!;
    const r2 = PAYROLL.split('\n').find((l) => l.startsWith('| R-02 '))!;
    const swapped = PAYROLL.replace(`${r1}\n${r2}`, `${r2}\n${r1}`);
    assert.notEqual(swapped, PAYROLL);
    assert.deepEqual(diffPlans(side(PAYROLL), side(swapped)), []);
  });

  it('a risk re-scored into the high band', () => {
    const after = edit(PAYROLL, '| 2 | 5 | 10 | S-06 |', '| 4 | 5 | 20 | S-06 |');
    const changes = diffPlans(side(PAYROLL), side(after));
    const rescored = changes.find((c) => c.kind === 'risk-rescored')!;
    assert.deepEqual(rescored, {
      kind: 'risk-rescored',
      subject: 'R-02',
      message: 'R-02 raised from 10 to 20 — now a high risk.',
      impact: 'worse',
    });
    // The plan now has a second open high risk: its derived health and findings say so too.
    assert.ok(
      brief(changes).every((c) => c.endsWith('worse')),
      brief(changes).join('; '),
    );
  });

  it('names a row whose text holds brackets without nesting them, as lint does', () => {
    const before = edit(PAYROLL, 'new BACS file format |', 'new BACS file format (Standard 18) |');
    const after = edit(
      before,
      '| Manual upload via the bank portal | Open |',
      '| Manual upload via the bank portal | Closed |',
    );
    const closed = diffPlans(side(before), side(after)).find((c) => c.kind === 'risk-closed');
    assert.equal(closed?.message, 'Risk R-02 (Bank rejects the new BACS file format, Standard 18) closed.');
  });

  it('a handover that loses its receiving owner, and the finding that introduces', () => {
    const after = edit(PAYROLL, '| Standard change models | S-07 |', '| Standard change models | TBD |');
    const changes = diffPlans(side(PAYROLL), side(after));
    assert.deepEqual(
      changes.map((c) => [c.kind, c.subject, c.message]),
      [
        ['handover-owner-removed', 'H-02', 'H-02 lost its receiving owner, Marcus Bell (S-07).'],
        [
          'finding-introduced',
          'H-02',
          changes.find((c) => c.kind === 'finding-introduced')!.message, // wording checked below
        ],
      ],
    );
    assert.match(changes[1]!.message, /^New error missing-handover-owner: .*H-02/);
    // And back: the owner returns, the finding is fixed.
    const back = diffPlans(side(after), side(PAYROLL));
    assert.deepEqual(brief(back), ['handover-owner-added H-02 better', 'finding-fixed H-02 better']);
  });

  it('go-live slipped or brought forward, in days', () => {
    const later = edit(PAYROLL, 'go_live: 2027-01-04', 'go_live: 2027-01-18');
    const slip = diffPlans(side(PAYROLL), side(later)).find((c) => c.kind === 'go-live')!;
    assert.equal(slip.message, 'Go-live slipped 14 days (2027-01-04 → 2027-01-18).');
    assert.equal(slip.impact, 'worse');
    const sooner = diffPlans(side(later), side(PAYROLL)).find((c) => c.kind === 'go-live')!;
    assert.equal(sooner.message, 'Go-live brought forward 14 days (2027-01-18 → 2027-01-04).');
    assert.equal(sooner.impact, 'better');
  });

  it('a go-live slip the change records an Exception for names it, and stays worse', () => {
    const d02 =
      '| D-02 | Accept the tenant build up to 14 days late (SSO groups, I-03); go-live date unchanged | Exception | Helen Marsh | 2026-09-02 | Approved | M-02 |';
    const later = edit(
      edit(PAYROLL, 'go_live: 2027-01-04', 'go_live: 2027-01-18'),
      d02,
      `${d02}\n| D-04 | Move go-live two weeks: parallel run 2 repeated | Exception | Helen Marsh | 2026-11-24 | Approved | schedule |`,
    );
    const slip = diffPlans(side(PAYROLL), side(later)).find((c) => c.kind === 'go-live')!;
    assert.equal(slip.message, 'Go-live slipped 14 days (2027-01-04 → 2027-01-18), as decided in D-04.');
    assert.equal(slip.impact, 'worse');
    // An Exception that covers a milestone's slip only is not go-live's decision.
    const other = edit(later, 'Approved | schedule |', 'Approved | M-05 |');
    const plain = diffPlans(side(PAYROLL), side(other)).find((c) => c.kind === 'go-live')!;
    assert.equal(plain.message, 'Go-live slipped 14 days (2027-01-04 → 2027-01-18).');
  });

  it('stage and health moves', () => {
    const after = edit(edit(PAYROLL, 'stage: control', 'stage: planning'), 'health: green', 'health: red');
    const changes = diffPlans(side(PAYROLL), side(after));
    assert.deepEqual(changes.slice(0, 2), [
      { kind: 'stage', subject: 'stage', message: 'Stage moved from control to planning.', impact: 'worse' },
      { kind: 'health', subject: 'health', message: 'Health moved from green to red.', impact: 'worse' },
    ]);
    const forward = diffPlans(side(after), side(PAYROLL));
    assert.deepEqual(brief(forward.slice(0, 2)), ['stage stage neutral', 'health health better']);
  });

  it('the plan renamed: its id (which other plans depend on), title, service and type', () => {
    const after = edit(
      edit(PAYROLL, 'id: TP-2026-014', 'id: TP-2026-015'),
      'title: Payroll to PeopleLine Cloud',
      'title: Payroll to PeopleLine SaaS',
    );
    const changes = diffPlans(side(PAYROLL), side(after));
    assert.deepEqual(changes.slice(0, 2), [
      {
        kind: 'id',
        subject: 'id',
        message:
          'Plan id changed from TP-2026-014 to TP-2026-015: plans whose depends_on names TP-2026-014 must be changed with it.',
        impact: 'neutral',
      },
      {
        kind: 'title',
        subject: 'title',
        message: 'Title changed from "Payroll to PeopleLine Cloud" to "Payroll to PeopleLine SaaS".',
        impact: 'neutral',
      },
    ]);
    const retyped = diffPlans(side(PAYROLL), side(edit(PAYROLL, 'transition_type: change', 'transition_type: new')));
    assert.deepEqual(brief(retyped.slice(0, 1)), ['transitionType transitionType neutral']);
  });

  it('milestones completed and slipped, handovers accepted and rejected, risks closed', () => {
    const after = edits(
      PAYROLL,
      ['| 2026-12-04 | 2026-12-04 | - | M-04 | On track |', '| 2026-12-04 | 2026-12-04 | 2026-12-03 | M-04 | Done |'],
      ['| 2026-12-15 | 2026-12-15 | - | M-05 | Not started |', '| 2026-12-15 | 2026-12-22 | - | M-05 | At risk |'],
      ['| 2026-12-18 | Planned | - |', '| 2026-12-18 | Accepted | 2026-11-24 |'],
      ['| 2026-12-15 | Ready | - |', '| 2026-12-15 | Rejected | - |'],
      [
        '| Go live with the February run; PeopleLine 8 kept as fallback | Open |',
        '| Go live with the February run; PeopleLine 8 kept as fallback | Closed |',
      ],
    );
    const changes = diffPlans(side(PAYROLL), side(after));
    const find = (kind: string) => changes.find((c) => c.kind === kind);
    assert.equal(
      find('milestone-completed')?.message,
      'Milestone M-05 "Parallel run 2 (November payroll) reconciled" done on 2026-12-03.',
    );
    assert.equal(
      find('milestone-slipped')?.message,
      'Milestone M-06 "Go/no-go decision at CAB" slipped 7 days (2026-12-15 → 2026-12-22).',
    );
    assert.equal(
      find('handover-accepted')?.message,
      'Handover H-01 (Incident Management) accepted by Grace Lindqvist (S-05) on 2026-11-24.',
    );
    assert.equal(find('handover-rejected')?.message, 'Handover H-02 (Change Management) rejected.');
    assert.equal(find('risk-closed')?.subject, 'R-01');
    assert.equal(find('risk-closed')?.impact, 'better');
  });

  it('a finding a waiver added by the change silences is waived, by whom and until when, not fixed', () => {
    // R-02's contingency taken out: an open high risk without one (a finding with a target).
    const before = edit(
      PAYROLL,
      '| Go live with the February run; PeopleLine 8 kept as fallback | Open |',
      '| - | Open |',
    );
    const finding = side(before).findings.find((f) => f.rule === 'high-risk-without-contingency');
    assert.ok(finding?.target, 'the edit gives a finding on a row');
    const waived = `${before.trimEnd()}\n\n## Waivers\n\n| Rule | Target | Reason | Approved by | Expires |\n| --- | --- | --- | --- | --- |\n| high-risk-without-contingency | ${finding.target} | Accepted by the board | S-01 | 2027-03-31 |\n`;
    const changes = diffPlans(side(before), side(waived));
    assert.ok(!changes.some((c) => c.kind === 'finding-fixed' && c.subject === finding.target), 'not fixed');
    const change = changes.find((c) => c.kind === 'finding-waived');
    assert.equal(change?.subject, finding.target);
    assert.equal(change?.impact, 'neutral');
    assert.match(change?.message ?? '', /^Waived by Helen Marsh until 2027-03-31: high-risk-without-contingency: /);
  });

  it('a risk that occurred is worse news, not a risk closed', () => {
    const after = edit(
      PAYROLL,
      '| Go live with the February run; PeopleLine 8 kept as fallback | Open |',
      '| Go live with the February run; PeopleLine 8 kept as fallback | Occurred |',
    );
    const changes = diffPlans(side(PAYROLL), side(after));
    const occurred = changes.find((c) => c.kind === 'risk-occurred');
    assert.equal(occurred?.subject, 'R-01');
    assert.equal(occurred?.impact, 'worse');
    assert.match(occurred?.message ?? '', /^Risk R-01 \(.*\) occurred: manage it as an issue/);
    assert.ok(!changes.some((c) => c.kind === 'risk-closed'));
  });

  it('a plan first rated amber or red is worse news; first rated green, or no longer rated, is not', () => {
    // The service desk example in planning derives a rating; moved back to initiation it has none.
    const desk = fs.readFileSync(path.join(repoRoot, 'examples/service-desk-planning.plan.md'), 'utf8');
    const unrated = desk.replace(/^stage: planning$/m, 'stage: initiation');
    assert.notEqual(unrated, desk);
    const rated = diffPlans(side(unrated), side(desk)).find((c) => c.kind === 'derived-health');
    assert.ok(rated, 'the example derives a rating in planning');
    assert.match(rated.message, /moved from not rated to (amber|red)/);
    assert.equal(rated.impact, 'worse');
    assert.equal(diffPlans(side(desk), side(unrated)).find((c) => c.kind === 'derived-health')?.impact, 'neutral');
  });

  it('a finished milestone counts from its Actual date: editing its stale Forecast is no slip', () => {
    const stale = edit(
      PAYROLL,
      '| 2026-11-06 | 2026-11-10 | 2026-11-10 | M-03 | Done |',
      '| 2026-11-06 | 2027-02-26 | 2026-11-10 | M-03 | Done |',
    );
    assert.deepEqual(brief(diffPlans(side(PAYROLL), side(stale))), []);
    // Its Actual corrected is a move; completing a milestone is reported once, as completed.
    const corrected = edit(
      PAYROLL,
      '| 2026-11-06 | 2026-11-10 | 2026-11-10 | M-03 | Done |',
      '| 2026-11-06 | 2026-11-10 | 2026-11-13 | M-03 | Done |',
    );
    assert.deepEqual(brief(diffPlans(side(PAYROLL), side(corrected))), ['milestone-slipped M-04 worse']);
    const early = edit(
      PAYROLL,
      '| 2026-12-04 | 2026-12-04 | - | M-04 | On track |',
      '| 2026-12-04 | 2026-12-04 | 2026-12-01 | M-04 | Done |',
    );
    assert.deepEqual(brief(diffPlans(side(PAYROLL), side(early))), ['milestone-completed M-05 better']);
  });

  it('rows added and removed, owners and dependencies changed', () => {
    const r5 = PAYROLL.split('\n').find((l) => l.startsWith('| R-05 '))!;
    const after = edits(
      PAYROLL,
      ['depends_on: [TP-2026-009]', 'depends_on: [TP-2026-031]'],
      ['service_owner: Daniel Osei', 'service_owner: S-01'],
      [
        r5,
        '| R-06 | Vendor insolvency | 1 | 5 | 5 | S-08 | Transfer | Escrow agreement | Source code escrow release | Open | 2027-01-10 |',
      ],
    );
    const changes = diffPlans(side(PAYROLL), side(after));
    assert.deepEqual(
      brief(changes).filter((c) => !c.startsWith('finding-')),
      [
        'owner serviceOwner neutral',
        'dependency-added TP-2026-031 neutral',
        'dependency-removed TP-2026-009 neutral',
        'risk-added R-06 neutral',
        'risk-removed R-05 neutral',
      ],
    );
    assert.equal(changes[0]!.message, 'Service owner changed from Daniel Osei (S-02) to Helen Marsh (S-01).');
  });

  it('the same person written another way is no change of owner; another person is named with the ID', () => {
    const same = edits(
      PAYROLL,
      ['service_owner: Daniel Osei', 'service_owner: S-02'],
      ['| 2 | 5 | 10 | S-06 |', '| 2 | 5 | 10 | Sofia Brandt |'],
      ['| M-01 | Solution design and SDP approved | S-03 |', '| M-01 | Solution design and SDP approved | @p.raman |'],
      ['| Standard change models | S-07 |', '| Standard change models | marcus bell |'],
    );
    assert.deepEqual(rowChanges(same), []);
    const other = edits(
      PAYROLL,
      ['| 2 | 5 | 10 | S-06 |', '| 2 | 5 | 10 | Grace Lindqvist |'],
      [
        '| M-01 | Solution design and SDP approved | S-03 |',
        '| M-01 | Solution design and SDP approved | Jo from PMO |',
      ],
    );
    assert.deepEqual(
      rowChanges(other).map((c) => c.message),
      [
        'R-02 owner changed from Sofia Brandt (S-06) to Grace Lindqvist (S-05).',
        'Milestone M-01 owner changed from Priya Raman (S-03) to Jo from PMO.',
      ],
    );
  });

  it('an open risk or an unreached milestone taken out is worse, and its findings are gone with it, not fixed', () => {
    const r2 = PAYROLL.split('\n').find((l) => l.startsWith('| R-02 '))!;
    const m9 = PAYROLL.split('\n').find((l) => l.startsWith('| M-09 '))!;
    const before = edit(PAYROLL, r2, r2.replace('| S-06 |', '| TBD |'));
    const after = edit(edit(before, `${r2.replace('| S-06 |', '| TBD |')}\n`, ''), `${m9}\n`, '');
    const changes = diffPlans(side(before), side(after));
    const about = (id: string) => brief(changes).filter((c) => c.split(' ')[1] === id);
    assert.deepEqual(about('R-02'), ['risk-removed R-02 worse', 'finding-gone R-02 neutral']);
    assert.match(changes.find((c) => c.kind === 'risk-removed')!.message, /^Open risk R-02 .* close it instead/);
    assert.deepEqual(
      brief(changes).filter((c) => c.startsWith('milestone-removed')),
      ['milestone-removed M-09 worse'],
    );
    assert.ok(!brief(changes).some((c) => c.startsWith('finding-fixed R-02')));
  });

  it('decisions recorded and approved, readiness and early life support criteria met', () => {
    const after = edits(
      PAYROLL,
      [
        '| D-03 | Go/no-go for cutover on 2027-01-04 | Go/No-go | Helen Marsh | - | Proposed | - |',
        '| D-03 | Go/no-go for cutover on 2027-01-04 | Go/No-go | Helen Marsh | 2026-11-24 | Approved | - |',
      ],
      [
        '| GR-01 | Change authorised (RFC-2026-0412 at the go/no-go CAB) | no |',
        '| GR-01 | Change authorised (RFC-2026-0412 at the go/no-go CAB) | yes |',
      ],
      ['| GR-04 | Support staff trained | yes |', '| GR-04 | Support staff trained | partial |'],
      ['| 80% of calls | no |', '| 80% of calls | yes |'],
    );
    const changes = rowChanges(after);
    assert.deepEqual(brief(changes), [
      'decision-approved D-03 neutral',
      'readiness-met Change authorised better',
      'readiness-unmet Support staff trained worse',
      'els-met ELS-04 better',
    ]);
    assert.equal(changes[0]!.message, 'Decision D-03 (Go/No-go: Go/no-go for cutover on 2027-01-04) approved.');
  });

  it("an early life support criterion's target or wording changed is said; met after it, it is not plainly met", () => {
    const els04 =
      '| ELS-04 | Service desk resolves L1 payroll calls without the project team | 80% of calls | no | - |';
    const els = (row: string) => rowChanges(edit(PAYROLL, els04, row)).filter((c) => c.kind.startsWith('els-'));
    assert.deepEqual(
      els(els04.replace('80% of calls', '70% of calls')).map((c) => `${c.kind} ${c.impact} ${c.message}`),
      [
        'els-changed neutral Early life support exit criterion ELS-04 (Service desk resolves L1 payroll calls without the project team): target changed from "80% of calls" to "70% of calls".',
      ],
    );
    assert.deepEqual(
      els(els04.replace('80% of calls | no', '70% of calls | yes')).map((c) => `${c.kind} ${c.impact} ${c.message}`),
      [
        'els-met neutral Early life support exit criterion ELS-04 (Service desk resolves L1 payroll calls without the project team) met after its target changed from "80% of calls" to "70% of calls".',
      ],
    );
    assert.deepEqual(
      els(els04.replace('Service desk resolves', 'Service desk or vendor resolves')).map((c) => c.message),
      [
        'Early life support exit criterion ELS-04 (Service desk or vendor resolves L1 payroll calls without the project team): criterion changed from "Service desk resolves L1 payroll calls without the project team" to "Service desk or vendor resolves L1 payroll calls without the project team".',
      ],
    );
    // Spacing and case are no change.
    assert.deepEqual(els(els04.replace('80% of calls', '80%  of Calls')), []);
    // In closure its els-criteria-unmet finding goes with the new target met: not fixed.
    const closure = edit(PAYROLL, 'stage: control', 'stage: closure');
    const changes = diffPlans(
      side(closure),
      side(edit(closure, els04, els04.replace('80% of calls | no', '70% of calls | yes'))),
    );
    const gone = changes.find((c) => c.subject === 'ELS-04' && c.kind.startsWith('finding-'));
    assert.equal(gone?.kind, 'finding-gone');
    assert.match(
      gone?.message ?? '',
      /^Gone after its target changed from "80% of calls" to "70% of calls": els-criteria-unmet: /,
    );
  });

  it('a corrective action cancelled is cancelled, not done', () => {
    const ca01 = '| CA-01 | Vendor fixes pension rounding; retest in run 2 | S-08 | 2026-12-02 | Open | I-01 |';
    const actions = (status: string) =>
      rowChanges(edit(PAYROLL, ca01, ca01.replace('| Open |', `| ${status} |`)))
        .filter((c) => c.kind.startsWith('action-'))
        .map((c) => `${c.kind} ${c.impact} ${c.message}`);
    assert.deepEqual(actions('Cancelled'), [
      'action-cancelled neutral Corrective action CA-01 (Vendor fixes pension rounding; retest in run 2) cancelled.',
    ]);
    assert.deepEqual(actions("Won't do"), [
      "action-cancelled neutral Corrective action CA-01 (Vendor fixes pension rounding; retest in run 2) cancelled (Won't do).",
    ]);
    assert.deepEqual(actions('Done'), [
      'action-done better Corrective action CA-01 (Vendor fixes pension rounding; retest in run 2) done.',
    ]);
  });

  it('a handover accepted, as its note says, by someone other than its receiving owner is said as written', () => {
    const h02 = '| 2026-12-15 | Ready | - |';
    const accepted = (status: string) =>
      rowChanges(edit(PAYROLL, h02, `| 2026-12-15 | ${status} | 2026-11-24 |`))
        .filter((c) => c.kind === 'handover-accepted')
        .map((c) => `${c.impact} ${c.message}`);
    assert.deepEqual(accepted('Accepted by Grace Lindqvist on behalf of Marcus'), [
      'neutral Handover H-02 (Change Management) accepted as written: "Accepted by Grace Lindqvist on behalf of Marcus"; its receiving owner is Marcus Bell (S-07).',
    ]);
    // The receiving owner named, by name or ID: accepted by them.
    for (const status of ['Accepted by Marcus Bell', 'Accepted (by S-07, at CAB)', 'Accepted'])
      assert.deepEqual(
        accepted(status),
        ['better Handover H-02 (Change Management) accepted by Marcus Bell (S-07) on 2026-11-24.'],
        status,
      );
  });

  it('a handover written Accepted on a date after the as-of date is not said to be accepted', () => {
    const h02 = '| 2026-12-15 | Ready | - |';
    const changes = (from: string, to: string) =>
      diffPlans(side(edit(PAYROLL, h02, from)), side(edit(PAYROLL, h02, to)))
        .filter((c) => c.subject === 'H-02' && !c.kind.startsWith('finding-'))
        .map((c) => `${c.kind} ${c.impact} ${c.message}`);
    const ahead = '| 2026-12-15 | Accepted | 2026-12-14 |';
    assert.deepEqual(
      rowChanges(edit(PAYROLL, h02, ahead))
        .filter((c) => c.subject === 'H-02')
        .map((c) => `${c.kind} ${c.impact} ${c.message}`),
      [
        'handover-accepted neutral Handover H-02 (Change Management) written Accepted on 2026-12-14, after the as-of date: not given yet.',
      ],
    );
    // From accepted (dated on the as-of date) to dated later: no longer accepted, and why.
    assert.deepEqual(changes('| 2026-12-15 | Accepted | 2026-11-25 |', ahead), [
      'handover-unaccepted worse Handover H-02 (Change Management) is no longer accepted (now Accepted on 2026-12-14, after the as-of date: not given yet).',
    ]);
  });

  it('issues raised, closed and removed; corrective actions added and reopened', () => {
    const after = edits(
      PAYROLL,
      [
        '| I-02 | Bank test submission account not provisioned | Low | S-06 | 2026-11-12 | 2026-11-27 | Open |',
        '| I-02 | Bank test submission account not provisioned | Low | S-06 | 2026-11-12 | 2026-11-27 | Closed |\n| I-04 | Payslip PDFs render without the logo | Low | S-06 | 2026-11-24 | 2026-12-05 | Open |',
      ],
      ['| I-03 | SSO group for payroll approvers missing | High | S-06 | 2026-09-01 | 2026-09-08 | Closed |\n', ''],
      [
        '| CA-02 | Weekend integration testing to recover the slip | S-06 | 2026-09-04 | Closed | M-02 |',
        '| CA-02 | Weekend integration testing to recover the slip | S-06 | 2026-09-04 | Open | M-02 |\n| CA-03 | Provision the bank test account by hand | S-06 | 2026-11-28 | Open | I-02 |',
      ],
    );
    const changes = rowChanges(after);
    assert.deepEqual(brief(changes), [
      'issue-closed I-02 better',
      'issue-raised I-04 worse',
      'issue-removed I-03 neutral',
      'action-reopened CA-02 worse',
      'action-added CA-03 neutral',
    ]);
    const message = (kind: string) => changes.find((c) => c.kind === kind)!.message;
    assert.equal(message('issue-closed'), 'Issue I-02 (Bank test submission account not provisioned) closed.');
    assert.match(
      message('issue-raised'),
      /^Issue I-04 \(Payslip PDFs render without the logo\) raised, owner \S.*, Open\.$/,
    );
    assert.equal(message('issue-removed'), 'Issue I-03 (SSO group for payroll approvers missing) removed.');
    // The status is said when it says more than "closed".
    const resolved = edit(
      PAYROLL,
      '| I-02 | Bank test submission account not provisioned | Low | S-06 | 2026-11-12 | 2026-11-27 | Open |',
      '| I-02 | Bank test submission account not provisioned | Low | S-06 | 2026-11-12 | 2026-11-27 | Transferred |',
    );
    assert.deepEqual(
      diffPlans(side(PAYROLL), side(resolved))
        .filter((c) => c.kind.startsWith('issue-'))
        .map((c) => c.message),
      ['Issue I-02 (Bank test submission account not provisioned) closed (Transferred).'],
    );
    // Rows only reordered, or a status that cannot be read, are no change.
    const unread = edit(
      PAYROLL,
      '| I-01 | Pension deductions off by 1p for 212 employees | Medium | S-02 | 2026-11-10 | 2026-12-02 | Open |',
      '| I-01 | Pension deductions off by 1p for 212 employees | Medium | S-02 | 2026-11-10 | 2026-12-02 | Sorted? |',
    );
    assert.deepEqual(
      diffPlans(side(PAYROLL), side(unread)).filter((c) => c.kind.startsWith('issue-')),
      [],
    );
  });

  it('an open issue or an unmet early life support criterion taken out is worse, not neutral or fixed', () => {
    const after = edits(
      PAYROLL,
      [
        '| I-01 | Pension deductions off by 1p for 212 employees | Medium | S-02 | 2026-11-10 | 2026-12-02 | Open |\n',
        '',
      ],
      ['| ELS-04 | Service desk resolves L1 payroll calls without the project team | 80% of calls | no | - |\n', ''],
    );
    const changes = diffPlans(side(PAYROLL), side(after));
    const about = (kind: string) => changes.find((c) => c.kind === kind);
    assert.equal(about('issue-removed')?.impact, 'worse');
    assert.match(about('issue-removed')?.message ?? '', /removed while open: close it instead\.$/);
    assert.equal(about('els-removed')?.impact, 'worse');
    assert.match(
      about('els-removed')?.message ?? '',
      /^Early life support exit criterion ELS-04 .* removed before it was met\.$/,
    );
    assert.ok(!changes.some((c) => c.kind === 'finding-fixed' && ['I-01', 'ELS-04'].includes(c.subject)));
  });

  it('a breach an Exception approved by the change now covers is accepted by the board, not fixed', () => {
    const slip = fs.readFileSync(fixturePath('rules/schedule-slip/fires-exception-proposed.plan.md'), 'utf8');
    const approved = edit(
      slip,
      '| D-01 | Accept the pilot running two weeks late; go-live date kept | Exception | Anna Berg | 2026-05-28 | Proposed | M-02 |',
      '| D-01 | Accept the pilot running two weeks late; go-live date kept | Exception | Anna Berg | 2026-05-28 | Approved | M-02 |',
    );
    const changes = diffPlans(side(slip), side(approved));
    assert.ok(
      !changes.some((c) => c.kind === 'finding-fixed' && c.message.includes('schedule-slip')),
      brief(changes).join('\n'),
    );
    const excepted = changes.find((c) => c.kind === 'finding-excepted');
    assert.equal(excepted?.subject, 'M-02');
    assert.equal(excepted?.impact, 'neutral');
    assert.match(
      excepted?.message ?? '',
      /^Accepted by the board, not fixed: Milestone M-02 .* under exception D-01\.$/,
    );
  });

  it('a baseline rewritten in place, and the approved budget changed, are said', () => {
    const after = edits(
      PAYROLL,
      [
        '| M-06 | Go/no-go decision at CAB | S-07 | 2026-12-15 | 2026-12-15 | - | M-05 | Not started |',
        '| M-06 | Go/no-go decision at CAB | S-07 | 2027-01-12 | 2026-12-15 | - | M-05 | Not started |',
      ],
      ['  approved: 480000\n', '  approved: 540000\n'],
    );
    const changes = diffPlans(side(PAYROLL), side(after));
    const about = (kind: string) => changes.find((c) => c.kind === kind);
    assert.equal(about('milestone-baseline-changed')?.impact, 'worse');
    assert.match(
      about('milestone-baseline-changed')?.message ?? '',
      /^Milestone M-06's Baseline was rewritten 28 days later \(2026-12-15 → 2027-01-12\)/,
    );
    assert.equal(about('budget-changed')?.impact, 'worse');
    assert.equal(
      about('budget-changed')?.message,
      'Approved budget raised from GBP 480,000 to GBP 540,000 (+12.5%) with no decision recorded in this change: record the one that approved it (Decisions, Covers cost).',
    );
  });

  it('a budget raised is worse unless the change records the decision that approved it; cut, it is neutral', () => {
    const raised = edit(PAYROLL, '  approved: 480000\n', '  approved: 540000\n');
    const d03 = '| D-03 | Go/no-go for cutover on 2027-01-04 | Go/No-go | Helen Marsh | - | Proposed | - |';
    const decided = (row: string) => edit(raised, d03, `${d03}\n${row}`);
    const budget = (after: string) => rowChanges(after).filter((c) => c.kind === 'budget-changed');
    // A decision of any type whose Covers or Decision names the cost, approved by the change.
    const approved = decided(
      '| D-04 | Budget raised for the vendor change request CR-88 | Other | Helen Marsh | 2026-11-20 | Approved | - |',
    );
    assert.deepEqual(budget(approved), [
      {
        kind: 'budget-changed',
        subject: 'budget.approved',
        message: 'Approved budget raised from GBP 480,000 to GBP 540,000 (+12.5%), as decided in D-04.',
        impact: 'neutral',
      },
    ]);
    const exception = decided(
      '| D-04 | Accept the vendor change request CR-88 | Exception | Helen Marsh | 2026-11-20 | Approved | cost |',
    );
    assert.deepEqual(brief(budget(exception)), ['budget-changed budget.approved neutral']);
    // Only proposed, or about something else: no decision recorded for it.
    const proposed = decided(
      '| D-04 | Budget raised for the vendor change request CR-88 | Other | Helen Marsh | - | Proposed | cost |',
    );
    assert.deepEqual(brief(budget(proposed)), ['budget-changed budget.approved worse']);
    const other = decided('| D-04 | Keep the fax gateway to March | Scope | Helen Marsh | 2026-11-20 | Approved | - |');
    assert.deepEqual(brief(budget(other)), ['budget-changed budget.approved worse']);
    // An approval already in the base is not this change's decision.
    assert.deepEqual(
      brief(
        diffPlans(side(approved), side(edit(approved, '  approved: 540000\n', '  approved: 560000\n'))).filter(
          (c) => c.kind === 'budget-changed',
        ),
      ),
      ['budget-changed budget.approved worse'],
    );
    const cut = edit(PAYROLL, '  approved: 480000\n', '  approved: 450000\n');
    assert.deepEqual(
      budget(cut).map((c) => `${c.impact} ${c.message}`),
      ['neutral Approved budget cut from GBP 480,000 to GBP 450,000 (-6.3%).'],
    );
  });

  it('a budget whose currency changed is said so once, its amounts and spend not compared', () => {
    const money = (after: string) =>
      rowChanges(after)
        .filter((c) => c.kind.startsWith('budget-') || c.kind.startsWith('cost-'))
        .map((c) => `${c.kind} ${c.impact} ${c.message}`);
    // The same figures re-stated in euros, the consumption lines' amounts with them.
    const euros = edits(
      PAYROLL,
      ['  currency: GBP\n', '  currency: EUR\n'],
      ['  approved: 480000\n', '  approved: 555000\n'],
    );
    assert.deepEqual(money(euros), [
      'budget-currency-changed neutral Budget currency changed from GBP to EUR (approved GBP 480,000 before, EUR 555,000 now): amounts in different currencies are not compared, so no move of the approved budget or of spend is said.',
    ]);
    // In the same currency, the same edit is a raise.
    assert.deepEqual(
      money(edit(PAYROLL, '  approved: 480000\n', '  approved: 555000\n')).map((m) =>
        m.split(' ').slice(0, 2).join(' '),
      ),
      ['budget-changed worse'],
    );
    assert.deepEqual(
      money(edit(PAYROLL, '  currency: GBP\n', '')).map((m) => m.split(': ')[0]),
      ['budget-currency-changed neutral Budget currency GBP taken out (approved GBP 480,000 before, 480,000 now)'],
    );
  });

  it('tolerances loosened in the front matter are worse, tightened neutral', () => {
    const tolerances = (after: string) => rowChanges(after).filter((c) => c.kind === 'tolerance-changed');
    const loosened = edit(PAYROLL, '  schedule_days: 10\n', '  schedule_days: 5\n');
    assert.deepEqual(
      tolerances(loosened).map((c) => `${c.subject} ${c.impact} ${c.message}`),
      ['tolerances.schedule_days neutral Schedule tolerance tightened from 10 days to 5 days.'],
    );
    assert.deepEqual(
      diffPlans(side(loosened), side(PAYROLL))
        .filter((c) => c.kind === 'tolerance-changed')
        .map((c) => `${c.impact} ${c.message}`),
      ['worse Schedule tolerance loosened from 5 days to 10 days.'],
    );
    // Looser than the configuration's (10 % by default), which then applies: said.
    const cost = edit(PAYROLL, '  cost_pct: 10\n', '  cost_pct: 25\n');
    assert.deepEqual(
      tolerances(cost).map((c) => `${c.subject} ${c.impact} ${c.message}`),
      ["tolerances.cost_pct worse Cost tolerance loosened from 10% to 25% (the configuration's 10% applies)."],
    );
    // Taken out: the configuration's stands in, worse when it is looser.
    const removed = edit(loosened, '  cost_pct: 10\n  schedule_days: 5\n', '');
    assert.deepEqual(
      diffPlans(side(loosened), side(removed))
        .filter((c) => c.kind === 'tolerance-changed')
        .map((c) => `${c.impact} ${c.message}`),
      [
        "neutral Cost tolerance changed from 10% to the configuration's 10%.",
        "worse Schedule tolerance loosened from 5 days to the configuration's 10 days.",
      ],
    );
  });

  it('sign-offs given and withdrawn, followed by role', () => {
    const fax = fs.readFileSync(path.join(repoRoot, 'examples', 'legacy-fax-retire.plan.md'), 'utf8');
    const sideOf = (text: string) => {
      const result = engine.lintDocument('legacy-fax-retire.plan.md', text, { asOf: AS_OF });
      return { status: engine.status(result.plan!, { asOf: AS_OF }), findings: result.findings };
    };
    const pending = edit(fax, '| Sponsor | S-01 | Approved | 2026-11-19 |', '| Sponsor | S-01 | Pending | - |');
    const given = diffPlans(sideOf(pending), sideOf(fax)).filter((c) => c.kind.startsWith('sign-off'));
    assert.deepEqual(brief(given), ['sign-off-given Sponsor better']);
    assert.match(given[0]!.message, /^Closure signed off by \S.* as Sponsor\.$/);
    const withdrawn = diffPlans(sideOf(fax), sideOf(pending)).filter((c) => c.kind.startsWith('sign-off'));
    assert.deepEqual(brief(withdrawn), ['sign-off-withdrawn Sponsor worse']);
    assert.equal(withdrawn[0]!.message, 'The Sponsor sign-off is now "Pending"; it was Approved.');
  });

  it('a plan added (with its findings) or removed', () => {
    const withFinding = edit(PAYROLL, '| Standard change models | S-07 |', '| Standard change models | TBD |');
    const added = diffPlans(undefined, side(withFinding));
    assert.deepEqual(brief(added), ['plan-added TP-2026-014 neutral', 'finding-introduced H-02 worse']);
    assert.equal(added[0]!.message, 'New plan TP-2026-014 "Payroll to PeopleLine Cloud" at stage control.');
    assert.deepEqual(diffPlans(side(PAYROLL), undefined), [
      {
        kind: 'plan-removed',
        subject: 'TP-2026-014',
        message: 'Plan TP-2026-014 "Payroll to PeopleLine Cloud" was removed.',
        impact: 'neutral',
      },
    ]);
    assert.deepEqual(diffPlans(undefined, undefined), []);
  });

  describe('findings', () => {
    const base = side(PAYROLL);
    const at = (findings: Finding[]): PlanSide => ({ status: base.status, findings });
    const finding = (rule: string, message: string, target?: string): Finding => ({
      rule,
      severity: 'warning',
      message,
      range: { start: { line: 1, character: 0 }, end: { line: 1, character: 1 } },
      ...(target ? { target } : {}),
    });

    it('a reworded finding on the same target is the same finding; a moved one too', () => {
      const before = [
        finding('status-stale', 'The newest status entry is 21 days old.'),
        finding('risk-score-mismatch', 'Score 6, expected 9', 'R-03'),
      ];
      const after = [
        finding('risk-score-mismatch', 'Score 7, expected 9', 'R-03'),
        finding('status-stale', 'The newest status entry is 28 days old.'),
      ];
      assert.deepEqual(diffPlans(at(before), at(after)), []);
    });

    it('counts duplicates: two identical findings before, one after, is one fixed', () => {
      const f = finding('unresolved-reference', 'S-99 is not a stakeholder', 'M-02');
      const changes = diffPlans(at([f, f]), at([f]));
      assert.deepEqual(brief(changes), ['finding-fixed M-02 better']);
      assert.deepEqual(brief(diffPlans(at([f]), at([f, f, f]))), [
        'finding-introduced M-02 worse',
        'finding-introduced M-02 worse',
      ]);
    });

    it('a finding on another target is introduced, the old one fixed', () => {
      const changes = diffPlans(
        at([finding('risk-without-owner', 'R-01 has no owner', 'R-01')]),
        at([finding('risk-without-owner', 'R-02 has no owner', 'R-02')]),
      );
      assert.deepEqual(
        changes.map((c) => c.message),
        ['New warning risk-without-owner: R-02 has no owner', 'Fixed risk-without-owner: R-01 has no owner'],
      );
    });
  });
});
