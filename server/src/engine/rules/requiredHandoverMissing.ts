import { nextFreeId } from '../domain.js';
import { closestItilProcessForm, findItilProcess, joinedItilProcesses, type ItilProcess } from '../itil.js';
import { appendRow, rowText } from '../fixes.js';
import { rankPeople } from '../rankPeople.js';
import { unsettledAtStage } from '../templateFill.js';
import type { Cell, Plan, Row, Table } from '../model.js';
import type { Rule } from '../rule.js';
import type { HandoffConfig } from '../config.js';
import type { Fix, IsoDate } from '../types.js';
import { normalizeWord } from '../text.js';
import { addDays } from '../isoDate.js';
import { replace, rowLabel } from './util.js';

/**
 * Whether one of the Process cells names the required process, in any of its ITIL 2011 or ITIL 4
 * forms (`named`: the cells' processes, worked out once per check).
 */
function covers(
  cells: readonly string[],
  named: () => readonly (ItilProcess | undefined)[],
  required: string,
): boolean {
  const wanted = findItilProcess(required);
  if (wanted) return named().includes(wanted);
  // A configured name that is no ITIL process (a local one) is matched literally.
  const word = normalizeWord(required);
  return cells.some((p) => normalizeWord(p) === word);
}

/**
 * The processes a Process cell names: one, or each of several joined in one cell (`Service Desk
 * / Incident Management`), a handover to each (unknown-itil-process asks for a row each).
 */
function namedIn(text: string, aliases: ReadonlyMap<string, ItilProcess>): (ItilProcess | undefined)[] {
  const one = findItilProcess(text, aliases);
  if (one) return [one];
  return joinedItilProcesses(text, aliases)?.map((name) => findItilProcess(name, aliases)) ?? [undefined];
}

/**
 * A Handovers row whose Process names no known process but is closest to `required` (a
 * misspelling, `Service Level Mgmt`): the handover the plan most likely means, which
 * unknown-itil-process reports too.
 */
function misnamedRow(
  table: Table,
  required: string,
  aliases: ReadonlyMap<string, ItilProcess>,
): { row: Row; cell: Cell } | undefined {
  const wanted = findItilProcess(required);
  if (!wanted) return undefined;
  for (const row of table.rows) {
    const cell = row.cell('process');
    if (!cell || cell.empty || findItilProcess(cell.text, aliases) || joinedItilProcesses(cell.text, aliases)) continue;
    const guess = closestItilProcessForm(cell.text);
    if (guess && findItilProcess(guess) === wanted) return { row, cell };
  }
  return undefined;
}

const CRITERIA = 'How acceptance is judged';

/**
 * A fix appending a handover row for the process, in the table's own column order: the
 * stakeholder whose role fits the process as receiving owner, the go-live date (or two weeks
 * from the as-of date when go-live has passed) as planned date, and the acceptance criteria
 * selected to be written.
 */
function appendRowFix(plan: Plan, table: Table, process: string, id: string, asOf: IsoDate): Fix {
  const owner = rankPeople(plan, process, ['serviceOwner', 'projectManager'], 1)[0];
  const goLive = plan.meta.dates.goLive;
  const edit = appendRow(
    plan,
    table,
    rowText(table, {
      id,
      process,
      handedOver: `Operation of the service under ${process}`,
      receivingOwner: owner?.ref ?? '',
      acceptanceCriteria: CRITERIA,
      planned: goLive && goLive >= asOf ? goLive : addDays(asOf, 14),
      status: 'Planned',
    }),
  );
  return {
    title: `Add a handover to ${process} (${id})${owner ? `, received by ${owner.label}` : ''}`,
    edits: [edit],
    // From closure a Planned handover is itself a finding, and so is a row without its receiving
    // owner (no stakeholder could be proposed): offered, not preferred.
    isPreferred: owner !== undefined && !unsettledAtStage(plan).includes('handovers'),
    stops: [{ edit: 0, offset: edit.newText.indexOf(CRITERIA), length: CRITERIA.length }],
  };
}

/**
 * The processes `required_handovers` lists for the plan's `transition_type` that no Handovers row
 * names (in any of its forms), in the configuration's order; a row naming one misspelt does not
 * count. Empty without a type or a Handovers table with a Process column.
 */
export function handoversStillRequired(plan: Plan, config: HandoffConfig): string[] {
  const type = plan.meta.transitionType;
  const table = plan.register('handovers')?.table;
  if (!type || !table?.has('process')) return [];
  const processes = table.rows.map((r) => r.value('process')).filter((p): p is string => p !== undefined);
  let found: (ItilProcess | undefined)[] | undefined;
  const named = () => (found ??= processes.flatMap((p) => namedIn(p, config.aliases.processes)));
  return (config.requiredHandovers[type] ?? []).filter((required) => !covers(processes, named, required));
}

export const requiredHandoverMissing = {
  name: 'required-handover-missing',
  severity: 'warning',
  stage: 'planning',
  fixable: 'always',
  description:
    "Fires from planning on when a process that `required_handovers` lists for the plan's `transition_type` has no Handovers row whose Process names it (ITIL 2011 or ITIL 4 form). By default (1.1) `change` requires Incident Management, Change Management, Service Asset and Configuration Management, Service Level Management and Knowledge Management; `new` and `transfer` those plus Service Catalogue Management and Event Management; `retire` Service Catalogue Management, Service Asset and Configuration Management, Service Level Management and Knowledge Management.",
  docs: 'Whatever a transition introduces or changes has to be supported by the live processes: incidents are handled, changes controlled, CIs recorded, service levels agreed and knowledge published. The configuration lists the processes every transition of a type must hand over to; a process counts under its ITIL 2011 or ITIL 4 name ("Change enablement" is Change Management), and a row naming several (`Service Desk / Incident Management`) counts for each (unknown-itil-process asks for a row each). The quick fix appends a row for the missing process to the Handovers table, to be completed with its owner, criteria and date; when a row names the process misspelt (`Service Level Mgmt`), the finding points at that cell and its fix writes the name there instead.',
  sources: [
    'ITIL 2011 Service Transition 4.1.4 (transition models) and 4.4 Release and deployment management (transfer to operation)',
    'ITIL 4 Service catalogue management, Monitoring and event management, Service configuration management and Knowledge management practices',
    'PRINCE2 Closing a Project: hand over products',
    'PMBOK 6th ed. 4.7 Close Project or Phase (transfer of the final product)',
  ],
  check(ctx) {
    const type = ctx.plan.meta.transitionType;
    if (!type) return;
    const register = ctx.plan.register('handovers');
    const table = register?.table;
    // No register or no rows at all is missing-handovers' finding.
    if (!register || !table || table.rows.length === 0 || !table.has('process')) return;
    const id = nextFreeId(
      register.spec.idPrefix ?? 'H',
      table.rows.map((r) => r.id),
    );
    for (const required of handoversStillRequired(ctx.plan, ctx.config)) {
      const misnamed = misnamedRow(table, required, ctx.config.aliases.processes);
      if (misnamed) {
        const { row, cell } = misnamed;
        ctx.report({
          range: cell.range,
          target: required,
          message: `No handover to ${required}, which a "${type}" transition requires: the Process of ${rowLabel(row)}, "${cell.text}", is not read as it. Write "${required}" there if that is the handover, or add a Handovers row for it.`,
          fixes: () => [
            { title: `Replace with "${required}"`, edits: [replace(cell.range, required)], isPreferred: true },
            { ...appendRowFix(ctx.plan, table, required, id, ctx.asOf), isPreferred: false },
          ],
        });
        continue;
      }
      ctx.report({
        range: register.heading.range,
        target: required,
        message: `No handover to ${required}, which a "${type}" transition requires: add a Handovers row for it with its receiving owner, acceptance criteria and planned date.`,
        fixes: () => [appendRowFix(ctx.plan, table, required, id, ctx.asOf)],
      });
    }
  },
} satisfies Rule;
