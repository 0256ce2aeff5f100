// The multi-root workspace the extension-host suites run in: a copy of examples/ and a second
// folder with one more plan, both checked as of 2026-11-25 so time rules give stable results.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from './build.mjs';

export const AS_OF = '2026-11-25';

/** Returns { dir, workspaceFile, folders: { examples, extra } }; remove `dir` when done. */
export async function createTestWorkspace() {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'handoff-vscode-ws-'));
  const examples = path.join(dir, 'examples');
  const extra = path.join(dir, 'extra');
  await fs.cp(path.join(REPO_ROOT, 'examples'), examples, { recursive: true });
  await fs.mkdir(extra, { recursive: true });
  // The second folder's plan: the CRM example under another id, so ids stay unique.
  const crm = await fs.readFile(path.join(examples, 'crm-initiation.plan.md'), 'utf8');
  await fs.writeFile(
    path.join(extra, 'mobile-claims.plan.md'),
    crm.replace('id: TP-2026-031', 'id: TP-2026-077').replace(/^title: .*$/m, 'title: Mobile claims app'),
  );
  const settings = { 'handoff.asOf': AS_OF };
  for (const folder of [examples, extra]) {
    await fs.mkdir(path.join(folder, '.vscode'), { recursive: true });
    await fs.writeFile(path.join(folder, '.vscode', 'settings.json'), JSON.stringify(settings, null, 2));
  }
  const workspaceFile = path.join(dir, 'handoff-tests.code-workspace');
  await fs.writeFile(
    workspaceFile,
    JSON.stringify({ folders: [{ path: 'examples' }, { path: 'extra' }], settings }, null, 2),
  );
  return { dir, workspaceFile, folders: { examples, extra } };
}
