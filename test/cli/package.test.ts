/**
 * The CLI as users install it: `scripts/pack-cli.mjs` packs the npm package, which is installed
 * from the tarball into a temporary prefix (locally and globally), and its two binaries run from
 * there, outside the repository.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../helpers.js';
import { makeTempDir, removeTempDir } from './harness.js';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(cmd: string, args: readonly string[], cwd: string) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: 180_000 });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Sends `initialize` over stdio (LSP base protocol framing) and resolves with the response. */
function initialize(serverBin: string, cwd: string): Promise<{ capabilities?: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const child = spawn(serverBin, ['--stdio'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error('no initialize response within 30 s'));
    }, 30_000);
    let buffer = Buffer.alloc(0);
    child.stdout.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        const headerEnd = buffer.indexOf('\r\n\r\n');
        if (headerEnd < 0) return;
        const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, headerEnd).toString())?.[1]);
        if (buffer.length < headerEnd + 4 + length) return;
        const body = JSON.parse(buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8')) as {
          id?: number;
          result?: { capabilities?: Record<string, unknown> };
        };
        buffer = buffer.subarray(headerEnd + 4 + length);
        if (body.id === 1) {
          clearTimeout(timer);
          child.kill();
          resolve(body.result ?? {});
          return;
        }
      }
    });
    child.on('error', reject);
    const message = JSON.stringify({
      jsonrpc: '2.0',
      id: 1,
      method: 'initialize',
      params: { processId: null, rootUri: null, capabilities: {} },
    });
    child.stdin.write(`Content-Length: ${Buffer.byteLength(message)}\r\n\r\n${message}`);
  });
}

describe('the CLI npm package (packed, installed from the tarball)', function () {
  this.timeout(300_000);
  let tmp: string;
  let tarball: string;

  before(function () {
    tmp = makeTempDir('handoff-pack-');
    const packed = run(process.execPath, [path.join(repoRoot, 'scripts', 'pack-cli.mjs'), '--out', tmp], repoRoot);
    assert.equal(packed.code, 0, packed.stderr);
    tarball = packed.stdout.trim();
    assert.ok(fs.existsSync(tarball), `no tarball at ${tarball}`);
  });

  after(() => removeTempDir(tmp));

  it('holds only what users run', function () {
    const listing = run('tar', ['tzf', tarball], tmp);
    assert.equal(listing.code, 0, listing.stderr);
    const files = listing.stdout.trim().split('\n').sort();
    assert.deepEqual(files, [
      'package/LICENSE',
      'package/README.md',
      'package/cli/handoff.cjs',
      'package/cli/worker.cjs',
      'package/package.json',
      'package/server/indexWorker.cjs',
      'package/server/server.cjs',
    ]);
    const manifest = JSON.parse(run('tar', ['xzOf', tarball, 'package/package.json'], tmp).stdout) as {
      name: string;
      bin: Record<string, string>;
      dependencies?: unknown;
    };
    assert.match(manifest.name, /^@[a-z0-9-]+\/[a-z0-9-]+$/, 'a scoped name');
    assert.deepEqual(Object.keys(manifest.bin).sort(), ['handoff', 'handoff-language-server']);
    assert.equal(manifest.dependencies, undefined, 'the bundles are self-contained');
  });

  it('installs into a project and runs handoff and handoff-language-server', async function () {
    const project = path.join(tmp, 'project');
    fs.mkdirSync(project);
    fs.writeFileSync(path.join(project, 'package.json'), '{"name":"p","private":true}\n');
    const install = run(npm, ['install', '--save-dev', '--no-audit', '--no-fund', tarball], project);
    assert.equal(install.code, 0, install.stderr);
    const bin = path.join(project, 'node_modules', '.bin');

    const version = run(path.join(bin, 'handoff'), ['--version'], project);
    assert.equal(version.code, 0, version.stderr);
    const { version: expected } = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
      version: string;
    };
    assert.equal(version.stdout.trim(), expected);

    const plans = path.join(project, 'plans');
    fs.mkdirSync(plans);
    fs.copyFileSync(
      path.join(repoRoot, 'examples', 'service-desk-planning.plan.md'),
      path.join(plans, 'service-desk-planning.plan.md'),
    );
    const lint = run(
      path.join(bin, 'handoff'),
      ['lint', 'plans', '--as-of', '2026-11-25', '--format', 'json'],
      project,
    );
    assert.ok(lint.code === 0 || lint.code === 1, `exit ${lint.code}: ${lint.stderr}`);
    const report = JSON.parse(lint.stdout) as { files: { path: string }[] };
    assert.deepEqual(
      report.files.map((f) => f.path),
      ['plans/service-desk-planning.plan.md'],
    );

    const init = await initialize(path.join(bin, 'handoff-language-server'), project);
    assert.ok(init.capabilities?.textDocumentSync !== undefined, 'the server answers initialize with its capabilities');
  });

  it('installs globally into a prefix', function () {
    const prefix = path.join(tmp, 'global');
    const install = run(npm, ['install', '--global', '--prefix', prefix, '--no-audit', '--no-fund', tarball], tmp);
    assert.equal(install.code, 0, install.stderr);
    const version = run(path.join(prefix, 'bin', 'handoff'), ['--version'], tmp);
    assert.equal(version.code, 0, version.stderr);
    assert.match(version.stdout, /^\d+\.\d+\.\d+/);
  });
});
