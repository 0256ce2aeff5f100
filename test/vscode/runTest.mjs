// `npm run test:vscode`: runs the extension-host suites in desktop VS Code with
// @vscode/test-electron (which downloads VS Code, so it needs internet access). The extension is
// loaded from this folder (`extensionDevelopmentPath`), so bundle it first (node scripts/build.mjs,
// done here). Where VS Code cannot be downloaded, the same suites run inside code-server:
// test/e2e/vscode-suites.e2e.mjs.
//
// HANDOFF_VSCODE_VERSION picks the VS Code version (default 'stable'); HANDOFF_VSCODE_GREP
// filters tests by title.
import { runTests } from '@vscode/test-electron';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { buildSuites, REPO_ROOT } from './build.mjs';
import { createTestWorkspace } from './workspace.mjs';

const bundle = spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'build.mjs')], { stdio: 'inherit' });
if (bundle.status !== 0) process.exit(bundle.status ?? 1);

const extensionTestsPath = await buildSuites();
const ws = await createTestWorkspace();
let code = 0;
try {
  await runTests({
    version: process.env.HANDOFF_VSCODE_VERSION ?? 'stable',
    extensionDevelopmentPath: REPO_ROOT,
    extensionTestsPath,
    launchArgs: [
      ws.workspaceFile,
      '--disable-extensions',
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
    ],
    extensionTestsEnv: { HANDOFF_VSCODE_GREP: process.env.HANDOFF_VSCODE_GREP ?? '' },
  });
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  code = 1;
} finally {
  await fs.rm(ws.dir, { recursive: true, force: true });
}
process.exit(code);
