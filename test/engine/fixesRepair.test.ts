/**
 * Fixes that repair: on every plan the tests hold (rule and CLI fixtures, practitioners' plans,
 * the examples), each quick fix a finding offers is applied on its own and the plan linted again.
 * A preferred or safe fix — what an editor applies with one key, or `--fix` applies — removes its
 * finding. No fix, preferred or not, writes what Handoff then cannot read: a value, a column, the
 * front matter, an ID twice or a reference to nobody. (New findings about what is still to write,
 * such as a placeholder left for the author, are the point of a template and are allowed.)
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_CONFIG, parseConfig } from '../../server/src/engine/config.js';
import { applyEdits } from '../../server/src/engine/fix.js';
import { createPlanEngine, type Finding } from '../../server/src/engine/index.js';
import { fixturePath, readExpectations, repoRoot } from '../helpers.js';

const engine = createPlanEngine();

/** Rules that report what Handoff could not read as written: a fix must never cause one. */
const UNREAD_RULES = [
  'unreadable-value',
  'table-columns',
  'front-matter-syntax',
  'duplicate-id',
  'unresolved-reference',
];

function plans(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return plans(full);
    return e.name.endsWith('.plan.md') ? [full] : [];
  });
}

function countByRule(findings: readonly Finding[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
  return counts;
}

/**
 * A finding of what could not be read, by its rule and the text it points at: a fix that moves a
 * row renumbers it, and the same value still unread is then reported as another row's.
 */
function unreadKey(text: string, f: Finding): string {
  const lines = text.split('\n');
  const { start, end } = f.range;
  const pointed =
    start.line === end.line
      ? (lines[start.line] ?? '').slice(start.character, end.character)
      : lines.slice(start.line, end.line + 1).join('\n');
  return `${f.rule}\u0000${pointed}`;
}

describe('fixes that repair', () => {
  const files = [
    ...plans(fixturePath('rules')),
    ...plans(fixturePath('cli')),
    ...plans(fixturePath('practitioner')),
    ...plans(path.join(repoRoot, 'examples')),
  ].sort();
  let fixes = 0;
  let oneKey = 0;

  for (const file of files) {
    it(path.relative(repoRoot, file), () => {
      const text = fs.readFileSync(file, 'utf8');
      const spec = readExpectations(text);
      const config = spec.config ? parseConfig(spec.config, engine.rules).config : DEFAULT_CONFIG;
      const lint = (t: string) => engine.lintDocument(file, t, { asOf: spec.asOf, config, matchesGlob: true }).findings;
      const before = lint(text);
      const counted = countByRule(before);
      const unread = new Set(before.map((f) => unreadKey(text, f)));
      const problems: string[] = [];
      for (const finding of before) {
        for (const fix of finding.fixes ?? []) {
          fixes++;
          const fixed = applyEdits(text, fix.edits);
          const after = lint(fixed);
          const afterCounted = countByRule(after);
          const where = `line ${finding.range.start.line + 1} ${finding.rule}, "${fix.title}"`;
          if (fix.isPreferred || fix.safe) {
            oneKey++;
            const stays =
              after.some((f) => f.rule === finding.rule && f.message === finding.message) &&
              (afterCounted.get(finding.rule) ?? 0) >= counted.get(finding.rule)!;
            if (stays) problems.push(`${where}: the finding stays (${finding.message})`);
          }
          const news = after.filter((f) => UNREAD_RULES.includes(f.rule) && !unread.has(unreadKey(fixed, f)));
          if (news.length)
            problems.push(`${where}: writes what is not read: ${news.map((f) => f.message).join(' | ')}`);
        }
      }
      assert.deepEqual(problems, []);
    });
  }

  it('checked fixes on enough plans', () => {
    assert.ok(files.length > 100, `${files.length} plans`);
    assert.ok(fixes > 500, `${fixes} fixes`);
    assert.ok(oneKey > 200, `${oneKey} preferred or safe fixes`);
  });
});
