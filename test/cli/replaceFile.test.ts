/**
 * An output file (`lint -o`, `report -o`) is replaced whole or not at all: a run that stops
 * half-way through its output leaves the file that was there, and no temporary file; a complete
 * one replaces it, keeping its mode, through a symlink; a device is written in place.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileWriter } from '../../server/src/cli/writeOutput.js';
import { replaceFileSync } from '../../server/src/node/replaceFile.js';
import { bundleWithoutWorker, makeTempDir, removeTempDir, runCli } from './harness.js';

/** More than one write's worth (the output is written in batches of about 64 KB). */
const BIG = 'x'.repeat(200 * 1024);

describe('replacing an output file whole or not at all', function () {
  let dir: string;
  beforeEach(() => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'handoff-replace-')));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const names = () => fs.readdirSync(dir).sort();

  it('a run stopped after writing leaves the old file as it was, and nothing beside it', async () => {
    const target = path.join(dir, 'report.json');
    fs.writeFileSync(target, 'the last good report');
    const file = fileWriter(target);
    await file.write(BIG);
    await file.write(Buffer.from(BIG));
    assert.equal(fs.readFileSync(target, 'utf8'), 'the last good report', 'nothing reaches the file before the end');
    await file.close(false);
    assert.equal(fs.readFileSync(target, 'utf8'), 'the last good report');
    assert.deepEqual(names(), ['report.json']);
  });

  it('a run stopped after writing a new file leaves no file at all', async () => {
    const target = path.join(dir, 'new.sarif');
    const file = fileWriter(target);
    await file.write(BIG);
    await file.close(false);
    assert.deepEqual(names(), []);
  });

  it('a complete run replaces the file, keeps its mode and leaves no temporary file', async function () {
    if (process.platform === 'win32') this.skip(); // no POSIX modes
    const target = path.join(dir, 'report.json');
    fs.writeFileSync(target, 'old');
    fs.chmodSync(target, 0o640);
    const file = fileWriter(target);
    await file.write('{"a":');
    await file.write(BIG.length.toString());
    await file.close(true);
    assert.equal(fs.readFileSync(target, 'utf8'), `{"a":${BIG.length}`);
    assert.equal(fs.statSync(target).mode & 0o777, 0o640);
    assert.deepEqual(names(), ['report.json']);
  });

  it('an empty output still creates the file', async () => {
    const target = path.join(dir, 'empty.txt');
    await fileWriter(target).close(true);
    assert.equal(fs.readFileSync(target, 'utf8'), '');
  });

  it('a symlink is written through: the file it leads to is replaced, the link stays', async function () {
    if (process.platform === 'win32') this.skip(); // symlinks need privileges there
    fs.mkdirSync(path.join(dir, 'real'));
    fs.writeFileSync(path.join(dir, 'real/out.json'), 'old');
    fs.symlinkSync('real/out.json', path.join(dir, 'link.json'));
    const file = fileWriter(path.join(dir, 'link.json'));
    await file.write('new');
    await file.close(true);
    assert.ok(fs.lstatSync(path.join(dir, 'link.json')).isSymbolicLink());
    assert.equal(fs.readFileSync(path.join(dir, 'real/out.json'), 'utf8'), 'new');
    assert.deepEqual(fs.readdirSync(path.join(dir, 'real')), ['out.json']);
  });

  it('a device is written in place, never renamed over', async function () {
    if (!fs.existsSync('/dev/null')) this.skip();
    const file = fileWriter('/dev/null');
    await file.write(BIG);
    await file.close(true);
    assert.ok(fs.statSync('/dev/null').isCharacterDevice());
    assert.deepEqual(
      fs.readdirSync('/dev').filter((n) => n.includes('handoff')),
      [],
    );
  });

  it('a folder that does not exist gives the error for the file asked for', async () => {
    const target = path.join(dir, 'missing', 'out.json');
    const file = fileWriter(target);
    await assert.rejects(file.write('x'), (err: NodeJS.ErrnoException) => {
      assert.equal(err.code, 'ENOENT');
      assert.match(err.message, /missing[/\\]out\.json/);
      assert.doesNotMatch(err.message, /\.tmp/);
      return true;
    });
  });

  it('replaceFileSync (lint --fix) replaces a plan, keeping its mode', function () {
    if (process.platform === 'win32') this.skip();
    const plan = path.join(dir, 'x.plan.md');
    fs.writeFileSync(plan, 'old');
    fs.chmodSync(plan, 0o600);
    replaceFileSync(plan, 'new', 'fix');
    assert.equal(fs.readFileSync(plan, 'utf8'), 'new');
    assert.equal(fs.statSync(plan).mode & 0o777, 0o600);
    assert.deepEqual(names(), ['x.plan.md']);
  });
});

describe('lint -o when the run stops with an internal error (built binary)', function () {
  this.timeout(120_000);
  let dir: string;
  before(() => {
    dir = makeTempDir('handoff-replace-cli-');
  });
  after(() => removeTempDir(dir));

  it('exits 2, says the output was not written, and leaves the old file', () => {
    // A bundle without its worker script: a run on two threads stops with an internal error.
    const { bin, plans } = bundleWithoutWorker(dir);
    fs.writeFileSync(path.join(plans, 'out.json'), 'the last good report');
    const result = runCli(
      ['lint', '--threads', '2', '-f', 'json', '-o', 'out.json', '--as-of', '2026-06-01'],
      plans,
      {},
      bin,
    );
    assert.equal(result.code, 2, result.stderr);
    assert.match(result.stderr, /internal error/);
    assert.match(result.stderr, /out\.json was not written \(a file already there is left as it was\)/);
    assert.equal(fs.readFileSync(path.join(plans, 'out.json'), 'utf8'), 'the last good report');
    assert.deepEqual(fs.readdirSync(plans).sort(), ['again.plan.md', 'clean.plan.md', 'out.json']);
  });
});
