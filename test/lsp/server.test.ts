/**
 * The built language server, end to end over stdio with the disk as its file access: indexing,
 * agreement with the CLI, typing, quick fixes, completion, hover, navigation, live configuration
 * and file changes on disk, folders, settings. Per-feature tests over an in-memory workspace are
 * in the other files of this folder (diagnostics, codeActions, completionHover, navigation,
 * requests).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type {
  CodeAction,
  Range,
  CompletionItem,
  DocumentSymbol,
  FoldingRange,
  Hover,
  Location,
  Position,
  SymbolInformation,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { createPlanEngine } from '../../server/src/engine/index.js';
import { parseConfig } from '../../server/src/engine/config.js';
import type { PlanResult, PortfolioResult } from '../../server/src/protocol.js';
import { repoRoot } from '../helpers.js';
import { copyFixture, fileUri, LspClient, ruleLines } from './client.js';

import { AS_OF, codes, editsFor, messageOf, posOf } from './util.js';

describe('language server', function () {
  this.timeout(60_000);

  describe('a multi-root workspace', () => {
    let root: string;
    let client: LspClient;
    let alphaPath: string;
    let betaPath: string;
    let alphaUri: string;
    let betaUri: string;

    before(async () => {
      root = copyFixture('multi');
      alphaPath = path.join(root, 'a', 'alpha.plan.md');
      betaPath = path.join(root, 'b', 'beta.plan.md');
      alphaUri = fileUri(alphaPath);
      betaUri = fileUri(betaPath);
      client = await LspClient.start({
        folders: [path.join(root, 'a'), path.join(root, 'b')],
        initializationOptions: { asOf: AS_OF, debounceMs: 100, clientCommands: ['handoff.fillPlaceholders'] },
      });
    });

    after(async () => {
      await client?.stop();
      if (root) fs.rmSync(root, { recursive: true, force: true });
    });

    it('indexes plans of every folder at start-up without opening them', async () => {
      // Cross-file: alpha depends on beta, which lives in the other root. Until beta is indexed
      // that is an unresolved reference; once both are indexed it is not.
      const alpha = await client.diagnosticsFor(
        alphaUri,
        (d) =>
          codes(d).join() === 'risk-score-mismatch,unresolved-reference' &&
          !d.some((x) => messageOf(x).includes('TP-B-001')),
      );
      const byCode = new Map(alpha.map((d) => [d.code, d]));
      assert.equal(byCode.get('unresolved-reference')!.range.start.line, 29);
      assert.equal(byCode.get('risk-score-mismatch')!.range.start.line, 30);
      for (const d of alpha) {
        assert.equal(d.source, 'handoff');
        assert.match(d.codeDescription!.href, new RegExp(`#${String(d.code)}$`));
      }
      assert.equal(byCode.get('unresolved-reference')!.severity, 1);
      assert.equal(byCode.get('risk-score-mismatch')!.severity, 2);
    });

    it('reports the same rules on the same lines as the CLI', async () => {
      await client.diagnosticsFor(alphaUri, (d) => d.length === 2);
      const cli = path.join(repoRoot, 'dist', 'cli', 'handoff.cjs');
      const expected = new Map<string, string[]>();
      if (fs.existsSync(cli)) {
        let out: string;
        try {
          out = execFileSync(process.execPath, [cli, 'lint', '--format', 'json', '--as-of', AS_OF, 'a', 'b'], {
            cwd: root,
            encoding: 'utf8',
          });
        } catch (err) {
          out = (err as { stdout: string }).stdout; // exit code 1: errors found
        }
        const json = JSON.parse(out) as { files: { path: string; diagnostics: { rule: string; line: number }[] }[] };
        for (const f of json.files) {
          expected.set(fileUri(path.join(root, f.path)), f.diagnostics.map((d) => `${d.line} ${d.rule}`).sort());
        }
      } else {
        const engine = createPlanEngine();
        const config = parseConfig(fs.readFileSync(path.join(root, 'a', '.handoff.yaml'), 'utf8'), engine.rules).config;
        const results = [alphaPath, betaPath].map((p) =>
          engine.lintDocument(fileUri(p), fs.readFileSync(p, 'utf8'), {
            asOf: AS_OF,
            config: p === alphaPath ? config : undefined,
            matchesGlob: true,
          }),
        );
        const ws = engine.lintWorkspace(results.map((r) => r.summary!));
        results.forEach((r, i) => {
          const uri = fileUri([alphaPath, betaPath][i]!);
          const all = [...r.findings, ...ws.filter((f) => f.uri === uri)];
          expected.set(uri, all.map((f) => `${f.range.start.line + 1} ${f.rule}`).sort());
        });
      }
      assert.deepEqual(ruleLines(await client.diagnosticsFor(alphaUri)), expected.get(alphaUri));
      assert.deepEqual(ruleLines(client.diagnostics.get(betaUri)?.diagnostics ?? []), expected.get(betaUri) ?? []);
    });

    it('publishes nothing but an empty list for Markdown that is not a plan', async () => {
      const notes = path.join(root, 'a', 'notes.md');
      const uri = fileUri(notes);
      const p = client.nextDiagnostics(uri);
      client.open(uri, fs.readFileSync(notes, 'utf8'));
      assert.deepEqual((await p).diagnostics, []);
      assert.deepEqual(await client.request('textDocument/documentSymbol', { textDocument: { uri } }), []);
      client.close(uri);
    });

    it('lints an open plan as it is typed, dropping superseded versions', async () => {
      const text = fs.readFileSync(alphaPath, 'utf8');
      const first = client.nextDiagnostics(alphaUri, (_d, p) => p.version === 1);
      client.open(alphaUri, text);
      assert.deepEqual(codes((await first).diagnostics), ['risk-score-mismatch', 'unresolved-reference']);

      // Three quick edits: only the last version is linted and published.
      const seen: (number | undefined)[] = [];
      const sub = client.on<{ uri: string; version?: number }>('textDocument/publishDiagnostics', (p) => {
        if (p.uri === alphaUri) seen.push(p.version);
      });
      const score = posOf(text, '| 7 |', 2);
      const done = client.nextDiagnostics(alphaUri, (_d, p) => p.version === 4);
      client.edit(alphaUri, [
        { range: { start: score, end: { ...score, character: score.character + 1 } }, newText: '8' },
      ]);
      client.edit(alphaUri, [
        { range: { start: score, end: { ...score, character: score.character + 1 } }, newText: '9' },
      ]);
      client.edit(alphaUri, [
        { range: { start: score, end: { ...score, character: score.character + 1 } }, newText: '6' },
      ]);
      const last = await done;
      sub.dispose();
      assert.deepEqual(codes(last.diagnostics), ['unresolved-reference']);
      assert.deepEqual(seen, [4]);
      // Back to the fixture's text for the next tests.
      const restored = client.nextDiagnostics(alphaUri, (d) => d.length === 2);
      client.replaceText(alphaUri, text);
      await restored;
    });

    it('offers the rules’ fixes as quick fixes, and applying the preferred one clears the finding', async () => {
      const diagnostics = await client.diagnosticsFor(alphaUri, (d) => d.length === 2);
      const mismatch = diagnostics.find((d) => d.code === 'risk-score-mismatch')!;
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri: alphaUri },
        range: mismatch.range,
        context: { diagnostics: [mismatch] },
      });
      const preferred = actions.find((a) => a.isPreferred);
      assert.ok(preferred, `no preferred fix among ${actions.map((a) => a.title).join(', ')}`);
      assert.equal(preferred.kind, 'quickfix');
      assert.deepEqual(preferred.diagnostics, [mismatch]);
      assert.ok(actions.some((a) => a.title === 'Disable risk-score-mismatch on this row'));
      assert.ok(actions.some((a) => a.title === 'Waive this finding for R-02'));
      const before = client.document(alphaUri).getText();
      const after = client.nextDiagnostics(alphaUri, (d) => !d.some((x) => x.code === 'risk-score-mismatch'));
      const doc = client.edit(alphaUri, editsFor(preferred.edit, alphaUri));
      assert.deepEqual(codes((await after).diagnostics), ['unresolved-reference']);
      // Minimal edit: only the score cell changed.
      const changed = doc
        .getText()
        .split('\n')
        .filter((l, i) => l !== before.split('\n')[i]);
      assert.deepEqual(changed, [
        '| R-02 | Vendor late with statutory update | 2 | 3 | 6 | S-01 | Mitigate | Contract clause | Manual fix | Open |',
      ]);
      const restored = client.nextDiagnostics(alphaUri, (d) => d.length === 2);
      client.replaceText(alphaUri, before);
      await restored;
    });

    it('inserts a missing register from its template, and the finding goes', async () => {
      const betaText = fs.readFileSync(betaPath, 'utf8');
      const withoutResources = betaText.slice(0, betaText.indexOf('### Resources'));
      const missing = client.nextDiagnostics(betaUri, (d) => d.some((x) => x.code === 'missing-register'));
      client.open(betaUri, withoutResources);
      const diagnostic = (await missing).diagnostics.find((x) => x.code === 'missing-register')!;
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri: betaUri },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic] },
      });
      const add = actions.find((a) => a.isPreferred);
      assert.equal(add?.title, 'Add the Resources register');
      const fixed = client.nextDiagnostics(betaUri, (d) => !d.some((x) => x.code === 'missing-register'));
      const doc = client.edit(betaUri, editsFor(add!.edit, betaUri));
      await fixed;
      assert.ok(doc.getText().startsWith(withoutResources.trimEnd()), 'only appended');
      assert.match(doc.getText(), /### Resources\n\n\| ID \| Resource \|/);
      client.close(betaUri);
      await client.nextDiagnostics(betaUri);
    });

    it('fixes every finding that has a safe fix with source.fixAll.handoff, and offers nothing once they are fixed', async () => {
      await client.diagnosticsFor(alphaUri, (d) => d.length === 2);
      const request = () =>
        client.request<CodeAction[]>('textDocument/codeAction', {
          textDocument: { uri: alphaUri },
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          context: { diagnostics: [], only: ['source.fixAll'] },
        });
      const actions = await request();
      assert.deepEqual(
        actions.map((a) => a.kind),
        ['source.fixAll.handoff'],
      );
      const before = client.document(alphaUri).getText();
      const after = client.nextDiagnostics(alphaUri, (d) => !d.some((x) => x.code === 'risk-score-mismatch'));
      client.edit(alphaUri, editsFor(actions[0]!.edit, alphaUri));
      assert.deepEqual(codes((await after).diagnostics), ['unresolved-reference']);
      assert.deepEqual(await request(), []);
      const restored = client.nextDiagnostics(alphaUri, (d) => d.length === 2);
      client.replaceText(alphaUri, before);
      await restored;
    });

    it('adds an unknown owner as a stakeholder with the next free ID', async () => {
      const diagnostics = await client.diagnosticsFor(alphaUri, (d) => d.length === 2);
      const unresolved = diagnostics.find((d) => d.code === 'unresolved-reference')!;
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri: alphaUri },
        range: unresolved.range,
        context: { diagnostics: [unresolved] },
      });
      const add = actions.find((a) => a.title === 'Add Zed Unknown as a stakeholder');
      assert.ok(add, actions.map((a) => a.title).join(', '));
      const before = client.document(alphaUri).getText();
      const after = client.nextDiagnostics(alphaUri, (d) => !d.some((x) => x.code === 'unresolved-reference'));
      const doc = client.edit(alphaUri, editsFor(add.edit, alphaUri));
      await after;
      assert.match(
        doc.getText(),
        /\| S-03 \| Priya Raman \| Project manager \| Runs the transition \|\n\| S-04 \| Zed Unknown \| {2}\| {2}\|\n/,
      );
      const restored = client.nextDiagnostics(alphaUri, (d) => d.length === 2);
      client.replaceText(alphaUri, before);
      await restored;
    });

    it('disables a rule on one table row with a comment after its last cell, keeping the table intact', async () => {
      const diagnostics = await client.diagnosticsFor(alphaUri, (d) => d.length === 2);
      const unresolved = diagnostics.find((d) => d.code === 'unresolved-reference')!;
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri: alphaUri },
        range: unresolved.range,
        context: { diagnostics: [unresolved] },
      });
      const disable = actions.find((a) => a.title === 'Disable unresolved-reference on this row')!;
      const before = client.document(alphaUri).getText();
      const after = client.nextDiagnostics(alphaUri, (d) => !d.some((x) => x.code === 'unresolved-reference'));
      const doc = client.edit(alphaUri, editsFor(disable.edit, alphaUri));
      assert.deepEqual(codes((await after).diagnostics), ['risk-score-mismatch']);
      assert.match(doc.getText(), /\| <!-- handoff-disable-line unresolved-reference -->\n/);
      assert.doesNotMatch(doc.getText(), /handoff-enable/);
      const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', {
        textDocument: { uri: alphaUri },
      });
      const risks = symbols[0]!.children!.find((s) => s.name === 'Risks')!;
      assert.deepEqual(
        risks.children!.map((c) => c.name),
        ['R-01', 'R-02'],
      );
      const restored = client.nextDiagnostics(alphaUri, (d) => d.length === 2);
      client.replaceText(alphaUri, before);
      await restored;
    });

    it('adds a waiver row in a new Waivers section approved by the sponsor, then turns reason and approver into tab stops', async () => {
      const diagnostics = await client.diagnosticsFor(alphaUri, (d) => d.length === 2);
      const mismatch = diagnostics.find((d) => d.code === 'risk-score-mismatch')!;
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri: alphaUri },
        range: mismatch.range,
        context: { diagnostics: [mismatch] },
      });
      const waive = actions.find((a) => a.title === 'Waive this finding for R-02')!;
      const before = client.document(alphaUri).getText();
      const after = client.nextDiagnostics(alphaUri, (d) => !d.some((x) => x.code === 'risk-score-mismatch'));
      const doc = client.edit(alphaUri, editsFor(waive.edit, alphaUri));
      const result = await after;
      assert.ok(doc.getText().startsWith(before), 'the waiver is appended; nothing before it changes');
      assert.match(
        doc.getText().slice(before.length),
        /^\n## Waivers\n\n\| Rule \| Target \| Reason \| Approved by \| Expires \|\n\| --- \| --- \| --- \| --- \| --- \|\n\| risk-score-mismatch \| R-02 \| Why this finding is acceptable \| S-01 \| 2026-08-30 \|\n$/,
      );
      // The waiver counts at once, and adds no finding of its own.
      assert.ok(!result.diagnostics.some((d) => d.code === 'waiver-invalid'));
      // The client then turns the reason and the approver into a tab stop and a choice.
      assert.equal(waive.command?.command, 'handoff.fillPlaceholders');
      const [uri, range, snippet, plain] = waive.command!.arguments as [string, Range, string, string];
      assert.equal(uri, alphaUri);
      assert.match(snippet, /^\$\{1:Why this finding is acceptable\} \| \$\{2\|S-01,[^|]+\|\}$/);
      const lines = doc.getText().split('\n');
      assert.equal(range.start.line, range.end.line);
      assert.equal(lines[range.start.line]!.slice(range.start.character, range.end.character), plain);
      assert.equal(plain, 'Why this finding is acceptable | S-01');
      const restored = client.nextDiagnostics(alphaUri, (d) => d.length === 2);
      client.replaceText(alphaUri, before);
      await restored;
    });

    it('completes front-matter keys, enum values, people, plan ids, processes, milestones and rule names', async () => {
      const text = client.document(alphaUri).getText();
      const labels = async (position: Position) =>
        (
          await client.request<CompletionItem[]>('textDocument/completion', {
            textDocument: { uri: alphaUri },
            position,
          })
        ).map((c) => c.label);

      // A new key line in the front matter: keys not yet present.
      const keyLine = posOf(text, 'depends_on:');
      const keys = await labels({ line: keyLine.line, character: 0 });
      assert.ok(keys.includes('health') && keys.includes('transition_manager'), keys.join());
      assert.ok(!keys.includes('sponsor') && !keys.includes('title'), 'present keys are not offered again');

      assert.deepEqual(await labels(posOf(text, 'stage: initiation', 'stage: '.length)), [
        'initiation',
        'planning',
        'control',
        'closure',
        'closed',
      ]);
      assert.deepEqual(await labels(posOf(text, 'transition_type: new', 'transition_type: '.length)), [
        'new',
        'change',
        'retire',
        'transfer',
      ]);
      const people = await client.request<CompletionItem[]>('textDocument/completion', {
        textDocument: { uri: alphaUri },
        position: posOf(text, 'sponsor: S-01', 'sponsor: S-'.length),
      });
      assert.deepEqual(
        people.map((c) => `${c.label} ${c.detail}`),
        ['S-01 Helen Marsh — Sponsor', 'S-02 Daniel Osei — Service owner', 'S-03 Priya Raman — Project manager'],
      );
      // Every row shows the name and role, not only the highlighted one (labelDetails).
      assert.deepEqual(
        people.map((c) => `${c.label}${c.labelDetails?.detail} (${c.labelDetails?.description})`),
        ['S-01 Helen Marsh (Sponsor)', 'S-02 Daniel Osei (Service owner)', 'S-03 Priya Raman (Project manager)'],
      );
      const stages = await client.request<CompletionItem[]>('textDocument/completion', {
        textDocument: { uri: alphaUri },
        position: posOf(text, 'stage: initiation', 'stage: '.length),
      });
      // Lifecycle order even where the editor sorts by sortText, each with a one-line description.
      assert.deepEqual(
        [...stages].sort((x, y) => (x.sortText! < y.sortText! ? -1 : 1)).map((c) => c.label),
        ['initiation', 'planning', 'control', 'closure', 'closed'],
      );
      assert.ok(stages.every((c) => (c.labelDetails?.description ?? '').length > 10));
      assert.deepEqual(await labels(posOf(text, 'TP-B-001', 3)), ['TP-B-001']);
      // The owner cell of a risk.
      assert.deepEqual(await labels(posOf(text, 'Zed Unknown', 2)), [
        'S-01',
        'S-02',
        'S-03',
        'Sponsor',
        'Service owner',
        'Project manager',
      ]);

      // Registers added by edits: Process interfaces, Milestones, Waivers, a disable comment.
      const extra = [
        '',
        '## Project Planning and Coordination',
        '',
        '### Milestones',
        '',
        '| ID | Milestone | Owner | Baseline | Depends on | Status |',
        '| --- | --- | --- | --- | --- | --- |',
        '| M-01 | Design signed off | S-01 | 2026-07-01 | - | Not started |',
        '| M-02 | Go-live | S-02 | 2026-09-01 | M-01, M- | Not started |',
        '',
        '### Process interfaces',
        '',
        '| ID | Process | Contact |',
        '| --- | --- | --- |',
        '| PI-01 | Chan | S-01 |',
        '',
        '<!-- handoff-disable-next-line risk -->',
        '',
        '## Waivers',
        '',
        '| Rule | Target | Reason | Approved by |',
        '| --- | --- | --- | --- |',
        '| risk- | R-01 | Accepted | S-01 |',
        '',
      ].join('\n');
      const end = posOf(text + '\u0000', '\u0000');
      const ready = client.nextDiagnostics(alphaUri);
      const doc = client.edit(alphaUri, [{ range: { start: end, end }, newText: extra }]);
      await ready;
      const t = doc.getText();
      assert.deepEqual(await labels(posOf(t, 'M-01, M-', 'M-01, M-'.length)), ['M-01']);
      const processes = await labels(posOf(t, '| Chan |', 6));
      assert.ok(processes.includes('Change Management') && processes.includes('Change enablement'), processes.join());
      const rules = await labels(posOf(t, '| risk- |', 7));
      assert.ok(rules.includes('risk-score-mismatch') && rules.includes('waiver-invalid'), rules.join());
      const inComment = await labels(posOf(t, 'next-line risk', 'next-line risk'.length));
      assert.ok(inComment.includes('risk-without-owner'), inComment.join());
      const restored = client.nextDiagnostics(alphaUri, (d) => d.length === 2);
      client.replaceText(alphaUri, text);
      await restored;
    });

    it('explains findings, people, stages and other plans on hover', async () => {
      const text = client.document(alphaUri).getText();
      const hoverAt = (position: Position) =>
        client.request<Hover | null>('textDocument/hover', { textDocument: { uri: alphaUri }, position });
      const value = (h: Hover | null) => (h?.contents as { value: string } | undefined)?.value ?? '';

      const onScore = value(await hoverAt(posOf(text, '| 7 |', 2)));
      assert.match(onScore, /risk-score-mismatch/);
      assert.match(onScore, /Likelihood/);

      const onSponsor = value(await hoverAt(posOf(text, 'sponsor: S-01', 10)));
      assert.match(onSponsor, /Helen Marsh/);
      assert.match(onSponsor, /Role: Sponsor/);
      assert.match(onSponsor, /Funds the move/);

      const onSection = value(await hoverAt(posOf(text, '## Project Initiation', 5)));
      assert.match(onSection, /Stakeholders, responsibilities and resources are agreed/);

      const onDependency = value(await hoverAt(posOf(text, 'TP-B-001', 2)));
      assert.match(onDependency, /Beta bank file format/);
      assert.match(onDependency, /Stage: initiation/);
    });

    it('escapes plan text in hovers: no link, image, HTML or command gets through', async () => {
      const text = client.document(alphaUri).getText();
      const hostileName =
        '[run](command:workbench.action.terminal.new) ![x](https://evil.example/t.png) <img src=x onerror=alert(1)> **bold**';
      const hostile = text
        .replace(
          '| S-03 | Priya Raman | Project manager | Runs the transition |',
          `| S-03 | Priya Raman | Project manager | Runs the transition |\n| S-04 | ${hostileName} | <script>alert(1)</script> | [a](command:evil) |`,
        )
        .replace('| Zed Unknown |', '| S-04 |');
      const ready = client.nextDiagnostics(alphaUri, (d) => !d.some((x) => x.code === 'unresolved-reference'));
      const doc = client.replaceText(alphaUri, hostile);
      await ready;
      const hover = await client.request<Hover | null>('textDocument/hover', {
        textDocument: { uri: alphaUri },
        position: posOf(doc.getText(), '| S-04 | Mitigate', 3),
      });
      const value = (hover?.contents as { value: string } | undefined)?.value ?? '';
      assert.ok(value.includes('onerror'), value);
      assert.doesNotMatch(value, /\]\(command:/);
      assert.doesNotMatch(value, /<img|<script/);
      assert.doesNotMatch(value, /(?<!\\)\*\*bold/);
      assert.doesNotMatch(value, /(?<!\\)!\[x/);
      const restored = client.nextDiagnostics(alphaUri, (d) => d.length === 2);
      client.replaceText(alphaUri, text);
      await restored;
    });

    it('outlines, folds and lists plans as symbols', async () => {
      const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', {
        textDocument: { uri: alphaUri },
      });
      assert.deepEqual(
        symbols.map((s) => s.name),
        ['Project Initiation'],
      );
      assert.deepEqual(
        symbols[0]!.children!.map((c) => `${c.name}:${c.children?.length ?? 0}`),
        ['Stakeholders:3', 'Risks:2', 'Assumptions and constraints:1', 'Resources:1', 'Exit criteria:0'],
      );
      assert.equal(symbols[0]!.children![0]!.children![0]!.name, 'S-01');
      assert.equal(symbols[0]!.children![0]!.children![0]!.detail, 'Helen Marsh');

      const folds = await client.request<FoldingRange[]>('textDocument/foldingRange', {
        textDocument: { uri: alphaUri },
      });
      assert.ok(
        folds.some((f) => f.startLine === 0 && f.endLine === 11),
        'front matter folds',
      );
      assert.ok(
        folds.some((f) => f.startLine === 15),
        'the stage section folds',
      );
      assert.ok(
        folds.some((f) => f.startLine === 25),
        'the Risks register folds',
      );

      const found = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'beta' });
      assert.deepEqual(
        found.map((s) => [s.name, s.location.uri]),
        [['TP-B-001 Beta bank file format', betaUri]],
      );
    });

    it('goes to definitions and finds references within a plan and across plans', async () => {
      const text = client.document(alphaUri).getText();
      const at = (needle: string, delta: number) => ({
        textDocument: { uri: alphaUri },
        position: posOf(text, needle, delta),
      });

      const toBeta = await client.request<Location[]>('textDocument/definition', at('TP-B-001', 3));
      assert.deepEqual(toBeta, [
        { uri: betaUri, range: { start: { line: 2, character: 4 }, end: { line: 2, character: 12 } } },
      ]);

      const toStakeholder = await client.request<Location[]>('textDocument/definition', at('| S-01 | Mitigate', 4));
      assert.deepEqual(
        toStakeholder.map((l) => [l.uri, l.range.start.line]),
        [[alphaUri, 21]],
      );

      const refs = await client.request<Location[]>('textDocument/references', {
        ...at('| S-02 | Daniel Osei', 4),
        context: { includeDeclaration: true },
      });
      // service_owner, the ID cell, the assumption owner (by ID) and the resource provider (by name).
      assert.deepEqual(
        refs.map((l) => l.range.start.line),
        [8, 22, 36, 42],
      );

      const betaText = fs.readFileSync(betaPath, 'utf8');
      const betaOpen = client.nextDiagnostics(betaUri);
      client.open(betaUri, betaText);
      await betaOpen;
      const planRefs = await client.request<Location[]>('textDocument/references', {
        textDocument: { uri: betaUri },
        position: { line: 2, character: 6 },
        context: { includeDeclaration: true },
      });
      assert.deepEqual(planRefs.map((l) => `${l.uri === alphaUri ? 'alpha' : 'beta'}:${l.range.start.line}`).sort(), [
        'alpha:10',
        'beta:2',
      ]);
      client.close(betaUri);
    });

    it('renames a stakeholder ID within the plan and a plan id across files', async () => {
      const text = client.document(alphaUri).getText();
      assert.equal(
        await client.request('textDocument/prepareRename', {
          textDocument: { uri: alphaUri },
          position: posOf(text, 'Key staff', 2),
        }),
        null,
        'a risk description cannot be renamed',
      );
      const prepared = await client.request<{ range: unknown; placeholder: string }>('textDocument/prepareRename', {
        textDocument: { uri: alphaUri },
        position: posOf(text, '| S-01 | Helen', 3),
      });
      assert.equal(prepared.placeholder, 'S-01');

      const stakeholder = await client.request<WorkspaceEdit>('textDocument/rename', {
        textDocument: { uri: alphaUri },
        position: posOf(text, '| S-01 | Helen', 3),
        newName: 'S-10',
      });
      assert.deepEqual(
        editsFor(stakeholder, alphaUri).map((e) => `${e.range.start.line}:${e.range.start.character}`),
        [posOf(text, 'sponsor: S-01', 9), posOf(text, '| S-01 | Helen', 2), posOf(text, '| S-01 | Mitigate', 2)].map(
          (p) => `${p.line}:${p.character}`,
        ),
      );

      const plan = await client.request<WorkspaceEdit>('textDocument/rename', {
        textDocument: { uri: alphaUri },
        position: posOf(text, 'TP-B-001', 1),
        newName: 'TP-B-002',
      });
      assert.deepEqual(editsFor(plan, alphaUri), [
        { range: { start: { line: 10, character: 13 }, end: { line: 10, character: 21 } }, newText: 'TP-B-002' },
      ]);
      assert.deepEqual(editsFor(plan, betaUri), [
        { range: { start: { line: 2, character: 4 }, end: { line: 2, character: 12 } }, newText: 'TP-B-002' },
      ]);

      await assert.rejects(
        client.request('textDocument/rename', {
          textDocument: { uri: alphaUri },
          position: posOf(text, 'TP-B-001', 1),
          newName: 'not an id',
        }),
      );
    });

    it('answers handoff/plan and handoff/portfolio, and announces changes', async () => {
      const plan = await client.request<PlanResult | null>('handoff/plan', { uri: alphaUri });
      assert.ok(plan);
      assert.equal(plan.status.id, 'TP-A-001');
      assert.equal(plan.status.stakeholders.length, 3);
      assert.equal(plan.version, client.document(alphaUri).version);
      assert.deepEqual(plan.counts, { errors: 1, warnings: 1, infos: 0 });
      assert.deepEqual(plan.findings.map((f) => f.rule).sort(), ['risk-score-mismatch', 'unresolved-reference']);

      assert.equal(await client.request('handoff/plan', { uri: fileUri(path.join(root, 'a', 'notes.md')) }), null);

      const portfolio = await client.request<PortfolioResult>('handoff/portfolio', {});
      assert.equal(portfolio.asOf, AS_OF);
      assert.deepEqual(
        portfolio.plans.map((p) => [p.status.id, p.counts.errors]),
        [
          ['TP-A-001', 1],
          ['TP-B-001', 0],
        ],
      );

      // Derived health and its reasons travel with the status, the same in both responses.
      const alphaEntry = portfolio.plans.find((p) => p.uri === alphaUri)!;
      assert.equal(plan.status.derivedHealth, undefined, 'an initiation plan is not rated');
      assert.deepEqual(plan.status.healthReasons, []);
      assert.deepEqual(alphaEntry.status.healthReasons, plan.status.healthReasons);
      assert.equal(alphaEntry.status.derivedHealth, plan.status.derivedHealth);

      const text = client.document(alphaUri).getText();
      const changed = client.next<{ uris: string[] }>('handoff/planChanged', (p) => p.uris.includes(alphaUri));
      const portfolioChanged = client.next('handoff/portfolioChanged');
      client.replaceText(alphaUri, text.replace('title: Alpha payroll move', 'title: Alpha payroll move (renamed)'));
      await changed;
      await portfolioChanged;
      const after = await client.request<PlanResult>('handoff/plan', { uri: alphaUri });
      assert.equal(after.status.title, 'Alpha payroll move (renamed)');
      const restored = client.nextDiagnostics(alphaUri);
      client.replaceText(alphaUri, text);
      await restored;
    });

    it('applies a .handoff.yaml change on disk live', async () => {
      await client.diagnosticsFor(alphaUri, (d) => d.some((x) => x.code === 'risk-score-mismatch'));
      const configPath = path.join(root, 'a', '.handoff.yaml');
      const original = fs.readFileSync(configPath, 'utf8');
      fs.writeFileSync(configPath, `${original}  risk-score-mismatch: off\n`);
      const off = client.nextDiagnostics(alphaUri, (d) => !d.some((x) => x.code === 'risk-score-mismatch'));
      client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(configPath), type: 2 }] });
      assert.deepEqual(codes((await off).diagnostics), ['unresolved-reference']);

      fs.writeFileSync(configPath, original);
      const on = client.nextDiagnostics(alphaUri, (d) => d.some((x) => x.code === 'risk-score-mismatch'));
      client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(configPath), type: 2 }] });
      await on;
    });

    it('picks up a new plan file on disk, and forgets a deleted one', async () => {
      const gammaPath = path.join(root, 'b', 'gamma.plan.md');
      const gammaUri = fileUri(gammaPath);
      fs.writeFileSync(
        gammaPath,
        fs
          .readFileSync(betaPath, 'utf8')
          .replace('id: TP-B-001', 'id: TP-G-001')
          .replace('title: Beta', 'title: Gamma'),
      );
      const published = client.nextDiagnostics(gammaUri);
      client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: gammaUri, type: 1 }] });
      await published;
      const found = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'TP-G' });
      assert.deepEqual(
        found.map((s) => s.location.uri),
        [gammaUri],
      );

      // A duplicate id across files is a workspace finding on both files.
      fs.writeFileSync(gammaPath, fs.readFileSync(betaPath, 'utf8'));
      const dup = client.nextDiagnostics(gammaUri, (d) => d.some((x) => x.code === 'duplicate-id'));
      const dupBeta = client.nextDiagnostics(betaUri, (d) => d.some((x) => x.code === 'duplicate-id'));
      client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: gammaUri, type: 2 }] });
      const [dupGamma] = await Promise.all([dup, dupBeta]);
      const finding = dupGamma.diagnostics.find((x) => x.code === 'duplicate-id')!;
      assert.deepEqual(
        finding.relatedInformation?.map((r) => [r.location.uri, r.location.range.start.line]),
        [[betaUri, 2]],
      );

      fs.rmSync(gammaPath);
      const cleared = client.nextDiagnostics(gammaUri, (d) => d.length === 0);
      const betaClean = client.nextDiagnostics(betaUri, (d) => !d.some((x) => x.code === 'duplicate-id'));
      client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: gammaUri, type: 3 }] });
      await Promise.all([cleared, betaClean]);
    });
  });

  describe('workspace folders and watchers', () => {
    let root: string;
    let client: LspClient;
    after(async () => {
      await client?.stop();
      if (root) fs.rmSync(root, { recursive: true, force: true });
    });

    it('registers file watchers, indexes a folder added later and forgets it when removed', async () => {
      root = copyFixture('multi');
      const alphaUri = fileUri(path.join(root, 'a', 'alpha.plan.md'));
      const betaUri = fileUri(path.join(root, 'b', 'beta.plan.md'));
      client = await LspClient.start({ folders: [path.join(root, 'a')], initializationOptions: { asOf: AS_OF } });
      // Alone, alpha depends on a plan nobody has.
      await client.diagnosticsFor(alphaUri, (d) => d.some((x) => messageOf(x).includes('TP-B-001')));
      const watchers = client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles');
      assert.ok(watchers, JSON.stringify(client.registrations));
      const globs = (watchers.registerOptions as { watchers: { globPattern: string }[] }).watchers.map(
        (w) => w.globPattern,
      );
      assert.deepEqual(globs, ['**/*.md', '**/.handoff.yaml', '**/.handoff.yml']);

      const resolved = client.nextDiagnostics(alphaUri, (d) => !d.some((x) => messageOf(x).includes('TP-B-001')));
      const beta = client.nextDiagnostics(betaUri);
      client.notify('workspace/didChangeWorkspaceFolders', {
        event: { added: [{ uri: fileUri(path.join(root, 'b')), name: 'b' }], removed: [] },
      });
      await Promise.all([resolved, beta]);
      const symbols = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'TP-' });
      assert.deepEqual(symbols.map((s) => s.name.split(' ')[0]).sort(), ['TP-A-001', 'TP-B-001']);

      // Removing the folder again forgets its plans.
      const gone = client.nextDiagnostics(betaUri, (d) => d.length === 0);
      const unresolved = client.nextDiagnostics(alphaUri, (d) => d.some((x) => messageOf(x).includes('TP-B-001')));
      client.notify('workspace/didChangeWorkspaceFolders', {
        event: { added: [], removed: [{ uri: fileUri(path.join(root, 'b')), name: 'b' }] },
      });
      await Promise.all([gone, unresolved]);
      const left = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'TP-' });
      assert.deepEqual(
        left.map((s) => s.name.split(' ')[0]),
        ['TP-A-001'],
      );
    });
  });

  describe('the bundled examples', () => {
    let client: LspClient;
    after(async () => {
      await client?.stop();
    });

    it('gives every example the same rules on the same lines as the CLI', async function () {
      const cli = path.join(repoRoot, 'dist', 'cli', 'handoff.cjs');
      if (!fs.existsSync(cli)) this.skip();
      const examples = path.join(repoRoot, 'examples');
      let out: string;
      try {
        out = execFileSync(process.execPath, [cli, 'lint', '--format', 'json', '--as-of', '2026-11-25', '.'], {
          cwd: examples,
          encoding: 'utf8',
        });
      } catch (err) {
        out = (err as { stdout: string }).stdout;
      }
      const json = JSON.parse(out) as { files: { path: string; diagnostics: { rule: string; line: number }[] }[] };
      const plans = fs.readdirSync(examples).filter((f) => f.endsWith('.plan.md'));
      client = await LspClient.start({ folders: [examples], initializationOptions: { asOf: '2026-11-25' } });
      for (const f of plans) {
        const uri = fileUri(path.join(examples, f));
        const expected =
          json.files
            .find((x) => x.path === f)
            ?.diagnostics.map((d) => `${d.line} ${d.rule}`)
            .sort() ?? [];
        // Published once indexed, and again when the workspace rules have seen every plan.
        await client
          .diagnosticsFor(uri, (d) => JSON.stringify(ruleLines(d)) === JSON.stringify(expected), 10_000)
          .catch(() => undefined);
        const actual = ruleLines(client.diagnostics.get(uri)?.diagnostics ?? []);
        assert.deepEqual(actual, expected, f);
      }
    });
  });

  describe('settings', () => {
    let root: string;
    let client: LspClient;

    before(() => {
      root = copyFixture('multi');
    });
    afterEach(async () => {
      await client?.stop();
    });
    after(() => {
      if (root) fs.rmSync(root, { recursive: true, force: true });
    });

    it('reads handoff settings through workspace/configuration and re-reads them on change', async () => {
      const alphaUri = fileUri(path.join(root, 'a', 'alpha.plan.md'));
      client = await LspClient.start({
        folders: [path.join(root, 'a'), path.join(root, 'b')],
        settings: { asOf: AS_OF, rules: { 'risk-score-mismatch': 'error' } },
      });
      const first = await client.diagnosticsFor(alphaUri, (d) =>
        d.some((x) => x.code === 'risk-score-mismatch' && x.severity === 1),
      );
      assert.ok(first.length >= 2);
      client.settings = { asOf: AS_OF, rules: { 'risk-score-mismatch': 'off' } };
      const off = client.nextDiagnostics(alphaUri, (d) => !d.some((x) => x.code === 'risk-score-mismatch'));
      client.notify('workspace/didChangeConfiguration', { settings: null });
      await off;
    });

    it('takes plan globs from the settings', async () => {
      const notesUri = fileUri(path.join(root, 'a', 'notes.md'));
      client = await LspClient.start({
        folders: [path.join(root, 'a')],
        initializationOptions: { handoff: { asOf: AS_OF, plans: ['**/notes.md'] } },
      });
      // Named by the glob, notes.md is a plan now: one not started yet (no stage, no section), so
      // it gets the one quiet "start from the template" finding rather than every missing key.
      const diagnostics = await client.diagnosticsFor(notesUri, (d) => d.some((x) => x.code === 'new-plan'));
      assert.equal(diagnostics.length, 1);
      assert.equal(diagnostics[0]!.severity, 3);
    });

    it('caps file size and the number of diagnostics per file', async () => {
      client = await LspClient.start({
        folders: [path.join(root, 'b')],
        initializationOptions: { asOf: AS_OF, maxFileSizeMB: 0.05 },
      });
      const beta = fs.readFileSync(path.join(root, 'b', 'beta.plan.md'), 'utf8');
      const rows = Array.from(
        { length: 1200 },
        (_, i) => `| R-${1000 + i} | Risk ${i} | 2 | 2 | 5 | S-02 | Test | Open |`,
      );
      const many = beta.replace(
        '| R-01 | Bank rejects the file | 2 | 2 | 4 | S-02 | Test with the bank | Open |',
        rows.slice(0, 1100).join('\n'),
      );
      assert.ok(many.length < 0.05 * 1024 * 1024 * 2);

      const bigUri = fileUri(path.join(root, 'b', 'big.plan.md'));
      const big = client.nextDiagnostics(bigUri);
      client.open(bigUri, beta + '\n' + 'x'.repeat(60_000) + '\n');
      const [notice] = (await big).diagnostics;
      assert.equal((await client.diagnosticsFor(bigUri)).length, 1);
      assert.equal(notice!.code, 'file-too-large');
      assert.match(messageOf(notice!), /0.05 MB limit/);
      // Still answering, and nothing parsed.
      assert.deepEqual(await client.request('textDocument/documentSymbol', { textDocument: { uri: bigUri } }), []);

      await client.stop();
      client = await LspClient.start({ folders: [path.join(root, 'b')], initializationOptions: { asOf: AS_OF } });
      const manyUri = fileUri(path.join(root, 'b', 'many.plan.md'));
      const capped = client.nextDiagnostics(manyUri);
      client.open(manyUri, many);
      const diagnostics = (await capped).diagnostics;
      assert.equal(diagnostics.length, 1000);
      assert.equal(diagnostics[0]!.severity, 3);
      assert.match(
        messageOf(diagnostics[0]!),
        /1100 findings; only the 999 most severe are shown \(101 more not shown\)/,
      );
    });
  });
});
