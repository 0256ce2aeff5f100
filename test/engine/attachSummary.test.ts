/**
 * A summary sent between threads loses its configuration (`detachSummary`) and is made whole on
 * arrival (`attachSummary`), rebuilt as fresh objects to keep a large run's memory down. What
 * arrives must be the summary that left: checked on every rule fixture and example, through a
 * structured clone as a worker's message makes it.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_CONFIG } from '../../server/src/engine/config.js';
import { createPlanEngine } from '../../server/src/engine/index.js';
import { attachSummary, detachSummary } from '../../server/src/engine/summary.js';
import { repoRoot } from '../helpers.js';

const engine = createPlanEngine();

function plans(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true }).flatMap((e) => {
    const p = path.join(e.parentPath, e.name);
    return e.isFile() && p.endsWith('.plan.md') ? [p] : [];
  });
}

describe('attachSummary', () => {
  it('gives back the summary that was detached and cloned, on every fixture and example', () => {
    const files = [...plans(path.join(repoRoot, 'test/fixtures')), ...plans(path.join(repoRoot, 'examples'))];
    const texts = files.map((file) => [file, fs.readFileSync(file, 'utf8')] as const);
    // No fixture disables a rule in a comment: one example does here.
    const example = texts.find(([file]) => file.endsWith('payroll-cloud.plan.md'))!;
    const disabled = example[1].replace(/\n## /, '\n<!-- handoff-disable-next-line risk-without-owner -->\n## ');
    texts.push(['disabled.plan.md', disabled]);
    const seen = { plans: 0, dependsOn: 0, waivers: 0, directives: 0 };
    for (const [file, text] of texts) {
      const { summary } = engine.lintDocument(file, text, { asOf: '2026-06-01' });
      if (!summary) continue;
      seen.plans++;
      if (summary.dependsOn.length) seen.dependsOn++;
      if (summary.suppressions.waivers.length) seen.waivers++;
      if (summary.suppressions.directives.length) seen.directives++;
      const arrived = attachSummary(structuredClone(detachSummary(summary)), summary.config);
      assert.deepStrictEqual(arrived, summary, file);
    }
    // The loop must have met every shape: a summary with dependencies, waivers and directives.
    assert.ok(seen.plans > 50, `only ${seen.plans} plans`);
    assert.ok(seen.dependsOn > 0 && seen.waivers > 0 && seen.directives > 0, JSON.stringify(seen));
  });

  it('attaches the configuration it is given', () => {
    const text = fs.readFileSync(path.join(repoRoot, 'examples/payroll-cloud.plan.md'), 'utf8');
    const { summary } = engine.lintDocument('payroll.plan.md', text, { asOf: '2026-06-01' });
    const config = { ...DEFAULT_CONFIG, highRiskScore: 20 };
    assert.equal(attachSummary(detachSummary(summary!), config).config, config);
  });
});
