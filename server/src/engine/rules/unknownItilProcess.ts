import { closestItilProcessForm, findItilProcess, joinedItilProcesses } from '../itil.js';
import type { RegisterKind } from '../schema.js';
import type { Rule } from '../rule.js';
import { suggestionText } from '../suggest.js';
import { replace, rowLabel } from './util.js';

/** Registers whose Process column names an ITIL process. */
const PROCESS_REGISTERS: readonly { kind: RegisterKind; what: string }[] = [
  { kind: 'processInterfaces', what: 'Process interface' },
  { kind: 'handovers', what: 'Handover' },
];

export const unknownItilProcess = {
  name: 'unknown-itil-process',
  severity: 'warning',
  stage: 'planning',
  fixable: 'sometimes',
  description:
    'Fires from planning on when a Process cell of the Handovers or Process interfaces table names no known ITIL 2011 process or ITIL 4 practice, with a did-you-mean suggestion.',
  docs: 'Handovers and process interfaces are matched against the ITIL processes that will receive them, in their ITIL 2011 or ITIL 4 names (Change Management or Change enablement, Request Fulfilment or Service request management …). A misspelt or local name is not recognised, so a required handover can look missing and reports cannot group by process. Use a recognised name; the quick fix applies the closest one. A cell that joins several processes (`Incident & Problem Management`) is said to name them, one row each being the repair: each handover is accepted by its own receiving owner.',
  check(ctx) {
    for (const { kind, what } of PROCESS_REGISTERS) {
      for (const row of ctx.plan.rows(kind)) {
        const cell = row.cell('process');
        if (!cell || cell.empty || findItilProcess(cell.text, ctx.config.aliases.processes)) continue;
        const joined = joinedItilProcesses(cell.text, ctx.config.aliases.processes);
        if (joined) {
          ctx.report({
            range: cell.range,
            target: row.id,
            message: `${what} ${rowLabel(row)}: "${cell.text}" names ${joined.length} processes (${joined.join(', ')}). Give each its own row, so that each can be matched and ${kind === 'handovers' ? 'accepted by its own receiving owner' : 'given its own contact'}.`,
          });
          continue;
        }
        const suggestion = closestItilProcessForm(cell.text);
        ctx.report({
          range: cell.range,
          target: row.id,
          message: `${what} ${rowLabel(row)}: "${cell.text}" is not a known ITIL process.${suggestionText(suggestion)} Use an ITIL 2011 process or ITIL 4 practice name so that handovers and interfaces can be matched.`,
          fixes: suggestion
            ? [{ title: `Replace with "${suggestion}"`, edits: [replace(cell.range, suggestion)], isPreferred: true }]
            : undefined,
        });
      }
    }
  },
} satisfies Rule;
