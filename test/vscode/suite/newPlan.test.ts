import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, folder, handoff, waitFor } from './util.js';

describe('New Transition Plan', () => {
  let created: vscode.Uri | undefined;

  after(async () => {
    await closeAllEditors();
    if (created) await vscode.workspace.fs.delete(created);
  });

  it('writes the engine skeleton for the chosen stage to <slug>.plan.md and the plan joins the portfolio', async () => {
    const api = await handoff();
    created = await vscode.commands.executeCommand<vscode.Uri>('handoff.newPlan', {
      title: 'Claims archive retirement',
      service: 'Claims archive',
      id: 'TP-2099-001',
      transitionType: 'retire',
      stage: 'planning',
      folder: folder('extra').uri,
    });
    assert.ok(created);
    assert.equal(created.path.split('/').pop(), 'claims-archive-retirement.plan.md');
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(created));
    assert.match(
      text,
      /^---\nschema: transition-plan\/1\nid: "TP-2099-001"\ntitle: "Claims archive retirement"\nservice: "Claims archive"\n/,
    );
    assert.match(text, /\ntransition_type: retire\n/);
    assert.match(text, /\nstage: planning\n/);
    assert.match(text, /\n## Project Initiation\n[\s\S]*\n## Project Planning and Coordination\n/);
    assert.match(text, /\n {2}currency: [A-Z]{3}\n/);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), created.toString());
    await waitFor('the new plan in the portfolio', async () =>
      (await api.ctx.requestPortfolio())?.plans.some((p) => p.overview.id === 'TP-2099-001'),
    );
  });
});
