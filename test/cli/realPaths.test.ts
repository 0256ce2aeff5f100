/**
 * RealPaths resolves a walk's files from one readdir per folder (one lstat for a file asked alone):
 * it must give what `realpath` gives for every kind of path a walk can list — plain files, files
 * under symlinked folders, symlinked files, links to links, a dangling link and a file that is
 * gone (from a plain folder and from a symlinked one).
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { NodeFileAccess } from '../../server/src/lsp/nodeFileAccess.js';
import { RULES } from '../../server/src/engine/rules/index.js';
import { ConfigResolver } from '../../server/src/node/configResolver.js';
import { findPlanFiles } from '../../server/src/node/findPlanFiles.js';
import { onePathPerRealFile, RealPaths } from '../../server/src/node/realPaths.js';

describe('RealPaths', function () {
  if (process.platform === 'win32') return; // symlinks need privileges there

  let dir: string;
  before(() => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'handoff-realpaths-')));
    fs.mkdirSync(path.join(dir, 'plans/a'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'plans/a/x.plan.md'), 'x');
    fs.writeFileSync(path.join(dir, 'plans/y.plan.md'), 'y');
    fs.symlinkSync('plans', path.join(dir, 'linked'));
    fs.symlinkSync('linked/a', path.join(dir, 'deep'));
    fs.symlinkSync('y.plan.md', path.join(dir, 'plans/alias.md'));
    fs.symlinkSync('alias.md', path.join(dir, 'plans/alias2.md'));
    fs.symlinkSync('missing.md', path.join(dir, 'plans/dangling.md'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('gives what realpath gives, in order, and the path itself when it cannot be resolved', async () => {
    const files = [
      'plans/a/x.plan.md',
      'plans/y.plan.md',
      'linked/a/x.plan.md',
      'linked/y.plan.md',
      'deep/x.plan.md',
      'plans/alias.md',
      'plans/alias2.md',
      'linked/alias.md',
      'plans/dangling.md',
      'plans/gone.md',
      'linked/gone.md',
    ].map((f) => path.join(dir, f));
    const expected = files.map((f) => {
      try {
        return fs.realpathSync(f);
      } catch {
        return f;
      }
    });
    // The cases are the ones meant: six paths resolve elsewhere; the dangling link and the
    // file that is gone do not resolve.
    assert.equal(expected.filter((r, i) => r !== files[i]).length, 6);
    const real = new RealPaths();
    assert.deepEqual(await real.all(files), expected);
    // Asked again (from the cache), and one at a time.
    for (const [i, f] of files.entries()) assert.equal(await real.of(f), expected[i]);
    assert.equal(await real.ofFolder(path.join(dir, 'deep')), path.join(dir, 'plans/a'));
    assert.equal(await real.ofFolder(path.join(dir, 'nowhere')), path.join(dir, 'nowhere'));
  });

  it('keeps one path per real file: the one without a symlink, even when a link is shorter', async () => {
    const files = [
      'deep/x.plan.md', // 2 folders fewer than the real path, through two links
      'linked/a/x.plan.md',
      'linked/y.plan.md',
      'plans/a/x.plan.md',
      'plans/alias.md',
      'plans/dangling.md',
      'plans/y.plan.md',
    ].map((f) => path.join(dir, f));
    const kept = await onePathPerRealFile(files, dir, new RealPaths());
    assert.deepEqual(
      kept.map((f) => path.relative(dir, f)),
      ['plans/a/x.plan.md', 'plans/dangling.md', 'plans/y.plan.md'],
    );
    // Through links only, the path with the fewest folders, then the first in path order.
    const viaLinks = await onePathPerRealFile(files.slice(0, 3), path.join(dir, 'plans'), new RealPaths());
    assert.deepEqual(
      viaLinks.map((f) => path.relative(dir, f)),
      ['deep/x.plan.md', 'linked/y.plan.md'],
    );
  });

  it('the CLI and the language server name each plan by the same path', async () => {
    const cli = await findPlanFiles(['.'], dir, {
      resolver: new ConfigResolver({ rules: RULES, baseFolder: dir }),
      context: false,
    });
    const server = await new NodeFileAccess().list(URI.file(dir).toString());
    const cliPaths = cli.candidates.map((c) => c.absolutePath);
    assert.ok(cliPaths.includes(path.join(dir, 'plans/a/x.plan.md')), cliPaths.join('\n'));
    assert.ok(!cliPaths.includes(path.join(dir, 'deep/x.plan.md')));
    assert.deepEqual(
      server.map((u) => URI.parse(u).fsPath),
      cliPaths,
    );
  });

  it('the server names a file opened through a link by its listed path', async () => {
    const access = new NodeFileAccess();
    await access.list(URI.file(dir).toString());
    const uri = (f: string) => URI.file(path.join(dir, f)).toString();
    assert.equal(await access.listedAs(uri('deep/x.plan.md')), uri('plans/a/x.plan.md'));
    assert.equal(await access.listedAs(uri('linked/y.plan.md')), uri('plans/y.plan.md'));
    assert.equal(await access.listedAs(uri('plans/y.plan.md')), undefined, 'listed itself');
    assert.equal(await access.listedAs(uri('plans/gone.md')), undefined, 'not a file');
  });
});
