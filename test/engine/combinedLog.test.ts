/**
 * A combined log (a RAID log): which entries of it belong to which register, found by its Type
 * column or, without one, by the prefix of their IDs.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { combinedLogEntries } from '../../server/src/engine/combinedLog.js';
import { DEFAULT_CONFIG, parseConfig } from '../../server/src/engine/config.js';
import { applyEdits } from '../../server/src/engine/fix.js';
import { createPlanEngine } from '../../server/src/engine/index.js';
import { parsePlan } from '../../server/src/engine/parse/index.js';
import { registerForHeading } from '../../server/src/engine/schema.js';
import { normalizeHeading } from '../../server/src/engine/text.js';
import { repoRoot } from '../helpers.js';

const engine = createPlanEngine();

/** A plan's text with one table under `heading` in Project Initiation. */
function planText(heading: string, header: string, rows: readonly string[]): string {
  const cells = header.split('|').filter((c) => c.trim()).length;
  return [
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
  ].join('\n');
}

function plan(heading: string, header: string, rows: readonly string[]) {
  return parsePlan('x', planText(heading, header, rows));
}

/** A Risks table under a RAID log's name, as Word writes it (an en dash), with one risk owned by `owner`. */
function risksUnderRaidName(owner: string, heading = '### RAID log'): string {
  return planText(heading, '| ID | Risk | Likelihood | Impact | Owner | Mitigation | Status |', [
    `| R-01 | Number porting fails at cutover | 4 | 4 | ${owner} | Porting rehearsal | Open |`,
  ]);
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
    const named = plan('### RAID log - workstream A', '| ID | Type | Description |', RAID_ROWS);
    assert.ok(combinedLogEntries(named, 'assumptions'));
    const aliases = new Map([[normalizeHeading('RAID log - workstream A'), 'risks' as const]]);
    assert.equal(combinedLogEntries(named, 'assumptions', aliases), undefined);
  });

  it("reads a part of a RAID log kept in a table of its own by the register's name after the log's", () => {
    const cases: readonly (readonly [string, string | undefined])[] = [
      ['RAID log \u2013 Risks', 'risks'],
      ['RAID log - risks', 'risks'],
      ['RAID: Issues', 'issues'],
      ['RAID register / Assumptions', 'assumptions'],
      ['RAIDD log \u2014 Decisions', 'decisions'],
      // No register after the log's name: the log itself.
      ['RAID log \u2013 Q3', undefined],
      ['RAID log', undefined],
    ];
    for (const [heading, kind] of cases) assert.equal(registerForHeading(heading), kind, heading);
    // Read as the register, with its own checks: no "No Risks register".
    const findings = engine.lintDocument('x.plan.md', risksUnderRaidName('', '### RAID log \u2013 Risks'), {
      config: DEFAULT_CONFIG,
      asOf: '2026-12-01',
    }).findings;
    assert.deepEqual(
      findings.filter((f) => f.rule === 'missing-risks' || f.rule === 'risk-without-owner').map((f) => f.rule),
      ['risk-without-owner'],
    );
    assert.ok(combinedLogEntries(plan('### RAID log \u2013 Q3', '| ID | Type | Description |', RAID_ROWS), 'risks'));
  });

  it('reads a dash typed as an en or em dash as the hyphen a configured name has', () => {
    // Word and Confluence turn ` - ` into ` – `; the configuration names the heading with a hyphen.
    for (const written of ['RAID log \u2013 Risks', 'RAID log \u2014 risks', 'RAID log - Risks', 'RAID log: Risks']) {
      assert.equal(normalizeHeading(written), normalizeHeading('RAID log - risks'), written);
    }
    assert.equal(normalizeHeading('Go\u2013live readiness'), normalizeHeading('Go-live readiness'));
    const config = parseConfig('aliases:\n  registers:\n    RAID log - Workstream A: Risks\n', engine.rules).config;
    const text = risksUnderRaidName('', '### RAID log \u2013 Workstream A');
    const findings = engine.lintDocument('x.plan.md', text, { config, asOf: '2026-12-01' }).findings;
    assert.deepEqual(
      findings.filter((f) => f.rule === 'missing-risks' || f.rule === 'risk-without-owner').map((f) => f.rule),
      ['risk-without-owner'],
    );
  });

  it('is the register under a log name when it holds nothing else: renaming the heading repairs it', () => {
    const onlyRisks = risksUnderRaidName('S-01');
    const lint = (t: string) =>
      engine.lintDocument('x.plan.md', t, { config: DEFAULT_CONFIG, asOf: '2026-12-01' }).findings;
    const finding = lint(onlyRisks).find((f) => f.rule === 'missing-risks');
    assert.equal(
      finding?.message,
      'No Risks register: "RAID log" holds 1 Risk entry (R-01) and nothing else, and Handoff reads them only from their own "### Risks" table under Project Initiation. Rename it "### Risks" (or add "RAID log" under aliases.registers in .handoff.yaml).',
    );
    const fix = finding.fixes?.[0];
    assert.equal(fix?.isPreferred, true);
    const renamed = applyEdits(onlyRisks, fix!.edits);
    assert.match(renamed, /\n### Risks\n/);
    assert.equal(parsePlan('x', renamed).rows('risks').length, 1);
    assert.equal(
      lint(renamed).find((f) => f.rule === 'missing-risks'),
      undefined,
    );
  });

  it('says nothing when the log holds no entry of the register', () => {
    const onlyIssues = plan('### RAID log', '| ID | Type | Description |', ['| I-01 | Issue | Shortlist delayed |']);
    assert.equal(combinedLogEntries(onlyIssues, 'risks'), undefined);
  });

  it('has fixes that move its entries into their registers, each where it belongs', () => {
    // The payroll example with its Risks and Issues kept in a RAID log under Project Control.
    const lines = fs.readFileSync(path.join(repoRoot, 'examples/payroll-cloud.plan.md'), 'utf8').split('\n');
    const at = (heading: string) => lines.indexOf(heading);
    const rowsOf = (heading: string) => {
      const rows: string[] = [];
      for (let n = at(heading) + 4; lines[n]?.startsWith('|'); n++) rows.push(lines[n]!);
      return rows;
    };
    const withType = (type: string, rows: string[]) =>
      rows.map((r) => r.replace(/^(\| [A-Z]+-\d+ \|)/, `$1 ${type} |`));
    const raid = [
      '### RAID log',
      '',
      '| ID | Type | Description | L | I | Score | Owner | Response | Mitigation | Contingency | Status | Review |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      ...withType('Risk', rowsOf('### Risks')),
      '| I-01 | Issue | Pension deductions off by 1p for 212 employees | | | | S-02 | | | | Open | |',
      '| I-02 | Issue | Bank test submission account not provisioned | | | | S-06 | | | | Open | |',
      '| I-03 | Issue | SSO group for payroll approvers missing | | | | S-06 | | | | Closed | |',
      '| D-01 | Dependency | Bank file format approved by the bank | | | | S-06 | | | | Open | |',
      '',
    ];
    const without = lines.filter((_, n) => !(n >= at('### Risks') && n < at('### Assumptions and constraints')));
    const control = without.indexOf('### Issues');
    without.splice(control, without.indexOf('### Corrective actions') - control, ...raid);
    let text = without.join('\n');
    const lint = (t: string) =>
      engine.lintDocument('x.plan.md', t, { config: DEFAULT_CONFIG, asOf: '2026-12-01', matchesGlob: true }).findings;
    for (const rule of ['missing-risks', 'missing-register']) {
      const finding = lint(text).find((f) => f.rule === rule && f.target !== 'goLiveReadiness');
      assert.ok(finding, rule);
      const fix = finding.fixes?.[0];
      assert.match(
        fix?.title ?? '',
        /^Move the (Risk|Issue) \d+ entries of "RAID log" into their own (Risks|Issues) table$/,
      );
      assert.equal(fix?.isPreferred, true);
      text = applyEdits(text, fix!.edits);
    }
    const after = lint(text);
    assert.deepEqual(
      after
        .filter((f) => ['missing-risks', 'table-columns'].includes(f.rule) || f.target === 'issues')
        .map((f) => f.message),
      [],
    );
    const plan = parsePlan('x', text);
    assert.deepEqual(
      plan.rows('risks').map((r) => r.id),
      ['R-01', 'R-02', 'R-03', 'R-04', 'R-05'],
    );
    assert.deepEqual(
      plan.rows('issues').map((r) => r.id),
      ['I-01', 'I-02', 'I-03'],
    );
    // Risks belong under Project Initiation; the Issues table follows the log under Project Control.
    const initiation = plan.section('initiation')!;
    assert.ok(plan.register('risks')!.heading.offset < initiation.endOffset);
    assert.match(
      text,
      /### RAID log\n\n\| ID \| Type [^\n]*\n\| --- [^\n]*\n\| D-01 \| Dependency [^\n]*\n\n### Issues/,
    );
  });
});
