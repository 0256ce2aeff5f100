/**
 * A health written but not read (`health: Green with concerns`, a Status log Health cell
 * `Green with concerns`): front-matter-schema and unreadable-value report it, and the views keep
 * it as written (`healthWritten`) instead of showing the plan as having no health; `handoff diff`
 * says the health as written too. A health not known yet (`TBC`) is no health set.
 */
import assert from 'node:assert/strict';
import { planOverviewOf } from '../../server/src/engine/overview.js';
import { DEFAULT_CONFIG } from '../../server/src/engine/config.js';
import { AS_OF, diff, edit, engine, PAYROLL, side } from './diffSides.js';

const frontMatterHealth = (value: string): string => edit(PAYROLL, '\nhealth: green\n', `\nhealth: ${value}\n`);
const LATEST = '| 2026-11-20 | Green | Run 1 reconciled';
const logHealth = (value: string): string => edit(PAYROLL, LATEST, `| 2026-11-20 | ${value} | Run 1 reconciled`);

describe('a health written but not read', () => {
  it('is kept as written in the status and the overview, and reported', () => {
    const s = side(frontMatterHealth('Green with concerns'));
    assert.equal(s.status.health, undefined);
    assert.equal(s.status.healthWritten, 'Green with concerns');
    const plan = engine.parse('file:///p.plan.md', frontMatterHealth('Green with concerns'));
    assert.equal(planOverviewOf(plan, { config: DEFAULT_CONFIG, asOf: AS_OF }).healthWritten, 'Green with concerns');
    assert.ok(
      s.findings.some((f) => f.rule === 'front-matter-schema' && f.message.includes('health')),
      s.findings.map((f) => f.message).join('\n'),
    );
  });

  it('is not kept when read, in any letter case, or when it says it is not known yet', () => {
    for (const [written, health] of [
      ['green', 'green'],
      ['Amber', 'amber'],
      ['TBC', undefined],
    ] as const) {
      const s = side(frontMatterHealth(written)).status;
      assert.equal(s.health, health, written);
      assert.equal(s.healthWritten, undefined, written);
    }
  });

  it('is kept as written for a Status log entry whose Health cell is not read', () => {
    const s = side(logHealth('Green with concerns')).status;
    assert.equal(s.latestStatus?.health, undefined);
    assert.equal(s.latestStatus?.healthWritten, 'Green with concerns');
    const read = side(logHealth('G')).status;
    assert.equal(read.latestStatus?.health, 'green');
    assert.equal(read.latestStatus?.healthWritten, undefined);
  });

  it('is said as written by handoff diff, as the declared health and as a status reported', () => {
    const moved = diff(frontMatterHealth('Green with concerns'), frontMatterHealth('amber'));
    const health = moved.find((c) => c.kind === 'health');
    assert.equal(health?.message, 'Health moved from "Green with concerns" (not read) to amber.');
    assert.equal(health?.impact, 'neutral');
    const reworded = diff(frontMatterHealth('Green with concerns'), frontMatterHealth('Amber-ish'));
    assert.equal(
      reworded.find((c) => c.kind === 'health')?.message,
      'Health moved from "Green with concerns" (not read) to "Amber-ish" (not read).',
    );
    assert.equal(reworded.find((c) => c.kind === 'health')?.impact, 'neutral');
    const reported = diff(
      PAYROLL,
      edit(PAYROLL, LATEST, '| 2026-11-24 | Green with concerns | Run 2 started |  |  |\n' + LATEST),
    ).find((c) => c.kind === 'status-reported');
    assert.match(
      reported?.message ?? '',
      /^Status reported 2026-11-24: health "Green with concerns" \(not read\) — Run 2/,
    );
  });
});
