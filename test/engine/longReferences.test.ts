/**
 * A cell of people as long as hostile text makes it: read as names up to MAX_REFERENCE_CHARS
 * (fifty names and more), beyond that reported as it is, never split and matched part by part
 * against every stakeholder (a 160,000-character owner cell of `1,1,1,…` took 14 s to lint).
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_CONFIG } from '../../server/src/engine/config.js';
import { MAX_MESSAGE_CHARS } from '../../server/src/engine/findingLimits.js';
import { createPlanEngine } from '../../server/src/engine/index.js';
import { MAX_REFERENCE_CHARS } from '../../server/src/engine/references.js';
import { repoRoot } from '../helpers.js';
import { ruleFindings } from './ruleFindings.js';

const engine = createPlanEngine();
const EXAMPLE = fs.readFileSync(path.join(repoRoot, 'examples', 'payroll-cloud.plan.md'), 'utf8');

/** The example with risk R-01's owner written as `owner`. */
function withOwner(owner: string): string {
  const text = EXAMPLE.replace('| 15 | S-02 | Mitigate |', `| 15 | ${owner} | Mitigate |`);
  assert.notEqual(text, EXAMPLE);
  return text;
}

const ownerFindings = (owner: string) =>
  ruleFindings(withOwner(owner), 'unresolved-reference', '2026-11-25').filter((f) => f.range.start.line === 59);

describe('long references', () => {
  it('reads a cell listing every stakeholder as that many people', () => {
    const ids = Array.from({ length: 12 }, (_, i) => `S-${String(i + 1).padStart(2, '0')}`).join(', ');
    const [finding, ...others] = ownerFindings(ids);
    assert.equal(others.length, 0);
    assert.match(finding!.message, /names 12 people: one answers for it/);
  });

  it('reads a cell of names nobody has, part by part, up to the bound', () => {
    const names = Array.from({ length: 45 }, (_, i) => `Zed Quill${i}`).join(', ');
    assert.ok(names.length > 500 && names.length < MAX_REFERENCE_CHARS);
    const [finding, ...others] = ownerFindings(`Daniel Osei, ${names}`);
    assert.equal(others.length, 0);
    assert.match(finding!.message, /names "Zed Quill0" and "Zed Quill1"/);
  });

  it('reports a longer cell as it is, once, without splitting it or guessing who is meant', () => {
    for (const owner of [
      '1,'.repeat(20000),
      'Zed Quill, '.repeat(5000),
      `${'x'.repeat(MAX_REFERENCE_CHARS)} Daniel Osei`,
    ]) {
      const found = ownerFindings(owner);
      assert.equal(found.length, 1, owner.slice(0, 20));
      const { message, fixes } = found[0]!;
      assert.ok(message.length <= MAX_MESSAGE_CHARS, `${message.length} characters`);
      assert.match(message, /is not in the Stakeholders table\./);
      assert.doesNotMatch(message, /Did you mean|names "/);
      assert.equal(fixes, undefined);
    }
  });

  it('looks up a bounded number of names for it, not one per part', () => {
    // Work counted, not timed: before the bound, each of the 20,000 parts was looked up (and
    // matched against every stakeholder for a did-you-mean).
    const plan = engine.parse('p.plan.md', withOwner('1,'.repeat(20000)));
    const person = plan.person.bind(plan);
    let lookups = 0;
    (plan as { person: typeof person }).person = (ref) => {
      lookups++;
      return person(ref);
    };
    const findings = engine.lintPlan(plan, { asOf: '2026-11-25', config: DEFAULT_CONFIG });
    assert.equal(findings.filter((f) => f.rule === 'unresolved-reference').length, 1);
    assert.ok(lookups < 1000, `${lookups} lookups`);
  });
});
