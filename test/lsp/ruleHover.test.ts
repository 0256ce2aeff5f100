/**
 * A rule named where none of its findings stands — a Waivers Rule cell, a `handoff-disable`
 * comment — shows what the rule checks on hover, as a finding of it does.
 */
import assert from 'node:assert/strict';
import { createPlanEngine } from '../../server/src/engine/index.js';
import { hover } from '../../server/src/lsp/hover.js';

const engine = createPlanEngine();

const TEXT = `---
schema: transition-plan/1
id: TP-1
title: T
service: S
transition_type: change
stage: initiation
sponsor: S-01
service_owner: S-01
project_manager: S-01
---
# T

## Project Initiation

### Stakeholders

| ID | Name | Role |
| --- | --- | --- |
| S-01 | Ana Ng | Sponsor |

### Risks

| ID | Risk | Likelihood | Impact | Score | Owner | Mitigation | Status |
| --- | --- | --- | --- | --- | --- | --- | --- |
| R-01 | Vendor late | 2 | 3 | 6 | S-01 | Weekly call | Open | <!-- handoff-disable-line risk-score-mismatch -->

## Waivers

| Rule | Target | Reason | Approved by | Expires |
| --- | --- | --- | --- | --- |
| status-stale | Status log | Quarterly reporting agreed | S-01 | 2027-03-01 |
`;

function hoverAt(line: string, word: string, offset = 2): string | undefined {
  const lines = TEXT.split('\n');
  const n = lines.findIndex((l) => l.startsWith(line));
  assert.ok(n >= 0, line);
  const character = lines[n]!.indexOf(word) + offset;
  assert.ok(character >= offset, word);
  const plan = engine.parse('file:///p.plan.md', TEXT);
  const h = hover({ plan, position: { line: n, character }, findings: [], rules: engine.rules, summaries: [] });
  return h ? (h.contents as { value: string }).value : undefined;
}

describe('hover on a rule named in a waiver or a disable comment', () => {
  it('in a Waivers Rule cell shows what the rule checks', () => {
    const text = hoverAt('| status-stale', 'status-stale');
    assert.match(text ?? '', /^\*\*`status-stale`\*\* \(warning\)/);
    assert.match(text ?? '', /Rule documentation/);
  });

  it('in a disable comment shows what the rule checks', () => {
    const text = hoverAt('| R-01', 'risk-score-mismatch', 5);
    assert.match(text ?? '', /^\*\*`risk-score-mismatch`\*\* \(warning\)/);
  });

  it('shows nothing for the comment\u2019s other words', () => {
    assert.equal(hoverAt('| R-01', 'handoff-disable-line'), undefined);
  });
});
