/**
 * A thin smoke suite over the BUILT language server, end to end over stdio with the disk as its
 * file access: start-up and indexing, agreement with the CLI on real files, one custom request,
 * configuration and plan files changed on disk, shutdown and exit. Each feature is tested over
 * an in-memory workspace in the other files of this folder (diagnostics, codeActions,
 * completionHover, navigation, requests, folders, settings).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SymbolInformation } from 'vscode-languageserver-protocol';
import { createPlanEngine } from '../../server/src/engine/index.js';
import { parseConfig } from '../../server/src/engine/config.js';
import type { PlanResult } from '../../server/src/protocol.js';
import { repoRoot } from '../helpers.js';
import { copyFixture, fileUri, LspClient, ruleLines } from './client.js';

import { AS_OF, codes, messageOf } from './util.js';

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

    it('answers a custom request (handoff/plan) for a plan read from disk', async () => {
      const plan = await client.request<PlanResult | null>('handoff/plan', { uri: alphaUri });
      assert.ok(plan);
      assert.equal(plan.status.id, 'TP-A-001');
      assert.deepEqual(plan.findings.map((f) => f.rule).sort(), ['risk-score-mismatch', 'unresolved-reference']);
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

  describe('index threads', () => {
    /**
     * Every diagnostic of the examples and the two-folder fixture (one with a `.handoff.yaml`)
     * once indexed, with `HANDOFF_INDEX_THREADS` set to `threads`.
     */
    async function indexedExamples(threads: string): Promise<{ diagnostics: string[]; logs: string[] }> {
      const multi = copyFixture('multi');
      const client = await LspClient.start({
        folders: [path.join(repoRoot, 'examples'), path.join(multi, 'a'), path.join(multi, 'b')],
        initializationOptions: { asOf: '2026-11-25' },
        env: { HANDOFF_INDEX_THREADS: threads },
      });
      try {
        const ready = (s: unknown) => (s as { state: string }).state === 'ready';
        if (!client.serverStatuses.some(ready)) await client.next('handoff/serverStatus', ready, 30_000);
        // The workspace pass after indexing publishes before this answer.
        await client.request('handoff/portfolio', {});
        const diagnostics = [...client.diagnostics.values()].flatMap((p) =>
          p.diagnostics.map(
            (d) =>
              `${path.basename(p.uri)}:${d.range.start.line}:${d.range.start.character} ${d.severity} ${String(d.code)} ${d.message}`,
          ),
        );
        return { diagnostics: diagnostics.sort(), logs: client.logs };
      } finally {
        await client.stop();
        fs.rmSync(multi, { recursive: true, force: true });
      }
    }

    it('indexes on a worker thread with exactly the findings of the main thread', async () => {
      const onThread = await indexedExamples('1');
      const here = await indexedExamples('0');
      assert.ok(
        onThread.logs.some((l) => /on index threads/.test(l)),
        onThread.logs.join('\n'),
      );
      assert.ok(!here.logs.some((l) => /on index threads/.test(l)), here.logs.join('\n'));
      assert.ok(here.diagnostics.length >= 12, `the plans have findings: ${here.diagnostics.length}`);
      assert.ok(
        here.diagnostics.some((d) => d.startsWith('alpha.plan.md:') && d.includes('risk-score-mismatch')),
        'alpha, under its .handoff.yaml, is among them',
      );
      assert.deepEqual(onThread.diagnostics, here.diagnostics);
    });
  });

  describe('shutdown', () => {
    it('answers shutdown and exits on exit', async () => {
      const root = copyFixture('multi');
      try {
        const client = await LspClient.start({ folders: [root], initializationOptions: { asOf: AS_OF } });
        await client.diagnosticsFor(fileUri(path.join(root, 'a', 'alpha.plan.md')));
        await client.stop();
        // Exit code 0 after shutdown (LSP); a server that had to be killed ends with SIGKILL.
        assert.deepEqual(client.exitStatus, { code: 0, signal: null });
      } finally {
        fs.rmSync(root, { recursive: true, force: true });
      }
    });
  });
});
