/**
 * A front-matter value Handoff would have to make up (a change number, a baseline date, a budget's
 * contingency) is never a preferred fix: the finding stays until the author writes the value, the
 * fix that guesses says so in its title, and the message proposes no other value than the fix.
 * `dates` and `budget` are required from planning, so at initiation what they hold so far is enough.
 */
import assert from 'node:assert/strict';
import { applyEdits } from '../../server/src/engine/fix.js';
import { createPlanEngine } from '../../server/src/engine/index.js';
import type { Finding } from '../../server/src/engine/types.js';

const engine = createPlanEngine();
const AS_OF = '2026-11-25';

function plan(stage: string, keys: readonly string[]): string {
  return [
    '---',
    'schema: transition-plan/1',
    'id: TP-2026-778',
    'title: Guesses',
    'service: Guesses',
    'transition_type: change',
    `stage: ${stage}`,
    'sponsor: S-01',
    'service_owner: S-01',
    'project_manager: S-01',
    ...keys,
    '---',
    '# Guesses',
    '',
  ].join('\n');
}

const lint = (text: string): Finding[] =>
  engine
    .lintDocument('g.plan.md', text, { asOf: AS_OF, matchesGlob: true })
    .findings.filter((f) => f.rule === 'front-matter-schema');

function finding(text: string, part: string): Finding {
  const f = lint(text).find((x) => x.message.includes(part));
  assert.ok(
    f,
    `a finding with "${part}" in:\n${lint(text)
      .map((x) => x.message)
      .join('\n')}`,
  );
  return f;
}

const PLANNING = ['health: green', 'change_ref: RFC-2026-0900'];
const DATES = 'dates: { start: 2026-09-01, go_live: 2026-11-20, close: 2027-01-29 }';
const BUDGET = 'budget: { currency: GBP, approved: 250000, contingency: 20000 }';

describe('front matter: values Handoff would make up', () => {
  it('writes no change number: change_ref TBC gets no fix, a missing one only a TBC that stays reported', () => {
    const tbc = plan('planning', ['health: green', 'change_ref: TBC', DATES, BUDGET]);
    const f = finding(tbc, '"change_ref" is "TBC", not yet known');
    assert.deepEqual(f.fixes ?? [], []);
    // On the value that says it is not known, as missing-core-role reports `sponsor: TBC`.
    const line = tbc.split('\n')[f.range.start.line]!;
    assert.equal(line.slice(f.range.start.character, f.range.end.character), 'TBC');
    const missing = plan('planning', ['health: green', DATES, BUDGET]);
    const m = finding(missing, '"change_ref" is missing');
    assert.deepEqual(
      (m.fixes ?? []).map((x) => `${x.title}${x.isPreferred ? ' (preferred)' : ''}`),
      ['Add change_ref: TBC (until the change is raised)'],
    );
    const added = applyEdits(missing, m.fixes![0]!.edits);
    assert.match(added, /^change_ref: TBC$/m);
    finding(added, '"change_ref" is "TBC", not yet known');
  });

  it('offers a missing dates.close as the guess it is, and the message proposes no other date', () => {
    const text = plan('planning', [...PLANNING, 'dates: { start: 2026-09-01, go_live: 2026-11-20 }', BUDGET]);
    const f = finding(text, '"dates" has no close');
    assert.doesNotMatch(f.message, /\d{4}-\d{2}-\d{2}/, 'the message names no example date');
    assert.match(f.message, /add "close:", the day the transition is planned to close \(YYYY-MM-DD\)/);
    const fix = f.fixes?.[0];
    assert.ok(fix);
    assert.equal(fix.title, 'Add dates.close: 2026-12-20 (a guess: 30 days after go-live)');
    assert.ok(!fix.isPreferred && !fix.safe);
    assert.match(
      applyEdits(text, fix.edits),
      /^dates: \{ start: 2026-09-01, go_live: 2026-11-20, close: 2026-12-20 \}$/m,
    );
  });

  it('says a sub-key written with no value is still to write, not to add', () => {
    const text = plan('planning', [
      ...PLANNING,
      'dates:',
      '  start: 2026-09-01',
      '  go_live:',
      '  close: 2027-01-10',
      BUDGET,
    ]);
    const f = finding(text, '"dates" has no go_live yet');
    assert.match(f.message, /write it after "go_live:", the day/);
    assert.doesNotMatch(f.message, /add "go_live:"/);
  });

  it('offers a missing contingency as none held, not preferred, and says so in the message', () => {
    const text = plan('planning', [...PLANNING, DATES, 'budget: { currency: GBP, approved: 250000 }']);
    const f = finding(text, '"budget" has no contingency');
    assert.match(f.message, /0 if none is held/);
    assert.deepEqual(
      (f.fixes ?? []).map((x) => `${x.title}${x.isPreferred ? ' (preferred)' : ''}`),
      ['Add budget.contingency: 0 (none held)'],
    );
  });

  it('offers a whole missing dates, budget or health only as a guess', () => {
    const text = plan('planning', ['change_ref: RFC-2026-0900']);
    const titles = lint(text).flatMap((f) =>
      (f.fixes ?? []).map((x) => `${x.title}${x.isPreferred ? ' (preferred)' : ''}`),
    );
    assert.deepEqual(titles.sort(), [
      'Add budget: { currency: EUR, approved: 100000, contingency: 10000 } (example amounts)',
      `Add dates: { start: ${AS_OF}, go_live: 2027-02-23, close: 2027-03-25 } (guessed dates: check each)`,
      'Add health: green (a guess: say how the plan stands)',
    ]);
  });

  it('asks dates and budget written at initiation for no more than they hold; from planning, for every key', () => {
    const keys = ['dates: { start: 2026-09-01, go_live: 2026-11-20 }', 'budget: { currency: GBP, approved: 250000 }'];
    assert.deepEqual(
      lint(plan('initiation', keys)).map((f) => f.message),
      [],
    );
    // What is written is still checked, and a misspelt key is still renamed (a warning: nothing is missing yet).
    const said = (keys: readonly string[], stage = 'initiation') =>
      lint(plan(stage, keys)).map((f) => `${f.severity}: ${/^[^:;,]*/.exec(f.message)![0]}`);
    assert.deepEqual(said(['dates: { start: 2026-09-01, go-live: 2026-11-30 }']), [
      'warning: "dates" has an unknown key "go-live"',
    ]);
    assert.deepEqual(said(['dates: { start: 2026-09-31 }']), ['error: dates.start is "2026-09-31"']);
    assert.deepEqual(said([...PLANNING, ...keys], 'planning').sort(), [
      'error: "budget" has no contingency',
      'error: "dates" has no close',
    ]);
  });
});
