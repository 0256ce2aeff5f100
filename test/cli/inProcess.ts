/**
 * `handoff lint` run in this process (not the built binary): what main.ts calls for
 * `handoff lint -f <format> --as-of <date> --no-color` in `io.cwd`, on the main thread alone.
 */
import { outputFormat } from '../../server/src/cli/formatters/index.js';
import type { CliIo } from '../../server/src/cli/io.js';
import { runLint } from '../../server/src/cli/lint.js';
import { createPlanEngine, type PlanEngine } from '../../server/src/engine/index.js';

export function lintInProcess(
  format: string,
  asOf: string,
  io: CliIo,
  engine: PlanEngine = createPlanEngine(),
): Promise<number> {
  const chosen = outputFormat(format);
  if (!chosen) throw new Error(`no format ${format}`);
  return runLint(
    {
      paths: [],
      outputFormat: chosen,
      asOf,
      config: undefined,
      maxWarnings: undefined,
      quiet: false,
      color: false,
      outputFile: undefined,
      threads: 1,
    },
    io,
    engine,
  );
}
