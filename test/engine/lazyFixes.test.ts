/**
 * Fixes only when wanted (`LintOptions.withFixes`): a rule may hand the engine a function that
 * builds its fixes, and the engine calls it only for a finding it keeps and only when the caller
 * will offer fixes. Without fixes, the findings are otherwise the very same.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_CONFIG, parseConfig } from '../../server/src/engine/config.js';
import { createPlanEngine, type Finding } from '../../server/src/engine/index.js';
import type { Rule } from '../../server/src/engine/rule.js';
import { fixturePath, readExpectations } from '../helpers.js';
import { flagProbe } from './flagProbe.js';

/** The probe rule, with a fix builder that counts its calls. */
function countingProbe(): { rule: Rule; calls: () => number } {
  let calls = 0;
  const rule = flagProbe('probe', (range, target) => () => {
    calls++;
    return [{ title: `Unflag ${target}`, edits: [{ range, newText: '' }] }];
  });
  return { rule, calls: () => calls };
}

const PROBE_PLAN = [
  '---',
  'schema: transition-plan/1',
  'id: TP-2026-001',
  '---',
  '',
  '# Probe plan',
  '',
  'FLAG X-01',
  '<!-- handoff-disable-next-line probe -->',
  'FLAG X-02',
  'FLAG X-03',
  '',
].join('\n');

describe('fixes only when wanted', () => {
  it('builds no fix, and calls no builder, when the caller does not want fixes', () => {
    const { rule, calls } = countingProbe();
    const findings = createPlanEngine({ rules: [rule] }).lintDocument('p.plan.md', PROBE_PLAN, {
      asOf: '2026-06-01',
      withFixes: false,
    }).findings;
    assert.deepEqual(
      findings.map((f) => f.target),
      ['X-01', 'X-03'],
    );
    assert.ok(findings.every((f) => f.fixes === undefined));
    assert.equal(calls(), 0);
  });

  it('builds the fixes of the findings it keeps, not of a suppressed one', () => {
    const { rule, calls } = countingProbe();
    const findings = createPlanEngine({ rules: [rule] }).lintDocument('p.plan.md', PROBE_PLAN, {
      asOf: '2026-06-01',
    }).findings;
    assert.deepEqual(
      findings.map((f) => f.fixes?.map((x) => x.title)),
      [['Unflag X-01'], ['Unflag X-03']],
    );
    assert.equal(calls(), 2);
  });

  describe('with the real rules, on every rule fixture and example', () => {
    const engine = createPlanEngine();
    const planFiles = (dir: string): string[] =>
      fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
        const full = path.join(dir, e.name);
        if (e.isDirectory()) return planFiles(full);
        return e.name.endsWith('.plan.md') ? [full] : [];
      });
    const files = [...planFiles(fixturePath('rules')), ...planFiles(path.join(fixturePath(), '..', '..', 'examples'))];
    const bare = (f: Finding): Finding => {
      const copy = { ...f };
      delete copy.fixes;
      return copy;
    };
    let withSomeFix = 0;

    it('finds the fixtures', () => assert.ok(files.length > 50, `${files.length} files`));

    for (const file of files.sort()) {
      it(path.relative(path.join(fixturePath(), '..', '..'), file), () => {
        const text = fs.readFileSync(file, 'utf8');
        const spec = readExpectations(text);
        const config = spec.config ? parseConfig(spec.config, engine.rules).config : DEFAULT_CONFIG;
        const opts = { asOf: spec.asOf, config, matchesGlob: true };
        const full = engine.lintDocument(file, text, opts).findings;
        const without = engine.lintDocument(file, text, { ...opts, withFixes: false }).findings;
        assert.deepEqual(without, full.map(bare));
        assert.ok(without.every((f) => f.fixes === undefined));
        withSomeFix += full.filter((f) => f.fixes?.length).length;
      });
    }

    it('saw findings with fixes among them', () => assert.ok(withSomeFix > 50, `${withSomeFix} findings with fixes`));
  });
});
