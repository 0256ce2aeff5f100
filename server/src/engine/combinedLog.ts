/**
 * A combined log: risks, assumptions, issues and dependencies in one table told apart by a Type
 * column, as a RAID log keeps them (common in UK practice). Handoff reads each register from its
 * own table (contract §3), so a combined log fills none of them; a finding that calls one of them
 * missing says that the log holds its entries, so the author sees the log was found and why it is
 * not read, instead of being told to write down what is already written.
 */
import { LEADING_ROW_ID } from './domain.js';
import type { Heading, Plan } from './model.js';
import { linesUnder } from './nearMissHeading.js';
import { MAYBE_DELIMITER_ROW, rowCellTexts } from './parse/scanLines.js';
import type { ConfigAliases } from './configVocabulary.js';
import { registerForHeadingWith } from './headings.js';
import { registerSpec, sectionForHeading, type RegisterKind } from './schema.js';
import { normalizeHeading, normalizeWord } from './text.js';

/** The names of a combined log, on a normalised heading: RAID, RAIDD, RAID log, Risks and issues. */
const COMBINED_LOG = /(?:^| )raidd?(?: |$)|^risks? (?:and )?issues?(?: log| register)?$/;

/** The headers of the column that tells the entries apart. */
const TYPE_HEADERS = new Set(['type', 'category', 'item type', 'entry type', 'raid type']);

/** Each kind of entry of a combined log that Handoff keeps in a register of its own. */
const ENTRY_TYPES: Readonly<Partial<Record<RegisterKind, readonly string[]>>> = {
  risks: ['Risk'],
  assumptions: ['Assumption', 'Constraint'],
  issues: ['Issue'],
};

/** The entries of one kind a combined log holds, under which heading. */
export interface CombinedLogEntries {
  readonly heading: Heading;
  /** How the entries are named in a message: `Risk`, `Assumption or Constraint`. */
  readonly types: string;
  /** Their IDs, where they have one, in table order. */
  readonly ids: readonly string[];
  readonly count: number;
}

/** The first combined log of the plan that holds entries of register `kind`. */
export function combinedLogEntries(
  plan: Plan,
  kind: RegisterKind,
  aliases?: ConfigAliases['registers'],
): CombinedLogEntries | undefined {
  const types = ENTRY_TYPES[kind];
  if (!types) return undefined;
  const wanted = new Set(types.map((t) => t.toLowerCase()));
  const prefix = registerSpec(kind).idPrefix?.toLowerCase();
  for (const heading of plan.headings) {
    if (heading.depth < 2 || !isCombinedLog(heading, aliases)) continue;
    const ids: string[] = [];
    let count = 0;
    for (const cells of tableUnder(plan, heading)) {
      const id = LEADING_ROW_ID.exec(cells.first)?.[1];
      const type = cells.type?.toLowerCase().replace(/s$/, '');
      // The Type column decides; without one, the ID's prefix (R-01 is a risk).
      const matches = type !== undefined ? wanted.has(type) : id?.split('-')[0]!.toLowerCase() === prefix;
      if (!matches) continue;
      count++;
      if (id) ids.push(id);
    }
    if (count > 0) return { heading, types: types.join(' or '), ids, count };
  }
  return undefined;
}

/** A heading named as a combined log that is read as nothing else (a configured alias comes first). */
function isCombinedLog(heading: Heading, aliases: ConfigAliases['registers'] | undefined): boolean {
  if (registerForHeadingWith(heading.text, aliases) !== undefined || sectionForHeading(heading.text) !== undefined) {
    return false;
  }
  return COMBINED_LOG.test(normalizeHeading(heading.text));
}

/** The data rows of the first table under a heading: its first cell and its Type cell. */
function* tableUnder(plan: Plan, heading: Heading): Generator<{ first: string; type: string | undefined }> {
  const { from, to } = linesUnder(plan, heading);
  const line = (n: number) => plan.lines.lineText(n);
  for (let n = from; n + 1 < to; n++) {
    if (!line(n).includes('|') || !MAYBE_DELIMITER_ROW.test(line(n + 1))) continue;
    const typeColumn = rowCellTexts(line(n)).findIndex((h) => TYPE_HEADERS.has(normalizeWord(h)));
    for (let r = n + 2; r < to && line(r).includes('|'); r++) {
      const cells = rowCellTexts(line(r));
      yield { first: cells[0] ?? '', type: typeColumn >= 0 ? cells[typeColumn] : undefined };
    }
    return;
  }
}
