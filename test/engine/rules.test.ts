/**
 * Rule fixtures: test/fixtures/rules/<rule>/fires-*.plan.md must produce the findings listed in
 * their `<!-- expect … -->` block (rule and 1-based line, optionally column), clean-*.plan.md
 * must produce none of the rule. Every rule of the catalogue must have both kinds of fixture.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseConfig, DEFAULT_CONFIG } from '../../server/src/engine/config.js';
import { applyEdits } from '../../server/src/engine/fix.js';
import { typedOverEdits } from '../typedOver.js';
import { createPlanEngine } from '../../server/src/engine/index.js';
import type { Finding, Fix } from '../../server/src/engine/types.js';
import { fixturePath, readExpectations } from '../helpers.js';

const engine = createPlanEngine();

/**
 * Rules whose fix writes the register a person must complete and cannot complete it for them:
 * the sign-off rows are written Pending, because only the sponsor and the service owner approve.
 */
const LEFT_TO_A_PERSON = new Set(['missing-sign-off']);

function preferredFix(f: Finding): Fix | undefined {
  return f.fixes?.find((x) => x.isPreferred);
}

/** A finding without its position (a fix moves lines): rule, severity and message. */
function findingKey(f: Finding): string {
  return `${f.rule}|${f.severity}|${f.message}`;
}
const root = fixturePath('rules');

function lint(file: string) {
  const text = fs.readFileSync(file, 'utf8');
  const spec = readExpectations(text);
  let config = DEFAULT_CONFIG;
  if (spec.config) {
    const parsed = parseConfig(spec.config, engine.rules);
    assert.deepEqual(parsed.errors, [], `config in ${file}`);
    config = parsed.config;
  }
  const opts = { asOf: spec.asOf, config, matchesGlob: true };
  const result = engine.lintDocument(file, text, opts);
  return { text, spec, opts, result };
}

describe('rule fixtures', () => {
  for (const rule of engine.rules) {
    describe(rule.name, () => {
      const dir = path.join(root, rule.name);
      const files = fs.existsSync(dir)
        ? fs
            .readdirSync(dir)
            .filter((f) => f.endsWith('.md'))
            .sort()
        : [];

      it('has fixtures that fire and fixtures that stay silent', () => {
        assert.ok(
          files.some((f) => f.startsWith('fires-')),
          `no fires-*.plan.md in ${dir}`,
        );
        assert.ok(
          files.some((f) => f.startsWith('clean-')),
          `no clean-*.plan.md in ${dir}`,
        );
      });

      for (const f of files) {
        const file = path.join(dir, f);
        it(f, () => {
          const { spec, result } = lint(file);
          const rules = new Set([rule.name, ...spec.expected.map((e) => e.rule)]);
          const actual = result.findings
            .filter((x) => rules.has(x.rule))
            .map((x) => {
              const withColumn = spec.expected.some(
                (e) => e.rule === x.rule && e.line === x.range.start.line + 1 && e.column !== undefined,
              );
              return `${x.range.start.line + 1}${withColumn ? `:${x.range.start.character + 1}` : ''} ${x.rule}`;
            })
            .sort();
          const expected = spec.expected
            .map((e) => `${e.line}${e.column !== undefined ? `:${e.column}` : ''} ${e.rule}`)
            .sort();
          assert.deepEqual(
            actual,
            expected,
            result.findings
              .filter((x) => rules.has(x.rule))
              .map((x) => `${x.range.start.line + 1} ${x.rule}: ${x.message}`)
              .join('\n'),
          );
          if (f.startsWith('fires-'))
            assert.ok(
              expected.some((e) => e.endsWith(` ${rule.name}`)),
              'a fires- fixture must expect its rule',
            );
          if (f.startsWith('clean-'))
            assert.ok(!expected.some((e) => e.endsWith(` ${rule.name}`)), 'a clean- fixture must not expect its rule');
        });
      }

      const fires = files.filter((x) => x.startsWith('fires-'));
      if (rule.fixable === 'sometimes')
        it('offers a preferred fix on at least one fixture finding (it declares fixable: sometimes)', () => {
          const fixed = fires.flatMap((f) =>
            lint(path.join(dir, f)).result.findings.filter((x) => x.rule === rule.name && preferredFix(x)),
          );
          assert.ok(fixed.length > 0, `no ${rule.name} finding in ${fires.join(', ')} has a preferred fix`);
        });

      for (const f of fires) {
        const file = path.join(dir, f);
        it(`${f}: every preferred fix removes its finding and adds no error or warning`, () => {
          const { text, opts, result } = lint(file);
          const before = result.findings.filter((x) => x.rule === rule.name);
          assert.ok(before.length > 0, `${f} has no ${rule.name} finding`);
          const known = new Set(result.findings.map(findingKey));
          for (const finding of before) {
            const fix = preferredFix(finding);
            if (!fix) {
              assert.notEqual(
                rule.fixable,
                'always',
                `${rule.name} declares fixable: always, but "${finding.message}" has no preferred fix`,
              );
              continue;
            }
            // As the author leaves it: the placeholders the fix wrote typed over.
            const fixed = applyEdits(text, typedOverEdits(fix));
            const afterAll = engine.lintDocument(file, fixed, opts).findings;
            const after = afterAll.filter((x) => x.rule === rule.name);
            assert.ok(
              after.length < before.length,
              `fix "${fix.title}" left ${after.length} ${rule.name} findings:\n${after.map((a) => a.message).join('\n')}`,
            );
            const added = afterAll.filter(
              (x) =>
                x.severity !== 'info' &&
                !known.has(findingKey(x)) &&
                !(LEFT_TO_A_PERSON.has(x.rule) && x.rule === rule.name),
            );
            assert.deepEqual(
              added.map((x) => `${x.rule}: ${x.message}`),
              [],
              `fix "${fix.title}" added findings`,
            );
            for (const stop of fix.stops ?? []) {
              const edit = fix.edits[stop.edit];
              assert.ok(edit && stop.offset >= 0, `fix "${fix.title}" has a tab stop inside one of its edits`);
              assert.ok(stop.offset + stop.length <= edit.newText.length);
            }
          }
        });
      }
    });
  }
});
