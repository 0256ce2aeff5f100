/**
 * new-plan's "Start from the template" on a plan without an id: the engine, seeing one plan,
 * writes TP-<year>-001 and does not prefer the fix; the server, once every plan is indexed, writes
 * the workspace's next free id instead and prefers it.
 */
import assert from 'node:assert/strict';
import type { CodeAction } from 'vscode-languageserver-protocol';
import { createPlanEngine } from '../../server/src/engine/index.js';
import { codeActions } from '../../server/src/lsp/codeActions.js';
import { MemoryFileAccess } from '../../server/src/lsp/memoryFileAccess.js';
import { toDiagnostic } from '../../server/src/lsp/toLsp.js';
import { memUri, startInMemoryOver, type MemoryServer } from './inMemory.js';
import { AS_OF, editsFor } from './util.js';

const engine = createPlanEngine();

/** A plan that declares the schema, with only an id. */
function plan(id: string): string {
  return `---\nschema: transition-plan/1\nid: ${id}\n---\n\n# Plan ${id}\n`;
}

/** The start-from-template action on a new plan's text, given the workspace's ids (undefined: not all known). */
function templateAction(text: string, ids: readonly string[] | undefined): { action: CodeAction; engineText: string } {
  const uri = 'file:///ws/new.plan.md';
  const { plan: model, findings } = engine.lintDocument(uri, text, { asOf: AS_OF, matchesGlob: true });
  const finding = findings.find((f) => f.rule === 'new-plan');
  assert.ok(finding && model, 'a new plan');
  const actions = codeActions({
    uri,
    version: 1,
    plan: model,
    findings,
    diagnostics: [toDiagnostic(finding, uri)],
    asOf: AS_OF,
    documentChanges: false,
    planIds: () => ids,
  });
  const action = actions.find((a) => a.title.startsWith('Start from the template'));
  assert.ok(action, actions.map((a) => a.title).join());
  return { action, engineText: finding.fixes![0]!.edits[0]!.newText };
}

function newText(action: CodeAction): string {
  return editsFor(action.edit, 'file:///ws/new.plan.md')[0]!.newText;
}

describe('LSP: a new plan starts from the template with the next free id', () => {
  it('once every plan is known: the next id of the year in their style, preferred', () => {
    const ids = ['TP-2026-001', 'TP-2026-003', 'TP-2025-009', 'OPS-7', ''];
    const { action, engineText } = templateAction('# Payroll move\n', ids);
    assert.equal(action.title, 'Start from the template (id TP-2026-004)');
    assert.equal(action.isPreferred, true);
    assert.match(engineText, /^id: "TP-2026-001"$/m, 'the engine made one up');
    assert.equal(newText(action), engineText.replace('id: "TP-2026-001"', 'id: "TP-2026-004"'), 'only the id changes');
  });

  it('keeps the line ends of a CRLF plan', () => {
    const { action } = templateAction('# Payroll move\r\n', ['TP-2026-001']);
    assert.match(newText(action), /\r\nid: "TP-2026-002"\r\n/);
    assert.ok(!/[^\r]\n/.test(newText(action)));
  });

  it('while indexing: as the engine made it, not preferred, the title saying to check the id', () => {
    const { action, engineText } = templateAction('# Payroll move\n', undefined);
    assert.equal(action.title, 'Start from the template (id TP-2026-001: check it is free)');
    assert.notEqual(action.isPreferred, true);
    assert.equal(newText(action), engineText);
  });

  it("a plan's own id is kept, even one the workspace already counts", () => {
    const { action, engineText } = templateAction('---\nid: TP-2026-001\n---\n', ['TP-2026-001', 'TP-2026-002']);
    assert.equal(action.title, 'Start from the template');
    assert.equal(action.isPreferred, true);
    assert.equal(newText(action), engineText);
    assert.match(engineText, /^id: "TP-2026-001"$/m);
  });
});

/** Files whose first listing waits until `release` is called: the first indexing run is held. */
class HeldListing extends MemoryFileAccess {
  private opened!: () => void;
  private readonly gate = new Promise<void>((resolve) => (this.opened = resolve));
  release(): void {
    this.opened();
  }
  override async list(folderUri: string): Promise<string[]> {
    await this.gate;
    return super.list(folderUri);
  }
}

describe('LSP: the new plan id over a workspace (in memory)', function () {
  let server: MemoryServer | undefined;
  afterEach(async () => server?.client.stop());

  it('is the engine’s, not preferred, until indexing ends; then the next free id, preferred', async () => {
    const files = new HeldListing({
      [memUri('a/one.plan.md')]: plan('TP-2026-001'),
      [memUri('b/two.plan.md')]: plan('TP-2026-002'),
    });
    server = await startInMemoryOver(files, { initializationOptions: { asOf: AS_OF, debounceMs: 0 } });
    const { client } = server;
    const uri = memUri('new.plan.md');
    const linted = client.nextDiagnostics(uri, (d) => d.some((x) => x.code === 'new-plan'));
    client.open(uri, '# Payroll move\n');
    const diagnostic = (await linted).diagnostics.find((x) => x.code === 'new-plan')!;
    const startAction = async (): Promise<CodeAction> => {
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic] },
      });
      const found = actions.find((a) => a.title.startsWith('Start from the template'));
      assert.ok(found, actions.map((a) => a.title).join());
      return found;
    };

    const early = await startAction();
    assert.equal(early.title, 'Start from the template (id TP-2026-001: check it is free)');
    assert.notEqual(early.isPreferred, true);

    const ready = (s: unknown) => (s as { state: string }).state === 'ready';
    const indexed = client.serverStatuses.some(ready) ? Promise.resolve() : client.next('handoff/serverStatus', ready);
    files.release();
    await indexed;

    const late = await startAction();
    assert.equal(late.title, 'Start from the template (id TP-2026-003)');
    assert.equal(late.isPreferred, true);
    assert.match(editsFor(late.edit, uri)[0]!.newText, /^id: "TP-2026-003"$/m);
  });
});
