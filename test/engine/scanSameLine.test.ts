/**
 * Line scanner = micromark on what the fuzzer found (issue 12): a list or block quote nested on
 * the same line as its item (`- - x`, `1. > x`, `- # Heading`, a fence, a break or HTML), and a line separator (U+2028) inside an item or
 * a fence's info string, which `.` in a regular expression does not match.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { parsePlan } from '../../server/src/engine/parse/index.js';
import { fixturePath } from '../helpers.js';
import { modelSnapshot } from './modelSnapshot.js';

const base = fs.readFileSync(
  fixturePath('rules/high-risk-without-contingency/fires-score-cell-fallback.plan.md'),
  'utf8',
);
const AFTER = '- [x] Business case approved\n';

const CASES: Record<string, string> = {
  'a list nested on the item line': '- - - - x\n',
  'an ordered list nested on the item line': '1. 1. 1. x\n',
  'a block quote on the item line': '- > x\n',
  'a list 40 deep on one line (past the nesting limit)': `${'- '.repeat(40)}x\n`,
  'a heading on the item line': '- # Project Reporting and Communication\n',
  'a closed heading on a task item line': '- [ ] ## Closure ##\n',
  'a fence on the item line': '- ```text\n',
  'a thematic break on the item line': '- ***\n',
  'a tilde fence on an ordered item line': '1. ~~~\n',
  'an HTML block on the item line': '- <div>\n',
  'a line separator inside an item': '- [ ] Risks a\u2028nd resources agreed\n',
  'a line separator in a fence info string': '\n```te\u2028xt\n- [ ] inside\n```\n',
};

describe('line scanner = micromark: same-line nesting and line separators', () => {
  assert.ok(base.includes(AFTER));
  for (const [name, insert] of Object.entries(CASES)) {
    it(name, () => {
      const text = base.replace(AFTER, AFTER + insert);
      assert.deepEqual(
        modelSnapshot(parsePlan('x.plan.md', text)),
        modelSnapshot(parsePlan('x.plan.md', text, { forceMicromark: true })),
      );
    });
  }
});
