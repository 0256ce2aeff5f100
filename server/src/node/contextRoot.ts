/**
 * Which folder's other plans a run over some paths is checked against (the cross-plan context:
 * `depends_on` targets, duplicate ids). The working folder, when a path the run names lies inside
 * it: in CI that is the checkout. Paths named from elsewhere (`handoff report ~/repo/plans` typed
 * in /tmp) belong to their own workspace, not to the folder the command was typed in: the
 * nearest folder above them holding a `.handoff.yaml` or a `.git`. What a plan is checked
 * against must not depend on where the command was typed.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { CONFIG_FILE_NAMES } from '../engine/config.js';
import { isInside } from './paths.js';

/** What marks the root of a folder of plans: its configuration, or its repository. */
const WORKSPACE_MARKERS: readonly string[] = [...CONFIG_FILE_NAMES, '.git'];

/**
 * The folder to take the context from, or undefined when there is none to take: the run already
 * covers it whole, or paths named from outside the working folder have no workspace marker above
 * them.
 */
export function contextRootFor(paths: readonly string[], cwd: string): string | undefined {
  const targets = paths.map((p) => path.resolve(cwd, p));
  const root = targets.some((t) => isInside(cwd, t)) ? cwd : workspaceAbove(targets);
  return root !== undefined && !targets.includes(root) ? root : undefined;
}

/** The nearest folder holding a workspace marker, at or above the folder all targets share. */
function workspaceAbove(targets: readonly string[]): string | undefined {
  let folder: string | undefined = commonFolder(targets);
  while (folder !== undefined) {
    const here = folder;
    if (WORKSPACE_MARKERS.some((m) => existsSync(path.join(here, m)))) return here;
    const up = path.dirname(here);
    folder = up === here ? undefined : up;
  }
  return undefined;
}

/** The deepest folder every target lies in (a target that is a file counts by its folder). */
function commonFolder(targets: readonly string[]): string | undefined {
  let common: string | undefined;
  for (const t of targets) {
    const folder = statSync(t, { throwIfNoEntry: false })?.isDirectory() ? t : path.dirname(t);
    common = common === undefined ? folder : shared(common, folder);
  }
  return common;
}

function shared(a: string, b: string): string {
  let out = a;
  while (!isInside(out, b)) {
    const up = path.dirname(out);
    if (up === out) return out;
    out = up;
  }
  return out;
}
