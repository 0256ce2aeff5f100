import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, handoff, waitFor } from './util.js';

interface Manifest {
  main: string;
  activationEvents: string[];
  contributes: { commands: { command: string }[]; views: Record<string, { id: string }[]> };
  capabilities: { untrustedWorkspaces: { supported: boolean }; virtualWorkspaces: boolean };
}

describe('activation', () => {
  it('activates and starts the language server', async () => {
    const api = await handoff();
    assert.equal(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, true);
    assert.equal(api.ctx.serverState, 'running');
    assert.ok(api.ctx.languageClient?.isRunning());
  });

  it('registers every contributed command', async () => {
    await handoff();
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as Manifest;
    const registered = new Set(await vscode.commands.getCommands(true));
    const contributed = manifest.contributes.commands.map((c) => c.command);
    assert.ok(contributed.length >= 9);
    for (const id of contributed) assert.ok(registered.has(id), `${id} is contributed but not registered`);
  });

  it('declares its activation, view and trust facts', () => {
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as Manifest;
    assert.equal(manifest.main, './dist/client/extension.cjs');
    for (const e of ['onLanguage:markdown', 'workspaceContains:**/*.plan.md', 'workspaceContains:**/.handoff.yaml']) {
      assert.ok(manifest.activationEvents.includes(e), e);
    }
    assert.deepEqual(
      manifest.contributes.views['handoff']?.map((v) => v.id),
      ['handoff.transitions'],
    );
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, true);
    assert.equal(manifest.capabilities.virtualWorkspaces, true, 'virtual workspaces (github.dev) are supported');
  });

  it('restarts the language server on command', async () => {
    const api = await handoff();
    const before = api.ctx.languageClient;
    await vscode.commands.executeCommand('handoff.restartServer');
    assert.equal(api.ctx.serverState, 'running');
    assert.ok(api.ctx.languageClient && api.ctx.languageClient !== before);
    await waitFor(
      'the restarted server to list the plans',
      async () => (await api.ctx.requestPortfolio())?.plans.length,
    );
  });
});
