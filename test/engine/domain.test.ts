import assert from 'node:assert/strict';
import {
  comparePlans,
  dominantPrefix,
  isPlanId,
  isRowId,
  LEADING_ROW_ID,
  nextFreeId,
  rowId,
  planIdProblem,
  raciLetters,
  riskBand,
  rolesIn,
  stageLabel,
  stageRank,
  healthRank,
} from '../../server/src/engine/domain.js';
import { escapeHtml } from '../../server/src/engine/sanitize.js';
import { withNote, withoutParentheticals } from '../../server/src/engine/text.js';
import { createPlanEngine } from '../../server/src/engine/index.js';
import { planText } from './planText.js';

describe('domain facts', () => {
  it('labels and orders stages, unknown ones last and shown as written', () => {
    assert.equal(stageLabel('planning'), 'Planning');
    assert.equal(stageLabel('pilot'), 'pilot');
    assert.equal(stageLabel(undefined), 'No stage');
    assert.ok(stageRank('initiation') < stageRank('closure'));
    assert.ok(stageRank('closed') < stageRank('pilot'));
    assert.equal(stageRank(undefined), stageRank('pilot'));
  });

  it('ranks health from best to worst, for every view that compares two', () => {
    assert.deepEqual(
      (['red', 'green', 'amber'] as const).map((h) => healthRank(h)),
      [2, 0, 1],
    );
  });

  it('recognises row IDs and finds the next free one in the existing style', () => {
    assert.ok(isRowId('R-03') && isRowId('ms-4') && !isRowId('TP-2026-014') && !isRowId('R3'));
    assert.equal(nextFreeId('R', ['R-01', 'R-05', 'H-09', undefined]), 'R-06');
    assert.equal(nextFreeId('H', ['h-009']), 'H-010');
    assert.equal(nextFreeId('S', []), 'S-01');
    assert.equal(nextFreeId('M', ['M-1'], 1), 'M-2');
    // The one way a row ID is written, as templates number their rows and nextFreeId continues them.
    assert.equal(rowId('GR', 3), 'GR-03');
    assert.equal(rowId('H', 12, 3), 'H-012');
    assert.ok(isRowId(rowId('RS', 100)));
    assert.equal(dominantPrefix(['P-1', 'P-2', 'S-01', 'x'], 'S'), 'P');
    assert.equal(dominantPrefix([], 'S'), 'S');
    assert.equal(LEADING_ROW_ID.exec('GR-02 Change authorised')?.[1], 'GR-02');
    assert.equal(LEADING_ROW_ID.exec('GR-02x'), null);
  });

  it('accepts a plan id of letters and digits between single separators, and says why not otherwise', () => {
    for (const id of ['TP-2026-014', 'ops_2026.14', 'X']) {
      assert.ok(isPlanId(id), id);
      assert.equal(planIdProblem(id), undefined, id);
    }
    for (const id of ['2026-14', 'TP--1', 'TP-', 'TP 1', 'TP-1/x', 'T'.repeat(101)]) {
      assert.ok(!isPlanId(id), id);
      assert.ok(planIdProblem(id), id);
    }
    assert.match(planIdProblem('  ')!, /required/);
  });

  it('bands risk scores from the configured high-risk score down', () => {
    assert.deepEqual(
      [25, 15, 14, 10, 9, 5, 4, 1].map((s) => riskBand(s)),
      ['high', 'high', 'significant', 'significant', 'moderate', 'moderate', 'low', 'low'],
    );
    assert.equal(riskBand(12, 12), 'high');
    assert.equal(riskBand(8, 8), 'high');
    assert.equal(riskBand(7, 8), 'significant');
    assert.equal(riskBand(6, 8), 'moderate');
  });

  it('orders portfolio plans by stage, then id, then key', () => {
    const plans = [
      { stage: 'closure', id: 'TP-1', key: 'a' },
      { stage: undefined, id: 'TP-0', key: 'b' },
      { stage: 'planning', id: 'TP-9', key: 'c' },
      { stage: 'planning', id: 'TP-2', key: 'd' },
      { stage: 'planning', id: undefined, key: 'z' },
    ];
    assert.deepEqual(
      [...plans].sort(comparePlans).map((p) => p.key),
      ['d', 'c', 'z', 'a', 'b'],
    );
  });

  it('reads RACI letters alone, combined, written out, or followed by a note', () => {
    const read = (t: string) => [...raciLetters(t)].sort().join('');
    // Letters alone (read without splitting), in any case and order.
    assert.deepEqual(['A', 'r', 'AR', 'ra', 'RACI', 'CCI'].map(read), ['A', 'R', 'AR', 'AR', 'ACIR', 'CI']);
    // Combined, written out, with a note or a footnote mark.
    assert.deepEqual(['A/R', 'R, C', 'Accountable', 'responsible/informed', 'A (interim)', 'A*', 'RACIR'].map(read), [
      'AR',
      'CR',
      'A',
      'IR',
      'A',
      'A',
      'ACIR',
    ]);
    // Anything else holds none.
    assert.deepEqual(['', 'x', 'A?', 'S', 'Alex', 'RAD'].map(read), ['', '', '', '', '', '']);
  });

  it('reads a name, a role or a budget line without its notes in parentheses, nested ones too, in one way', () => {
    assert.equal(withoutParentheticals('Ana Ng (Change)'), 'Ana Ng');
    assert.equal(withoutParentheticals('Ana Ng (Change) (from May)'), 'Ana Ng');
    assert.equal(withoutParentheticals('Ana Ng (Change (CAB chair))'), 'Ana Ng');
    assert.equal(withoutParentheticals('Total (GBP) spend'), 'Total spend');
    assert.equal(withoutParentheticals('Ana Ng'), 'Ana Ng');
    // A role is read the same way: the role without its note names the holder.
    assert.ok(rolesIn('Service owner (interim (acting))').includes('Service owner'));
    assert.ok(rolesIn('Service owner (interim)').includes('Service owner'));
  });

  it('reads a role the front matter names, in parentheses after a job title, as a role held', () => {
    // As a South African insurer's register writes it (practitioner fixture za-insurer-claims-platform-closure).
    assert.ok(rolesIn('Chief Operating Officer (Sponsor)').includes('Sponsor'));
    assert.ok(rolesIn('Head of Motor Claims (Service owner)').includes('Service owner'));
    assert.ok(rolesIn('IT Director (project manager)').includes('project manager'));
    assert.ok(rolesIn('Chief Operating Officer (Sponsor)').includes('Chief Operating Officer'));
    // Any other note is no role: `interim`, a team, a title.
    assert.deepEqual(rolesIn('Service owner (interim)'), ['Service owner (interim)', 'Service owner']);
    assert.deepEqual(rolesIn('Analyst (Claims)'), ['Analyst (Claims)', 'Analyst']);
    assert.ok(!rolesIn("Finance Director (Sponsor's delegate)").includes("Sponsor's delegate"));
  });

  it('writes a note after a name in parentheses, its own parentheses as commas, so brackets never nest', () => {
    assert.equal(withNote('Ana Ng', 'Change manager'), 'Ana Ng (Change manager)');
    assert.equal(
      withNote('Ng Boon Huat', 'IT service continuity manager (DR)'),
      'Ng Boon Huat (IT service continuity manager, DR)',
    );
    // As a message names a row by its ID and what it is about.
    const text = planText({
      stage: 'control',
      section: 'Project Planning and Coordination',
      register: 'Milestones',
      lines: [
        '| ID | Milestone | Owner | Baseline | Forecast | Status |',
        '| --- | --- | --- | --- | --- | --- |',
        '| M-06 | DR de-registration (SRDF stopped) | - | 2026-09-01 | 2026-09-01 | Not started |',
      ],
    });
    const overdue = createPlanEngine()
      .lintDocument('p.plan.md', text, { asOf: '2026-09-28' })
      .findings.find((f) => f.rule === 'milestone-overdue');
    assert.match(overdue?.message ?? '', /^Milestone M-06 \(DR de-registration, SRDF stopped\) was /);
  });

  it('escapes markup and control characters for HTML once for every view', () => {
    assert.equal(escapeHtml('<a href="x">\'`&\u001b[2J'), '&lt;a href=&quot;x&quot;&gt;&#39;&#96;&amp;\\x1B[2J');
    assert.equal(escapeHtml(undefined), '');
    assert.equal(escapeHtml(3), '3');
  });
});
