/**
 * Output written as it is made: json, sarif, rdjson, gitlab, stylish and github hand the host one
 * piece per file, and the host writes them in batches, waiting whenever the destination is full.
 * The text is exactly what one string would have been (for the JSON formats: what
 * JSON.stringify(…, null, 2) lays out).
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createPlanEngine } from '../../server/src/engine/index.js';
import type { CliIo } from '../../server/src/cli/io.js';
import { runReport } from '../../server/src/cli/report/command.js';
import { streamWriter, writePieces } from '../../server/src/cli/writeOutput.js';
import { fixturePath } from '../helpers.js';
import { BIN, makeTempDir, removeTempDir, runCli } from './harness.js';
import { lintInProcess } from './inProcess.js';

const ASOF = '2026-11-25';

/** A command's io over the rule fixtures, with every write to stdout recorded in `writes`. */
function recordingIo(): { io: CliIo; writes: string[] } {
  const writes: string[] = [];
  const io: CliIo = {
    argv: [],
    cwd: fixturePath('rules'),
    stdout: { write: (chunk: string) => writes.push(chunk) },
    stderr: { write: () => true },
    env: {},
  };
  return { io, writes };
}

/** `handoff lint` in this process over the rule fixtures, with every write to stdout recorded. */
async function lintRulesInProcess(format: string): Promise<{ code: number; writes: string[] }> {
  const { io, writes } = recordingIo();
  const code = await lintInProcess(format, ASOF, io);
  return { code, writes };
}

const canonical = (json: string): string => JSON.stringify(JSON.parse(json), null, 2) + '\n';

describe('streamed lint output', function () {
  this.timeout(120_000);

  for (const format of ['json', 'sarif', 'rdjson', 'gitlab', 'stylish', 'github']) {
    it(`${format}: the rule fixtures' output goes out in several writes of about 64 KB`, async () => {
      const { code, writes } = await lintRulesInProcess(format);
      assert.equal(code, 1);
      const total = writes.join('').length;
      assert.ok(total > 200_000, `${total} characters`);
      assert.ok(writes.length > 2, `${writes.length} writes`);
      // A batch closes at the first piece that takes it to 64 Ki characters; a piece is one file,
      // or SARIF's opening: the tool and every rule's description, which the rules bound, not the run.
      const later = format === 'sarif' ? writes.slice(1) : writes;
      assert.ok(
        later.every((w) => w.length < 64 * 1024 + 20_000),
        `largest write ${Math.max(...later.map((w) => w.length))}`,
      );
    });
  }

  /** Where each JSON format keeps its list of findings (or files), to check an empty run's. */
  const FINDINGS_OF: Record<string, (doc: unknown) => unknown[]> = {
    json: (doc) => (doc as { files: unknown[] }).files,
    sarif: (doc) => (doc as { runs: { results: unknown[] }[] }).runs[0]!.results,
    rdjson: (doc) => (doc as { diagnostics: unknown[] }).diagnostics,
    gitlab: (doc) => doc as unknown[],
  };
  for (const format of Object.keys(FINDINGS_OF)) {
    it(`${format}: laid out exactly as JSON.stringify(…, null, 2), in one process and from the binary`, async () => {
      const { writes } = await lintRulesInProcess(format);
      const text = writes.join('');
      assert.equal(text, canonical(text));
      assert.ok(FINDINGS_OF[format]!(JSON.parse(text)).length > 100, 'the rule fixtures have many findings');
      const dir = makeTempDir('handoff-stream-');
      try {
        const empty = runCli(['lint', '.', '--format', format, '--as-of', ASOF], dir);
        assert.equal(empty.stdout, canonical(empty.stdout));
        assert.deepEqual(FINDINGS_OF[format]!(JSON.parse(empty.stdout)), []);
        const out = path.join(dir, `findings.${format}`);
        const built = runCli(
          ['lint', '.', '--format', format, '--as-of', ASOF, '--output-file', out],
          fixturePath('rules'),
        );
        assert.equal(built.code, 1, built.stderr);
        const written = fs.readFileSync(out, 'utf8');
        // From the binary, whose version is the package's (the in-process one says 0.0.0).
        const printed = runCli(['lint', '.', '--format', format, '--as-of', ASOF], fixturePath('rules')).stdout;
        assert.equal(written, printed, 'the file written is what stdout received');
        assert.equal(printed, canonical(printed));
      } finally {
        removeTempDir(dir);
      }
    });
  }

  for (const format of ['stylish', 'json']) {
    it(`${format}: a reader that stops early (| head) still gets the run's exit code`, async () => {
      const child = spawn(process.execPath, [BIN, 'lint', '.', '--format', format, '--as-of', ASOF], {
        cwd: fixturePath('rules'),
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      // Read the first chunk, then close the pipe as `head` does (the output is ~0.5 MB).
      child.stdout.once('data', () => child.stdout.destroy());
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      assert.equal(code, 1, `exit ${code}: the fixtures have errors; stderr: ${stderr}`);
      assert.equal(stderr, '');
    });
  }

  it('waits for a full stream to drain before taking the next piece', async () => {
    const stream = Object.assign(new EventEmitter(), {
      writes: [] as string[],
      write(chunk: string): boolean {
        this.writes.push(chunk);
        return false; // Always full: every batch waits for a drain.
      },
    });
    let pulled = 0;
    function* pieces(): Generator<string, void, undefined> {
      for (let i = 0; i < 3; i++) {
        pulled++;
        yield 'x'.repeat(70 * 1024);
      }
    }
    const done = writePieces(pieces(), streamWriter(stream));
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(stream.writes.length, 1);
    assert.equal(pulled, 1, 'no piece is made while the stream is full');
    stream.emit('drain');
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(stream.writes.length, 2);
    stream.emit('drain');
    await new Promise((resolve) => setImmediate(resolve));
    stream.emit('drain');
    await done;
    assert.equal(stream.writes.join(''), 'x'.repeat(3 * 70 * 1024));
    assert.equal(pulled, 3);
  });
});

describe('streamed report output', function () {
  this.timeout(120_000);

  /** `handoff report` in this process over the rule fixtures, with every write to stdout recorded. */
  async function reportInProcess(format: string, out?: string): Promise<{ code: number; writes: string[] }> {
    const { io, writes } = recordingIo();
    const options = { paths: [], format, out, asOf: ASOF, config: undefined, threads: 1 };
    return { code: await runReport(options, io, createPlanEngine()), writes };
  }

  for (const format of ['html', 'markdown']) {
    it(`${format}: the page goes out in several writes, and --out holds the same text`, async () => {
      const { code, writes } = await reportInProcess(format);
      assert.equal(code, 0);
      const text = writes.join('');
      assert.ok(text.length > 200_000, `${text.length} characters`);
      assert.ok(writes.length > 2, `${writes.length} writes`);
      assert.ok(
        writes.every((w) => w.length < 200_000),
        'no write holds the whole page',
      );
      if (format === 'html') assert.ok(text.startsWith('<!DOCTYPE html>\n') && text.endsWith('</html>\n'));
      else assert.ok(text.startsWith('# Transition portfolio') && !text.endsWith('\n\n'));

      const dir = makeTempDir();
      try {
        const file = path.join(dir, `report.${format}`);
        const written = await reportInProcess(format, file);
        assert.equal(written.code, 0);
        assert.deepEqual(written.writes, []);
        assert.equal(fs.readFileSync(file, 'utf8'), text);
      } finally {
        removeTempDir(dir);
      }
    });
  }
});
