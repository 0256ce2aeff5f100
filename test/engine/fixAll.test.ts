/**
 * Fix all (`source.fixAll.handoff`, `handoff lint --fix`): on every fixture, applying the safe
 * fixes leaves no safe fix behind, adds no error or warning, and a second run changes nothing.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseConfig, DEFAULT_CONFIG } from '../../server/src/engine/config.js';
import { fixAll, safeFix } from '../../server/src/engine/fix.js';
import { createPlanEngine } from '../../server/src/engine/index.js';
import { fixturePath, readExpectations } from '../helpers.js';

const engine = createPlanEngine();

function planFixtures(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return planFixtures(full);
    return e.name.endsWith('.plan.md') ? [full] : [];
  });
}

describe('fix all', () => {
  const files = [...planFixtures(fixturePath('rules')), ...planFixtures(fixturePath('cli'))].sort();
  let appliedSomewhere = 0;

  it('finds the fixtures', () => assert.ok(files.length > 50, `${files.length} fixtures`));

  for (const file of files) {
    it(path.relative(fixturePath(), file), () => {
      const text = fs.readFileSync(file, 'utf8');
      const spec = readExpectations(text);
      const config = spec.config ? parseConfig(spec.config, engine.rules).config : DEFAULT_CONFIG;
      const lint = (t: string) => engine.lintDocument(file, t, { asOf: spec.asOf, config, matchesGlob: true }).findings;
      const before = lint(text);
      const once = fixAll(text, lint);
      appliedSomewhere += once.applied.length;
      const after = lint(once.text);
      assert.deepEqual(
        after.filter((f) => safeFix(f)).map((f) => `${f.rule}: ${f.message}`),
        [],
        'a safe fix is left after fix all',
      );
      const known = new Set(before.map((f) => `${f.rule}|${f.message}`));
      assert.deepEqual(
        after.filter((f) => f.severity !== 'info' && !known.has(`${f.rule}|${f.message}`)).map((f) => f.message),
        [],
        'fix all added findings',
      );
      const twice = fixAll(once.text, lint);
      assert.deepEqual(twice.applied, [], 'a second run applies nothing');
      assert.equal(twice.text, once.text);
    });
  }

  it('applied safe fixes on some fixtures (the loop above is not vacuous)', () => {
    assert.ok(appliedSomewhere > 0);
  });

  it('leaves a row whose cells may sit under the wrong headers: table-columns reports it, and nothing read past its ID', () => {
    const file = fixturePath('rules/risk-score-mismatch/fires-numbers.plan.md');
    const text = fs.readFileSync(file, 'utf8');
    const lint = (t: string) => engine.lintDocument(file, t, { asOf: '2026-06-01', matchesGlob: true }).findings;
    const scoreFix = (t: string, id: string) =>
      lint(t)
        .find((f) => f.rule === 'risk-score-mismatch' && f.target === id)
        ?.fixes?.find((x) => /score/i.test(x.title));
    // R-02's Score (8) is not 2 × 3: written whole, the row's fix is safe.
    assert.equal(scoreFix(text, 'R-02')?.safe, true);
    // A converter dropped R-02's Score cell: its Owner now sits under Score, and the fix would
    // write 6 over S-03. So would a cell split in two by a typed |.
    for (const [changed, how] of [
      [text.replace('| 2 | 3 | 8 | S-03 |', '| 2 | 3 | S-03 |'), 'a cell short'],
      [text.replace('| Paper forms withdrawn at go-live |', '| Paper forms | withdrawn at go-live |'), 'a cell over'],
    ] as const) {
      assert.notEqual(changed, text, how);
      // What the rules read after the row's ID is probably another column's: not reported.
      assert.equal(scoreFix(changed, 'R-02'), undefined, `${how}: no score finding on the row`);
      // The row itself is reported: a cell missing, or one split in two.
      const rowLine = changed.split('\n').findIndex((l) => l.startsWith('| R-02 |'));
      assert.ok(
        lint(changed).some((f) => f.rule === 'table-columns' && f.range.start.line === rowLine),
        `${how}: table-columns on the row`,
      );
      assert.ok(
        fixAll(changed, lint).text.includes(how === 'a cell short' ? '| 2 | 3 | S-03 |' : '| 2 | 3 | 8 | S-03 |'),
        how,
      );
    }
    // A row short only of an empty last cell, as GFM allows (a Notes column left blank), reads
    // well: its fix stays safe.
    const header = '| ID | Risk | L | I | Score | Owner | Response | Mitigation | Contingency | Status |';
    const delimiter = '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |';
    const withNotes = text.replace(header, `${header} Notes |`).replace(delimiter, `${delimiter} --- |`);
    assert.ok(withNotes.includes(`${header} Notes |`) && withNotes.includes(`${delimiter} --- |`));
    assert.equal(scoreFix(withNotes, 'R-02')?.safe, true);
  });

  it('copies a status entry’s health into the front matter only from a current entry', () => {
    const file = fixturePath('rules/health-mismatch/fires-newest-entry-amber.plan.md');
    const text = fs.readFileSync(file, 'utf8');
    const health = (t: string, asOf: string) => {
      const f = engine
        .lintDocument(file, t, { asOf, matchesGlob: true })
        .findings.find((x) => x.rule === 'health-mismatch');
      assert.ok(f, asOf);
      return { message: f.message, fix: f.fixes?.find((x) => x.title === 'Set health to amber') };
    };
    // The newest entry (2026-05-25) a week before: safe.
    assert.equal(health(text, '2026-06-01').fix?.safe, true);
    // Seven weeks old: offered, not safe, and said.
    const old = health(text, '2026-07-15');
    assert.ok(old.fix && !old.fix.safe);
    assert.match(old.message, /That entry is 51 days old: check which rating holds today\.$/);
    // Dated after the as-of date.
    const ahead = health(text.replace('| 2026-05-25 | Amber |', '| 2026-06-05 | Amber |'), '2026-06-01');
    assert.ok(ahead.fix && !ahead.fix.safe);
    assert.match(ahead.message, /That entry is dated after 2026-06-01\.$/);
  });

  it("writes a waiver's Expires with one reading as it writes any date, so the waiver stands again", () => {
    const file = fixturePath('rules/waiver-invalid/fires-expiry-numeric-date.plan.md');
    const text = fs.readFileSync(file, 'utf8');
    const lint = (t: string) => engine.lintDocument(file, t, { asOf: '2026-11-25', matchesGlob: true }).findings;
    const titles = lint(text)
      .filter((f) => f.rule === 'unreadable-value' || f.rule === 'waiver-invalid')
      .map((f) => `${f.rule}: ${f.fixes?.find((x) => x.isPreferred)?.title}`);
    // The same operation, the same words.
    assert.deepEqual(titles, ['unreadable-value: Write 2026-11-28', 'waiver-invalid: Write 2026-12-31']);
    const fixed = fixAll(text, lint);
    assert.match(fixed.text, /\| 2026-11-28 \|/);
    assert.match(fixed.text, /\| Robert Ashby \| 2026-12-31 \|/);
    assert.deepEqual(
      lint(fixed.text).map((f) => f.rule),
      [],
      'the waiver silences the finding it was written for',
    );
  });

  it('keeps CRLF line ends', () => {
    const file = fixturePath('rules/risk-score-mismatch/fires-numbers.plan.md');
    const text = fs.readFileSync(file, 'utf8').replace(/\r?\n/g, '\r\n');
    const lint = (t: string) => engine.lintDocument(file, t, { asOf: '2026-06-01', matchesGlob: true }).findings;
    const fixed = fixAll(text, lint);
    assert.ok(fixed.applied.length > 0);
    assert.ok(!/[^\r]\n/.test(fixed.text), 'a bare LF crept in');
  });
});
