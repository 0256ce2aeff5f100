/** Quick fixes over an in-memory workspace. */
import assert from 'node:assert/strict';
import type { Finding } from '../../server/src/engine/types.js';
import { findingKey } from '../../server/src/lsp/toLsp.js';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CodeAction, Diagnostic, DocumentSymbol, Range } from 'vscode-languageserver-protocol';
import { repoRoot } from '../helpers.js';
import { memUri, startInMemory, type MemoryServer } from './inMemory.js';
import { ALPHA, BETA, codes, editsFor, messageOf, MULTI, startMulti, startMultiWithAlphaOpen } from './util.js';

describe('LSP quick fixes (in memory)', function () {
  let server: MemoryServer;
  afterEach(async () => server?.client.stop());

  /** A server with alpha open (placeholder command offered), and the code actions on its finding of `rule`. */
  async function actionsOnAlpha(rule: string) {
    server = await startMultiWithAlphaOpen({ clientCommands: ['handoff.fillPlaceholders'] });
    const { client } = server;
    const diagnostics = await client.diagnosticsFor(ALPHA, (d) => d.length === 2);
    const diagnostic = diagnostics.find((d) => d.code === rule)!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: ALPHA },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    });
    return { client, diagnostic, actions };
  }

  it('inserts a missing register from its template, and the finding goes once its placeholder is written over', async () => {
    server = await startMulti();
    const { client } = server;
    const betaText = MULTI['b/beta.plan.md']!;
    const withoutResources = betaText.slice(0, betaText.indexOf('### Resources'));
    const missing = client.nextDiagnostics(BETA, (d) => d.some((x) => x.code === 'missing-register'));
    client.open(BETA, withoutResources);
    const diagnostic = (await missing).diagnostics.find((x) => x.code === 'missing-register')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: BETA },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    });
    const add = actions.find((a) => a.isPreferred);
    assert.equal(add?.title, 'Add the Resources register');
    // Its row is the template's sample: the register is reported as holding only that.
    const sample = client.nextDiagnostics(BETA, (d) =>
      d.some((x) => x.code === 'missing-register' && /the template's sample row RS-01/.test(x.message)),
    );
    const doc = client.edit(BETA, editsFor(add!.edit, BETA));
    await sample;
    assert.ok(doc.getText().startsWith(withoutResources.trimEnd()), 'only appended');
    assert.match(
      doc.getText(),
      /### Resources\n\n\| ID \| Resource \|\n\| --- \| --- \|\n\| RS-01 \| What the transition needs \|/,
    );
    const lines = doc.getText().split('\n');
    const line = lines.findIndex((l) => l.includes('What the transition needs'));
    const character = lines[line]!.indexOf('What the transition needs');
    const fixed = client.nextDiagnostics(BETA, (d) => !d.some((x) => x.code === 'missing-register'));
    client.edit(BETA, [
      {
        range: { start: { line, character }, end: { line, character: character + 'What the transition needs'.length } },
        newText: 'Payroll test tenant',
      },
    ]);
    await fixed;
  });

  it('prefers a fix that writes a placeholder only where the client makes it a tab stop', async () => {
    const text = MULTI['a/alpha.plan.md']!.replace('stage: initiation', 'stage: planning').replace(
      '| R-02 | Vendor late with statutory update | 2 | 3 | 7 | S-01 | Mitigate | Contract clause | Manual fix | Open |',
      '| R-02 | Vendor late with statutory update | 5 | 4 | 20 | S-01 | Mitigate | Contract clause | - | Open |',
    );
    const contingencyFix = async (clientCommands: string[]) => {
      server = await startInMemory(
        { 'p.plan.md': text },
        { initializationOptions: { asOf: '2026-11-25', clientCommands } },
      );
      const uri = memUri('p.plan.md');
      server.client.open(uri, text);
      const diagnostics = await server.client.diagnosticsFor(uri, (d) =>
        d.some((x) => x.code === 'high-risk-without-contingency'),
      );
      const diagnostic = diagnostics.find((d) => d.code === 'high-risk-without-contingency')!;
      const actions = await server.client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic] },
      });
      await server.client.stop();
      const fix = actions.find((a) => a.title === 'Describe the contingency');
      assert.ok(fix, actions.map((a) => a.title).join(' / '));
      return fix;
    };
    // VS Code's client turns "What the project does if it happens" into a selected tab stop.
    const filled = await contingencyFix(['handoff.fillPlaceholders']);
    assert.equal(filled.isPreferred, true);
    assert.equal(filled.command?.command, 'handoff.fillPlaceholders');
    // Another editor would write the placeholder as if it were the contingency: offered, not preferred.
    const plain = await contingencyFix([]);
    assert.equal(plain.isPreferred, undefined);
    assert.equal(plain.command, undefined);
  });

  it('writes every numeric date of a plan written day first as ISO, in one fix', async () => {
    const iso = fs.readFileSync(path.join(repoRoot, 'examples', 'payroll-cloud.plan.md'), 'utf8');
    const dayFirst = iso.replace(/(\|\s*)(\d{4})-(\d\d)-(\d\d)(?=\s*\|)/g, '$1$4/$3/$2');
    const uri = memUri('p.plan.md');
    server = await startInMemory({ 'p.plan.md': dayFirst }, { initializationOptions: { asOf: '2026-11-25' } });
    const { client } = server;
    client.open(uri, dayFirst);
    const diagnostics = await client.diagnosticsFor(uri, (d) => d.some((x) => x.code === 'unreadable-value'));
    // A date that reads both ways (04/12/2026): its day-first reading and the whole-plan fix.
    const both = diagnostics.find((d) => d.code === 'unreadable-value' && messageOf(d).includes('both readings'))!;
    assert.ok(both, 'a date with two readings is reported');
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: both.range,
      context: { diagnostics: [both] },
    });
    const titles = actions.map((a) => a.title);
    assert.ok(
      titles.some((t) => /^Write \d{4}-\d\d-\d\d \(day first, like "\d\d\/\d\d\/\d{4}" in /.test(t)),
      titles.join(' / '),
    );
    const all = actions.find((a) =>
      /^Write the \d+ numeric dates Handoff checks as ISO dates \(day first/.test(a.title),
    );
    assert.ok(all, titles.join(' / '));
    const gone = client.nextDiagnostics(uri, (d) => !d.some((x) => x.code === 'unreadable-value'));
    client.edit(uri, editsFor(all.edit, uri));
    await gone;
    const fixed = await client.diagnosticsFor(uri);
    // The same plan written with ISO dates from the start has the same diagnostics.
    await server.client.stop();
    server = await startInMemory({ 'p.plan.md': iso }, { initializationOptions: { asOf: '2026-11-25' } });
    server.client.open(uri, iso);
    const original = await server.client.diagnosticsFor(uri, (d) => d.length > 0);
    const summary = (d: Diagnostic[]) => d.map((x) => `${x.code} ${x.range.start.line} ${messageOf(x)}`);
    assert.deepEqual(summary(fixed), summary(original));
  });

  it('points at a heading that means a missing register, and renames it rather than adding another', async () => {
    server = await startMulti();
    const { client } = server;
    const text = MULTI['b/beta.plan.md']!.replace('### Resources', '### 1.3 Resource plan');
    const line = text.split('\n').indexOf('### 1.3 Resource plan');
    const missing = client.nextDiagnostics(BETA, (d) => d.some((x) => x.code === 'missing-register'));
    client.open(BETA, text);
    const diagnostic = (await missing).diagnostics.find((x) => x.code === 'missing-register')!;
    assert.equal(diagnostic.range.start.line, line);
    assert.match(diagnostic.message, /"### 1\.3 Resource plan" is not one of its names/);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: BETA },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    });
    assert.deepEqual(
      actions
        .filter((a) => a.kind === 'quickfix' && !/disable|waive/i.test(a.title))
        .map((a) => [a.title, a.isPreferred ?? false]),
      [
        ['Rename the heading to "Resources"', true],
        ['Add the Resources register', false],
      ],
    );
    const fixed = client.nextDiagnostics(BETA, (d) => !d.some((x) => x.code === 'missing-register'));
    const doc = client.edit(BETA, editsFor(actions.find((a) => a.isPreferred)!.edit, BETA));
    await fixed;
    assert.equal(doc.getText(), MULTI['b/beta.plan.md']!.replace('### Resources', '### 1.3 Resources'));
  });

  it('offers the quick fix when asked right after the plan is opened, before its first lint', async () => {
    // Over 200 KB, the open document's lint yields between parse and rules, so the lint the
    // request starts can be overtaken by the one the opening scheduled.
    const big = `${MULTI['a/alpha.plan.md']!}\n## Notes\n\n${'Background reading for the team. '.repeat(7000)}\n`;
    server = await startMulti({ 'a/alpha.plan.md': big });
    const { client } = server;
    // The indexed (closed) findings carry no fixes; the open document's lint must come first.
    const indexed = (await client.diagnosticsFor(ALPHA)).find((d) => d.code === 'risk-score-mismatch')!;
    for (let round = 0; round < 10; round++) {
      const uri = ALPHA;
      if (round > 0) client.close(uri);
      client.open(uri, big);
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: indexed.range,
        context: { diagnostics: [indexed] },
      });
      assert.ok(
        actions.some((a) => a.title === 'Set the score to 6'),
        `round ${round}: ${actions.map((a) => a.title).join(', ') || 'no action'}`,
      );
    }
  });

  it('finds the finding by the key in Diagnostic.data, not by what the client echoes', async () => {
    server = await startMulti();
    const { client } = server;
    const opened = client.nextDiagnostics(ALPHA, (_d, p) => p.version === 1);
    client.open(ALPHA, MULTI['a/alpha.plan.md']!);
    const mismatch = (await opened).diagnostics.find((d) => d.code === 'risk-score-mismatch')!;
    const data = mismatch.data as { findingKey?: unknown } | undefined;
    assert.equal(typeof data?.findingKey, 'string', 'the published diagnostic carries its finding key');
    const ask = (diagnostic: typeof mismatch) =>
      client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri: ALPHA },
        range: mismatch.range,
        context: { diagnostics: [diagnostic] },
      });
    // A client that shortens the message it shows still gets the fixes: the key names the finding.
    const shortened = await ask({ ...mismatch, message: mismatch.message.slice(0, 10) });
    assert.ok(shortened.some((a) => a.isPreferred));
    // A key no current finding has (a stale diagnostic) gets nothing, though rule, range and message match.
    const stale = await ask({ ...mismatch, data: { findingKey: '["risk-score-mismatch",0,0,0,0,null,"gone"]' } });
    assert.deepEqual(stale, []);
    // The same rule on the same range with another message: a key of its own.
    const key = data!.findingKey as string;
    const sameRangeOtherMessage = key.replace(/#[0-9a-z]+$/, '#0');
    assert.notEqual(sameRangeOtherMessage, key);
    assert.deepEqual(await ask({ ...mismatch, data: { findingKey: sameRangeOtherMessage } }), []);
    // A client that drops `data` is matched by rule, range and message.
    const withoutData = await ask({ ...mismatch, data: undefined });
    assert.ok(withoutData.some((a) => a.isPreferred));
  });

  it('offers the rules’ fixes as quick fixes, and applying the preferred one clears the finding', async () => {
    const { client, diagnostic: mismatch, actions } = await actionsOnAlpha('risk-score-mismatch');
    const preferred = actions.find((a) => a.isPreferred);
    assert.ok(preferred, `no preferred fix among ${actions.map((a) => a.title).join(', ')}`);
    assert.equal(preferred.kind, 'quickfix');
    assert.deepEqual(preferred.diagnostics, [mismatch]);
    assert.ok(actions.some((a) => a.title === 'Disable risk-score-mismatch on this row'));
    assert.ok(actions.some((a) => a.title === 'Waive this finding for R-02'));
    const before = client.document(ALPHA).getText();
    const after = client.nextDiagnostics(ALPHA, (d) => !d.some((x) => x.code === 'risk-score-mismatch'));
    const doc = client.edit(ALPHA, editsFor(preferred.edit, ALPHA));
    assert.deepEqual(codes((await after).diagnostics), ['unresolved-reference']);
    // Minimal edit: only the score cell changed.
    const changed = doc
      .getText()
      .split('\n')
      .filter((l, i) => l !== before.split('\n')[i]);
    assert.deepEqual(changed, [
      '| R-02 | Vendor late with statutory update | 2 | 3 | 6 | S-01 | Mitigate | Contract clause | Manual fix | Open |',
    ]);
  });

  it('fixes every finding that has a safe fix with source.fixAll.handoff, and offers nothing once they are fixed', async () => {
    server = await startMultiWithAlphaOpen({ clientCommands: ['handoff.fillPlaceholders'] });
    const { client } = server;
    await client.diagnosticsFor(ALPHA, (d) => d.length === 2);
    const request = () =>
      client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri: ALPHA },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ['source.fixAll'] },
      });
    const actions = await request();
    assert.deepEqual(
      actions.map((a) => a.kind),
      ['source.fixAll.handoff'],
    );
    const after = client.nextDiagnostics(ALPHA, (d) => !d.some((x) => x.code === 'risk-score-mismatch'));
    client.edit(ALPHA, editsFor(actions[0]!.edit, ALPHA));
    assert.deepEqual(codes((await after).diagnostics), ['unresolved-reference']);
    assert.deepEqual(await request(), []);
  });

  it('adds an unknown owner as a stakeholder with the next free ID', async () => {
    const { client, actions } = await actionsOnAlpha('unresolved-reference');
    const add = actions.find((a) => a.title === 'Add Zed Unknown as a stakeholder');
    assert.ok(add, actions.map((a) => a.title).join(', '));
    const after = client.nextDiagnostics(ALPHA, (d) => !d.some((x) => x.code === 'unresolved-reference'));
    const doc = client.edit(ALPHA, editsFor(add.edit, ALPHA));
    await after;
    assert.match(
      doc.getText(),
      /\| S-03 \| Priya Raman \| Project manager \| Runs the transition \|\n\| S-04 \| Zed Unknown \| {2}\| {2}\|\n/,
    );
  });

  it('disables a rule on one table row with a comment after its last cell, keeping the table intact', async () => {
    const { client, actions } = await actionsOnAlpha('unresolved-reference');
    const disable = actions.find((a) => a.title === 'Disable unresolved-reference on this row')!;
    const after = client.nextDiagnostics(ALPHA, (d) => !d.some((x) => x.code === 'unresolved-reference'));
    const doc = client.edit(ALPHA, editsFor(disable.edit, ALPHA));
    assert.deepEqual(codes((await after).diagnostics), ['risk-score-mismatch']);
    assert.match(doc.getText(), /\| <!-- handoff-disable-line unresolved-reference -->\n/);
    assert.doesNotMatch(doc.getText(), /handoff-enable/);
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', {
      textDocument: { uri: ALPHA },
    });
    const risks = symbols[0]!.children!.find((s) => s.name === 'Risks')!;
    assert.deepEqual(
      risks.children!.map((c) => c.name),
      ['R-01', 'R-02'],
    );
  });

  it('adds a waiver row in a new Waivers section, approved by nobody until named, with reason and approver as tab stops', async () => {
    const { client, actions } = await actionsOnAlpha('risk-score-mismatch');
    const waive = actions.find((a) => a.title === 'Waive this finding for R-02')!;
    const before = client.document(ALPHA).getText();
    const pending = client.nextDiagnostics(ALPHA, (d) => d.some((x) => x.code === 'waiver-invalid'));
    const doc = client.edit(ALPHA, editsFor(waive.edit, ALPHA));
    const result = await pending;
    assert.ok(doc.getText().startsWith(before), 'the waiver is appended; nothing before it changes');
    assert.match(
      doc.getText().slice(before.length),
      /^\n## Waivers\n\n\| Rule \| Target \| Reason \| Approved by \| Expires \|\n\| --- \| --- \| --- \| --- \| --- \|\n\| risk-score-mismatch \| R-02 \| Why this is acceptable \| {2}\| 2026-08-30 \|\n$/,
    );
    // Its reason still the placeholder, the waiver does not count yet, and says why.
    assert.ok(result.diagnostics.some((d) => d.code === 'risk-score-mismatch'));
    assert.ok(result.diagnostics.some((d) => d.code === 'waiver-invalid' && /no reason yet/.test(d.message)));
    // The client then turns the reason and the empty approver into tab stops.
    assert.equal(waive.command?.command, 'handoff.fillPlaceholders');
    const [uri, range, snippet, plain] = waive.command!.arguments as [string, Range, string, string];
    assert.equal(uri, ALPHA);
    assert.equal(snippet, '${1:Why this is acceptable} | ${2:}');
    const lines = doc.getText().split('\n');
    assert.equal(range.start.line, range.end.line);
    assert.equal(lines[range.start.line]!.slice(range.start.character, range.end.character), plain);
    assert.equal(plain, 'Why this is acceptable | ');
    // With the reason written, the waiver still lacks its approver, and says so.
    const line = range.start.line;
    const reasonAt = lines[line]!.indexOf('Why this is acceptable');
    const reasoned = client.nextDiagnostics(ALPHA, (d) =>
      d.some((x) => x.code === 'waiver-invalid' && /no approver/.test(x.message)),
    );
    client.edit(ALPHA, [
      {
        range: {
          start: { line, character: reasonAt },
          end: { line, character: reasonAt + 'Why this is acceptable'.length },
        },
        newText: 'Score kept as the board rated it',
      },
    ]);
    assert.ok((await reasoned).diagnostics.some((d) => d.code === 'risk-score-mismatch'));
    // Named, the waiver counts: the finding goes, and the waiver adds none of its own.
    const approverAt = client.document(ALPHA).getText().split('\n')[line]!.indexOf('|  |') + 2;
    const written = client.nextDiagnostics(ALPHA, (d) => !d.some((x) => x.code === 'risk-score-mismatch'));
    client.edit(ALPHA, [
      { range: { start: { line, character: approverAt }, end: { line, character: approverAt } }, newText: 'S-01' },
    ]);
    const after = await written;
    assert.ok(!after.diagnostics.some((d) => d.code === 'waiver-invalid'));
  });
});

describe('finding keys', () => {
  const finding: Finding = {
    rule: 'risk-without-owner',
    severity: 'warning',
    message: 'Risk R-01 has no owner: name the stakeholder who manages it.',
    range: { start: { line: 12, character: 2 }, end: { line: 12, character: 30 } },
    target: 'R-01',
  };

  it('name a finding by rule, range, target and message, without carrying the message', () => {
    const key = findingKey(finding);
    assert.equal(findingKey({ ...finding, range: structuredClone(finding.range) }), key);
    const others = [
      { ...finding, message: `${finding.message} ` },
      { ...finding, target: 'R-02' },
      { ...finding, target: undefined },
      { ...finding, rule: 'risk-score-mismatch' },
      { ...finding, range: { ...finding.range, end: { line: 12, character: 31 } } },
    ].map(findingKey);
    assert.equal(new Set([key, ...others]).size, 6);
    assert.ok(!key.includes('owner:') && key.length < 60, key);
  });
});
