/**
 * What `unreadable-value` tells the author of a word that settles its row, qualified by its note
 * (practitioner fixture itil4-new-service-closure: a handover `Accepted – 38 of 41 articles at KCS
 * standard`). It said "Put the note in another column", which leaves the cell saying Accepted
 * while three articles are not: the very reading the rule withholds. It now says to write what
 * holds until the word does in full.
 */
import assert from 'node:assert/strict';
import { readMet, readStatus } from '../../server/src/engine/values.js';

describe('a settling word its note qualifies', () => {
  it('is told to write what holds until it holds in full, not to move the note', () => {
    for (const [list, text, word] of [
      ['handovers', 'Accepted – 38 of 41 articles at KCS standard', 'Accepted'],
      ['milestones', 'Done (partial)', 'Done'],
      ['issues', 'Closed (pending retest)', 'Closed'],
    ] as const) {
      const r = readStatus(list, text);
      assert.ok(!r.ok, text);
      assert.doesNotMatch(r.problem ?? '', /another column/, text);
      assert.match(r.problem ?? '', new RegExp(`Until ${word} holds in full, write what holds now`), text);
    }
    const met = readMet('Yes – 9 of 11 live');
    assert.ok(!met.ok && /Until Yes holds in full, write what holds now/.test(met.problem ?? ''));
  });

  it('keeps the waiver advice for a Met yes let off', () => {
    const r = readMet('Yes – waived by sponsor');
    assert.ok(!r.ok);
    assert.match(
      r.problem ?? '',
      /changes what Yes says, so it is not read as Yes\. Met says whether a criterion holds/,
    );
    assert.doesNotMatch(r.problem ?? '', /another column|holds in full/);
  });
});
