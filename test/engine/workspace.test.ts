/**
 * Cross-plan rules over summaries of in-memory plans, the way the CLI and the language server
 * call them: `lintDocument(...).summary` for every plan, then `lintWorkspace(summaries)`.
 */
import assert from 'node:assert/strict';
import { applyEdits } from '../../server/src/engine/fix.js';
import { createPlanEngine, type DocumentFinding } from '../../server/src/engine/index.js';
import type { PlanSummary } from '../../server/src/engine/summary.js';

const engine = createPlanEngine();
const AS_OF = '2026-06-01';

interface PlanSpec {
  readonly uri: string;
  readonly id: string;
  /** Written as the flow list `[A, B]`. */
  readonly dependsOn?: readonly string[];
  /** Rows of a `## Waivers` table: rule, target, approver, expires. */
  readonly waivers?: readonly (readonly [string, string, string, string])[];
}

function planText(spec: PlanSpec): string {
  const lines = [
    '---',
    'schema: transition-plan/1',
    `id: ${spec.id}`,
    `title: Transition ${spec.id}`,
    'service: Expense Claims',
    'transition_type: new',
    'stage: initiation',
    'sponsor: S-01',
    'service_owner: S-02',
    'project_manager: S-03',
  ];
  if (spec.dependsOn) lines.push(`depends_on: [${spec.dependsOn.join(', ')}]`);
  lines.push(
    '---',
    '',
    `# Transition ${spec.id}`,
    '',
    '## Project Initiation',
    '',
    '### Stakeholders',
    '',
    '| ID | Name | Role |',
    '| --- | --- | --- |',
    '| S-01 | Helen Marsh | Sponsor |',
    '| S-02 | Daniel Osei | Service owner |',
    '| S-03 | Priya Raman | Project manager |',
  );
  if (spec.waivers) {
    lines.push(
      '',
      '## Waivers',
      '',
      '| Rule | Target | Reason | Approved by | Expires |',
      '| --- | --- | --- | --- | --- |',
    );
    for (const [rule, target, approver, expires] of spec.waivers) {
      lines.push(`| ${rule} | ${target} | Agreed in the steering group | ${approver} | ${expires} |`);
    }
  }
  return lines.join('\n') + '\n';
}

function summaries(specs: readonly PlanSpec[]): { texts: Map<string, string>; plans: PlanSummary[] } {
  const texts = new Map<string, string>();
  const plans = specs.map((spec) => {
    const text = planText(spec);
    texts.set(spec.uri, text);
    const result = engine.lintDocument(spec.uri, text, { asOf: AS_OF });
    assert.ok(result.summary, `${spec.uri} is a plan`);
    return result.summary;
  });
  return { texts, plans };
}

function findingsOf(findings: readonly DocumentFinding[], rule: string): DocumentFinding[] {
  return findings.filter((f) => f.rule === rule);
}

/** The 0-based line and character at which `needle` first occurs in `text`. */
function positionOf(text: string, needle: string, from = 0): { line: number; character: number } {
  const offset = text.indexOf(needle, from);
  assert.ok(offset >= 0, `"${needle}" occurs in the text`);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1]!.length };
}

describe('workspace rules', () => {
  describe('duplicate-id across plans', () => {
    it('reports each plan sharing an id at its id value, related to the other plan', () => {
      const { texts, plans } = summaries([
        { uri: 'plans/a.plan.md', id: 'TP-2026-001' },
        { uri: 'plans/b.plan.md', id: 'tp-2026-001' },
        { uri: 'plans/c.plan.md', id: 'TP-2026-002' },
      ]);
      const found = findingsOf(engine.lintWorkspace(plans), 'duplicate-id');
      assert.deepEqual(
        found.map((f) => f.uri),
        ['plans/a.plan.md', 'plans/b.plan.md'],
      );
      for (const f of found) {
        const other = f.uri === 'plans/a.plan.md' ? 'plans/b.plan.md' : 'plans/a.plan.md';
        assert.equal(f.severity, 'error');
        assert.equal(f.target, 'id');
        assert.deepEqual(
          f.range.start,
          positionOf(texts.get(f.uri)!, f.uri.includes('/a.') ? 'TP-2026-001' : 'tp-2026-001'),
        );
        assert.match(f.message, new RegExp(other.replace(/\./g, '\\.')));
        assert.equal(f.related?.length, 1);
        assert.equal(f.related![0]!.uri, other);
        assert.equal(f.related![0]!.range.start.line, 2);
      }
    });

    it('stays silent when every id is unique', () => {
      const { plans } = summaries([
        { uri: 'a.plan.md', id: 'TP-2026-001' },
        { uri: 'b.plan.md', id: 'TP-2026-002', dependsOn: ['TP-2026-001'] },
      ]);
      assert.deepEqual(engine.lintWorkspace(plans), []);
    });
  });

  describe('unresolved-reference for depends_on', () => {
    it('reports unknown plan ids with a did-you-mean and a fix that resolves them', () => {
      const { texts, plans } = summaries([
        { uri: 'a.plan.md', id: 'TP-2026-014', dependsOn: ['TP-2026-09', 'TP-2030-777'] },
        { uri: 'b.plan.md', id: 'TP-2026-009' },
      ]);
      const found = findingsOf(engine.lintWorkspace(plans), 'unresolved-reference');
      assert.equal(found.length, 2);
      const [typo, unknown] = found;
      const text = texts.get('a.plan.md')!;
      assert.equal(typo!.uri, 'a.plan.md');
      assert.equal(typo!.target, 'depends_on');
      assert.deepEqual(typo!.range.start, positionOf(text, 'TP-2026-09'));
      assert.match(typo!.message, /TP-2026-09/);
      assert.match(typo!.message, /Did you mean "TP-2026-009"\?/);
      const fix = typo!.fixes?.find((f) => f.isPreferred);
      assert.ok(fix, 'a preferred fix');

      assert.deepEqual(unknown!.range.start, positionOf(text, 'TP-2030-777'));
      assert.doesNotMatch(unknown!.message, /Did you mean/);
      assert.equal(unknown!.fixes, undefined);

      const fixed = applyEdits(text, fix.edits);
      assert.match(fixed, /depends_on: \[TP-2026-009, TP-2030-777\]/);
      const again = engine.lintDocument('a.plan.md', fixed, { asOf: AS_OF }).summary!;
      const after = findingsOf(engine.lintWorkspace([again, plans[1]!]), 'unresolved-reference');
      assert.deepEqual(
        after.map((f) => f.message.match(/TP-\d+-\d+/)![0]),
        ['TP-2030-777'],
      );
    });
  });

  describe('dependency-cycle', () => {
    it('reports a two-plan cycle on both plans, naming the whole cycle', () => {
      const { texts, plans } = summaries([
        { uri: 'a.plan.md', id: 'TP-1', dependsOn: ['TP-2'] },
        { uri: 'b.plan.md', id: 'TP-2', dependsOn: ['TP-1'] },
      ]);
      const found = findingsOf(engine.lintWorkspace(plans), 'dependency-cycle');
      assert.equal(found.length, 2);
      const [a, b] = found;
      assert.equal(a!.uri, 'a.plan.md');
      assert.match(a!.message, /TP-1 → TP-2 → TP-1/);
      assert.deepEqual(a!.range.start, positionOf(texts.get('a.plan.md')!, 'TP-2]'));
      assert.equal(a!.related?.[0]?.uri, 'b.plan.md');
      assert.equal(b!.uri, 'b.plan.md');
      assert.match(b!.message, /TP-2 → TP-1 → TP-2/);
      assert.equal(b!.target, 'depends_on');
    });

    it('reports a three-plan cycle on each of its plans, and not on a plan that merely depends on it', () => {
      const { texts, plans } = summaries([
        { uri: 'a.plan.md', id: 'TP-A', dependsOn: ['TP-X', 'TP-B'] },
        { uri: 'b.plan.md', id: 'TP-B', dependsOn: ['TP-C'] },
        { uri: 'c.plan.md', id: 'TP-C', dependsOn: ['TP-A'] },
        { uri: 'd.plan.md', id: 'TP-D', dependsOn: ['TP-A'] },
        { uri: 'x.plan.md', id: 'TP-X' },
      ]);
      const found = findingsOf(engine.lintWorkspace(plans), 'dependency-cycle');
      assert.deepEqual(
        found.map((f) => f.uri),
        ['a.plan.md', 'b.plan.md', 'c.plan.md'],
      );
      const [a, b, c] = found;
      assert.match(a!.message, /TP-A → TP-B → TP-C → TP-A/);
      assert.match(b!.message, /TP-B → TP-C → TP-A → TP-B/);
      assert.match(c!.message, /TP-C → TP-A → TP-B → TP-C/);
      // At the depends_on item that continues the cycle, not at the first item of the list.
      assert.deepEqual(a!.range.start, positionOf(texts.get('a.plan.md')!, 'TP-B]'));
      assert.deepEqual(
        a!.related?.map((r) => r.uri),
        ['b.plan.md', 'c.plan.md'],
      );
    });

    it('reports a self-dependency once: from the document, not again from the workspace', () => {
      const { texts, plans } = summaries([{ uri: 'a.plan.md', id: 'TP-1', dependsOn: ['TP-1'] }]);
      assert.deepEqual(findingsOf(engine.lintWorkspace(plans), 'dependency-cycle'), []);
      const text = texts.get('a.plan.md')!;
      const document = engine
        .lintDocument('a.plan.md', text, { asOf: AS_OF })
        .findings.filter((f) => f.rule === 'dependency-cycle');
      assert.equal(document.length, 1);
      assert.match(document[0]!.message, /TP-1 depends on itself \(TP-1 → TP-1\)/);
      assert.deepEqual(document[0]!.range.start, positionOf(text, 'TP-1]'));
    });

    it('still finds a longer cycle through a plan that also depends on itself', () => {
      const { plans } = summaries([
        { uri: 'a.plan.md', id: 'TP-1', dependsOn: ['TP-1', 'TP-2'] },
        { uri: 'b.plan.md', id: 'TP-2', dependsOn: ['TP-1'] },
      ]);
      const found = findingsOf(engine.lintWorkspace(plans), 'dependency-cycle');
      assert.deepEqual(
        found.map((f) => f.message.match(/TP-\d( → TP-\d)+/)![0]),
        ['TP-1 → TP-2 → TP-1', 'TP-2 → TP-1 → TP-2'],
      );
    });
  });

  describe('waivers', () => {
    it("an active waiver silences its plan's workspace finding only", () => {
      const { plans } = summaries([
        {
          uri: 'a.plan.md',
          id: 'TP-1',
          dependsOn: ['TP-2'],
          waivers: [
            ['duplicate-id', 'id', 'S-01', '2026-12-31'],
            ['dependency-cycle', 'depends_on', 'S-01', ''],
          ],
        },
        { uri: 'b.plan.md', id: 'TP-1' },
        { uri: 'c.plan.md', id: 'TP-2', dependsOn: ['TP-1'] },
      ]);
      const found = engine.lintWorkspace(plans);
      assert.deepEqual(
        findingsOf(found, 'duplicate-id').map((f) => f.uri),
        ['b.plan.md'],
      );
      // c depends on TP-1, which both a and b claim: the cycle a → c → a is silenced in a only.
      assert.deepEqual(
        findingsOf(found, 'dependency-cycle').map((f) => f.uri),
        ['c.plan.md'],
      );
    });

    it('an expired or unapproved waiver silences nothing', () => {
      const { plans } = summaries([
        { uri: 'a.plan.md', id: 'TP-1', waivers: [['duplicate-id', 'id', 'S-01', '2026-05-31']] },
        { uri: 'b.plan.md', id: 'TP-1', waivers: [['duplicate-id', '*', '-', '2026-12-31']] },
      ]);
      assert.deepEqual(
        findingsOf(engine.lintWorkspace(plans), 'duplicate-id').map((f) => f.uri),
        ['a.plan.md', 'b.plan.md'],
      );
    });
  });
});
