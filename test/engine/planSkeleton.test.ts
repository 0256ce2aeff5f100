/**
 * A new plan at each stage a plan may start in (the wizard writes it): it states no fact nobody
 * gave, its only errors and warnings are what its author still has to write (the placeholders,
 * and past initiation the front-matter keys only they know), and none is left once those are
 * written.
 */
import assert from 'node:assert/strict';
import { DEFAULT_CONFIG, parseConfig } from '../../server/src/engine/config.js';
import { createPlanEngine } from '../../server/src/engine/index.js';
import { NEW_PLAN_STAGES, planSkeleton } from '../../server/src/engine/planSkeleton.js';
import { TRANSITION_TYPES, type Finding } from '../../server/src/engine/types.js';
import { ABOUT_A_PLACEHOLDER, typedOver } from '../typedOver.js';
import { frontMatterWritten, statusHealthWritten } from './skeletonFacts.js';

const AS_OF = '2027-03-10';
const engine = createPlanEngine();

/** A front-matter-schema finding as the key (and subkey) it asks for: `dates.go_live`. */
function keyAskedFor(f: Finding): string {
  const m = /^"(\w+)" (?:has no (\w+)|is )/.exec(f.message);
  assert.ok(m, f.message);
  return m[2] ? `${m[1]}.${m[2]}` : m[1]!;
}

/** What a new plan past initiation asks its author for in its front matter. */
const FRONT_MATTER_TO_WRITE = [
  'budget.approved',
  'budget.contingency',
  'change_ref',
  'dates.close',
  'dates.go_live',
  'dates.start',
  'health',
];

function errorsAndWarnings(text: string, asOf = AS_OF, config = DEFAULT_CONFIG): Finding[] {
  return engine
    .lintDocument('new.plan.md', text, { asOf, config, matchesGlob: true })
    .findings.filter((f) => f.severity !== 'info');
}

describe('engine: a new plan at a chosen stage', () => {
  const cases = NEW_PLAN_STAGES.flatMap((stage) => TRANSITION_TYPES.map((type) => [stage, type] as const));
  it('covers every stage a plan may start in, of every type', () => {
    assert.equal(cases.length, 12);
  });
  for (const [stage, transitionType] of cases) {
    it(`${transitionType} at ${stage} is reported for what its author has to write, and clean once it is written`, () => {
      const text = planSkeleton(
        { id: 'TP-2027-001', title: 'Payroll archive retirement', service: 'Payroll archive', transitionType },
        { asOf: AS_OF, stage, currency: 'GBP' },
      );
      assert.match(text, new RegExp(`^stage: ${stage}$`, 'm'));
      assert.match(text, new RegExp(`^transition_type: ${transitionType}$`, 'm'));
      if (stage !== 'initiation') assert.match(text, /^ {2}currency: GBP$/m);
      assert.doesNotMatch(text, /2026-/);
      const findings = errorsAndWarnings(text);
      const placeholders = findings.filter((f) => ABOUT_A_PLACEHOLDER.test(`${f.rule}: ${f.message}`));
      assert.ok(placeholders.length > 0, 'a skeleton leaves placeholders to write (at least the names)');
      const others = findings.filter((f) => !placeholders.includes(f));
      assert.deepEqual(
        others.map((f) => `${f.rule}: ${f.rule === 'front-matter-schema' ? keyAskedFor(f) : f.message}`).sort(),
        stage === 'initiation' ? [] : FRONT_MATTER_TO_WRITE.map((k) => `front-matter-schema: ${k}`),
      );
      const written = typedOver(stage === 'initiation' ? text : statusHealthWritten(frontMatterWritten(text)));
      assert.deepEqual(
        errorsAndWarnings(written).map((f) => `${f.rule}: ${f.message}`),
        [],
      );
    });
  }

  it('past initiation, writes no health, change reference, date or amount nobody gave: each is asked for', () => {
    const text = planSkeleton({ id: 'TP-2027-002', title: 'T', service: 'S' }, { asOf: AS_OF, stage: 'planning' });
    const frontMatter = text.slice(0, text.indexOf('\n---\n', 4));
    assert.deepEqual(frontMatter.split('\n').slice(10), [
      'health:',
      'change_ref: TBC',
      'dates:',
      '  start:',
      '  go_live:',
      '  close:',
      'budget:',
      '  currency: EUR',
      '  approved:',
      '  contingency:',
    ]);
    // A plan at planning with no go-live date is told to set one, with a guess it may take or not.
    const goLive = errorsAndWarnings(text).find(
      (f) => f.rule === 'front-matter-schema' && /no go_live/.test(f.message),
    );
    assert.ok(goLive);
    assert.equal(goLive.severity, 'error');
    assert.ok(!goLive.fixes?.some((x) => x.isPreferred));
    // Nor a Green first status entry: its Health is left for the author, as the plan's is.
    assert.deepEqual(
      text.split('\n').filter((l) => l.startsWith(`| ${AS_OF} |`)),
      [`| ${AS_OF} |  | Where the transition stands |`],
    );
  });

  it('with no go-live date, dates no handover and writes no Go-live milestone', () => {
    const text = planSkeleton(
      { id: 'TP-2027-003', title: 'T', service: 'S', transitionType: 'change' },
      { asOf: AS_OF, stage: 'control' },
    );
    const handovers = text.split('\n').filter((l) => l.startsWith('| H-'));
    assert.equal(handovers.length, 5, text);
    for (const row of handovers) assert.match(row, /\| TBC \| Planned \| - \|$/);
    assert.doesNotMatch(text, /\| Go-live \|/);
    const rules = errorsAndWarnings(text).map((f) => f.rule);
    assert.ok(rules.includes('missing-milestones'), rules.join());
    assert.ok(!rules.includes('handover-overdue'));
  });

  it("at control, the Go-live readiness rows are the criteria the configuration requires of the plan's type", () => {
    const config = parseConfig(
      'readiness:\n  new: [Change authorised, Data migration rehearsed, Service desk briefed]\n',
      engine.rules,
    ).config;
    const text = planSkeleton(
      { id: 'TP-2027-004', title: 'T', service: 'S', transitionType: 'new' },
      { asOf: AS_OF, stage: 'control', config },
    );
    const rows = text.split('\n').filter((l) => l.startsWith('| GR-'));
    assert.deepEqual(rows, [
      '| GR-01 | Change authorised | - | What shows it is met |',
      '| GR-02 | Data migration rehearsed | - | What shows it is met |',
      '| GR-03 | Service desk briefed | - | What shows it is met |',
    ]);
    // Days before go-live the rule asks for each criterion on its own row, not for a row missing.
    const written = typedOver(statusHealthWritten(frontMatterWritten(text)));
    const readiness = errorsAndWarnings(written, '2027-05-29', config).filter((f) => f.rule === 'go-live-readiness');
    assert.deepEqual(
      readiness.filter((f) => f.target !== 'go-no-go').map((f) => f.target),
      ['GR-01', 'GR-02', 'GR-03'],
    );
    // A type the configuration does not list takes the defaults.
    const retire = planSkeleton(
      { id: 'TP-2027-005', title: 'T', service: 'S', transitionType: 'retire' },
      { asOf: AS_OF, stage: 'control', config },
    );
    assert.equal(retire.split('\n').filter((l) => l.startsWith('| GR-')).length, 5);
    assert.match(retire, /\| GR-05 \| Knowledge articles published \|/);
  });
});

describe('config: currency for new plans', () => {
  it('reads an ISO 4217 code and reports anything else at its value', () => {
    assert.equal(parseConfig('currency: GBP\n', engine.rules).config.currency, 'GBP');
    assert.equal(parseConfig('plans: ["**/*.plan.md"]\n', engine.rules).config.currency, 'EUR');
    const bad = parseConfig('currency: pounds\n', engine.rules);
    assert.equal(bad.config.currency, 'EUR');
    assert.match(bad.errors[0]?.message ?? '', /three-letter ISO 4217/);
    assert.equal(bad.errors[0]?.range.start.character, 10);
  });

  it('a new plan past initiation budgets in the configured currency', () => {
    const config = parseConfig('currency: USD\n', engine.rules).config;
    const text = planSkeleton(
      { id: 'TP-2027-002', title: 'T', service: 'S' },
      { asOf: AS_OF, stage: 'planning', config },
    );
    assert.match(text, /^ {2}currency: USD$/m);
  });
});
