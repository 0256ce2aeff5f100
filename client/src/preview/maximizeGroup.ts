/**
 * Maximizing the active editor group without ever un-maximizing it. VS Code has only a maximize
 * *toggle* and no API that says whether a group is maximized (a webview in a hidden group still
 * reports itself visible). The editor layout tells: maximizing gives the group the whole area
 * while the hidden groups keep their sizes, so the top-level sizes add up to more than before;
 * restoring makes them add up to less. So: toggle, and if the sizes shrank the group had been
 * maximized already — toggle back.
 */
import * as vscode from 'vscode';

const TOGGLE = 'workbench.action.toggleMaximizeEditorGroup';
const GET_LAYOUT = 'vscode.getEditorLayout';

interface Layout {
  readonly groups?: readonly { readonly size?: number }[];
}

/** The sum of the top-level group sizes, or undefined with fewer than two groups. */
async function layoutSum(): Promise<number | undefined> {
  const layout = await vscode.commands.executeCommand<Layout | undefined>(GET_LAYOUT).then(
    (l) => l,
    () => undefined,
  );
  const sizes = layout?.groups?.map((g) => g.size ?? 0) ?? [];
  return sizes.length > 1 ? sizes.reduce((a, b) => a + b, 0) : undefined;
}

/** The layout's sum once it differs from `before` (polled briefly: the toggle settles async). */
async function settledSum(before: number): Promise<number> {
  for (let i = 0; i < 40; i++) {
    const now = await layoutSum();
    if (now !== undefined && now !== before) return now;
    await new Promise((r) => setTimeout(r, 25));
  }
  return before;
}

/**
 * Leaves the active group maximized when the editor area is split: 'maximized' when this call
 * maximized it, 'already' when it was maximized before (left so), 'single' when there is only
 * one group (nothing to hide), 'unknown' when the layout did not say.
 */
export async function maximizeActiveGroup(): Promise<'maximized' | 'already' | 'single' | 'unknown'> {
  const before = await layoutSum();
  if (before === undefined) return 'single';
  await vscode.commands.executeCommand(TOGGLE);
  const after = await settledSum(before);
  if (after > before) return 'maximized';
  if (after < before) {
    await vscode.commands.executeCommand(TOGGLE);
    return 'already';
  }
  return 'unknown';
}
