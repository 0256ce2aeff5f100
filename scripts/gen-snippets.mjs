// Writes snippets/handoff.code-snippets from the engine's templates (client/src/snippets/
// definitions.ts), so snippets and quick fixes insert the same text. `--check` only compares
// and exits 1 when the committed file is stale. esbuild compiles the TypeScript in memory, so
// this does not depend on a prior `tsc -b`.
import { build } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const result = await build({
  entryPoints: [path.join(root, 'client/src/snippets/definitions.ts')],
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'neutral',
  logLevel: 'warning',
});
const source = result.outputFiles[0].text;
const mod = await import(`data:text/javascript;base64,${Buffer.from(source).toString('base64')}`);
const file = path.join(root, mod.SNIPPETS_PATH);
const text = mod.renderSnippetsFile();
const count = Object.keys(JSON.parse(text)).length;

if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(file, 'utf8');
  } catch {
    // missing counts as stale
  }
  if (committed !== text) {
    console.error(`${mod.SNIPPETS_PATH} is stale: run node scripts/gen-snippets.mjs`);
    process.exit(1);
  }
  console.log(`${mod.SNIPPETS_PATH} is up to date (${count} snippets).`);
} else {
  writeFileSync(file, text);
  console.log(`Wrote ${mod.SNIPPETS_PATH} (${count} snippets).`);
}
