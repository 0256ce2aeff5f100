/**
 * The end-to-end run fails fast: when the tools cannot be installed, mocha's global setup stops
 * the run with one message before any suite starts (no suite retries the install).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { repoRoot } from '../helpers.js';

describe('e2e tools setup', function () {
  this.timeout(60_000);

  it('stops the whole e2e run with one clear message when the tools cannot be installed', function () {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'handoff-e2e-setup-'));
    try {
      // A file where the cache folder should be: the install script cannot create its folder.
      const blocker = path.join(tmp, 'not-a-folder');
      fs.writeFileSync(blocker, '');
      const env: Record<string, string | undefined> = { ...process.env, HANDOFF_TOOLS: path.join(blocker, 'tools') };
      delete env['HANDOFF_E2E_TOOLS_ENV'];
      const mocha = path.join(repoRoot, 'node_modules', 'mocha', 'bin', 'mocha.js');
      const r = spawnSync(
        process.execPath,
        [
          mocha,
          '--no-config',
          '--require',
          'test/e2e/setup.mjs',
          'test/e2e/smoke.e2e.mjs',
          'test/e2e/extension.e2e.mjs',
        ],
        { cwd: repoRoot, env, encoding: 'utf8', timeout: 55_000 },
      );
      const out = `${r.stdout}\n${r.stderr}`;
      assert.notEqual(r.status, 0, out);
      assert.match(out, /The end-to-end tools could not be installed, so no end-to-end suite can run\./);
      assert.equal(out.match(/could not be installed/g)?.length, 1, 'one message, not one per suite');
      assert.doesNotMatch(out, /passing|e2e harness smoke/, 'no suite started');
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
