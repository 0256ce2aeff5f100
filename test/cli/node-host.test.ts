/**
 * The Node host pieces (server/src/node) in-process: safe reading, configuration resolution and
 * plan-file discovery. The language server reuses them, so they are tested on their own.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_CONFIG } from '../../server/src/engine/config.js';
import { RULES } from '../../server/src/engine/rules/index.js';
import { ConfigResolver, pathForGlobs } from '../../server/src/node/configResolver.js';
import { findPlanFiles } from '../../server/src/node/findPlanFiles.js';
import {
  DEFAULT_MAX_FILE_BYTES,
  PlanReadError,
  readPlanFile,
  readPlanFileSync,
  readPlanStartSync,
} from '../../server/src/node/readPlanFile.js';
import { makeTempDir, removeTempDir, writeTree } from './harness.js';

async function readError(file: string, maxBytes?: number): Promise<PlanReadError> {
  try {
    await readPlanFile(file, { maxBytes });
  } catch (err) {
    assert.ok(err instanceof PlanReadError, String(err));
    return err;
  }
  assert.fail(`${file} was read`);
}

describe('node host: readPlanFile', () => {
  let dir: string;
  before(() => {
    dir = makeTempDir('handoff-read-');
    writeTree(dir, {
      'plain.md': 'héllo\r\nwörld\n',
      'bom.md': '\uFEFF---\nschema: transition-plan/1\n',
      'binary.md': Buffer.concat([Buffer.from('# looks like text '), Buffer.from([0x00]), Buffer.from(' then NUL')]),
      'latin1.md': Buffer.from([0x23, 0x20, 0x43, 0x61, 0x66, 0xe9, 0x0a]),
      'overlong.md': Buffer.from([0x41, 0xc0, 0xaf]),
      'folder/x.md': 'x',
    });
  });
  after(() => removeTempDir(dir));

  it('reads UTF-8 text as is, CRLF included', async () => {
    assert.equal(await readPlanFile(path.join(dir, 'plain.md')), 'héllo\r\nwörld\n');
  });

  it('drops a byte order mark', async () => {
    assert.equal(await readPlanFile(path.join(dir, 'bom.md')), '---\nschema: transition-plan/1\n');
  });

  it('refuses binary files (a NUL byte in the first 8 KB)', async () => {
    const err = await readError(path.join(dir, 'binary.md'));
    assert.equal(err.code, 'binary');
    assert.match(err.message, /NUL byte at offset 18/);
  });

  it('refuses invalid UTF-8 and says where', async () => {
    const err = await readError(path.join(dir, 'latin1.md'));
    assert.equal(err.code, 'invalid-utf8');
    assert.match(err.message, /at byte 5/);
    assert.equal((await readError(path.join(dir, 'overlong.md'))).code, 'invalid-utf8');
  });

  it('refuses files over the size cap (20 MB by default) before reading them', async () => {
    assert.equal(DEFAULT_MAX_FILE_BYTES, 20 * 1024 * 1024);
    const err = await readError(path.join(dir, 'plain.md'), 4);
    assert.equal(err.code, 'too-large');
    assert.match(err.message, /limit/);
    const huge = path.join(dir, 'huge.md');
    const fd = fs.openSync(huge, 'w');
    fs.ftruncateSync(fd, DEFAULT_MAX_FILE_BYTES + 1); // sparse: no 20 MB written
    fs.closeSync(fd);
    const big = await readError(huge);
    assert.equal(big.code, 'too-large');
    assert.match(big.message, /larger than the 20\.0 MB limit/);
  });

  it('reads a file over 1 MB (read asynchronously) as it reads a small one (read at once)', async () => {
    const row = '| R-1 | Vendor support ends before go-live — plan B agreed | 3 | 4 | 12 | open |\n';
    const text = '---\nschema: transition-plan/1\n---\n' + row.repeat(Math.ceil((1.5 * 1024 * 1024) / row.length));
    assert.ok(Buffer.byteLength(text) > 1024 * 1024);
    const large = path.join(dir, 'large.md');
    fs.writeFileSync(large, '\uFEFF' + text);
    assert.equal(await readPlanFile(large), text);
    const bad = path.join(dir, 'large-bad.md');
    fs.writeFileSync(bad, Buffer.concat([Buffer.from(text), Buffer.from([0xc0, 0xaf])]));
    assert.equal((await readError(bad)).code, 'invalid-utf8');
  });

  it('reads one file after another through its reused buffer without mixing them up', () => {
    // Sizes around the 64 KB buffer: under it, exactly it (read on past it to find the end), over it.
    const sizes = [64 * 1024 - 1, 10, 64 * 1024, 3, 64 * 1024 + 5, 1];
    // Two-byte characters too, so that a byte left over from a longer file would show.
    const texts = sizes.map((n, i) => {
      const wide = Math.min(i + 1, Math.floor(n / 2));
      return 'é'.repeat(wide) + 'x'.repeat(n - 2 * wide);
    });
    const files = texts.map((t, i) => {
      const file = path.join(dir, `seq-${i}.md`);
      fs.writeFileSync(file, t);
      assert.equal(fs.statSync(file).size, sizes[i]);
      return file;
    });
    for (let round = 0; round < 2; round++) {
      files.forEach((file, i) => assert.equal(readPlanFileSync(file), texts[i], `file ${i}, round ${round}`));
    }
    // A refused file in between leaves the next one whole.
    assert.throws(() => readPlanFileSync(path.join(dir, 'binary.md')), PlanReadError);
    assert.equal(readPlanFileSync(files[1]!), texts[1]);
  });

  it('decodes only the start of a long file, and refuses every file readPlanFileSync refuses', () => {
    const text = '---\nschema: transition-plan/1\n---\n' + '| é | ü |\n'.repeat(20_000);
    const long = path.join(dir, 'start-long.md');
    fs.writeFileSync(long, '\uFEFF' + text);
    const start = readPlanStartSync(long, 1000);
    assert.equal(start.whole, false);
    assert.ok(start.text.length <= 1000 && start.text.length > 500, `${start.text.length} characters`);
    // The last character may be cut in two (U+FFFD); everything before it is the file's.
    assert.ok(text.startsWith(start.text.slice(0, -1)));
    assert.deepEqual(readPlanStartSync(long, 1 << 20), { text, whole: true });
    // Past the start: a NUL, a bad byte, and the size cap are found as a whole read finds them.
    const refusals: [string, Buffer][] = [
      ['start-nul.md', Buffer.concat([Buffer.from(text), Buffer.from([0x00])])],
      ['start-bad.md', Buffer.concat([Buffer.from(text), Buffer.from([0xc0, 0xaf])])],
      ['start-utf16.md', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
    ];
    for (const [name, bytes] of refusals) {
      const file = path.join(dir, name);
      fs.writeFileSync(file, bytes);
      const whole = (() => {
        try {
          readPlanFileSync(file);
        } catch (err) {
          return err as PlanReadError;
        }
        assert.fail(`${name} was read`);
      })();
      assert.throws(
        () => readPlanStartSync(file, 1000),
        (err: unknown) => err instanceof PlanReadError && err.code === whole.code && err.message === whole.message,
        name,
      );
    }
    assert.throws(
      () => readPlanStartSync(long, 1000, { maxBytes: 100_000 }),
      (err: unknown) => err instanceof PlanReadError && err.code === 'too-large',
    );
  });

  it('refuses a FIFO without waiting for a writer', async function () {
    if (process.platform === 'win32') this.skip();
    const fifo = path.join(dir, 'pipe.md');
    execFileSync('mkfifo', [fifo]);
    assert.equal((await readError(fifo)).code, 'not-a-file');
  });

  it('reports missing files and folders clearly', async () => {
    assert.equal((await readError(path.join(dir, 'nope.md'))).code, 'not-found');
    assert.equal((await readError(path.join(dir, 'folder'))).code, 'not-a-file');
  });

  it('reports files it may not read', async function () {
    if (process.platform === 'win32' || process.getuid?.() === 0) this.skip(); // root reads anything
    const locked = path.join(dir, 'locked.md');
    fs.writeFileSync(locked, 'x');
    fs.chmodSync(locked, 0o000);
    const err = await readError(locked);
    assert.equal(err.code, 'unreadable');
    assert.match(err.message, /permission denied/);
  });
});

describe('node host: ConfigResolver', () => {
  let dir: string;
  beforeEach(() => {
    dir = makeTempDir('handoff-config-');
  });
  afterEach(() => removeTempDir(dir));

  it('finds the nearest configuration in the folder or an ancestor, once per folder', () => {
    writeTree(dir, {
      '.handoff.yaml': 'high_risk_score: 12\n',
      'team/.handoff.yml': 'high_risk_score: 20\n',
      'team/deep/er/x.plan.md': '',
      'other/y.plan.md': '',
    });
    const resolver = new ConfigResolver({ rules: RULES, baseFolder: dir });
    const deep = resolver.forFile(path.join(dir, 'team/deep/er/x.plan.md'));
    assert.equal(deep.config.highRiskScore, 20);
    assert.equal(deep.path, path.join(dir, 'team/.handoff.yml'));
    assert.equal(deep.folder, path.join(dir, 'team'));
    assert.equal(resolver.forFolder(path.join(dir, 'team/deep')), deep, 'cached per folder and per file');
    const other = resolver.forFile(path.join(dir, 'other/y.plan.md'));
    assert.equal(other.config.highRiskScore, 12);
    assert.equal(other.folder, dir);
    assert.equal(resolver.loaded().length, 2);
  });

  it('prefers .handoff.yaml over .handoff.yml in one folder', () => {
    writeTree(dir, { '.handoff.yaml': 'high_risk_score: 9\n', '.handoff.yml': 'high_risk_score: 8\n' });
    assert.equal(new ConfigResolver({ rules: RULES, baseFolder: dir }).forFolder(dir).config.highRiskScore, 9);
  });

  it('reports configuration errors with 1-based positions', () => {
    writeTree(dir, { '.handoff.yaml': 'rules:\n  risk-score-mismach: off\n  status-stale: loud\n' });
    const resolved = new ConfigResolver({ rules: RULES, baseFolder: dir }).forFolder(dir);
    assert.deepEqual(
      resolved.errors.map((e) => [e.line, e.column, e.endLine, e.endColumn]),
      [
        [2, 3, 2, 21],
        [3, 17, 3, 21],
      ],
    );
    assert.match(resolved.errors[0]!.message, /Did you mean "risk-score-mismatch"\?/);
  });

  it('an explicit configuration overrides discovery, with globs relative to the base folder', () => {
    writeTree(dir, {
      'a/.handoff.yaml': 'high_risk_score: 3\n',
      'ci/strict.yaml': 'high_risk_score: 25\n',
      'a/x.plan.md': '',
    });
    const resolver = new ConfigResolver({ rules: RULES, baseFolder: dir, explicitConfigPath: 'ci/strict.yaml' });
    const resolved = resolver.forFile(path.join(dir, 'a/x.plan.md'));
    assert.equal(resolved.config.highRiskScore, 25);
    assert.equal(resolved.folder, dir);
    assert.equal(pathForGlobs(resolved, path.join(dir, 'a/x.plan.md')), 'a/x.plan.md');
  });

  it('a missing explicit configuration is an error, not the defaults', () => {
    const resolved = new ConfigResolver({ rules: RULES, baseFolder: dir, explicitConfigPath: 'nope.yaml' }).forFolder(
      dir,
    );
    assert.equal(resolved.errors.length, 1);
    assert.match(resolved.errors[0]!.message, /no such file/);
  });

  it('falls back to the defaults when no configuration exists', () => {
    const inner = path.join(dir, 'x');
    fs.mkdirSync(inner);
    const resolved = new ConfigResolver({ rules: RULES, baseFolder: inner }).forFolder(inner);
    // os.tmpdir() and its ancestors hold no .handoff.yaml, so the defaults apply.
    assert.equal(resolved.path, undefined);
    assert.equal(resolved.config, DEFAULT_CONFIG);
    assert.equal(resolved.folder, inner);
    assert.deepEqual(resolved.errors, []);
  });
});

describe('node host: findPlanFiles', () => {
  let dir: string;
  beforeEach(() => {
    dir = makeTempDir('handoff-find-');
  });
  afterEach(() => removeTempDir(dir));

  const find = (paths: string[], explicitConfigPath?: string, context = false) =>
    findPlanFiles(paths, dir, {
      resolver: new ConfigResolver({ rules: RULES, baseFolder: dir, explicitConfigPath }),
      context,
    });

  it('walks folders for Markdown in code-point order, flags plan globs, skips ignores', async () => {
    writeTree(dir, {
      '.handoff.yaml': 'ignore: ["archive/**"]\n',
      'b.plan.md': '',
      'B.md': '',
      'a/z.md': '',
      'a/y.plan.md': '',
      'archive/old.plan.md': '',
      'node_modules/m/n.plan.md': '',
      'notes.txt': '',
    });
    const found = await find(['.']);
    assert.deepEqual(
      found.candidates.map((c) => `${c.relativePath} ${c.matchesGlob}`),
      ['B.md false', 'a/y.plan.md true', 'a/z.md false', 'b.plan.md true'],
    );
    assert.deepEqual(found.missing, []);
  });

  it('keeps named files even when ignored, reports missing paths and empty globs', async () => {
    writeTree(dir, { '.handoff.yaml': 'ignore: ["archive/**"]\n', 'archive/old.plan.md': '', 'x.markdown': '' });
    const found = await find(['archive/old.plan.md', 'x.markdown', 'missing.md', 'none/**/*.md']);
    assert.deepEqual(
      found.candidates.map((c) => [c.relativePath, c.explicit]),
      [
        ['archive/old.plan.md', true],
        ['x.markdown', true],
      ],
    );
    assert.deepEqual(found.missing, ['missing.md']);
    assert.deepEqual(found.unmatchedGlobs, ['none/**/*.md']);
  });

  it('expands globs relative to the cwd and lists each file once', async () => {
    writeTree(dir, { 'p/a.plan.md': '', 'p/q/b.plan.md': '', 'p/q/c.md': '' });
    const found = await find(['p/**/*.plan.md', 'p', 'p/a.plan.md']);
    assert.deepEqual(
      found.candidates.map((c) => [c.relativePath, c.explicit]),
      [
        ['p/a.plan.md', true],
        ['p/q/b.plan.md', false],
        ['p/q/c.md', false],
      ],
    );
  });

  it('terminates on symlink loops and keeps the symlink-free path of each file', async function () {
    if (process.platform === 'win32') this.skip();
    writeTree(dir, { 'p/a/x.plan.md': '', 'p/y.plan.md': '' });
    fs.symlinkSync('..', path.join(dir, 'p/a/up'));
    fs.symlinkSync('.', path.join(dir, 'p/self'));
    fs.symlinkSync('ring2', path.join(dir, 'p/ring1'));
    fs.symlinkSync('ring1', path.join(dir, 'p/ring2'));
    fs.symlinkSync('y.plan.md', path.join(dir, 'p/alias.md'));
    const found = await find(['p']);
    assert.deepEqual(
      found.candidates.map((c) => c.relativePath),
      ['p/a/x.plan.md', 'p/y.plan.md'],
    );
  });

  it('lists the rest of the working folder as context from the same walk when the run names some paths', async () => {
    writeTree(dir, {
      '.handoff.yaml': 'ignore: ["archive/**"]\n',
      'p/a.plan.md': '',
      'p/q/b.plan.md': '',
      'r/c.plan.md': '',
      'top.md': '',
      'archive/old.plan.md': '',
      'node_modules/m/n.plan.md': '',
    });
    const found = await find(['p', 'r/c.plan.md'], undefined, true);
    assert.deepEqual(
      found.candidates.map((c) => [c.relativePath, c.explicit]),
      [
        ['p/a.plan.md', false],
        ['p/q/b.plan.md', false],
        ['r/c.plan.md', true],
      ],
    );
    // Not the run's files, not ignored ones, nothing under node_modules.
    assert.deepEqual(
      found.context.map((c) => c.relativePath),
      ['top.md'],
    );
  });

  it('lists no context for a run over the whole working folder, nor without being asked', async () => {
    writeTree(dir, { 'p/a.plan.md': '', 'top.md': '' });
    assert.deepEqual((await find(['.'], undefined, true)).context, []);
    assert.deepEqual((await find(['p'])).context, []);
    assert.deepEqual(
      (await find(['p'], undefined, true)).context.map((c) => c.relativePath),
      ['top.md'],
    );
  });

  it('leaves out of the context a file the run lints under another path', async function () {
    if (process.platform === 'win32') this.skip();
    writeTree(dir, { 'p/a.plan.md': '', 'other.md': '' });
    fs.symlinkSync('p', path.join(dir, 'link'));
    const found = await find(['link'], undefined, true);
    assert.deepEqual(
      found.candidates.map((c) => c.relativePath),
      ['link/a.plan.md'],
    );
    assert.deepEqual(
      found.context.map((c) => c.relativePath),
      ['other.md'],
    );
  });
});
