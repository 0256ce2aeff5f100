import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { TransitionNode } from '../../../client/src/views/transitionsTree.js';
import { closeAllEditors, exampleUri, handoff, waitFor } from './util.js';

type Api = Awaited<ReturnType<typeof handoff>>;

/** ThemeColor keeps its id at runtime (the 1.91 typings do not declare it). */
function colorId(icon: unknown): string | undefined {
  return ((icon as vscode.ThemeIcon | undefined)?.color as { id?: string } | undefined)?.id;
}

function labelOf(item: vscode.TreeItem): string {
  return typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
}

async function labels(api: Api, node?: TransitionNode): Promise<string[]> {
  const children = await api.tree.getChildren(node);
  return children.map((c) => labelOf(api.tree.getTreeItem(c)));
}

async function child(api: Api, parent: TransitionNode | undefined, label: RegExp): Promise<TransitionNode> {
  const children = await api.tree.getChildren(parent);
  const found = children.find((c) => label.test(labelOf(api.tree.getTreeItem(c))));
  assert.ok(found, `no child ${label} among ${children.map((c) => labelOf(api.tree.getTreeItem(c))).join(' | ')}`);
  return found;
}

const PLAN_IDS = ['TP-2026-009', 'TP-2026-014', 'TP-2026-022', 'TP-2026-031', 'TP-2026-077'];

/**
 * Waits until the server lists the five plans of the test workspace. Other suites add plans of
 * their own (a new plan, a hostile one); VS Code closes their documents lazily, so the server
 * may still list them after they are deleted, and these tests allow for extra plans.
 */
async function allPlans(api: Api): Promise<void> {
  await waitFor(`the portfolio to hold ${PLAN_IDS.join(', ')}`, async () => {
    const ids = new Set((await api.ctx.requestPortfolio())?.plans.map((p) => p.overview.id));
    return PLAN_IDS.every((id) => ids.has(id));
  });
  api.tree.refresh();
}

describe('Transitions tree', () => {
  after(closeAllEditors);

  it('groups the plans of both workspace folders by stage', async () => {
    const api = await handoff();
    await api.tree.setGrouping('stage');
    await allPlans(api);
    assert.deepEqual(await labels(api), ['Initiation', 'Planning', 'Control', 'Closed']);
    const initiation = await child(api, undefined, /^Initiation$/);
    const initiationPlans = (await labels(api, initiation)).filter((l) => /^TP-2026-0(31|77) /.test(l));
    assert.deepEqual(initiationPlans, [
      'TP-2026-031 Broker relationship management (CRM)',
      'TP-2026-077 Mobile claims app',
    ]);
    assert.deepEqual(await labels(api, await child(api, undefined, /^Closed$/)), [
      'TP-2026-009 Retire the FaxServe legacy fax gateway',
    ]);
  });

  it('shows id, title, health colour and problem count on each plan', async () => {
    const api = await handoff();
    await allPlans(api);
    const planning = await child(api, undefined, /^Planning/);
    const plan = await child(api, planning, /^TP-2026-022 /);
    const item = api.tree.getTreeItem(plan);
    assert.equal(item.label, 'TP-2026-022 Service desk tool replacement (Beacon ITSM)');
    assert.equal(item.description, '7 problems');
    const icon = item.iconPath as vscode.ThemeIcon;
    // Amber health as the colour; the shape says it has errors (never a check while it has problems).
    assert.equal(icon.id, 'error');
    assert.equal(colorId(icon), 'charts.yellow');
    const control = await child(api, undefined, /^Control$/);
    const payroll = api.tree.getTreeItem(await child(api, control, /^TP-2026-014 /));
    assert.equal(payroll.description, 'no problems');
    assert.equal(colorId(payroll.iconPath), 'charts.green');
  });

  it('lists registers under a plan: high risks first, overdue/next milestones first, handovers with owners', async () => {
    const api = await handoff();
    await allPlans(api);
    const planning = await child(api, undefined, /^Planning/);
    const plan = await child(api, planning, /^TP-2026-022 /);
    assert.deepEqual(await labels(api, plan), ['Stakeholders', 'Risks', 'Milestones', 'Handovers', 'Findings']);

    const risks = await labels(api, await child(api, plan, /^Risks$/));
    assert.match(risks[0]!, /^R-02 /, `high risk R-02 first: ${risks.join(' | ')}`);

    const milestonesNode = await child(api, plan, /^Milestones$/);
    const milestones = await api.tree.getChildren(milestonesNode);
    const first = api.tree.getTreeItem(milestones[0]!);
    assert.match(String(first.description), /^(overdue|next)\b/, String(first.description));

    const handovers = await api.tree.getChildren(await child(api, plan, /^Handovers$/));
    const h04 = handovers.map((h) => api.tree.getTreeItem(h)).find((i) => labelOf(i).startsWith('H-04'));
    assert.ok(h04, 'H-04 is listed');
    assert.match(String(h04.description), /^no receiving owner · /);

    const findings = await labels(api, await child(api, plan, /^Findings$/));
    assert.equal(findings.length, 7);
  });

  it('reveals a row in the plan when an item is clicked', async () => {
    const api = await handoff();
    await allPlans(api);
    const planning = await child(api, undefined, /^Planning/);
    const plan = await child(api, planning, /^TP-2026-022 /);
    const r02 = await child(api, await child(api, plan, /^Risks$/), /^R-02 /);
    const item = api.tree.getTreeItem(r02);
    assert.equal(item.command?.command, 'handoff.revealLine');
    await vscode.commands.executeCommand(item.command.command, ...((item.command.arguments ?? []) as unknown[]));
    const editor = await waitFor('the plan editor', () => {
      const e = vscode.window.activeTextEditor;
      return e?.document.uri.toString() === exampleUri('service-desk-planning.plan.md').toString() && e;
    });
    const line = editor.document.lineAt(editor.selection.active.line).text;
    assert.match(line, /^\| R-02 \|/);
  });

  it('groups by health on command', async () => {
    const api = await handoff();
    await allPlans(api);
    await vscode.commands.executeCommand('handoff.groupByHealth');
    assert.equal(api.tree.groupBy, 'health');
    const groups = await labels(api);
    assert.ok(groups.includes('Amber') && groups.includes('Green'), groups.join());
    // The closed plan and the plans in initiation are not rated, never counted as Green.
    const notRated = await labels(api, await child(api, undefined, /^Not rated$/));
    assert.ok(
      notRated.some((l) => l.startsWith('TP-2026-009')),
      notRated.join(),
    );
    assert.ok(!(await labels(api, await child(api, undefined, /^Green$/))).some((l) => l.startsWith('TP-2026-009')));
    const amber = await child(api, undefined, /^Amber$/);
    assert.ok((await labels(api, amber)).some((l) => l.startsWith('TP-2026-022')));
    await vscode.commands.executeCommand('handoff.groupByStage');
    assert.equal(api.tree.groupBy, 'stage');
  });
});
