/**
 * An A in a Responsibilities column that names a team (`IT Service Desk`, a configured `CAB`):
 * `raci-accountability` says accountability needs one person, and where exactly one stakeholder's
 * Role or Responsibility shows them leading that team, names them and offers, not preferred,
 * moving the A to them.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_CONFIG } from '../../server/src/engine/config.js';
import { applyEdits } from '../../server/src/engine/fix.js';
import { createPlanEngine } from '../../server/src/engine/index.js';
import type { Finding } from '../../server/src/engine/types.js';
import { repoRoot } from '../helpers.js';

const engine = createPlanEngine();
const example = fs.readFileSync(path.join(repoRoot, 'examples/payroll-cloud.plan.md'), 'utf8');
const HEADER = '| Activity | S-01 | S-02 | S-03 | S-04 | S-06 | S-07 | S-08 |';
const DELIMITER = '| --- | --- | --- | --- | --- | --- | --- | --- |';
const CAB_ROW = '| Change request and CAB approval | I | C | R | C | - | A | - |';

/** The example with a column `team` in its Responsibilities, holding the A of the CAB approval row. */
function withTeamColumn(team: string, plan = example): string {
  for (const s of [HEADER, DELIMITER, CAB_ROW]) assert.ok(plan.includes(s), s);
  const lines = plan.split('\n');
  const start = lines.indexOf(HEADER);
  for (let i = start; lines[i]!.startsWith('|'); i++) {
    const line = lines[i]!;
    lines[i] =
      line === HEADER
        ? `${line} ${team} |`
        : line === DELIMITER
          ? `${line} --- |`
          : line === CAB_ROW
            ? '| Change request and CAB approval | I | C | R | C | - | R | - | A |'
            : `${line} I |`;
  }
  return lines.join('\n');
}

function raciFindings(text: string, config = DEFAULT_CONFIG): Finding[] {
  return engine
    .lintDocument('p.plan.md', text, { asOf: '2026-11-25', matchesGlob: true, withFixes: true, config })
    .findings.filter((f) => f.rule === 'raci-accountability');
}

const fixesOf = (f: Finding) => (f.fixes ?? []).map((x) => [x.title, x.isPreferred === true, x.safe === true]);

describe('raci-accountability: an A under a team', () => {
  it('names the one stakeholder whose role leads the team, and offers a column for them with the A', () => {
    const text = withTeamColumn('IT Service Desk');
    const [finding, ...more] = raciFindings(text);
    assert.ok(finding);
    assert.equal(more.length, 0);
    assert.equal(
      finding.message,
      'Activity "Change request and CAB approval" is Accountable to IT Service Desk, a team: accountability needs one person. Mark the A in the column of the person who owns the outcome (Grace Lindqvist (S-05, Service desk manager) leads IT Service Desk and may be that person); the team can be R, C or I.',
    );
    assert.deepEqual(fixesOf(finding), [
      [
        'Add a column S-05 with the A for Grace Lindqvist (S-05, Service desk manager), and mark IT Service Desk R',
        false,
        false,
      ],
    ]);
    const after = applyEdits(text, finding.fixes![0]!.edits);
    assert.ok(after.includes(`${HEADER} IT Service Desk | S-05 |`));
    assert.ok(after.includes('| Change request and CAB approval | I | C | R | C | - | R | - | R | A |'));
    assert.ok(after.includes('| Go/no-go decision | A | R | R | R | C | C | I | I | - |'));
    assert.deepEqual(raciFindings(after), []);
  });

  it('moves the A into the lead’s own column when the table has one, keeping their R', () => {
    const text = withTeamColumn('IT Service Desk')
      .replace(`${HEADER} IT Service Desk |`, `${HEADER} IT Service Desk | Grace Lindqvist |`)
      .replace(`${DELIMITER} --- |`, `${DELIMITER} --- | --- |`)
      .replace(/^(\| [^|\n]+ \|(?: [^|\n]+ \|){8})$/gm, (row) =>
        row.startsWith('| Change request') ? `${row} R |` : `${row} - |`,
      );
    const [finding] = raciFindings(text);
    assert.deepEqual(fixesOf(finding!), [
      ['Mark Grace Lindqvist (S-05, Service desk manager) A/R and IT Service Desk R', false, false],
    ]);
    const after = applyEdits(text, finding!.fixes![0]!.edits);
    assert.ok(after.includes('| Change request and CAB approval | I | C | R | C | - | R | - | R | A/R |'));
    assert.deepEqual(raciFindings(after), []);
  });

  it('reads who leads a team in their Responsibility too (a configured party)', () => {
    const text = withTeamColumn('CAB')
      .replace('| ID | Name | Handle | Role | Team |', '| ID | Name | Handle | Role | Team | Responsibility |')
      .replace('| --- | --- | --- | --- | --- |\n| S-01', '| --- | --- | --- | --- | --- | --- |\n| S-01')
      .replace(/^(\| S-\d\d \|.*\|)$/gm, (row) =>
        row.startsWith('| S-07 ') ? `${row} Chairs the CAB |` : `${row} - |`,
      );
    const config = { ...DEFAULT_CONFIG, parties: ['CAB'] };
    const [finding] = raciFindings(text, config);
    assert.match(finding!.message, /\(Marcus Bell \(S-07, Chairs the CAB\) leads CAB and may be/);
    assert.deepEqual(fixesOf(finding!), [['Mark Marcus Bell (S-07, Chairs the CAB) A/R and CAB R', false, false]]);
  });

  it('says only what it said before where nobody, or more than one, leads the team: no fix', () => {
    // IT Governance: a change, a configuration and a service level manager; none names it.
    const [governance] = raciFindings(withTeamColumn('IT Governance'));
    assert.equal(
      governance!.message,
      'Activity "Change request and CAB approval" is Accountable to IT Governance, a team: accountability needs one person. Mark the A in the column of the person who owns the outcome; the team can be R, C or I.',
    );
    assert.equal(governance!.fixes, undefined);
    // A deputy does not lead the team; two who do leave which one owns it to the plan.
    const deputy = withTeamColumn('IT Service Desk').replace(
      '| S-11 | Owen Price | @o.price | Knowledge manager |',
      '| S-11 | Owen Price | @o.price | Deputy service desk manager |',
    );
    assert.match(raciFindings(deputy)[0]!.message, /\(Grace Lindqvist \(S-05, Service desk manager\) leads/);
    const two = withTeamColumn('IT Service Desk').replace(
      '| S-11 | Owen Price | @o.price | Knowledge manager |',
      '| S-11 | Owen Price | @o.price | Service desk team lead |',
    );
    assert.notEqual(two, withTeamColumn('IT Service Desk'));
    const [finding] = raciFindings(two);
    assert.doesNotMatch(finding!.message, /leads IT Service Desk/);
    assert.equal(finding!.fixes, undefined);
  });
});
