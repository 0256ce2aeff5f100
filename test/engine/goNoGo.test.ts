/**
 * An approved No-go holds go-live: go-live-readiness says so, and what to do (move the go-live
 * date), instead of asking who decided to go live.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_CONFIG } from '../../server/src/engine/config.js';
import { saysNoGo } from '../../server/src/engine/goNoGo.js';
import { createPlanEngine } from '../../server/src/engine/index.js';
import { repoRoot } from '../helpers.js';

const engine = createPlanEngine();
const PAYROLL = fs.readFileSync(path.join(repoRoot, 'examples', 'payroll-cloud.plan.md'), 'utf8');
const PROPOSED = '| D-03 | Go/no-go for cutover on 2027-01-04 | Go/No-go | Helen Marsh | - | Proposed | - |';

function goNoGoMessages(text: string): string[] {
  return engine
    .lintDocument('p.plan.md', text, { asOf: '2027-01-05', config: DEFAULT_CONFIG })
    .findings.filter((f) => f.rule === 'go-live-readiness' && f.target === 'go-no-go')
    .map((f) => f.message);
}

describe('an approved No-go', () => {
  it('is said to hold go-live, with the go-live date to move', () => {
    assert.ok(PAYROLL.includes(PROPOSED));
    const held = PAYROLL.replace(
      PROPOSED,
      '| D-03 | No-go: cutover deferred to 2027-02-01 | Go/No-go | Helen Marsh | 2026-12-15 | Approved | - |',
    );
    assert.deepEqual(goNoGoMessages(held), [
      "D-03 is an approved No-go and the go-live date 2027-01-04 has been reached: go-live is held, so move `dates.go_live` (and the go-live milestone's Forecast) to the date now planned, and record the Go decision when it is taken.",
    ]);
  });

  it('is no decision while only proposed, and a Go leaves nothing to say', () => {
    assert.match(goNoGoMessages(PAYROLL)[0] ?? '', /^No approved Go\/No-go decision and the go-live date/);
    const go = PAYROLL.replace(
      PROPOSED,
      '| D-03 | Go for cutover on 2027-01-04 | Go/No-go | Helen Marsh | 2026-12-15 | Approved | - |',
    );
    assert.deepEqual(goNoGoMessages(go), []);
  });
});

describe('what a Go/No-go decision says', () => {
  const NO_GO = [
    'No-go: cutover deferred to 2027-02-01',
    'NO GO',
    'Do not proceed with the cutover',
    'Not ready - cutover moved to January',
    'Hold go-live until I-04 is fixed',
    'On hold pending the PCI fix',
    'Postponed cutover to 13 January',
    'Cutover postponed to 13 January (no-go)',
    'Go-live is deferred to February',
    // Stopping the go-live in other words.
    'Abort cutover – DR rehearsal failed; go-live rescheduled',
    'Go-live rescheduled to 2027-03-01',
    'Stop: re-plan cutover',
    'Halt – data issues',
    'Cancelled the release',
    'Cutover called off',
    // The question answered no.
    'Proceed: No',
    'Go-live 7 Dec: NO',
    // With the day after what was stopped, rejected or re-planned; the board deciding against.
    'Go-live 7 Dec postponed pending exception plan',
    'Go-live on 5 March 2027 rescheduled',
    'Go-live re-planned for 22 Jan',
    'Reject go-live',
    'Board decided not to go live on 7 Dec',
    'Go? No – DR test failed',
    // After a label, as minutes and pasted pages write it.
    'Decision: No-Go \u2013 PCI recording defect open; cutover moved to 13 Jan',
    'Go/No-go outcome: NO-GO, postpone by one week',
    'Board decision - not ready',
    // A note at the end.
    'Cutover to the new platform - NO-GO',
    'Weekend cutover (No go)',
  ];
  const GO = [
    'Go for cutover on 2027-01-04',
    'Go/no-go for cutover on 2027-01-04',
    'Decision: Go',
    'Go \u2013 all no-go criteria cleared',
    'Proceed with cutover on 4 January',
    'Go: the previous no-go (D-01) is lifted',
    'Holdback payments released; go',
    'Go – stop the legacy batch after cutover',
    'Proceed; stop the old system after go-live',
    'Proceed: Yes',
    'Go-live approved',
    'Release approved for 5 Jan',
    'Go: now, as planned',
  ];

  it('reads a no-go at its start, after a label, or in a note at its end', () => {
    assert.ok(NO_GO.length > 0);
    for (const text of NO_GO) assert.equal(saysNoGo(text), true, text);
  });

  it('reads a go, including one that mentions no-go criteria or a lifted no-go', () => {
    assert.ok(GO.length > 0);
    for (const text of GO) assert.equal(saysNoGo(text), false, text);
  });
});

describe('the Go/No-go decision that stands', () => {
  const decisions = (...rows: string[]) => PAYROLL.replace(PROPOSED, rows.join('\n'));

  it('is the later one: a No-go taken after a Go holds go-live again', () => {
    const text = decisions(
      '| D-03 | Go for cutover on 2027-01-04 | Go/No-go | Helen Marsh | 2026-12-01 | Approved | - |',
      '| D-04 | Decision: No-Go \u2013 PCI defect open; cutover moved | Go/No-go | Helen Marsh | 2026-12-04 | Approved | - |',
    );
    assert.match(goNoGoMessages(text)[0] ?? '', /^D-04 is an approved No-go /);
  });

  it('is a Go again once a Go is taken after the No-go', () => {
    const text = decisions(
      '| D-03 | No-go: PCI defect open | Go/No-go | Helen Marsh | 2026-12-04 | Approved | - |',
      '| D-04 | Go for cutover on 2027-01-04 | Go/No-go | Helen Marsh | 2026-12-20 | Approved | - |',
    );
    assert.deepEqual(goNoGoMessages(text), []);
  });

  it('goes by the dates first, then by the order of the register', () => {
    // Written newest first: the Go (20 December) is later than the No-go (4 December).
    const newestFirst = decisions(
      '| D-04 | Go for cutover on 2027-01-04 | Go/No-go | Helen Marsh | 2026-12-20 | Approved | - |',
      '| D-03 | No-go: PCI defect open | Go/No-go | Helen Marsh | 2026-12-04 | Approved | - |',
    );
    assert.deepEqual(goNoGoMessages(newestFirst), []);
    // Without dates, the row below is the later one.
    const undated = decisions(
      '| D-03 | Go for cutover on 2027-01-04 | Go/No-go | Helen Marsh | - | Approved | - |',
      '| D-04 | Not ready: cutover moved | Go/No-go | Helen Marsh | - | Approved | - |',
    );
    assert.match(goNoGoMessages(undated)[0] ?? '', /^D-04 is an approved No-go /);
  });
});

describe('no Decisions register when go-live is near', () => {
  it('offers the register with a Go/No-go for the sponsor, dated from the plan, not the template', () => {
    const file = path.join(repoRoot, 'test/fixtures/rules/go-live-readiness/fires-no-decisions-register.plan.md');
    const text = fs.readFileSync(file, 'utf8');
    const finding = engine
      .lintDocument(file, text, { asOf: '2026-07-01', config: DEFAULT_CONFIG })
      .findings.find((f) => f.rule === 'go-live-readiness' && f.target === 'go-no-go');
    const fix = finding?.fixes?.find((f) => f.title === 'Add the Decisions register');
    assert.ok(fix, finding?.message);
    assert.equal(fix.isPreferred, false);
    // The sponsor (S-01, as this plan writes people), the go-live date (2026-07-06), Proposed.
    assert.match(
      fix.edits[0]!.newText,
      /\| D-01 \| What was decided \| Go\/No-go \| S-01 \| 2026-07-06 \| Proposed \|$/,
    );
  });
});
