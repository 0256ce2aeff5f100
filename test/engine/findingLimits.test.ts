/**
 * A message quoting a huge cell stays within bounds and keeps what it says: the quote is cut,
 * never the finding's subject or what to do about it.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_CONFIG } from '../../server/src/engine/config.js';
import { capMessage, MAX_MESSAGE_CHARS } from '../../server/src/engine/findingLimits.js';
import { createPlanEngine } from '../../server/src/engine/index.js';
import { repoRoot } from '../helpers.js';

describe('message limits', () => {
  it('a RACI activity of 5,000 characters with two A: the message keeps "keep exactly one A"', () => {
    const example = fs.readFileSync(path.join(repoRoot, 'examples', 'payroll-cloud.plan.md'), 'utf8');
    const huge = `Parallel runs ${'X'.repeat(5000)}`;
    const text = example.replace(
      '| Parallel runs and variance sign-off | I | A/R | C | I | C | - | R |',
      `| ${huge} | A | A/R | C | I | C | - | R |`,
    );
    assert.notEqual(text, example);
    const findings = createPlanEngine()
      .lintDocument('p.plan.md', text, { config: DEFAULT_CONFIG, asOf: '2026-12-04' })
      .findings.filter((f) => f.rule === 'raci-accountability');
    assert.equal(findings.length, 1);
    const message = findings[0]!.message;
    assert.ok(message.length <= MAX_MESSAGE_CHARS, `${message.length} characters`);
    assert.match(message, /^Activity "Parallel runs X+…" /);
    assert.match(message, /keep exactly one A/);
  });

  it('cuts the middle of a long message without quotes, keeping both ends', () => {
    const message = `Start ${'word '.repeat(1000)}end.`;
    const cut = capMessage(message);
    assert.ok(cut.length <= MAX_MESSAGE_CHARS, `${cut.length}`);
    assert.ok(cut.startsWith('Start word') && cut.endsWith('word end.') && cut.includes(' … '), cut);
    assert.equal(capMessage('short'), 'short');
  });
});
