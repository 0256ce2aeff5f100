/**
 * `handoff lint` writes each plan's findings as soon as the plan (and those before it) are
 * linted, and forgets them: its memory must not grow with the findings of the run. For that the
 * cross-plan findings are worked out first, from every plan's front matter; they must be the
 * ones the plans' full summaries give.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { crossPlanFindings } from '../../server/src/cli/crossPlan.js';
import type { CliIo } from '../../server/src/cli/io.js';
import { discoverRun, lintDiscovered } from '../../server/src/cli/pipeline.js';
import { PieceSink } from '../../server/src/cli/writeOutput.js';
import { createPlanEngine, type PlanEngine } from '../../server/src/engine/index.js';
import type { PlanSummary } from '../../server/src/engine/summary.js';
import type { DocumentFinding } from '../../server/src/engine/types.js';
import { makeTempDir, readCliFixture, removeTempDir, writeTree, type FileSpec } from './harness.js';
import { lintInProcess } from './inProcess.js';

const AS_OF = '2026-06-01';

/** The engine, with every plan it lints (full lint, not the front-matter reading) counted. */
function countingEngine(): { engine: PlanEngine; linted: string[] } {
  const engine = createPlanEngine();
  const linted: string[] = [];
  const counting: PlanEngine = {
    ...engine,
    lintDocument: (uri, text, options) => {
      linted.push(uri);
      return engine.lintDocument(uri, text, options);
    },
  };
  return { engine: counting, linted };
}

function withId(text: string, id: string, dependsOn?: string): string {
  let out = text.replace(/^id: .*$/m, `id: ${id}`);
  if (dependsOn) out = out.replace(/^stage: /m, `depends_on: [${dependsOn}]\nstage: `);
  return out;
}

const WAIVER = (rule: string, target: string) =>
  `\n## Waivers\n\n| Rule | Target | Reason | Approved by | Expires |\n| --- | --- | --- | --- | --- |\n| ${rule} | ${target} | Agreed at the board | S-01 | 2027-12-31 |\n`;

/** Plans whose cross-plan findings need every reading the pre-pass must get right. */
function crossPlanTree(): Record<string, FileSpec> {
  const plan = readCliFixture('findings.plan.md');
  return {
    // A duplicate id: b/untitled has no title in its front matter, so it is named by its heading.
    'a/titled.plan.md': withId(plan, 'TP-2027-0001'),
    'b/untitled.plan.md': withId(plan, 'TP-2027-0001').replace(/^title: .*\n/m, ''),
    // A cycle.
    'a/cycle-1.plan.md': withId(plan, 'TP-2027-0002', 'TP-2027-0003'),
    'a/cycle-2.plan.md': withId(plan, 'TP-2027-0003', 'TP-2027-0002'),
    // Unresolved, once reported and once waived by the plan's own Waivers table.
    'b/unresolved.plan.md': withId(plan, 'TP-2027-0004', 'TP-2027-0999'),
    'b/waived.plan.md': withId(plan, 'TP-2027-0005', 'TP-2027-0998') + WAIVER('unresolved-reference', '*'),
    // A file lintFile cannot read, whose id would be a duplicate: it is no plan for the others.
    'b/binary.plan.md': Buffer.concat([Buffer.from(withId(plan, 'TP-2027-0002')), Buffer.from([0, 1, 2])]),
    // Not a plan at all.
    'b/notes.md': readCliFixture('notes.md'),
  };
}

function key(f: DocumentFinding): string {
  const related = (f.related ?? []).map((r) => r.message).join(' | ');
  return `${f.uri} ${f.rule} ${f.range.start.line}:${f.range.start.character} ${f.message} [${related}]`;
}

/**
 * `handoff lint -f <format>` in this process over 200 plans of three findings each, with each
 * write to stdout recorded beside the number of plans linted when it came.
 */
async function lintWatchingWrites(
  root: string,
  format: string,
  env: Record<string, string> = {},
): Promise<{ code: number; writes: { chunk: string; linted: number }[] }> {
  const files: Record<string, FileSpec> = {};
  for (let i = 0; i < 200; i++) {
    files[`p-${String(i).padStart(3, '0')}.plan.md`] = withId(
      readCliFixture('findings.plan.md'),
      `TP-2027-${String(i + 1).padStart(4, '0')}`,
    );
  }
  writeTree(root, files);
  const { engine, linted } = countingEngine();
  const writes: { chunk: string; linted: number }[] = [];
  const io: CliIo = {
    argv: [],
    cwd: root,
    stdout: { write: (chunk) => writes.push({ chunk: Buffer.from(chunk).toString('utf8'), linted: linted.length }) },
    stderr: { write: () => true },
    env,
  };
  const code = await lintInProcess(format, AS_OF, io, engine);
  return { code, writes };
}

describe('a lint run written as it goes', function () {
  this.timeout(120_000);
  let dir: string;
  before(() => (dir = makeTempDir('handoff-streamed-')));
  after(() => removeTempDir(dir));

  it('finds, before linting, the cross-plan findings the full summaries give', async () => {
    const root = path.join(dir, 'cross');
    writeTree(root, crossPlanTree());
    const engine = createPlanEngine();
    const discovered = await discoverRun(
      { paths: [], cwd: root, asOf: AS_OF, config: undefined, log: () => undefined },
      engine,
    );
    assert.ok(discovered.ok);

    // What the cross-plan rules say over the summaries of the plans as linted whole.
    const summaries: PlanSummary[] = [];
    for (const c of discovered.discovery.candidates) {
      const bytes = fs.readFileSync(c.absolutePath);
      if (bytes.includes(0)) continue; // lintFile refuses a binary file
      const result = engine.lintDocument(c.relativePath, bytes.toString('utf8'), {
        config: c.config.config,
        asOf: AS_OF,
        matchesGlob: c.matchesGlob,
      });
      if (result.summary) summaries.push(result.summary);
    }
    const expected = engine.lintWorkspace(summaries).map(key).sort();
    assert.ok(
      ['duplicate-id', 'dependency-cycle', 'unresolved-reference'].every((rule) =>
        expected.some((k) => k.includes(` ${rule} `)),
      ),
      `the tree should give each cross-plan rule a finding: ${expected.join('\n')}`,
    );
    assert.ok(
      expected.some((k) => k.includes('Travel booking')),
      'the duplicate should be named by the untitled plan heading',
    );

    const byPlan = crossPlanFindings(discovered.discovery.candidates, [], engine, { asOf: AS_OF });
    const got: string[] = [];
    for (const s of summaries) got.push(...byPlan.forPlan(s.uri, s.suppressions).map(key));
    assert.deepEqual(got.sort(), expected);

    // And through the pipeline, plan by plan.
    const piped: string[] = [];
    await lintDiscovered(
      discovered.discovery,
      { paths: [], cwd: root, asOf: AS_OF, config: undefined, log: () => undefined },
      engine,
      undefined,
      (p) => piped.push(...p.crossPlan.map(key)),
    );
    assert.deepEqual(piped.sort(), expected);
  });

  for (const threads of [1, 3]) {
    it(`hands each plan on in path order as soon as it and those before it are linted (${threads} thread${threads === 1 ? '' : 's'})`, async () => {
      const root = path.join(dir, `order-${threads}`);
      const files: Record<string, FileSpec> = {};
      for (let i = 0; i < 60; i++) {
        files[`t-${i % 4}/p-${String(i).padStart(3, '0')}.plan.md`] = withId(
          readCliFixture(i % 2 ? 'findings.plan.md' : 'clean.plan.md'),
          `TP-2027-${String(i + 1).padStart(4, '0')}`,
        );
      }
      writeTree(root, files);
      const { engine, linted } = countingEngine();
      const options = { paths: [], cwd: root, asOf: AS_OF, config: undefined, threads, log: () => undefined };
      const discovered = await discoverRun(options, engine);
      assert.ok(discovered.ok);
      const order = discovered.discovery.candidates.map((c) => c.relativePath);
      const handed: string[] = [];
      const lintedWhenHanded: number[] = [];
      await lintDiscovered(discovered.discovery, options, engine, undefined, (p) => {
        handed.push(p.candidate.relativePath);
        lintedWhenHanded.push(linted.length);
      });
      assert.deepEqual(handed, order);
      if (threads === 1) {
        // The main thread alone: plan k is handed on right after it is linted, before plan k + 1.
        assert.deepEqual(
          lintedWhenHanded,
          order.map((_, k) => k + 1),
        );
      } else {
        // Workers lint out of this engine's sight: the first plans go before the main thread is done.
        assert.ok(lintedWhenHanded[0]! < order.length, `handed on after ${lintedWhenHanded[0]} of ${order.length}`);
      }
    });
  }

  /** A key each JSON format writes once per finding, and where its list of files or findings is. */
  const FORMATS: Record<string, { finding: string; count: (doc: unknown) => number }> = {
    json: { finding: '"rule":', count: (doc) => (doc as { files: unknown[] }).files.length },
    sarif: {
      finding: '"ruleId":',
      count: (doc) => (doc as { runs: { results: unknown[] }[] }).runs[0]!.results.length,
    },
    rdjson: { finding: '"code":', count: (doc) => (doc as { diagnostics: unknown[] }).diagnostics.length },
    gitlab: { finding: '"check_name":', count: (doc) => (doc as unknown[]).length },
  };
  for (const [format, { finding, count }] of Object.entries(FORMATS)) {
    it(`${format}: writes findings while the run is still linting`, async () => {
      const { code, writes } = await lintWatchingWrites(path.join(dir, `early-${format}`), format);
      assert.equal(code, 1);
      assert.ok(writes.length > 1, `the output (${writes.length} writes) should come in several pieces`);
      const first = writes.find((w) => w.chunk.includes(finding));
      assert.ok(first, 'a write holds a finding');
      assert.ok(first.linted < 200, `the first finding was written after ${first.linted} of 200 plans were linted`);
      const doc = JSON.parse(writes.map((w) => w.chunk).join('')) as unknown;
      // 200 plans; 600 findings for the formats that list findings.
      assert.equal(count(doc), format === 'json' ? 200 : 600);
    });
  }
});

describe('a GitHub run with a job summary', function () {
  this.timeout(120_000);
  let dir: string;
  before(() => (dir = makeTempDir('handoff-summary-')));
  after(() => removeTempDir(dir));

  it('writes its annotations as it goes, and the summary once it is over', async () => {
    const summaryFile = path.join(dir, 'summary.md');
    const { code, writes } = await lintWatchingWrites(path.join(dir, 'plans'), 'github', {
      GITHUB_STEP_SUMMARY: summaryFile,
    });
    assert.equal(code, 1);
    assert.ok(writes.length > 1, `${writes.length} writes`);
    assert.ok(writes[0]!.linted < 200, `the first write came after ${writes[0]!.linted} of 200 plans were linted`);
    const annotations = writes.map((w) => w.chunk).join('');
    assert.equal((annotations.match(/^::(error|warning|notice) /gm) ?? []).length, 600);
    const summary = fs.readFileSync(summaryFile, 'utf8');
    assert.match(summary, /^## Handoff lint/);
    // 600 findings, of which the table shows the first 500, and every one counted by rule.
    assert.match(summary, /…and 100 more findings not shown/);
    assert.equal((summary.match(/^\| `p-\d{3}\.plan\.md` \|/gm) ?? []).length, 500);
  });
});

describe('PieceSink', () => {
  it('gathers pieces into writes of about 64 KB, as UTF-8, in order', async () => {
    const chunks: Buffer[] = [];
    const sink = new PieceSink((chunk) => void chunks.push(Buffer.from(chunk)));
    const pieces: string[] = [];
    for (let i = 0; i < 3_000; i++) pieces.push(`piece ${i} — ✔ naïve 🙂 `.repeat(1 + (i % 5)));
    pieces.push('x'.repeat(200 * 1024)); // larger than a batch: written whole, after what came before
    pieces.push('', 'end\n');
    for (const p of pieces) sink.push(p);
    await sink.close();
    assert.equal(Buffer.concat(chunks).toString('utf8'), pieces.join(''));
    assert.ok(chunks.length > 5, `${chunks.length} writes`);
    assert.ok(
      chunks.slice(0, -3).every((c) => c.length > 60 * 1024 && c.length <= 64 * 1024),
      chunks.map((c) => c.length).join(', '),
    );
  });

  it('waits for each write before the next, and reports a failed write when closed', async () => {
    const started: number[] = [];
    let release: () => void = () => undefined;
    const sink = new PieceSink((chunk) => {
      started.push(chunk.length);
      if (started.length === 1) return new Promise<void>((resolve) => (release = resolve));
      if (started.length === 2) return Promise.reject(new Error('disk full'));
      return undefined;
    });
    for (let i = 0; i < 3; i++) sink.push('y'.repeat(64 * 1024));
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(started.length, 1, 'the second write waits for the first');
    release();
    await assert.rejects(sink.close(), /disk full/);
  });
});
