/**
 * How the register catalogue (registers/<stage>.ts) writes a column: its key, header, whether it is
 * required, an example and other names, and what it holds (a person, a party, a word of a list).
 */
import type { ColumnSpec } from './registerTypes.js';

/** A column: key, header, required, an example value for templates, other header names. */
export const c = (
  key: string,
  header: string,
  required: boolean,
  example: string,
  aliases: readonly string[] = [],
): ColumnSpec => ({ key, header, required, example, aliases });

/**
 * A register's ID column (`R-01`): UK registers often head it `Ref`, PRINCE2's registers
 * `Identifier` (`Risk identifier`). Not `Key`: a Key column as often flags a key milestone.
 */
export const idColumn = (example: string): ColumnSpec => c('id', 'ID', true, example, ['Ref', 'Ref.', 'Identifier']);

/**
 * The ID column of a register often kept as Jira issues (risks, issues, corrective actions), as
 * Jira's issue navigator heads it (`Key`) and its CSV export (`Issue key`): `SELF-1310` is the ID.
 */
export const jiraIdColumn = (example: string): ColumnSpec => {
  const id = idColumn(example);
  return { ...id, aliases: [...(id.aliases ?? []), 'Key', 'Issue key'] };
};

/** The column that says what an entry is (see ColumnSpec.entryText). */
export const entryText = (col: ColumnSpec): ColumnSpec => ({ ...col, entryText: true });

/**
 * A column whose example asks for text (`What could happen`) instead of being one: a template or a
 * fix writes it for the author to type over, and a cell still holding it is not yet written.
 */
export const prompted = (col: ColumnSpec): ColumnSpec => ({ ...col, prompt: true });

/** A column naming the person who answers for the row. */
export const person = (col: ColumnSpec): ColumnSpec => ({ ...col, holds: 'person' });

/** A column naming who approved the row: one person, or several for a joint approval. */
export const approvers = (col: ColumnSpec): ColumnSpec => ({ ...col, holds: 'person', several: true });

/** A column naming a person, a team or an organisation (contract §2: party references). */
export const party = (col: ColumnSpec): ColumnSpec => ({ ...col, holds: 'personOrParty' });

/**
 * A column that takes one of a list of words; templates write the first, or `example` where the
 * first would state a fact nobody has checked (a review's Result written Achieved).
 */
export const e = (
  key: string,
  header: string,
  required: boolean,
  values: readonly string[],
  aliases: readonly string[] = [],
  example: string = values[0]!,
): ColumnSpec => ({ key, header, required, example, aliases, values });

/** A column of amounts of money, in the unit its header's note names (`Approved (£k)`). */
export const money = (col: ColumnSpec): ColumnSpec => ({ ...col, amount: true });
