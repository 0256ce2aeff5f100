/** The status bar item for the active plan: stage, health, problem count; a click opens the preview. */
import * as vscode from 'vscode';
import type { PlanResult } from '../../../server/src/protocol.js';
import type { ActivePlan } from '../activePlan.js';
import { stageLabel } from '../../../server/src/engine/domain.js';
import { notRead } from '../../../server/src/engine/text.js';
import { healthTooltipLines } from './healthText.js';
import { healthGroup, healthIcon, healthText, problemTotal } from './health.js';

export function problemCount(result: PlanResult): number {
  return problemTotal(result.counts);
}

/** The item's text for a plan (exported for tests). */
export function statusBarText(result: PlanResult): string {
  const s = result.status;
  const n = problemCount(result);
  const parts = [
    `$(${healthIcon(healthGroup(s), result.counts)}) ${s.id ?? 'Plan'}`,
    stageLabel(s.stage, 'no stage'),
    `${n} ${n === 1 ? 'problem' : 'problems'}`,
  ];
  return parts.join(' · ');
}

export class PlanStatusBar implements vscode.Disposable {
  readonly item: vscode.StatusBarItem;
  private readonly subscription: vscode.Disposable;

  constructor(activePlan: ActivePlan) {
    this.item = vscode.window.createStatusBarItem('handoff.planStatus', vscode.StatusBarAlignment.Left, 50);
    this.item.name = 'Handoff plan status';
    this.item.command = { command: 'handoff.openPreview', title: 'Open Status Preview' };
    this.subscription = activePlan.onDidChange((r) => this.render(r));
    this.render(activePlan.result);
  }

  private render(result: PlanResult | null): void {
    if (!result) {
      this.item.hide();
      return;
    }
    const s = result.status;
    const health = healthGroup(s);
    this.item.text = statusBarText(result);
    this.item.backgroundColor =
      health === 'red'
        ? new vscode.ThemeColor('statusBarItem.errorBackground')
        : health === 'amber'
          ? new vscode.ThemeColor('statusBarItem.warningBackground')
          : undefined;
    const tip = new vscode.MarkdownString();
    tip.appendMarkdown('**');
    tip.appendText(`${s.id ?? ''} ${s.title ?? ''}`.trim());
    tip.appendMarkdown('**\n\n');
    tip.appendText(
      `Stage: ${s.stage ?? 'not set'} · health: ${s.health ?? (s.healthWritten ? notRead(s.healthWritten) : 'not set')}\n${healthTooltipLines(s).join('\n')}\n` +
        `${result.counts.errors} errors, ${result.counts.warnings} warnings, ${result.counts.infos} infos\n`,
    );
    tip.appendMarkdown('\n\nClick to open the status preview.');
    this.item.tooltip = tip;
    this.item.accessibilityInformation = {
      label: `Transition plan ${s.id ?? ''}: stage ${s.stage ?? 'not set'}, health ${healthText(s)}, ${problemCount(result)} problems. Opens the status preview.`,
    };
    this.item.show();
  }

  dispose(): void {
    this.subscription.dispose();
    this.item.dispose();
  }
}
