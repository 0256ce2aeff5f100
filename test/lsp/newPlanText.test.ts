/**
 * The wizard's plan and the template snippets through the language server (in memory): the
 * folder's `.handoff.yaml` currency and the server's as-of date reach what they write, and no
 * date or amount nobody gave does.
 */
import assert from 'node:assert/strict';
import type { CompletionItem } from 'vscode-languageserver-protocol';
import { createPlanEngine } from '../../server/src/engine/index.js';
import { memUri, startInMemory, type MemoryServer } from './inMemory.js';
import { ABOUT_A_PLACEHOLDER, typedOver } from '../typedOver.js';
import { frontMatterWritten, statusHealthWritten } from '../engine/skeletonFacts.js';

const AS_OF = '2027-03-10';
const EXISTING = [
  '---',
  'schema: transition-plan/1',
  'id: TP-2027-007',
  'title: Existing',
  'service: Existing',
  'transition_type: new',
  'stage: initiation',
  '---',
  '',
  '# Existing',
  '',
].join('\n');

describe('LSP: new plans and template snippets (in memory)', function () {
  let server: MemoryServer;
  beforeEach(async () => {
    server = await startInMemory(
      { '.handoff.yaml': 'currency: GBP\n', 'existing.plan.md': EXISTING },
      { initializationOptions: { asOf: AS_OF, debounceMs: 0 } },
    );
  });
  afterEach(async () => server?.client.stop());

  it('handoff/newPlanText builds a plan at the stage with the folder currency and today’s dates', async () => {
    const text = await server.client.request<string | null>('handoff/newPlanText', {
      id: 'TP-2027-008',
      title: 'Payroll archive retirement',
      service: 'Payroll archive',
      transitionType: 'retire',
      stage: 'control',
      uri: memUri('new.plan.md'),
    });
    assert.ok(text);
    assert.match(text, /^stage: control$/m);
    assert.match(text, /^ {2}currency: GBP$/m);
    // The as-of date dates its first status entry (its Health, as the plan's, left to write); its
    // own dates are the author's to write.
    assert.match(text, new RegExp(`^\\| ${AS_OF} \\|  \\| Where the transition stands \\|$`, 'm'));
    assert.match(text, /^ {2}start:$/m);
    // Once its front matter is written, reported only for the placeholders it leaves to write, and
    // clean once they are written.
    const lint = (t: string) =>
      createPlanEngine()
        .lintDocument('new.plan.md', t, { asOf: AS_OF, matchesGlob: true })
        .findings.filter((f) => f.severity !== 'info')
        .map((f) => `${f.rule}: ${f.message}`);
    assert.deepEqual(
      lint(statusHealthWritten(frontMatterWritten(text))).filter((f) => !ABOUT_A_PLACEHOLDER.test(f)),
      [],
    );
    assert.deepEqual(lint(typedOver(statusHealthWritten(frontMatterWritten(text)))), []);
    const refused = await server.client.request<string | null>('handoff/newPlanText', {
      id: 'TP-2027-008',
      title: 'T',
      service: 'S',
      transitionType: 'retire',
      stage: 'closed',
    });
    assert.equal(refused, null, 'a new plan does not start closed');
  });

  it('an empty plan file is offered whole plans with the next free id and the front matter in GBP', async () => {
    const uri = memUri('new.plan.md');
    server.client.open(uri, '');
    const items = await server.client.request<CompletionItem[]>('textDocument/completion', {
      textDocument: { uri },
      position: { line: 0, character: 0 },
    });
    const newText = (label: string) =>
      (items.find((i) => i.label === label)?.textEdit as { newText: string } | undefined)?.newText ?? '';
    assert.match(newText('New retire transition plan'), /TP-2027-008/);
    assert.match(newText('--- Plan front matter'), /currency: GBP/);
    assert.match(newText('--- Plan front matter'), /^ {2}go_live:$/m, 'no go-live date nobody gave');
  });
});
