/**
 * A front-matter key written under a near name (`Stage`, `service-owner`, `go-live`) is one
 * mistake: one finding where it was written, an error when the key it stands for is needed, whose
 * preferred fix renames it; not a second finding saying that key is missing.
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
const PAYROLL = fs.readFileSync(path.join(repoRoot, 'examples', 'payroll-cloud.plan.md'), 'utf8');

function lint(text: string): readonly Finding[] {
  return engine.lintDocument('p.plan.md', text, { asOf: '2026-11-25', config: DEFAULT_CONFIG }).findings;
}

/** The findings a rewrite adds to the example's. */
function added(text: string): Finding[] {
  const before = new Set(lint(PAYROLL).map((f) => `${f.rule} ${f.message}`));
  return lint(text).filter((f) => !before.has(`${f.rule} ${f.message}`));
}

describe('front-matter keys under a near name', () => {
  const cases: { name: string; from: string; to: string; severity: 'error' | 'warning'; message: RegExp }[] = [
    {
      name: 'a required key in other case',
      from: 'stage: control',
      to: 'Stage: control',
      severity: 'error',
      message: /^Front-matter key "Stage" is not one Handoff reads, so the plan has no "stage", which every plan needs/,
    },
    {
      name: 'a required key with a space',
      from: 'transition_type: change',
      to: 'transition type: change',
      severity: 'error',
      message: /so the plan has no "transition_type", which every plan needs.*Did you mean "transition_type"\?/,
    },
    {
      name: 'a core role with a hyphen',
      from: 'service_owner: Daniel Osei',
      to: 'service-owner: Daniel Osei',
      severity: 'error',
      message:
        /so the plan names no service owner \(who will own the service after handover\)\. Did you mean "service_owner"\?/,
    },
    {
      name: 'a required date of the dates map',
      from: '  go_live: 2027-01-04',
      to: '  go-live: 2027-01-04',
      severity: 'error',
      message: /^"dates" has an unknown key "go-live", so it has no go_live;/,
    },
    {
      name: 'a tolerance under its PRINCE2 name',
      from: '  schedule_days: 10',
      to: '  time: 10',
      severity: 'warning',
      message:
        /^"tolerances" has an unknown key "time"; it takes cost_pct, schedule_days\. Did you mean "schedule_days"\?/,
    },
    {
      name: 'a cost tolerance under its PRINCE2 name',
      from: '  cost_pct: 10',
      to: '  cost: 10',
      severity: 'warning',
      message: /Did you mean "cost_pct"\?/,
    },
    {
      name: 'a required date under another name',
      from: '  go_live: 2027-01-04',
      to: '  cutover: 2027-01-04',
      severity: 'error',
      message: /^"dates" has an unknown key "cutover", so it has no go_live;/,
    },
    {
      name: 'a key that is not required',
      from: 'transition_manager: S-04',
      to: 'transition_manger: S-04',
      severity: 'warning',
      message: /^Unknown front-matter key "transition_manger": no tool reads it\. Did you mean "transition_manager"\?/,
    },
  ];

  for (const c of cases) {
    it(`${c.name}: one ${c.severity}, on the key, renamed by its preferred fix`, () => {
      assert.ok(PAYROLL.includes(`\n${c.from}\n`), c.from);
      const text = PAYROLL.replace(`\n${c.from}\n`, `\n${c.to}\n`);
      const found = added(text);
      assert.equal(found.length, 1, found.map((f) => `${f.rule}: ${f.message}`).join('\n'));
      const f = found[0]!;
      assert.equal(f.rule, 'front-matter-schema');
      assert.equal(f.severity, c.severity);
      assert.match(f.message, c.message);
      const line = text.split('\n').indexOf(c.to);
      assert.equal(f.range.start.line, line);
      const fix = f.fixes?.find((x) => x.isPreferred);
      assert.ok(fix, 'a preferred fix');
      assert.equal(applyEdits(text, fix.edits), PAYROLL);
    });
  }

  it('keeps the warning when the key it resembles is written too', () => {
    const text = PAYROLL.replace('\nstage: control\n', '\nstage: control\nstages: two\n');
    const found = added(text);
    assert.equal(found.length, 1);
    assert.equal(found[0]!.severity, 'warning');
    assert.match(found[0]!.message, /^Unknown front-matter key "stages"/);
  });
});
