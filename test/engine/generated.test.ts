import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { configJsonSchema, renderRulesMarkdown } from '../../server/src/engine/docs.js';
import { RULES } from '../../server/src/engine/rules/index.js';
import { repoRoot } from '../helpers.js';

describe('generated artefacts', () => {
  it('docs/rules.md is current (run `npm run gen`)', () => {
    const committed = fs.readFileSync(path.join(repoRoot, 'docs/rules.md'), 'utf8');
    assert.equal(committed, renderRulesMarkdown(RULES));
  });

  it('schemas/handoff.schema.json is current (run `npm run gen`)', () => {
    const committed = JSON.parse(
      fs.readFileSync(path.join(repoRoot, 'schemas/handoff.schema.json'), 'utf8'),
    ) as unknown;
    assert.deepEqual(committed, configJsonSchema(RULES));
  });

  it('every rule has a name, a description and docs, and appears once', () => {
    const names = RULES.map((r) => r.name);
    assert.equal(new Set(names).size, names.length);
    for (const r of RULES) {
      assert.match(r.name, /^[a-z]+(-[a-z]+)*$/);
      assert.ok(r.description.length > 20, `${r.name} needs a description`);
      assert.ok(r.docs.length > 40, `${r.name} needs docs`);
      assert.ok(typeof r.check === 'function' || typeof r.checkWorkspace === 'function', `${r.name} checks nothing`);
    }
  });
});
