/**
 * Fixes never make things worse: every preferred fix of every finding, on every fixture and
 * example and on prefixes of the examples, must remove its finding and add no error or warning,
 * once the author has typed over the placeholders it wrote (typedOver.ts).
 * Rules whose preferred fix is still known to fail somewhere are listed in KNOWN (printed when
 * they fail, so the list can shrink as their fixes are mended); any other rule failing fails
 * the test, and so does a listed rule that no longer fails anywhere.
 */
import assert from 'node:assert/strict';
import { applyEdits } from '../../server/src/engine/fix.js';
import { createPlanEngine } from '../../server/src/engine/index.js';
import type { Finding } from '../../server/src/engine/types.js';
import { typedOverEdits } from '../typedOver.js';
import { readExpectations } from '../helpers.js';
import { corpus } from './fuzz.js';

/**
 * Rules whose preferred fix is known to fail somewhere, each with why: empty now that templates
 * name only people who exist or come with them, take dates from the as-of date, and leave the
 * preferred mark off a fix whose rows the plan's stage would report.
 */
const KNOWN = new Set<string>([]);

/** Errors and warnings per rule. */
function counts(findings: readonly Finding[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const f of findings) if (f.severity !== 'info') out.set(f.rule, (out.get(f.rule) ?? 0) + 1);
  return out;
}

describe('fixes never make things worse', function () {
  this.timeout(120_000);

  it('every preferred fix removes its finding and adds no error or warning', () => {
    const engine = createPlanEngine();
    const cases: { name: string; text: string; asOf: string }[] = [];
    for (const file of corpus()) {
      const asOf = readExpectations(file.text).asOf;
      cases.push({ name: file.name, text: file.text, asOf });
      if (file.name.startsWith('examples')) {
        for (let end = 211; end < file.text.length; end += 211) {
          cases.push({ name: `${file.name} prefix ${end}`, text: file.text.slice(0, end), asOf });
        }
      }
    }
    let applied = 0;
    const failures: string[] = [];
    const known = new Map<string, string>();
    for (const c of cases) {
      const opts = { asOf: c.asOf, matchesGlob: true };
      const before = engine.lintDocument(c.name, c.text, opts).findings;
      const beforeCounts = counts(before);
      for (const finding of before) {
        const fix = finding.fixes?.find((x) => x.isPreferred);
        if (!fix) continue;
        applied++;
        const after = engine.lintDocument(c.name, applyEdits(c.text, typedOverEdits(fix)), opts).findings;
        const why: string[] = [];
        if (after.filter((x) => x.rule === finding.rule).length >= before.filter((x) => x.rule === finding.rule).length)
          why.push('left its finding');
        for (const [rule, n] of counts(after))
          if (rule !== finding.rule && n > (beforeCounts.get(rule) ?? 0)) why.push(`added ${rule}`);
        if (!why.length) continue;
        const line = `${finding.rule}: "${fix.title}" on ${c.name} ${why.join(', ')}`;
        if (KNOWN.has(finding.rule)) known.set(finding.rule, known.get(finding.rule) ?? line);
        else failures.push(line);
      }
    }
    assert.ok(applied > 50, `only ${applied} preferred fixes were tried`);
    for (const line of known.values()) console.log(`      known: ${line}`);
    assert.deepEqual(failures, []);
    const mended = [...KNOWN].filter((r) => !known.has(r));
    assert.deepEqual(mended, [], 'these rules no longer fail: take them out of KNOWN');
  });

  it('no fix is offered inside an unclosed front matter or code fence', () => {
    const engine = createPlanEngine();
    const plan = corpus().find((f) => f.name.endsWith('cli/clean.plan.md'))!.text;
    const unclosedFrontMatter = plan.replace('\n---\n', '\n\n');
    const unclosedFence = plan.replace(/\n## Project Initiation[\s\S]*$/, '\n```text\n## Project Initiation\n');
    // A front matter never closed holds the whole plan: its one finding, with no fix.
    const inFrontMatter = engine.lintDocument('x.plan.md', unclosedFrontMatter, {
      asOf: '2026-06-01',
      matchesGlob: true,
    });
    assert.deepEqual(
      inFrontMatter.findings.map((f) => [f.rule, f.fixes?.length ?? 0]),
      [['front-matter-syntax', 0]],
    );
    for (const text of [unclosedFence]) {
      const findings = engine.lintDocument('x.plan.md', text, { asOf: '2026-06-01', matchesGlob: true }).findings;
      assert.ok(findings.some((f) => f.rule === 'missing-stage-section' || f.rule.startsWith('missing-')));
      const insertAtEnd = findings.flatMap((f) => f.fixes ?? []).filter((fix) => fix.title.startsWith('Add the'));
      assert.deepEqual(
        insertAtEnd.map((f) => f.title),
        [],
      );
    }
  });
});
