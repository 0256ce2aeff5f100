/**
 * Plans written the way practitioners write them (contract 1.1): abbreviated levels, month-name
 * dates, currency amounts, role-based RACI, teams and parties as providers, heading aliases, a
 * local process name. Each gives exactly the findings listed at its end — every rule, not one.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_CONFIG, parseConfig } from '../../server/src/engine/config.js';
import { createPlanEngine } from '../../server/src/engine/index.js';
import { fixturePath, readExpectations } from '../helpers.js';

const engine = createPlanEngine();
const dir = fixturePath('practitioner');
const files = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.plan.md'))
  .sort();

describe('practitioner plans', () => {
  it('has at least four', () => {
    assert.ok(files.length >= 4, files.join(', '));
  });

  for (const f of files) {
    it(f, () => {
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      const spec = readExpectations(text);
      const parsed = spec.config ? parseConfig(spec.config, engine.rules) : undefined;
      assert.deepEqual(parsed?.errors ?? [], []);
      const result = engine.lintDocument(f, text, { asOf: spec.asOf, config: parsed?.config ?? DEFAULT_CONFIG });
      assert.deepEqual(
        result.findings.map((x) => `${x.range.start.line + 1} ${x.rule}`).sort(),
        spec.expected.map((e) => `${e.line} ${e.rule}`).sort(),
        result.findings.map((x) => `${x.range.start.line + 1} ${x.rule}: ${x.message}`).join('\n'),
      );
    });
  }
});
