/**
 * Where `lint -o` and `report --out` may write: never over a file the run reads, nor over
 * anything that is or looks like a transition plan.
 */
import { realpath } from 'node:fs/promises';
import type { PlanEngine } from '../engine/index.js';
import { RealPaths } from '../node/realPaths.js';
import { readRegularFileSync } from '../node/regularFile.js';

async function realOrSelf(file: string): Promise<string> {
  return realpath(file).catch(() => file);
}

/** How much of an existing file is read to tell whether it is a plan (its front matter). */
const HEAD_BYTES = 64 * 1024;

/**
 * Why an output file must not be written at absolute `target`, or undefined when it may.
 * `reader` completes "one of the plans …" (`the report reads`).
 */
export async function refuseOutput(
  target: string,
  inputPaths: readonly string[],
  reader: string,
  engine: PlanEngine,
): Promise<string | undefined> {
  const real = await realOrSelf(target);
  // A few at a time, one readdir per folder: 10,000 realpath calls in flight at once raised the
  // peak memory of a 10,000-plan run by 25 MB, more than linting them did.
  const inputs = new Set(await new RealPaths().all(inputPaths));
  if (inputs.has(real) || inputPaths.includes(target)) return `it is one of the plans ${reader}`;
  if (/\.plan\.md$/i.test(target)) return 'its name is that of a plan (*.plan.md)';
  let existing: string | undefined;
  try {
    existing = readRegularFileSync(target, HEAD_BYTES).toString('utf8');
  } catch {
    existing = undefined;
  }
  if (existing !== undefined && engine.isPlanText(existing, false)) return 'the file there is a transition plan';
  return undefined;
}
