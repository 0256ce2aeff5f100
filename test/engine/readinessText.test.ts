/**
 * Go-live and readiness in words (`engine/readinessText.ts`), as the report and the preview say
 * them: after go-live, a plan that went live under a go decision is counted in days since, and
 * one without a go decision, or still in planning, is said to be past its date.
 */
import assert from 'node:assert/strict';
import { goLiveReadinessPhrase } from '../../server/src/engine/readinessText.js';
import type { ReadinessView } from '../../server/src/engine/statusTypes.js';
import type { Stage } from '../../server/src/engine/types.js';

function view(over: Partial<ReadinessView>): ReadinessView {
  return {
    phase: 'due',
    opens: '2026-09-21',
    criteria: [{ criterion: 'Change authorised', met: 'yes', metText: 'Yes', evidence: '', line: 40 }],
    met: 1,
    total: 1,
    otherRowsNotMet: [],
    goDecision: undefined,
    noGoDecision: undefined,
    goDecisionDatedAfter: undefined,
    ...over,
  };
}

const phrase = (x: ReadinessView, stage: Stage): string =>
  goLiveReadinessPhrase(x, { stage, goLive: '2026-10-05', goLiveWritten: '2026-10-05', asOf: '2026-10-15' });

describe('goLiveReadinessPhrase after go-live', () => {
  it('counts the days since go-live for a plan that went live under a go decision', () => {
    for (const stage of ['control', 'closure'] as const) {
      const said = phrase(view({ goDecision: 'D-01' }), stage);
      assert.ok(
        said.startsWith('go-live 2026-10-05 · 1 of 1 required readiness criteria met · go decision D-01'),
        said,
      );
      assert.ok(!said.includes('passed'), said);
    }
    assert.equal(
      phrase(view({ goDecision: 'D-01' }), 'control'),
      'go-live 2026-10-05 · 1 of 1 required readiness criteria met · go decision D-01 · 10 days since go-live',
    );
  });

  it('says the date passed when no go decision stands', () => {
    assert.equal(
      phrase(view({}), 'control'),
      'go-live 2026-10-05 · 1 of 1 required readiness criteria met · no approved go decision · go-live date passed 10 days ago',
    );
  });

  it('says the date passed, and the stage, for a plan still in planning even with a go decision', () => {
    assert.equal(
      phrase(view({ goDecision: 'D-01' }), 'planning'),
      'go-live 2026-10-05 · 1 of 1 required readiness criteria met · go decision D-01 · go-live date passed 10 days ago, still in planning',
    );
  });
});

describe('goLiveReadinessPhrase before the readiness window', () => {
  const before = (over: Partial<ReadinessView>, stage: Stage): string =>
    goLiveReadinessPhrase(view({ phase: undefined, ...over }), {
      stage,
      goLive: '2026-10-05',
      goLiveWritten: '2026-10-05',
      asOf: '2026-03-16',
    });
  const none = {
    criteria: [{ criterion: 'Change authorised', met: undefined, metText: '', evidence: '', line: undefined }],
    met: 0,
  };

  it('says only the go-live date and when readiness is checked, at initiation or planning with nothing recorded', () => {
    for (const stage of ['initiation', 'planning'] as const) {
      assert.equal(before(none, stage), 'go-live 2026-10-05 · readiness checked from 2026-09-21');
    }
  });

  it('says the criteria once the plan has recorded them, and the decision once taken, or both from control on', () => {
    assert.equal(
      before({}, 'planning'),
      'go-live 2026-10-05 · 1 of 1 required readiness criteria met · readiness checked from 2026-09-21',
    );
    assert.equal(
      before(none, 'control'),
      'go-live 2026-10-05 · none of the 1 required readiness criteria recorded · no approved go decision · readiness checked from 2026-09-21',
    );
    assert.equal(
      before({ ...none, goDecision: 'D-01' }, 'planning'),
      'go-live 2026-10-05 · go decision D-01 · readiness checked from 2026-09-21',
    );
  });
});
