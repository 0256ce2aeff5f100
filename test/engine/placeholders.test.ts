/**
 * Placeholders a template or fix writes for the author to type over: until they are typed over,
 * nothing has been written, so no finding is cleared by them and derived health does not improve.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_CONFIG } from '../../server/src/engine/config.js';
import { applyEdits } from '../../server/src/engine/fix.js';
import { createPlanEngine } from '../../server/src/engine/index.js';
import type { Row } from '../../server/src/engine/model.js';
import { isPrompt, isSampleRow } from '../../server/src/engine/placeholders.js';
import { planSkeleton } from '../../server/src/engine/planSkeleton.js';
import { frontMatterWritten } from './skeletonFacts.js';
import type { Finding } from '../../server/src/engine/types.js';
import { fixturePath, repoRoot } from '../helpers.js';
import { typedOver } from '../typedOver.js';

const engine = createPlanEngine();
const AS_OF = '2026-12-05';
const opts = { asOf: AS_OF, matchesGlob: true };

/** Every preferred fix applied, one at a time, until none is left (at most 50). */
function applyPreferred(text: string): { text: string; applied: string[] } {
  const applied: string[] = [];
  for (let i = 0; i < 50; i++) {
    const findings = engine.lintDocument('x.plan.md', text, opts).findings;
    const finding = findings.find((f) => f.fixes?.some((x) => x.isPreferred));
    if (!finding) return { text, applied };
    const fix = finding.fixes!.find((x) => x.isPreferred)!;
    applied.push(`${finding.rule}: ${fix.title}`);
    text = applyEdits(text, fix.edits);
  }
  assert.fail(`preferred fixes did not settle: ${applied.join('; ')}`);
}

const derivedHealth = (text: string) =>
  engine.status(engine.parse('x.plan.md', text), { config: DEFAULT_CONFIG, asOf: AS_OF }).derivedHealth;
const brief = (findings: readonly Finding[]) => findings.map((f) => `${f.rule}: ${f.message}`);

/** The first data row of the first table under a heading of a one-register plan. */
function rowOf(markdown: string): Row {
  const plan = engine.parse('x.plan.md', `---\nschema: transition-plan/1\nstage: planning\n---\n\n${markdown}\n`);
  const row = plan.registers[0]?.table?.rows[0];
  assert.ok(row, 'no row read');
  return row;
}

describe('placeholders: what is read as not yet written', () => {
  it('a prompt matches whatever its case and a closing full stop, and only in its own column', () => {
    assert.equal(isPrompt('risks', 'mitigation', 'What reduces it'), true);
    assert.equal(isPrompt('risks', 'mitigation', 'what reduces the likelihood or impact.'), true);
    assert.equal(isPrompt('risks', 'mitigation', 'What reduces it: a policy freeze'), false);
    assert.equal(isPrompt('risks', 'risk', 'What reduces it'), false);
    // A column whose example is a value, not a prompt: a real interface may be with that process.
    assert.equal(isPrompt('processInterfaces', 'process', 'Change Management'), false);
    // The registers whose template rows used to read as written entries (a resource, an activity,
    // a budget line, an audience, a readiness criterion's evidence) hold prompts now.
    assert.equal(isPrompt('resources', 'resource', 'What the transition needs'), true);
    assert.equal(isPrompt('responsibilities', 'activity', 'What is done or delivered'), true);
    assert.equal(isPrompt('processInterfaces', 'provides', 'What the process provides'), true);
    assert.equal(isPrompt('resourceConsumption', 'line', 'What the money is for'), true);
    assert.equal(isPrompt('communicationPlan', 'audience', 'Who is told'), true);
    assert.equal(isPrompt('goLiveReadiness', 'evidence', 'What shows it is met'), true);
  });

  it('a prompt opening with a bracket, a space or another script is still compared (the first-letter test lets it through)', () => {
    assert.equal(isPrompt('risks', 'mitigation', '[What reduces the likelihood or impact]'), true);
    assert.equal(isPrompt('risks', 'mitigation', '<What reduces it>'), true);
    assert.equal(isPrompt('risks', 'mitigation', '\u00a0What reduces it'), true);
    assert.equal(isPrompt('risks', 'mitigation', 'WHAT REDUCES IT?'), true);
    assert.equal(isPrompt('risks', 'mitigation', 'Freeze changes'), false);
    assert.equal(isPrompt('risks', 'mitigation', 'Ärzte schulen'), false);
    assert.equal(isPrompt('risks', 'mitigation', ''), false);
    // The cell fix's own prompt, whose first letter is the column's too.
    assert.equal(isPrompt('risks', 'contingency', 'What the project does if it happens'), true);
  });

  it("a stakeholder's `<Role> name` is a placeholder only for that row's role", () => {
    const table = (name: string, role: string) =>
      `### Stakeholders\n\n| ID | Name | Role |\n| --- | --- | --- |\n| S-01 | ${name} | ${role} |`;
    assert.equal(isSampleRow('stakeholders', rowOf(table('Sponsor name', 'Sponsor'))), true);
    assert.equal(isSampleRow('stakeholders', rowOf(table('Full name', 'Sponsor'))), true);
    assert.equal(isSampleRow('stakeholders', rowOf(table('Karen Holt', 'Sponsor'))), false);
    // The role's first letter is not the column prompt's (`Full name`): still compared.
    assert.equal(isSampleRow('stakeholders', rowOf(table('Project manager name', 'Project manager'))), true);
    assert.equal(isSampleRow('stakeholders', rowOf(table('Project manager name', 'Sponsor'))), false);
  });

  it('a fix or a message names a stakeholder whose Name is still a placeholder by ID and role', () => {
    const file = fixturePath('rules', 'risk-without-owner', 'fires-placeholder-names.plan.md');
    const findings = engine.lintDocument(file, fs.readFileSync(file, 'utf8'), { asOf: '2026-06-01' }).findings;
    const titles = findings.flatMap((f) => (f.fixes ?? []).map((x) => x.title));
    assert.ok(titles.includes('Set risk owner to S-03 (Project manager)'), titles.join('; '));
    assert.ok(!titles.some((t) => / name\b/.test(t)), `a fix names a placeholder: ${titles.join('; ')}`);
    const review = findings.find((f) => f.rule === 'risk-review-overdue');
    assert.match(review?.message ?? '', /with its owner, S-03 \(Project manager\)/);
    const core = findings.find((f) => f.rule === 'missing-core-role');
    assert.deepEqual(
      core?.fixes?.map((x) => x.title),
      ['Set sponsor to S-01 (Sponsor)'],
    );
  });

  it('a row is a sample only while every prompt in it is still a prompt', () => {
    const risks = (risk: string, mitigation: string) =>
      `### Risks\n\n| ID | Risk | Likelihood | Impact | Owner | Mitigation | Status |\n| --- | --- | --- | --- | --- | --- | --- |\n| R-01 | ${risk} | 3 | 3 | S-01 | ${mitigation} | Open |`;
    assert.equal(isSampleRow('risks', rowOf(risks('What could happen', 'What reduces it'))), true);
    assert.equal(isSampleRow('risks', rowOf(risks('What could happen', '-'))), true);
    assert.equal(isSampleRow('risks', rowOf(risks('Bank rejects the file', 'What reduces it'))), false);
  });
});

describe('placeholders: fixes that write them do not count as repairs', () => {
  const example = fs.readFileSync(path.join(repoRoot, 'examples', 'service-desk-planning.plan.md'), 'utf8');

  it('every preferred fix applied to an example leaves what it left to write reported, and health not green', () => {
    const before = engine.lintDocument('x.plan.md', example, opts).findings;
    const { text, applied } = applyPreferred(example);
    assert.ok(applied.length >= 5, applied.join('\n'));
    // What no fix is preferred for is the author's to decide (who is Accountable), and stays.
    const key = (f: Finding) => `${f.rule} ${f.target}`;
    const undecided = before.filter((f) => !(f.fixes ?? []).some((x) => x.isPreferred)).map(key);
    assert.deepEqual(
      undecided.map((k) => k.split(' ')[0]),
      ['raci-accountability', 'missing-handover-owner'],
    );
    const after = engine.lintDocument('x.plan.md', text, opts).findings.filter((f) => !undecided.includes(key(f)));
    assert.ok(after.length > 0 && after.length < before.length, brief(after).join('\n'));
    for (const f of after) assert.match(f.message, /still reads? the placeholder|template's sample/, f.message);
    assert.notEqual(derivedHealth(text), 'green');
    // Typed over, the placeholders are written and every finding is gone but the undecided ones.
    const written = typedOver(text);
    assert.deepEqual(engine.lintDocument('x.plan.md', written, opts).findings.map(key), undecided);
  });

  it('a register of template samples only is reported once, at its heading, not again per cell', () => {
    const file = fixturePath('rules', 'missing-risks', 'fires-sample-row.plan.md');
    const findings = engine.lintDocument(file, fs.readFileSync(file, 'utf8'), { asOf: '2026-06-01' }).findings;
    const risks = findings.filter((f) => /risk/.test(f.rule));
    assert.deepEqual(
      risks.map((f) => f.rule),
      ['missing-risks'],
    );
    assert.match(risks[0]!.message, /holds only the template's sample row R-01/);
    assert.deepEqual(risks[0]!.fixes ?? [], []);
  });

  it('no fix writes a placeholder over the same placeholder', () => {
    const file = fixturePath('rules', 'risk-without-mitigation', 'fires-placeholder.plan.md');
    const findings = engine.lintDocument(file, fs.readFileSync(file, 'utf8'), { asOf: '2026-06-01' }).findings;
    const placeholders = findings.filter((f) => f.rule === 'risk-without-mitigation');
    assert.equal(placeholders.length, 2);
    for (const f of placeholders) assert.deepEqual(f.fixes ?? [], [], f.message);
  });

  it("the status entry fix's placeholder, left as it is, keeps status-stale an error while the last written entry is that old", () => {
    const stale = engine.lintDocument('x.plan.md', example, opts).findings.find((f) => f.rule === 'status-stale');
    assert.equal(stale?.severity, 'error');
    const fix = stale.fixes!.find((f) => f.isPreferred)!;
    const after = engine
      .lintDocument('x.plan.md', applyEdits(example, fix.edits), opts)
      .findings.filter((f) => f.rule === 'status-stale');
    assert.equal(after.length, 1);
    assert.equal(after[0]!.severity, 'error');
    assert.match(
      after[0]!.message,
      /still reads the placeholder .* The newest entry written \(2026-11-04\) is 31 days old/,
    );
  });

  it("the status page's latest status is the newest entry written, not a sample left at the top", () => {
    const text = fs.readFileSync(path.join(repoRoot, 'examples', 'service-desk-planning.plan.md'), 'utf8');
    const latest = (t: string) =>
      engine.status(engine.parse('x.plan.md', t), { config: DEFAULT_CONFIG, asOf: AS_OF }).latestStatus?.summary;
    const before = latest(text);
    assert.ok(before, 'the example has a status entry');
    const fix = engine
      .lintDocument('x.plan.md', text, opts)
      .findings.find((f) => f.rule === 'status-stale')
      ?.fixes?.find((x) => x.isPreferred);
    assert.ok(fix, 'status-stale offers its entry fix');
    const withSample = applyEdits(text, fix.edits);
    assert.match(withSample, /Where the transition stands/);
    assert.equal(latest(withSample), before);
    assert.match(latest(typedOver(withSample)) ?? '', /^Written by the author \d+$/);
  });

  it('a Status log of samples only is reported where missing-status-report does not apply yet (planning)', () => {
    const file = fixturePath('rules', 'missing-status-report', 'fires-sample-row.plan.md');
    const control = fs.readFileSync(file, 'utf8');
    const rules = (text: string) =>
      engine
        .lintDocument(file, text, { asOf: '2026-06-01' })
        .findings.filter((f) => /status/.test(f.rule))
        .map((f) => f.rule);
    assert.deepEqual(rules(control), ['missing-status-report']);
    const planning = control.replace(/^stage: control$/m, 'stage: planning');
    assert.notEqual(planning, control, 'the fixture is at control');
    assert.deepEqual(rules(planning), ['status-stale']);
  });

  it('a sample row is no fact: a register of samples only is not also overdue, and an approved sample decision is no Go', () => {
    // Its front matter written (go-live 2027-06-01), so that the readiness rule applies.
    const skeleton = frontMatterWritten(
      planSkeleton(
        { id: 'TP-2027-001', title: 'T', service: 'S', transitionType: 'change' },
        { asOf: '2027-03-10', stage: 'control', currency: 'GBP' },
      ),
    );
    const rules = (text: string, asOf: string) =>
      engine
        .lintDocument('n.plan.md', text, { asOf, matchesGlob: true })
        .findings.map((f) => `${f.rule}: ${f.message}`);
    // Months after every sample date: the samples are reported by the registers' own rules only.
    const late = rules(skeleton, '2027-12-01');
    assert.ok(late.some((f) => f.startsWith('missing-risks: ')));
    assert.deepEqual(
      late.filter((f) => f.startsWith('risk-review-overdue')),
      [],
    );
    // Its handovers name real processes (only their criteria are placeholders): they are read, and
    // with no go-live date yet they are not dated, so not late either.
    assert.ok(
      late.some((f) => f.startsWith('handover-without-acceptance-criteria: Handover H-01 (Incident Management)')),
    );
    assert.deepEqual(
      late.filter((f) => f.startsWith('handover-overdue')),
      [],
    );
    // The sample decision approved as a Go/No-go, its text still the placeholder: no approval to go live.
    const approved = skeleton.replace(
      /\| Go\/No-go \| (\S+) \| (\S+) \| Proposed \|/,
      '| Go/No-go | $1 | 2027-06-01 | Approved |',
    );
    assert.notEqual(approved, skeleton, 'the skeleton has a sample Go/No-go decision');
    assert.ok(
      rules(approved, '2027-06-05').some((f) => f.startsWith('go-live-readiness: No approved Go/No-go decision')),
    );
  });

  it('a sample item with a nested list under it is written (`- Lesson` as a label)', () => {
    const file = fixturePath('rules', 'missing-lessons-learned', 'fires-sample-item.plan.md');
    const text = fs.readFileSync(file, 'utf8');
    const lessons = (t: string) =>
      engine.lintDocument(file, t, { asOf: '2026-06-01' }).findings.filter((f) => f.rule === 'missing-lessons-learned');
    assert.equal(lessons(text).length, 1);
    const nested = text.replace(
      '- Lesson\n',
      '- Lesson\n  - Start discovery from the telco call records, not the CMDB.\n',
    );
    assert.notEqual(nested, text);
    assert.deepEqual(lessons(nested), []);
  });
});

describe('an owner the plan says is not agreed yet', () => {
  it('gets the same choices as an empty cell, none preferred: deciding it is the plan’s', () => {
    const file = fixturePath('rules', 'missing-handover-owner', 'fires-owner-tbd-or-dash.plan.md');
    const findings = createPlanEngine()
      .lintDocument(file, fs.readFileSync(file, 'utf8'), { asOf: '2026-06-01' })
      .findings.filter((f) => f.rule === 'missing-handover-owner');
    const byRow = new Map(findings.map((f) => [f.target, f.fixes ?? []]));
    const tbd = byRow.get('H-03')!;
    const dash = byRow.get('H-04')!;
    assert.ok(tbd.length > 0 && dash.length > 0);
    assert.ok(!tbd.some((x) => x.isPreferred), tbd.map((x) => x.title).join('; '));
    assert.ok(
      dash.some((x) => x.isPreferred),
      dash.map((x) => x.title).join('; '),
    );
  });
});
