/**
 * The templates as completion snippets (issue 13, point 7): built from the plan being edited and
 * the as-of date, offered only in the body, and fitting together — a front matter followed by
 * every stage section, each inserted with its placeholders at their defaults, lints clean.
 */
import assert from 'node:assert/strict';
import type { CompletionItem } from 'vscode-languageserver';
import { DEFAULT_CONFIG } from '../../server/src/engine/config.js';
import { stageRank } from '../../server/src/engine/domain.js';
import { createPlanEngine } from '../../server/src/engine/index.js';
import { parsePlan } from '../../server/src/engine/parse/index.js';
import { TRANSITION_TYPES } from '../../server/src/engine/types.js';
import { completions } from '../../server/src/lsp/completion.js';
import { ABOUT_A_PLACEHOLDER, typedOver } from '../typedOver.js';
import { frontMatterWritten } from '../engine/skeletonFacts.js';

/** What VS Code inserts for a snippet when every placeholder keeps its default. */
function expand(snippet: string): string {
  return snippet
    .replace(/\$\{\d+\|([^|]*)\|\}/g, (_, choices: string) => choices.split(',')[0] ?? '')
    .replace(/\$\{\d+:((?:\\.|[^}\\])*)\}/g, (_, text: string) => text.replace(/\\(.)/g, '$1'))
    .replace(/\$\{\d+\}|\$\d+/g, '')
    .replace(/\\([$}\\])/g, '$1');
}

const AS_OF = '2027-03-10';

const FRONT_MATTER = [
  '---',
  'schema: transition-plan/1',
  'id: TP-2027-001',
  'title: Payroll archive retirement',
  'service: Payroll archive',
  'transition_type: retire',
  'stage: planning',
  'health: green',
  'change_ref: RFC-2027-0042',
  'sponsor: Karen Holt',
  'service_owner: S-02',
  'project_manager: "@p.raman"',
  'dates:',
  '  start: 2027-03-01',
  '  go_live: 2027-06-01',
  '  close: 2027-07-15',
  'budget:',
  '  currency: GBP',
  '  approved: 40000',
  '  contingency: 4000',
  '---',
  '',
  '# Payroll archive retirement',
  '',
  '',
].join('\n');

function itemsAt(text: string, line: number, character: number): CompletionItem[] {
  const plan = parsePlan('memory:/ws/new.plan.md', text);
  return completions({ plan, position: { line, character }, rules: [], summaries: [], asOf: AS_OF });
}

function newText(item: CompletionItem): string {
  return (item.textEdit as { newText: string }).newText;
}

describe('LSP: templates as completion snippets', () => {
  /** Inserts every stage section the completion offers at the end of `start`, in order. */
  function withEverySection(start: string): { text: string; inserted: string[] } {
    let text = start;
    const inserted: string[] = [];
    for (;;) {
      const lines = text.split('\n');
      const next = itemsAt(text, lines.length - 1, 0).find((i) => i.label.startsWith('## Project'));
      if (!next) return { text, inserted };
      inserted.push(next.label);
      text = `${text}${expand(newText(next))}\n\n`;
    }
  }

  function errorsAndWarnings(text: string): string[] {
    const findings = createPlanEngine().lintDocument('new.plan.md', text, { asOf: AS_OF, matchesGlob: true }).findings;
    return findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule}: ${f.message}`);
  }

  /**
   * No error or warning but those about the placeholders left to type over, and none once they
   * are typed over.
   */
  function onlyPlaceholdersReported(text: string): void {
    assert.deepEqual(
      errorsAndWarnings(text).filter((f) => !ABOUT_A_PLACEHOLDER.test(f)),
      [],
    );
    assert.ok(errorsAndWarnings(text).length > 0, 'the sections leave placeholders to write');
    assert.deepEqual(errorsAndWarnings(typedOver(text)), []);
  }

  const SECTIONS = [
    '## Project Initiation',
    '## Project Planning and Coordination',
    '## Project Control',
    '## Project Reporting and Communication',
    '## Project Closure',
  ];

  it('the front-matter snippet and every stage section, inserted at their defaults, are reported only for their placeholders', () => {
    const empty = parsePlan('memory:/ws/new.plan.md', '');
    const config = { ...DEFAULT_CONFIG, currency: 'CHF' };
    const fm = completions({
      plan: empty,
      position: { line: 0, character: 0 },
      rules: [],
      summaries: [],
      asOf: AS_OF,
      config,
    });
    const frontMatter = fm.find((i) => i.label === '--- Plan front matter');
    assert.ok(frontMatter, fm.map((i) => i.label).join());
    // Its health, change reference, dates and amounts are left for the author: written here.
    const start = frontMatterWritten(`${expand(newText(frontMatter))}\n`);
    assert.match(start, /^ {2}currency: CHF$/m, 'the currency comes from the configuration');
    const { text, inserted } = withEverySection(start);
    assert.deepEqual(inserted, SECTIONS);
    onlyPlaceholdersReported(text);
    assert.doesNotMatch(text, /2026-/);
  });

  it('sections fit a front matter naming people by name and @handle', () => {
    const { text, inserted } = withEverySection(FRONT_MATTER);
    assert.deepEqual(inserted, SECTIONS);
    onlyPlaceholdersReported(text);
    // The people the front matter names are listed, and dates come from the as-of date.
    assert.match(text, /\| S-03 \| Karen Holt \| Sponsor \|/);
    assert.match(text, /@p\.raman/);
    assert.match(text, new RegExp(`\\| ${AS_OF} \\| Green \\|`));
    assert.doesNotMatch(text, /2026-/);
  });

  it('offers snippets with tab stops only in the body, at the start of a line', () => {
    const text = `${FRONT_MATTER}Pro`;
    const lines = text.split('\n');
    const body = itemsAt(text, lines.length - 1, 3);
    assert.ok(body.length > 0);
    assert.ok(body.every((i) => i.insertTextFormat === 2 && /\$\{1:/.test(newText(i)) === i.label.startsWith('#')));
    const inFrontMatter = itemsAt(text, 3, 0);
    assert.ok(
      inFrontMatter.some((i) => i.label === 'title'),
      'front matter keys inside the front matter',
    );
    assert.ok(!inFrontMatter.some((i) => i.insertTextFormat === 2), 'no section snippets inside the front matter');
    assert.deepEqual(itemsAt(`${text} text`, lines.length - 1, 2), [], 'not in the middle of a line');
  });

  it('stage: completes in lifecycle order, each stage with a one-line description', () => {
    const line = FRONT_MATTER.split('\n').indexOf('stage: planning');
    const items = itemsAt(FRONT_MATTER, line, 'stage: '.length);
    const stages = items.map((i) => i.label);
    assert.deepEqual(
      stages,
      [...stages].sort((a, b) => stageRank(a) - stageRank(b)),
    );
    assert.equal(stages.length, 5);
    for (const item of items) {
      const description = item.labelDetails?.description ?? '';
      assert.ok(description.length > 10 && !description.includes('\n'), `${item.label}: "${description}"`);
    }
  });

  it("offers a stage section's own registers first, and says where another's belongs", () => {
    const text = `${FRONT_MATTER}## Project Initiation\n\n### Stakeholders\n\nSome text.\n\n`;
    const lines = text.split('\n');
    const items = itemsAt(text, lines.length - 1, 0).filter((i) => i.label.startsWith('### '));
    const byLabel = new Map(items.map((i) => [i.label, i]));
    const risks = byLabel.get('### Risks');
    const milestones = byLabel.get('### Milestones');
    const handovers = byLabel.get('### Handovers');
    assert.ok(risks && milestones && handovers, items.map((i) => i.label).join(', '));
    assert.ok(risks.sortText! < milestones.sortText! && risks.sortText! < handovers.sortText!);
    assert.doesNotMatch(risks.detail ?? '', /Belongs under/);
    assert.match(
      milestones.detail ?? '',
      /^Belongs under ## Project Planning and Coordination: here it would be reported/,
    );
    assert.match(handovers.detail ?? '', /^Belongs under ## Project Closure:/);
    // What the detail says is what the linter does: the Milestones register inserted here is reported.
    const inserted = `${text}${expand(newText(milestones))}\n`;
    assert.ok(
      errorsAndWarnings(inserted).some((f) => /Milestones/.test(f) && /Planning and Coordination/.test(f)),
      errorsAndWarnings(inserted).join('\n'),
    );
    // Outside any stage section (under the title), nothing is said to belong elsewhere.
    const top = itemsAt(FRONT_MATTER, FRONT_MATTER.split('\n').length - 1, 0).filter((i) => i.label.startsWith('### '));
    assert.ok(top.length > 5);
    assert.ok(top.every((i) => !/Belongs under/.test(i.detail ?? '')));
  });

  it('offers nothing inside an unclosed code fence', () => {
    const text = `${FRONT_MATTER}\`\`\`text\n\n`;
    assert.deepEqual(itemsAt(text, text.split('\n').length - 1, 0), []);
  });

  it('an empty plan file is offered a complete plan per transition type, with the next free id', () => {
    const plan = parsePlan('memory:/ws/new.plan.md', '');
    const items = completions({
      plan,
      position: { line: 0, character: 0 },
      rules: [],
      summaries: [{ id: 'TP-2027-004' } as never],
      asOf: AS_OF,
    });
    assert.deepEqual(
      items.map((i) => i.label),
      [...TRANSITION_TYPES.map((t) => `New ${t} transition plan`), '--- Plan front matter'],
    );
    for (const item of items.filter((i) => i.label.startsWith('New'))) {
      const text = expand(newText(item));
      assert.match(text, /^id: "TP-2027-005"$/m);
      // Only the names left to write (`Sponsor name`) are reported, and nothing once they are written.
      onlyPlaceholdersReported(text);
    }
  });
});
