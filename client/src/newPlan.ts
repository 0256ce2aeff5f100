/**
 * "Handoff: New Transition Plan": asks for a title, a service, the transition type, the stage
 * the plan starts in and an id (proposing the next free one), and writes the engine's plan
 * skeleton for that stage to `<slug>.plan.md`: at initiation the one `handoff init` writes;
 * later ones come from the language server (`handoff/newPlanText`), which has the folder's
 * `.handoff.yaml` (the budget's currency, the readiness criteria of the transition type) and the
 * as-of date (its sample rows' dates). Neither writes what only the plan's people know (names,
 * entries, health, change reference, dates, budget): the new plan is reported for those until
 * they are written.
 */
import * as vscode from 'vscode';
import type { NewPlanTextParams } from '../../server/src/protocol.js';
import { planIdProblem, STAGE_LABEL } from '../../server/src/engine/domain.js';
import { stageDescription } from '../../server/src/engine/schema.js';
import { NEW_PLAN_STAGES, nextPlanId, planTemplate, type NewPlanFields } from '../../server/src/engine/templates.js';
import { TRANSITION_TYPES, type Stage, type TransitionType } from '../../server/src/engine/types.js';
import { todayIso } from '../../server/src/engine/isoDate.js';
import { slugify } from './slug.js';

/** What each transition type means, for the wizard's pick list. */
const TYPE_DESCRIPTION: Readonly<Record<TransitionType, string>> = {
  new: 'A service that did not exist before',
  change: 'A significant change to a live service',
  retire: 'A service, or part of one, is switched off',
  transfer: 'A service moves to another provider or team',
};

export interface NewPlanArgs extends Partial<NewPlanFields> {
  /** The stage the plan starts in (asked for when left out): initiation, planning or control. */
  readonly stage?: Stage;
  /** Folder to create the plan in (default: the workspace folder, asked for when several). */
  readonly folder?: vscode.Uri | string;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

async function ask(
  step: number,
  prompt: string,
  placeHolder: string,
  value: string,
  validate?: (v: string) => string | undefined,
) {
  const answer = await vscode.window.showInputBox({
    title: `New transition plan (${step}/5)`,
    prompt,
    placeHolder,
    value,
    ignoreFocusOut: true,
    validateInput: (v) => (validate ? validate(v) : v.trim() ? undefined : 'This field is required.'),
  });
  return answer?.trim();
}

async function targetFolder(args: NewPlanArgs | undefined): Promise<vscode.Uri | undefined | null> {
  if (args?.folder) return typeof args.folder === 'string' ? vscode.Uri.file(args.folder) : args.folder;
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) return undefined; // untitled document
  if (folders.length === 1) return folders[0]!.uri;
  const pick = await vscode.window.showWorkspaceFolderPick({ placeHolder: 'Workspace folder for the new plan' });
  return pick ? pick.uri : null;
}

/** Creates the plan and opens it; returns its URI, or undefined when cancelled. */
export async function newTransitionPlan(
  args?: NewPlanArgs,
  planIds: () => Promise<readonly string[]> = () => Promise.resolve([]),
  skeleton: (params: NewPlanTextParams) => Promise<string | null> = () => Promise.resolve(null),
): Promise<vscode.Uri | undefined> {
  const year = new Date().getFullYear();
  const title = args?.title?.trim() || (await ask(1, 'Title of the transition', 'Payroll to PeopleLine Cloud', ''));
  if (!title) return undefined;
  const service =
    args?.service?.trim() || (await ask(2, 'The service being introduced, changed or retired', 'Payroll', ''));
  if (!service) return undefined;
  let transitionType = args?.transitionType;
  if (!transitionType) {
    const pick = await vscode.window.showQuickPick(
      TRANSITION_TYPES.map((t) => ({ label: t, description: TYPE_DESCRIPTION[t] })),
      { title: 'New transition plan (3/5)', placeHolder: 'Type of transition', ignoreFocusOut: true },
    );
    if (!pick) return undefined;
    transitionType = pick.label;
  }
  let stage = args?.stage && NEW_PLAN_STAGES.includes(args.stage) ? args.stage : undefined;
  if (!stage) {
    // In lifecycle order, each with what it means; later stages describe work already done.
    const pick = await vscode.window.showQuickPick(
      NEW_PLAN_STAGES.map((s) => ({
        label: STAGE_LABEL[s],
        stage: s,
        detail: stageDescription(s),
      })),
      { title: 'New transition plan (4/5)', placeHolder: 'Stage the plan starts in', ignoreFocusOut: true },
    );
    if (!pick) return undefined;
    stage = pick.stage;
  }
  const proposed = nextPlanId(await planIds().catch(() => []), year);
  const id = args?.id?.trim() || (await ask(5, 'Plan id, unique in the workspace', proposed, proposed, planIdProblem));
  if (!id) return undefined;
  const idProblem = planIdProblem(id);
  if (idProblem) throw new Error(idProblem);

  const folder = await targetFolder(args);
  if (folder === null) return undefined;
  const eol = vscode.workspace.getConfiguration('files').get<string>('eol') === '\r\n' ? '\r\n' : '\n';
  const fields = { id, title, service, transitionType };
  let text = planTemplate(fields, { eol, asOf: todayIso() });
  if (stage !== 'initiation') {
    const uri = folder ? vscode.Uri.joinPath(folder, 'new.plan.md').toString() : undefined;
    const built = await skeleton({ ...fields, stage, uri }).catch(() => null);
    if (!built)
      throw new Error(`A plan at stage ${stage} needs the Handoff language server: start it, or begin at initiation.`);
    text = built.replace(/\r?\n/g, eol);
  }

  if (!folder) {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: text });
    await vscode.window.showTextDocument(doc);
    return doc.uri;
  }
  const base = slugify(title);
  let uri = vscode.Uri.joinPath(folder, `${base}.plan.md`);
  for (let n = 2; await exists(uri); n++) uri = vscode.Uri.joinPath(folder, `${base}-${n}.plan.md`);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc);
  return uri;
}
