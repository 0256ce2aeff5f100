// Packs the command line (`handoff`, `handoff-language-server`) as its own npm package.
//
// The repository's package.json is the VS Code extension's manifest, whose name cannot be
// scoped; and the unscoped npm name `handoff` belongs to an unrelated package. So the CLI is
// published under CLI_PACKAGE_NAME from a staging folder that holds only what its users run: the
// bundled CLI, its worker and the language server (self-contained esbuild bundles, no
// dependencies), the README and the licence.
//
// Usage: node scripts/pack-cli.mjs [--out DIR]   (after `npm run build`)
// Prints the path of the tarball on stdout. `npm publish <tarball>` publishes it.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

export const CLI_PACKAGE_NAME = '@handoff-itil/cli';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { out: { type: 'string' } } });
const outDir = path.resolve(values.out ?? path.join(root, 'dist'));
const stage = path.join(root, 'dist', 'npm');

const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const files = {
  'cli/handoff.cjs': 'dist/cli/handoff.cjs',
  'cli/worker.cjs': 'dist/cli/worker.cjs',
  'server/server.cjs': 'dist/server/server.cjs',
  'server/indexWorker.cjs': 'dist/server/indexWorker.cjs',
  'README.md': 'README.md',
  LICENSE: 'LICENSE',
};
for (const from of Object.values(files)) {
  if (!existsSync(path.join(root, from))) {
    console.error(`pack-cli: ${from} is missing; run \`npm run build\` first`);
    process.exit(2);
  }
}

rmSync(stage, { recursive: true, force: true });
for (const [to, from] of Object.entries(files)) {
  mkdirSync(path.dirname(path.join(stage, to)), { recursive: true });
  copyFileSync(path.join(root, from), path.join(stage, to));
}

const cliManifest = {
  name: CLI_PACKAGE_NAME,
  version: manifest.version,
  description: 'Handoff command line: lint, report on and diff ITIL service transition plans written as Markdown.',
  license: manifest.license,
  keywords: manifest.keywords,
  repository: manifest.repository,
  bugs: manifest.bugs,
  homepage: manifest.homepage,
  engines: { node: manifest.engines.node },
  type: 'commonjs',
  bin: { handoff: 'cli/handoff.cjs', 'handoff-language-server': 'server/server.cjs' },
  files: ['cli/', 'server/', 'README.md', 'LICENSE'],
};
writeFileSync(path.join(stage, 'package.json'), `${JSON.stringify(cliManifest, null, 2)}\n`);

mkdirSync(outDir, { recursive: true });
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const packed = spawnSync(npm, ['pack', '--json', '--pack-destination', outDir], {
  cwd: stage,
  encoding: 'utf8',
});
if (packed.status !== 0) {
  console.error(packed.stderr);
  process.exit(packed.status ?? 1);
}
const [info] = JSON.parse(packed.stdout);
console.error(
  `pack-cli: ${info.name}@${info.version}: ${info.entryCount} files, ${(info.unpackedSize / 1024).toFixed(0)} kB unpacked`,
);
console.log(path.join(outDir, info.filename));
