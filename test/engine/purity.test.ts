/**
 * The engine is pure: no file system, no Node built-ins, no editor or LSP types. ESLint enforces
 * it on every commit; this test checks the same on the sources so a lint config change cannot
 * silently drop the guarantee.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../helpers.js';

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('engine purity', () => {
  const engineDir = path.join(repoRoot, 'server/src/engine');
  const forbidden =
    /^(node:|fs$|path$|os$|child_process$|worker_threads$|vscode$|vscode-languageserver|vscode-languageclient|vscode-jsonrpc)/;

  for (const file of files(engineDir)) {
    it(path.relative(repoRoot, file), () => {
      const src = fs.readFileSync(file, 'utf8');
      for (const m of src.matchAll(
        /(?:import|export)\s[^'";]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g,
      )) {
        const spec = m[1] ?? m[2] ?? m[3] ?? '';
        assert.ok(!forbidden.test(spec), `${file} imports ${spec}`);
        assert.ok(!/\/(lsp|cli|node)\//.test(spec), `${file} imports a host module ${spec}`);
      }
    });
  }

  it('the lint rule that enforces it is configured', () => {
    const config = fs.readFileSync(path.join(repoRoot, 'eslint.config.mjs'), 'utf8');
    assert.match(config, /server\/src\/engine\/\*\*\/\*\.ts/);
    assert.match(config, /no-restricted-imports/);
  });
});
