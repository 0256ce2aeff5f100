/**
 * A combined log (a RAID log): which entries of it belong to which register, found by its Type
 * column or, without one, by the prefix of their IDs.
 */
import assert from 'node:assert/strict';
import { combinedLogEntries } from '../../server/src/engine/combinedLog.js';
import { parsePlan } from '../../server/src/engine/parse/index.js';
import { normalizeHeading } from '../../server/src/engine/text.js';

function plan(heading: string, header: string, rows: readonly string[]) {
  const cells = header.split('|').filter((c) => c.trim()).length;
  return parsePlan(
    'x',
    [
      '---',
      'schema: transition-plan/1',
      '---',
      '## Project Initiation',
      '',
      heading,
      '',
      header,
      `|${' --- |'.repeat(cells)}`,
      ...rows,
      '',
    ].join('\n'),
  );
}

const RAID_ROWS = [
  '| R-01 | Risk | Data is duplicated | S-02 | Open |',
  '| R-02 | Risks | Vendor is late | S-03 | Open |',
  '| A-01 | Assumption | Framework call-off is allowed | S-03 | Open |',
  '| C-01 | Constraint | Go live before September | S-01 | Open |',
  '| I-01 | Issue | Shortlist delayed | S-03 | Open |',
  '| D-01 | Dependency | Portal API 4.2 | S-05 | Open |',
];

describe('combined log', () => {
  const raid = plan('### RAID log', '| ID | Type | Description | Owner | Status |', RAID_ROWS);

  it('finds the entries of each register by their Type', () => {
    const risks = combinedLogEntries(raid, 'risks');
    assert.deepEqual([risks?.heading.text, risks?.types, risks?.ids], ['RAID log', 'Risk', ['R-01', 'R-02']]);
    assert.deepEqual(combinedLogEntries(raid, 'assumptions')?.ids, ['A-01', 'C-01']);
    assert.deepEqual(combinedLogEntries(raid, 'issues')?.ids, ['I-01']);
    // Dependencies and anything else have no register of their own here.
    assert.equal(combinedLogEntries(raid, 'milestones'), undefined);
  });

  it('tells entries apart by their ID prefix when there is no Type column', () => {
    const noType = plan('### Risks and issues', '| ID | Description | Owner | Status |', [
      '| R-01 | Data is duplicated | S-02 | Open |',
      '| I-01 | Shortlist delayed | S-03 | Open |',
    ]);
    assert.deepEqual(combinedLogEntries(noType, 'risks')?.ids, ['R-01']);
    assert.deepEqual(combinedLogEntries(noType, 'issues')?.ids, ['I-01']);
  });

  it('names the log under its usual names, and nothing else', () => {
    for (const heading of ['### RAID', '### RAIDD log', '### Project RAID register', '### Risk and issue log']) {
      assert.ok(combinedLogEntries(plan(heading, '| ID | Type | Description |', RAID_ROWS), 'risks'), heading);
    }
    for (const heading of ['### Braid', '### Raiders', '### Dependencies']) {
      assert.equal(
        combinedLogEntries(plan(heading, '| ID | Type | Description |', RAID_ROWS), 'risks'),
        undefined,
        heading,
      );
    }
  });

  it('leaves a heading the configuration names as a register to that register', () => {
    const named = plan('### RAID log - risks', '| ID | Type | Description |', RAID_ROWS);
    assert.ok(combinedLogEntries(named, 'assumptions'));
    const aliases = new Map([[normalizeHeading('RAID log - risks'), 'risks' as const]]);
    assert.equal(combinedLogEntries(named, 'assumptions', aliases), undefined);
  });

  it('says nothing when the log holds no entry of the register', () => {
    const onlyIssues = plan('### RAID log', '| ID | Type | Description |', ['| I-01 | Issue | Shortlist delayed |']);
    assert.equal(combinedLogEntries(onlyIssues, 'risks'), undefined);
  });
});
