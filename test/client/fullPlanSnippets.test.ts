/** The complete-plan snippets: one per transition type, and each lints clean as inserted. */
import assert from 'node:assert/strict';
import { buildSnippets } from '../../client/src/snippets/definitions.js';
import { createPlanEngine } from '../../server/src/engine/index.js';
import { TRANSITION_TYPES } from '../../server/src/engine/types.js';

/** What VS Code inserts when every placeholder keeps its default (this year: 2026). */
function expand(body: readonly string[]): string {
  return body
    .join('\n')
    .replace(/\$\{CURRENT_YEAR\}/g, '2026')
    .replace(/\$\{\d+\|([^|]*)\|\}/g, (_, choices: string) => choices.split(',')[0] ?? '')
    .replace(/\$\{\d+:((?:\\.|[^}\\])*)\}/g, (_, text: string) => text.replace(/\\(.)/g, '$1'))
    .replace(/\$\{\d+\}|\$\d+/g, '');
}

describe('client: complete-plan snippets', () => {
  const snippets = Object.values(buildSnippets()).filter((s) => s.prefix.startsWith('handoff-plan-'));

  it('has one per transition type', () => {
    assert.deepEqual(
      snippets.map((s) => s.prefix),
      TRANSITION_TYPES.map((t) => `handoff-plan-${t}`),
    );
  });

  for (const type of TRANSITION_TYPES) {
    it(`handoff-plan-${type} gives a plan with no error or warning before anything is filled in`, () => {
      const snippet = snippets.find((s) => s.prefix === `handoff-plan-${type}`)!;
      const text = expand(snippet.body);
      assert.match(text, new RegExp(`^transition_type: ${type}$`, 'm'));
      assert.match(text, /^id: "TP-2026-001"$/m);
      const result = createPlanEngine().lintDocument('new.plan.md', text, { asOf: '2026-06-01' });
      assert.ok(result.isPlan);
      assert.deepEqual(
        result.findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule}: ${f.message}`),
        [],
      );
    });
  }
});
